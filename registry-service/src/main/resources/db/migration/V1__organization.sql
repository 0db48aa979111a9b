CREATE TABLE organization (
    id                UUID         PRIMARY KEY,
    name              VARCHAR(200) NOT NULL,
    name_normalized   VARCHAR(200) NOT NULL,
    name_grams        TEXT[]       NOT NULL,
    legal_form        VARCHAR(40)  NOT NULL,
    credit_code       CHAR(18),
    jurisdiction_code VARCHAR(12)     NOT NULL,
    category          VARCHAR(40)  NOT NULL,
    status            VARCHAR(40)  NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL
);
CREATE UNIQUE INDEX organization_credit_code ON organization (credit_code) WHERE credit_code IS NOT NULL;
-- Scope filters are prefix matches on the 12-digit code: text_pattern_ops lets LIKE '4301%' use the index.
CREATE INDEX organization_jurisdiction ON organization (jurisdiction_code text_pattern_ops, name);
CREATE INDEX organization_name_grams ON organization USING gin (name_grams);
