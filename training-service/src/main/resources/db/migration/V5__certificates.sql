-- Certificates (结业证书), issued by the completion rule, each with a verification code (验证码) anyone may check.
CREATE TABLE certificate (
    id                         UUID PRIMARY KEY,
    code                       VARCHAR(16)  NOT NULL UNIQUE,
    enrolment_id               UUID         NOT NULL UNIQUE REFERENCES enrolment (id),
    session_id                 UUID         NOT NULL REFERENCES training_session (id),
    organization_id            UUID         NOT NULL,
    organization_jurisdiction  VARCHAR(12)  NOT NULL,
    holder_name                VARCHAR(50)  NOT NULL,
    course_title               VARCHAR(200) NOT NULL,
    completed_on               DATE         NOT NULL,
    issuer                     VARCHAR(200) NOT NULL,
    -- CertificateStatus
    status                     VARCHAR(10)  NOT NULL,
    revocation_reason          VARCHAR(500),
    issued_by                  VARCHAR(100) NOT NULL,
    issued_at                  TIMESTAMPTZ  NOT NULL,
    revoked_at                 TIMESTAMPTZ
);
CREATE INDEX certificate_organization ON certificate (organization_jurisdiction text_pattern_ops, organization_id);
