-- Platform-owned tables, migrated into every service's own database before the service's migrations (V0_x < V1).
CREATE TABLE audit_entry (
    seq               BIGSERIAL    NOT NULL,
    id                UUID         PRIMARY KEY,
    occurred_at       TIMESTAMPTZ  NOT NULL,
    actor             VARCHAR(255) NOT NULL,
    action            VARCHAR(100) NOT NULL,
    subject_type      VARCHAR(100) NOT NULL,
    subject_id        VARCHAR(100) NOT NULL,
    jurisdiction_code VARCHAR(12),
    before_state      JSONB,
    after_state       JSONB,
    trace_id          VARCHAR(64)
);
CREATE INDEX audit_entry_subject ON audit_entry (subject_type, subject_id, occurred_at);
