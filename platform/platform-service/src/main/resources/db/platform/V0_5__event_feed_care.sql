-- Events whose handler kept failing (issue 12): after incubator.events.max-attempts failures the subscriber parks the
-- event here, with the error, and reads on, so that one bad event no longer blocks every later one of its type.
-- /actuator/events lists them; the envelope is kept whole so that the event can be handled again once fixed.
CREATE TABLE parked_event (
    event_id     UUID         PRIMARY KEY,
    event_type   VARCHAR(200) NOT NULL,
    source       VARCHAR(100) NOT NULL,
    jurisdiction VARCHAR(100),
    subject_id   VARCHAR(100),
    occurred_at  TIMESTAMPTZ  NOT NULL,
    payload      JSONB        NOT NULL,
    attempts     INT          NOT NULL,
    error        VARCHAR(1000) NOT NULL,
    parked_at    TIMESTAMPTZ  NOT NULL
);

-- The producer keeps its feed for incubator.events.retention (30 days by default), then prunes it by age.
CREATE INDEX outbound_event_age ON outbound_event (occurred_at);
