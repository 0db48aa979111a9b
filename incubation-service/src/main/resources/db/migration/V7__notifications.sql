-- Reminders (提醒) produced by the reminder job for clocks that ran out; a console lists and marks them read.
CREATE TABLE notification (
    id                UUID         PRIMARY KEY,
    case_id           UUID         NOT NULL REFERENCES incubation_case (id),
    kind              VARCHAR(40)  NOT NULL,
    due_at            TIMESTAMPTZ  NOT NULL,
    organization_id   UUID         NOT NULL,
    organization_name VARCHAR(200) NOT NULL,
    jurisdiction_code VARCHAR(12)  NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL,
    read_at           TIMESTAMPTZ,
    read_by           VARCHAR(100),
    -- One reminder per clock that ran out, however often (and on however many instances) the job runs.
    UNIQUE (case_id, kind, due_at)
);
CREATE INDEX notification_jurisdiction ON notification (jurisdiction_code text_pattern_ops, created_at);
