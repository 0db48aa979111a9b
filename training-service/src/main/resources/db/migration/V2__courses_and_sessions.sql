-- Course catalogue (课程体系) and sessions (期) with their sittings (课次).
CREATE TABLE course (
    id                 UUID PRIMARY KEY,
    -- where the course is offered: staff there manage it, everyone working below it sees it
    jurisdiction_code  VARCHAR(12)   NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    -- CourseArea
    area               VARCHAR(40)   NOT NULL,
    hours              NUMERIC(5, 1) NOT NULL CHECK (hours > 0),
    -- Audience constants
    audience           TEXT[]        NOT NULL,
    -- talent ids from the registry's talent pool (人才库)
    trainer_ids        UUID[]        NOT NULL,
    -- completion rule: share of the sittings attended, in percent
    completion_percent INT           NOT NULL CHECK (completion_percent BETWEEN 1 AND 100),
    created_by         VARCHAR(100)  NOT NULL,
    created_at         TIMESTAMPTZ   NOT NULL
);
CREATE INDEX course_jurisdiction ON course (jurisdiction_code text_pattern_ops);

CREATE TABLE training_session (
    id                  UUID PRIMARY KEY,
    course_id           UUID         NOT NULL REFERENCES course (id),
    jurisdiction_code   VARCHAR(12)  NOT NULL,
    title               VARCHAR(200) NOT NULL,
    -- ONSITE (venue) or ONLINE (link)
    mode                VARCHAR(10)  NOT NULL,
    venue               VARCHAR(300),
    online_url          VARCHAR(500),
    capacity            INT          NOT NULL CHECK (capacity > 0),
    enrolment_deadline  TIMESTAMPTZ  NOT NULL,
    -- the trainer's account (用户名) who runs the session and its attendance
    trainer_username    VARCHAR(100),
    -- SessionStatus
    status              VARCHAR(20)  NOT NULL,
    created_by          VARCHAR(100) NOT NULL,
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    CHECK ((mode = 'ONSITE' AND venue IS NOT NULL) OR (mode = 'ONLINE' AND online_url IS NOT NULL))
);
CREATE INDEX training_session_jurisdiction ON training_session (jurisdiction_code text_pattern_ops);
CREATE INDEX training_session_course ON training_session (course_id);

CREATE TABLE session_sitting (
    session_id UUID        NOT NULL REFERENCES training_session (id),
    seq        INT         NOT NULL,
    starts_at  TIMESTAMPTZ NOT NULL,
    ends_at    TIMESTAMPTZ NOT NULL CHECK (ends_at > starts_at),
    PRIMARY KEY (session_id, seq)
);
