-- The cascade (研发+重点+推广): courseware versions (课件版本) the county base develops and releases for a course; a
-- session records the version it runs. Training programmes (培训项目), their partners' co-funding (合作方共同资助) and
-- the one-to-one coaching of brand-project support (品牌项目扶持), logged per phase.
CREATE TABLE courseware_version (
    id           UUID PRIMARY KEY,
    course_id    UUID          NOT NULL REFERENCES course (id),
    -- e.g. "2025版", "v2"
    label        VARCHAR(40)   NOT NULL,
    summary      VARCHAR(2000) NOT NULL,
    released_by  VARCHAR(100)  NOT NULL,
    released_at  TIMESTAMPTZ   NOT NULL,
    UNIQUE (course_id, label)
);

CREATE TABLE training_programme (
    id                 UUID PRIMARY KEY,
    -- where the programme runs: staff there manage it, everyone working below it sees it
    jurisdiction_code  VARCHAR(12)   NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    -- ProgrammeKind
    kind               VARCHAR(30)   NOT NULL,
    description        VARCHAR(2000),
    starts_on          DATE          NOT NULL,
    ends_on            DATE,
    created_by         VARCHAR(100)  NOT NULL,
    created_at         TIMESTAMPTZ   NOT NULL,
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX training_programme_jurisdiction ON training_programme (jurisdiction_code text_pattern_ops);

-- a partner's (foundation's) share of a programme: the partner_id claim of its client, an exact amount in yuan
CREATE TABLE programme_co_funding (
    id            UUID PRIMARY KEY,
    programme_id  UUID           NOT NULL REFERENCES training_programme (id),
    partner_id    VARCHAR(64)    NOT NULL,
    funder_name   VARCHAR(200)   NOT NULL,
    amount        NUMERIC(14, 2) NOT NULL CHECK (amount > 0),
    committed_on  DATE           NOT NULL,
    recorded_by   VARCHAR(100)   NOT NULL,
    recorded_at   TIMESTAMPTZ    NOT NULL
);
CREATE INDEX programme_co_funding_partner ON programme_co_funding (partner_id, programme_id);

-- one-to-one coaching of a brand project (品牌项目扶持), per phase (CoachingPhase)
CREATE TABLE coaching_session (
    id                 UUID PRIMARY KEY,
    programme_id       UUID          NOT NULL REFERENCES training_programme (id),
    organization_id    UUID,
    organization_name  VARCHAR(200)  NOT NULL,
    project_title      VARCHAR(200)  NOT NULL,
    phase              VARCHAR(20)   NOT NULL,
    held_on            DATE          NOT NULL,
    hours              NUMERIC(4, 1) NOT NULL CHECK (hours > 0),
    coach              VARCHAR(100)  NOT NULL,
    notes              VARCHAR(2000),
    recorded_by        VARCHAR(100)  NOT NULL,
    recorded_at        TIMESTAMPTZ   NOT NULL
);
CREATE INDEX coaching_session_programme ON coaching_session (programme_id, phase);

ALTER TABLE training_session
    ADD COLUMN courseware_version_id UUID REFERENCES courseware_version (id),
    ADD COLUMN programme_id          UUID REFERENCES training_programme (id);
CREATE INDEX training_session_courseware ON training_session (courseware_version_id);
CREATE INDEX training_session_programme ON training_session (programme_id);
