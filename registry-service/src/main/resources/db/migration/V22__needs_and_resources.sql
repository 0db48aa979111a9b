-- 需求库 · 资源链接: what organizations need, what partners offer, and the linkages confirmed between them.
CREATE TABLE need (
    id                              UUID          PRIMARY KEY,
    organization_id                 UUID          NOT NULL,
    organization_name               VARCHAR(200)  NOT NULL,
    organization_jurisdiction_code  VARCHAR(12)   NOT NULL,
    kind                            VARCHAR(20)   NOT NULL,
    title                           VARCHAR(200)  NOT NULL,
    description                     VARCHAR(2000),
    field                           VARCHAR(40)   NOT NULL,
    jurisdiction_code               VARCHAR(12)   NOT NULL,
    amount_yuan                     NUMERIC(14, 2) CHECK (amount_yuan > 0),
    status                          VARCHAR(20)   NOT NULL,
    created_by                      VARCHAR(255)  NOT NULL,
    created_at                      TIMESTAMPTZ   NOT NULL,
    updated_at                      TIMESTAMPTZ   NOT NULL,
    CONSTRAINT need_amount_only_for_funds CHECK ((kind = 'FUNDS') = (amount_yuan IS NOT NULL))
);
CREATE INDEX need_jurisdiction ON need (jurisdiction_code text_pattern_ops, status);
CREATE INDEX need_org_jurisdiction ON need (organization_jurisdiction_code text_pattern_ops);
CREATE INDEX need_organization ON need (organization_id);

CREATE TABLE resource_offer (
    id                UUID          PRIMARY KEY,
    provider_name     VARCHAR(200)  NOT NULL,
    provider_type     VARCHAR(20)   NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    description       VARCHAR(2000),
    fields            TEXT[]        NOT NULL DEFAULT '{}',
    -- the jurisdiction the offer covers, and its significant prefix: it serves every need whose code starts with it
    coverage_code     VARCHAR(12)   NOT NULL,
    coverage_prefix   VARCHAR(12)   NOT NULL,
    value_yuan        NUMERIC(14, 2) CHECK (value_yuan >= 0),
    status            VARCHAR(20)   NOT NULL,
    created_by        VARCHAR(255)  NOT NULL,
    created_at        TIMESTAMPTZ   NOT NULL
);
CREATE INDEX resource_offer_kind ON resource_offer (kind, status);
CREATE INDEX resource_offer_coverage ON resource_offer (coverage_code text_pattern_ops);

CREATE TABLE resource_linkage (
    id                 UUID           PRIMARY KEY,
    need_id            UUID           NOT NULL REFERENCES need (id),
    offer_id           UUID           REFERENCES resource_offer (id),
    organization_id    UUID           NOT NULL,
    -- the organization's jurisdiction: totals count linked organizations where they are
    jurisdiction_code  VARCHAR(12)    NOT NULL,
    provider_name      VARCHAR(200)   NOT NULL,
    value_yuan         NUMERIC(14, 2) NOT NULL CHECK (value_yuan >= 0),
    linked_on          DATE           NOT NULL,
    note               VARCHAR(500),
    confirmed_by       VARCHAR(255)   NOT NULL,
    created_at         TIMESTAMPTZ    NOT NULL
);
CREATE INDEX resource_linkage_jurisdiction ON resource_linkage (jurisdiction_code text_pattern_ops, linked_on);
CREATE INDEX resource_linkage_need ON resource_linkage (need_id);
