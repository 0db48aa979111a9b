-- Evaluation rubrics (评估细则) as versioned data, evaluations by expert panels, panel members (a snapshot of the
-- registry's talent pool at the time they were drawn) and their score sheets.
CREATE TABLE rubric (
    id             UUID          PRIMARY KEY,
    code           VARCHAR(60)   NOT NULL,
    version        INT           NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    pass_threshold NUMERIC(5, 2) NOT NULL CHECK (pass_threshold BETWEEN 0 AND 100),
    min_experts    INT           NOT NULL CHECK (min_experts >= 1),
    created_at     TIMESTAMPTZ   NOT NULL,
    UNIQUE (code, version)
);

CREATE TABLE rubric_criterion (
    rubric_id UUID          NOT NULL REFERENCES rubric (id),
    position  INT           NOT NULL,
    code      VARCHAR(60)   NOT NULL,
    name      VARCHAR(200)  NOT NULL,
    weight    NUMERIC(5, 2) NOT NULL CHECK (weight > 0),
    max_score NUMERIC(5, 2) NOT NULL CHECK (max_score > 0),
    PRIMARY KEY (rubric_id, code)
);

CREATE TABLE evaluation (
    id                      UUID          PRIMARY KEY,
    kind                    VARCHAR(30)   NOT NULL,
    case_id                 UUID          REFERENCES incubation_case (id),
    subject_organization_id UUID          NOT NULL,
    subject_name            VARCHAR(200)  NOT NULL,
    jurisdiction_code       VARCHAR(12)   NOT NULL,
    rubric_id               UUID          NOT NULL REFERENCES rubric (id),
    status                  VARCHAR(20)   NOT NULL,
    opened_at               TIMESTAMPTZ   NOT NULL,
    decided_at              TIMESTAMPTZ,
    total                   NUMERIC(6, 2),
    passed                  BOOLEAN,
    result                  JSONB
);
CREATE INDEX evaluation_jurisdiction ON evaluation (jurisdiction_code text_pattern_ops);
-- One open evaluation per case at a time.
CREATE UNIQUE INDEX evaluation_open_per_case ON evaluation (case_id) WHERE status = 'OPEN' AND case_id IS NOT NULL;

CREATE TABLE panel_member (
    evaluation_id               UUID         NOT NULL REFERENCES evaluation (id),
    person_id                   VARCHAR(64)  NOT NULL,
    name                        VARCHAR(100) NOT NULL,
    username                    VARCHAR(100),
    affiliated_organization_ids UUID[]       NOT NULL,
    excluded_reason             VARCHAR(30),
    conflict_note               VARCHAR(500),
    PRIMARY KEY (evaluation_id, person_id)
);
CREATE INDEX panel_member_username ON panel_member (username);

CREATE TABLE score (
    evaluation_id  UUID          NOT NULL,
    person_id      VARCHAR(64)   NOT NULL,
    criterion_code VARCHAR(60)   NOT NULL,
    score          NUMERIC(5, 2) NOT NULL CHECK (score >= 0),
    entered_by     VARCHAR(100)  NOT NULL,
    entered_at     TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (evaluation_id, person_id, criterion_code),
    FOREIGN KEY (evaluation_id, person_id) REFERENCES panel_member (evaluation_id, person_id)
);
