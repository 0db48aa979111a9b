-- Handover of a jurisdiction subtree to a node that joins below this one (issue 14, docs/decisions.md "Handover").
-- On the parent: the subtree's fence. FENCED: writes to it answer 503 with Retry-After while its records are copied;
-- HANDED_OVER: the new node owns it, writes here are refused as outside-node.
CREATE TABLE subtree_fence (
    jurisdiction_code VARCHAR(12) PRIMARY KEY,
    prefix            VARCHAR(12) NOT NULL,
    state             VARCHAR(16) NOT NULL,
    node              VARCHAR(40) NOT NULL,
    fenced_at         TIMESTAMPTZ NOT NULL,
    handed_over_at    TIMESTAMPTZ
);

-- On the new node: the job that pulls the subtree from the parent, resumable from its step and per-table checkpoints.
CREATE TABLE handover_job (
    id                UUID          PRIMARY KEY,
    jurisdiction_code VARCHAR(12)   NOT NULL,
    source            VARCHAR(300)  NOT NULL,
    step              VARCHAR(16)   NOT NULL,
    started_by        VARCHAR(255)  NOT NULL,
    started_at        TIMESTAMPTZ   NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL,
    fenced_at         TIMESTAMPTZ,
    unfenced_at       TIMESTAMPTZ,
    finished_at       TIMESTAMPTZ,
    last_error        VARCHAR(1000)
);
-- One open job per subtree.
CREATE UNIQUE INDEX handover_job_open ON handover_job (jurisdiction_code) WHERE finished_at IS NULL;

CREATE TABLE handover_checkpoint (
    job_id          UUID         NOT NULL REFERENCES handover_job (id),
    table_name      VARCHAR(63)  NOT NULL,
    -- the key of the last row imported, as text per key column; NULL: none yet
    after_key       TEXT[],
    rows_copied     BIGINT       NOT NULL DEFAULT 0,
    copied          BOOLEAN      NOT NULL DEFAULT FALSE,
    source_count    BIGINT,
    source_checksum CHAR(32),
    target_count    BIGINT,
    target_checksum CHAR(32),
    updated_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (job_id, table_name)
);
