-- Project tracking of an award: coaching and supervision visits (辅导 / 督导), the final evaluation (终期评估, a
-- third-party evaluator allowed), and the activities a (micro-venture) project reports as it runs.
CREATE TABLE award_visit (
    id           UUID PRIMARY KEY,
    award_id     UUID         NOT NULL REFERENCES award (id),
    -- COACHING or SUPERVISION
    kind         VARCHAR(20)  NOT NULL,
    visited_on   DATE         NOT NULL,
    visitor      VARCHAR(100) NOT NULL,
    findings     TEXT         NOT NULL,
    recorded_by  VARCHAR(100) NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX award_visit_award ON award_visit (award_id);

-- One final evaluation per award.
CREATE TABLE award_evaluation (
    award_id        UUID PRIMARY KEY REFERENCES award (id),
    evaluator_name  VARCHAR(200) NOT NULL,
    third_party     BOOLEAN      NOT NULL,
    score           INT          NOT NULL CHECK (score BETWEEN 0 AND 100),
    conclusion      TEXT         NOT NULL,
    evaluated_on    DATE         NOT NULL,
    recorded_by     VARCHAR(100) NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL
);

CREATE TABLE award_activity (
    id                     UUID PRIMARY KEY,
    award_id               UUID         NOT NULL REFERENCES award (id),
    held_on                DATE         NOT NULL,
    title                  VARCHAR(200) NOT NULL,
    person_times           INT          NOT NULL CHECK (person_times >= 0),
    volunteer_person_times INT          NOT NULL CHECK (volunteer_person_times >= 0),
    recorded_by            VARCHAR(100) NOT NULL,
    recorded_at            TIMESTAMPTZ  NOT NULL
);
CREATE INDEX award_activity_award ON award_activity (award_id);
