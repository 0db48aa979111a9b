-- Ids of events this service has processed, so that a redelivered event is skipped (consumers are idempotent).
-- The outbox itself (event_publication) is Spring Modulith's, created by its schema initialization.
CREATE TABLE processed_event (
    event_id     UUID         PRIMARY KEY,
    event_type   VARCHAR(100) NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL
);
