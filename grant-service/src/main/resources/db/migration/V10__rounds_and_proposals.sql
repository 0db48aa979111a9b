-- Rounds (一轮征集: call, review, allocation, public notice) of a programme, and the proposals organizations submit.
-- A round's jurisdiction is its programme's; its significant prefix is kept so that an organization below it can
-- see the call (calls of a county are open to the organizations of its streets).
CREATE TABLE grant_round (
    id                         UUID PRIMARY KEY,
    programme_id               UUID           NOT NULL REFERENCES programme (id),
    jurisdiction_code          VARCHAR(12)    NOT NULL,
    jurisdiction_prefix        VARCHAR(12)    NOT NULL,
    title                      VARCHAR(200)   NOT NULL,
    -- DRAFT, OPEN, CLOSED, INITIAL_REVIEW, EXPERT_REVIEW, RANKED, PUBLIC_NOTICE, FINAL, CANCELLED (RoundStatus)
    status                     VARCHAR(30)    NOT NULL,
    priority_areas             TEXT[]         NOT NULL,
    -- eligibility (申报条件): empty legal forms = any; the organization must lie in eligible_jurisdiction
    allowed_legal_forms        TEXT[]         NOT NULL,
    minimum_maturity           VARCHAR(30),
    eligible_jurisdiction      VARCHAR(12)    NOT NULL,
    opens_on                   DATE           NOT NULL,
    closes_on                  DATE           NOT NULL,
    grace_days                 INT            NOT NULL CHECK (grace_days BETWEEN 0 AND 30),
    -- a cap per award of the round itself (micro-ventures' small grants), on top of any plan cap
    award_cap                  NUMERIC(14, 2) CHECK (award_cap > 0),
    partial_last_grant         BOOLEAN        NOT NULL,
    notice_days                INT            NOT NULL CHECK (notice_days BETWEEN 0 AND 60),
    priority_min_stars         INT            CHECK (priority_min_stars BETWEEN 1 AND 5),
    priority_graduates         BOOLEAN        NOT NULL,
    priority_bonus             NUMERIC(6, 2)  NOT NULL CHECK (priority_bonus >= 0),
    notice_starts_at           TIMESTAMPTZ,
    notice_ends_at             TIMESTAMPTZ,
    finalized_at               TIMESTAMPTZ,
    created_by                 VARCHAR(100)   NOT NULL,
    created_at                 TIMESTAMPTZ    NOT NULL,
    CHECK (closes_on >= opens_on)
);
CREATE INDEX grant_round_programme ON grant_round (programme_id);
CREATE INDEX grant_round_jurisdiction ON grant_round (jurisdiction_code text_pattern_ops);

-- The rubric (评分细则) of a round: criteria with their weight and maximum score.
CREATE TABLE round_criterion (
    round_id  UUID          NOT NULL REFERENCES grant_round (id),
    code      VARCHAR(40)   NOT NULL,
    name      VARCHAR(200)  NOT NULL,
    weight    NUMERIC(6, 2) NOT NULL CHECK (weight > 0),
    max_score INT           NOT NULL CHECK (max_score > 0),
    position  INT           NOT NULL,
    PRIMARY KEY (round_id, code)
);

CREATE TABLE proposal (
    id                    UUID PRIMARY KEY,
    round_id              UUID           NOT NULL REFERENCES grant_round (id),
    organization_id       UUID           NOT NULL,
    organization_name     VARCHAR(200)   NOT NULL,
    -- the organization's own jurisdiction, as the registry answered: proposals are scoped by it
    jurisdiction_code     VARCHAR(12)    NOT NULL,
    title                 VARCHAR(200)   NOT NULL,
    summary               TEXT,
    priority_area         VARCHAR(100),
    plan_code             VARCHAR(40),
    requested_amount      NUMERIC(14, 2) NOT NULL CHECK (requested_amount >= 0),
    expected_activities   INT            CHECK (expected_activities >= 0),
    expected_person_times INT            CHECK (expected_person_times >= 0),
    expected_volunteers   INT            CHECK (expected_volunteers >= 0),
    -- DRAFT, SUBMITTED, PASSED, FAILED (ProposalStatus)
    status                VARCHAR(20)    NOT NULL,
    -- the registry's answer at submission: what initial review (初审) checks eligibility against
    legal_form            VARCHAR(40),
    maturity              VARCHAR(30),
    on_abnormal_list      BOOLEAN,
    registry_reasons      TEXT[]         NOT NULL DEFAULT '{}',
    submitted_at          TIMESTAMPTZ,
    screening_reasons     TEXT[]         NOT NULL DEFAULT '{}',
    screening_comment     TEXT,
    screened_by           VARCHAR(100),
    screened_at           TIMESTAMPTZ,
    created_by            VARCHAR(100)   NOT NULL,
    created_at            TIMESTAMPTZ    NOT NULL
);
CREATE INDEX proposal_round ON proposal (round_id, status);
CREATE INDEX proposal_jurisdiction ON proposal (jurisdiction_code text_pattern_ops);
-- one proposal per organization and round
CREATE UNIQUE INDEX proposal_one_per_organization ON proposal (round_id, organization_id);

CREATE TABLE proposal_budget_line (
    proposal_id UUID           NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    line_no     INT            NOT NULL,
    -- PERSONNEL, ACTIVITY, MATERIALS, VENUE, TRAVEL, PUBLICITY, ADMINISTRATION, OTHER (BudgetCategory)
    category    VARCHAR(30)    NOT NULL,
    description VARCHAR(200)   NOT NULL,
    amount      NUMERIC(14, 2) NOT NULL CHECK (amount > 0),
    PRIMARY KEY (proposal_id, line_no)
);
