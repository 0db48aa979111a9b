-- Partners (基金会 / 企业) provisioned by the platform: each has one client-credentials client in Keycloak whose tokens
-- carry its partner_id; the secret lives only in Keycloak.
CREATE TABLE partner (
    partner_id        VARCHAR(64)  PRIMARY KEY,
    name              VARCHAR(200) NOT NULL,
    client_id         VARCHAR(100) NOT NULL UNIQUE,
    jurisdiction_code VARCHAR(12)  NOT NULL,
    created_by        VARCHAR(100) NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL
);
