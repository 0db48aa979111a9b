-- Incubation bases (孵化基地), their zones and workstations; incubation cases (孵化案例) and workstation allocations.
CREATE TABLE base (
    id                UUID         PRIMARY KEY,
    name              VARCHAR(200) NOT NULL,
    jurisdiction_code VARCHAR(12)  NOT NULL,
    operator_name     VARCHAR(200) NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX base_jurisdiction ON base (jurisdiction_code text_pattern_ops);

CREATE TABLE zone (
    id      UUID         PRIMARY KEY,
    base_id UUID         NOT NULL REFERENCES base (id),
    kind    VARCHAR(20)  NOT NULL CHECK (kind IN ('INCUBATION', 'RESIDENT', 'EXHIBITION', 'CONSULTATION')),
    name    VARCHAR(100) NOT NULL,
    UNIQUE (base_id, name)
);

CREATE TABLE workstation (
    id      UUID        PRIMARY KEY,
    zone_id UUID        NOT NULL REFERENCES zone (id),
    code    VARCHAR(30) NOT NULL,
    UNIQUE (zone_id, code)
);

CREATE TABLE incubation_case (
    id                        UUID         PRIMARY KEY,
    track                     VARCHAR(20)  NOT NULL,
    stage                     VARCHAR(30)  NOT NULL,
    organization_id           UUID         NOT NULL,
    organization_name         VARCHAR(200) NOT NULL,
    from_team                 BOOLEAN      NOT NULL DEFAULT FALSE,
    jurisdiction_code         VARCHAR(12)  NOT NULL,
    base_id                   UUID         NOT NULL REFERENCES base (id),
    applied_at                TIMESTAMPTZ  NOT NULL,
    admitted_at               TIMESTAMPTZ,
    in_shell_ends_at          TIMESTAMPTZ,
    graduated_at              TIMESTAMPTZ,
    follow_up_ends_at         TIMESTAMPTZ,
    service_evaluation_due_at TIMESTAMPTZ,
    ended_at                  TIMESTAMPTZ,
    version                   BIGINT       NOT NULL
);
CREATE INDEX incubation_case_jurisdiction ON incubation_case (jurisdiction_code text_pattern_ops, applied_at);
CREATE INDEX incubation_case_base ON incubation_case (base_id, stage);
-- An organization has at most one open case at a time, whatever the base.
CREATE UNIQUE INDEX incubation_case_one_open ON incubation_case (organization_id)
    WHERE stage NOT IN ('CLOSED', 'EXITED', 'REJECTED', 'WITHDRAWN', 'TERMINATED');

CREATE TABLE workstation_allocation (
    id              UUID        PRIMARY KEY,
    workstation_id  UUID        NOT NULL REFERENCES workstation (id),
    case_id         UUID        NOT NULL REFERENCES incubation_case (id),
    allocated_at    TIMESTAMPTZ NOT NULL,
    released_at     TIMESTAMPTZ,
    released_reason VARCHAR(40)
);
-- Never double-allocated, even under concurrent requests: one open allocation per workstation, and per case.
CREATE UNIQUE INDEX workstation_allocation_open_workstation ON workstation_allocation (workstation_id)
    WHERE released_at IS NULL;
CREATE UNIQUE INDEX workstation_allocation_open_case ON workstation_allocation (case_id) WHERE released_at IS NULL;
