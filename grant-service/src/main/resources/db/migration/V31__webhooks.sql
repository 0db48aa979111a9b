-- Partner webhooks: a partner's endpoint and its signing secret; deliveries are written in the business transaction
-- (outbox-like) and sent by a scheduled dispatcher with back-off; every attempt is logged for the partner to read.
CREATE TABLE webhook (
    id          UUID PRIMARY KEY,
    partner_id  VARCHAR(64)  NOT NULL,
    url         VARCHAR(500) NOT NULL,
    -- kept to sign every delivery (HMAC-SHA256); shown to the partner once, at registration
    secret      VARCHAR(100) NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX webhook_partner ON webhook (partner_id);

CREATE TABLE webhook_delivery (
    id              UUID PRIMARY KEY,
    webhook_id      UUID         NOT NULL REFERENCES webhook (id),
    event_id        UUID         NOT NULL,
    event_type      VARCHAR(50)  NOT NULL,
    payload         TEXT         NOT NULL,
    -- PENDING, DELIVERED, FAILED (gave up after the last attempt)
    status          VARCHAR(20)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL,
    last_status     INT,
    last_error      VARCHAR(500),
    created_at      TIMESTAMPTZ  NOT NULL,
    delivered_at    TIMESTAMPTZ,
    UNIQUE (webhook_id, event_id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';

CREATE TABLE webhook_attempt (
    delivery_id  UUID         NOT NULL REFERENCES webhook_delivery (id),
    attempt      INT          NOT NULL,
    attempted_at TIMESTAMPTZ  NOT NULL,
    status_code  INT,
    error        VARCHAR(500),
    PRIMARY KEY (delivery_id, attempt)
);
