-- Fund custody (资金代管): a three-party agreement (organization, community, hub) under which the hub holds money for an
-- organization without its own account, with a ledger of deposits and spending that never goes below zero.
CREATE TABLE custody_agreement (
    id                UUID PRIMARY KEY,
    organization_id   UUID           NOT NULL,
    organization_name VARCHAR(200)   NOT NULL,
    -- the organization's place: the data scope of the agreement and its ledger
    jurisdiction_code VARCHAR(12)    NOT NULL,
    community_name    VARCHAR(200)   NOT NULL,
    hub_name          VARCHAR(200)   NOT NULL,
    agreement_number  VARCHAR(60)    NOT NULL UNIQUE,
    signed_on         DATE           NOT NULL,
    purpose           VARCHAR(500)   NOT NULL,
    -- ACTIVE or ENDED
    status            VARCHAR(10)    NOT NULL,
    balance           NUMERIC(14, 2) NOT NULL DEFAULT 0 CHECK (balance >= 0),
    created_by        VARCHAR(100)   NOT NULL,
    created_at        TIMESTAMPTZ    NOT NULL
);
CREATE INDEX custody_agreement_jurisdiction ON custody_agreement (jurisdiction_code text_pattern_ops);

CREATE TABLE custody_entry (
    id                UUID PRIMARY KEY,
    agreement_id      UUID           NOT NULL REFERENCES custody_agreement (id),
    seq               INT            NOT NULL,
    -- DEPOSIT or SPENDING
    kind              VARCHAR(10)    NOT NULL,
    amount            NUMERIC(14, 2) NOT NULL CHECK (amount > 0),
    purpose           VARCHAR(500)   NOT NULL,
    voucher_reference VARCHAR(60)    NOT NULL,
    occurred_on       DATE           NOT NULL,
    balance_after     NUMERIC(14, 2) NOT NULL CHECK (balance_after >= 0),
    recorded_by       VARCHAR(100)   NOT NULL,
    recorded_at       TIMESTAMPTZ    NOT NULL,
    UNIQUE (agreement_id, seq)
);
