-- Consultation log (咨询台账): questions the bases answer by phone, QQ group, WeChat or in person.
CREATE TABLE consultation (
    id                UUID         PRIMARY KEY,
    asked_at          TIMESTAMPTZ  NOT NULL,
    channel           VARCHAR(40)  NOT NULL,
    topic             VARCHAR(40)  NOT NULL,
    question          TEXT         NOT NULL,
    answer            TEXT,
    answered_by       VARCHAR(100) NOT NULL,
    jurisdiction_code VARCHAR(12)  NOT NULL,
    organization_id   UUID         REFERENCES organization (id),
    recorded_by       VARCHAR(255) NOT NULL,
    recorded_at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX consultation_jurisdiction ON consultation (jurisdiction_code text_pattern_ops, asked_at);
