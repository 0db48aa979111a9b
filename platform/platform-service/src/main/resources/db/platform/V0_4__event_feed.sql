-- The outbox as a feed (issue 12): each event a service publishes is appended here in the transaction of the change,
-- and consumers read it in order (GET /internal/events). Positions are (tx, sequence): tx is the writing transaction's
-- id, and the feed serves only rows of transactions older than every transaction still running, so a row that
-- commits later can never sort before a position a consumer has already passed.
CREATE TABLE outbound_event (
    sequence     BIGSERIAL    PRIMARY KEY,
    tx           XID8         NOT NULL DEFAULT pg_current_xact_id(),
    event_id     UUID         NOT NULL UNIQUE,
    event_type   VARCHAR(200) NOT NULL,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    jurisdiction VARCHAR(12)  NOT NULL,
    subject_id   VARCHAR(100) NOT NULL,
    payload      JSONB        NOT NULL
);
CREATE INDEX outbound_event_feed ON outbound_event (event_type, tx, sequence);

-- How far this service has read each subscribed feed (event type from producer).
CREATE TABLE event_cursor (
    event_type     VARCHAR(200) PRIMARY KEY,
    producer       VARCHAR(100) NOT NULL,
    after_tx       BIGINT       NOT NULL,
    after_sequence BIGINT       NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL
);

-- The inbox records what it did with each event: processed, or refused with a reason (e.g. outside-node).
ALTER TABLE processed_event ALTER COLUMN event_type TYPE VARCHAR(200);
ALTER TABLE processed_event ADD COLUMN outcome VARCHAR(20) NOT NULL DEFAULT 'PROCESSED';
ALTER TABLE processed_event ADD COLUMN reason VARCHAR(100);
ALTER TABLE processed_event ADD COLUMN source VARCHAR(100);
ALTER TABLE processed_event ADD COLUMN jurisdiction VARCHAR(100);
CREATE INDEX processed_event_refused ON processed_event (processed_at) WHERE outcome = 'REFUSED';
