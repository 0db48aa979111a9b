-- The organization profile of issue 3: service fields, maturity, supervising department, people, dates.
ALTER TABLE organization
    ADD COLUMN service_fields             TEXT[]       NOT NULL DEFAULT '{}',
    ADD COLUMN maturity                   VARCHAR(40)  NOT NULL DEFAULT 'IN_PREPARATION',
    ADD COLUMN supervising_department     VARCHAR(200),
    ADD COLUMN address                    VARCHAR(300),
    ADD COLUMN legal_representative_name  VARCHAR(100),
    ADD COLUMN legal_representative_phone VARCHAR(30),
    ADD COLUMN contact_name               VARCHAR(100),
    ADD COLUMN contact_phone              VARCHAR(30),
    ADD COLUMN founded_on                 DATE,
    -- registration (登记) date, or filing (备案) date for community organizations
    ADD COLUMN registered_on              DATE,
    ADD COLUMN cancelled_on               DATE;
CREATE INDEX organization_service_fields ON organization USING gin (service_fields);

-- 换届: one row per board renewal, the history behind the organization's current legal representative.
CREATE TABLE board_renewal (
    id                         UUID         PRIMARY KEY,
    organization_id            UUID         NOT NULL REFERENCES organization (id),
    renewed_on                 DATE         NOT NULL,
    term_number                INT          NOT NULL,
    term_years                 INT          NOT NULL,
    legal_representative_name  VARCHAR(100),
    legal_representative_phone VARCHAR(30),
    recorded_by                VARCHAR(255) NOT NULL,
    recorded_at                TIMESTAMPTZ  NOT NULL,
    UNIQUE (organization_id, term_number)
);
