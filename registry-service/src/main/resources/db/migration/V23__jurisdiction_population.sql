-- Residents per jurisdiction, the denominator of organizations per 10,000 residents (每万人拥有社会组织数).
CREATE TABLE jurisdiction_population (
    jurisdiction_code  VARCHAR(12)  PRIMARY KEY,
    residents          INT          NOT NULL CHECK (residents > 0),
    as_of_year         INT          NOT NULL,
    source             VARCHAR(200),
    updated_at         TIMESTAMPTZ  NOT NULL
);
