-- Needs surveys (需求调查问卷): questionnaires defined as data, surveys of a jurisdiction's organizations, one response
-- per organization, and the course plan accepted from the top needs.
CREATE TABLE questionnaire (
    id                UUID PRIMARY KEY,
    -- where it was defined: staff there manage it, everyone working below it may use it
    jurisdiction_code VARCHAR(12)   NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    description       VARCHAR(2000),
    created_by        VARCHAR(100)  NOT NULL,
    created_at        TIMESTAMPTZ   NOT NULL
);
CREATE INDEX questionnaire_jurisdiction ON questionnaire (jurisdiction_code text_pattern_ops);

CREATE TABLE questionnaire_question (
    questionnaire_id UUID         NOT NULL REFERENCES questionnaire (id),
    question_key     VARCHAR(40)  NOT NULL,
    position         INT          NOT NULL,
    prompt           VARCHAR(500) NOT NULL,
    -- QuestionKind: SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE, TEXT
    kind             VARCHAR(20)  NOT NULL,
    required         BOOLEAN      NOT NULL,
    topic            VARCHAR(50),
    -- CourseArea
    area             VARCHAR(40),
    scale_min        INT,
    scale_max        INT,
    PRIMARY KEY (questionnaire_id, question_key),
    UNIQUE (questionnaire_id, position),
    CHECK ((kind = 'SCALE') = (scale_min IS NOT NULL AND scale_max IS NOT NULL AND scale_min < scale_max))
);

CREATE TABLE questionnaire_option (
    questionnaire_id UUID         NOT NULL,
    question_key     VARCHAR(40)  NOT NULL,
    option_key       VARCHAR(40)  NOT NULL,
    position         INT          NOT NULL,
    label            VARCHAR(200) NOT NULL,
    -- when absent, the question's
    topic            VARCHAR(50),
    area             VARCHAR(40),
    PRIMARY KEY (questionnaire_id, question_key, option_key),
    FOREIGN KEY (questionnaire_id, question_key) REFERENCES questionnaire_question (questionnaire_id, question_key)
);

CREATE TABLE survey (
    id                UUID PRIMARY KEY,
    questionnaire_id  UUID          NOT NULL REFERENCES questionnaire (id),
    -- the district or street whose organizations are asked
    jurisdiction_code VARCHAR(12)   NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    opens_at          TIMESTAMPTZ   NOT NULL,
    closes_at         TIMESTAMPTZ   NOT NULL CHECK (closes_at > opens_at),
    -- SurveyStatus: DRAFT, OPEN, CLOSED
    status            VARCHAR(20)   NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    created_at        TIMESTAMPTZ   NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL
);
CREATE INDEX survey_jurisdiction ON survey (jurisdiction_code text_pattern_ops);

-- one response per organization and survey
CREATE TABLE survey_response (
    id                        UUID PRIMARY KEY,
    survey_id                 UUID         NOT NULL REFERENCES survey (id),
    organization_id           UUID         NOT NULL,
    organization_jurisdiction VARCHAR(12)  NOT NULL,
    answered_by               VARCHAR(100) NOT NULL,
    answered_at               TIMESTAMPTZ  NOT NULL,
    UNIQUE (survey_id, organization_id)
);
CREATE INDEX survey_response_scope ON survey_response (survey_id, organization_jurisdiction text_pattern_ops);

CREATE TABLE survey_answer (
    response_id  UUID        NOT NULL REFERENCES survey_response (id),
    question_key VARCHAR(40) NOT NULL,
    -- the chosen options (choice questions), the value (scale) or the text (free text): exactly one of them
    option_keys  TEXT[],
    scale_value  INT,
    text_value   VARCHAR(2000),
    PRIMARY KEY (response_id, question_key),
    CHECK (num_nonnulls(option_keys, scale_value, text_value) = 1)
);

-- a course plan accepted from a survey's top needs, for one place: the courses it put into the catalogue
CREATE TABLE survey_plan_item (
    survey_id         UUID          NOT NULL REFERENCES survey (id),
    jurisdiction_code VARCHAR(12)   NOT NULL,
    area              VARCHAR(40)   NOT NULL,
    plan_rank         INT           NOT NULL,
    respondents       INT           NOT NULL,
    share             NUMERIC(4, 1) NOT NULL,
    scale_mean        NUMERIC(4, 2),
    course_id         UUID          NOT NULL REFERENCES course (id),
    accepted_by       VARCHAR(100)  NOT NULL,
    accepted_at       TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (survey_id, jurisdiction_code, area)
);
