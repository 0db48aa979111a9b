-- 人才库: people the bases call on. The ID number is never stored in full: id_number_hash (HMAC-SHA256 under
-- incubator.registry.id-hash-key) finds the same person again, id_number_masked is what responses show.
CREATE TABLE talent (
    id                UUID         PRIMARY KEY,
    name              VARCHAR(50)  NOT NULL,
    kind              VARCHAR(30)  NOT NULL,
    level             VARCHAR(20),
    fields            TEXT[]       NOT NULL DEFAULT '{}',
    jurisdiction_code VARCHAR(12)  NOT NULL,
    id_number_hash    CHAR(64)     NOT NULL,
    id_number_masked  VARCHAR(18)  NOT NULL,
    phone             VARCHAR(20),
    organization_ids  UUID[]       NOT NULL DEFAULT '{}',
    created_at        TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL,
    CONSTRAINT talent_level_only_for_social_workers CHECK ((kind = 'SOCIAL_WORKER') = (level IS NOT NULL))
);
CREATE UNIQUE INDEX talent_id_number_hash ON talent (id_number_hash);
CREATE INDEX talent_jurisdiction ON talent (jurisdiction_code text_pattern_ops, kind);
CREATE INDEX talent_fields ON talent USING gin (fields);
CREATE INDEX talent_organizations ON talent USING gin (organization_ids);
