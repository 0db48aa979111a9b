-- The party structure (党组织架构): a tree of joint committees, joint branches and own branches.
CREATE TABLE party_unit (
    id                UUID         PRIMARY KEY,
    kind              VARCHAR(20)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    parent_id         UUID         REFERENCES party_unit (id),
    jurisdiction_code VARCHAR(12)  NOT NULL,
    coverage_form     VARCHAR(20)  NOT NULL,
    -- The industry a joint branch unites (行业统建), e.g. 养老服务.
    industry          VARCHAR(100),
    -- Where it sits: the park, branch park or community incubator.
    location          VARCHAR(200),
    -- For an own branch: the organization it belongs to.
    organization_id   UUID,
    formed_on         DATE         NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX party_unit_jurisdiction ON party_unit (jurisdiction_code text_pattern_ops);
CREATE INDEX party_unit_parent ON party_unit (parent_id);
CREATE INDEX party_unit_organization ON party_unit (organization_id) WHERE organization_id IS NOT NULL;

-- One party-organization incubation case per admitted organization (入驻一家, 覆盖一家).
CREATE TABLE party_case (
    id                        UUID         PRIMARY KEY,
    organization_id           UUID         NOT NULL,
    organization_name         VARCHAR(200) NOT NULL,
    jurisdiction_code         VARCHAR(12)  NOT NULL,
    incubation_case_id        UUID,
    base_id                   UUID,
    track                     VARCHAR(40),
    source_event_id           UUID,
    admitted_at               TIMESTAMPTZ  NOT NULL,
    opened_at                 TIMESTAMPTZ  NOT NULL,
    stage                     VARCHAR(30)  NOT NULL,
    member_count              INT          NOT NULL DEFAULT 0 CHECK (member_count >= 0),
    development_plan          TEXT,
    -- An organization is in at most one branch: a joint one or its own, never both.
    joint_branch_id           UUID         REFERENCES party_unit (id),
    own_branch_id             UUID         REFERENCES party_unit (id),
    paired_unit               VARCHAR(200),
    paired_party_organization VARCHAR(200),
    paired_at                 TIMESTAMPTZ,
    discovery_completed_at    TIMESTAMPTZ,
    -- Since when the count requires an own branch that is not formed yet (3+ members).
    own_branch_required_since TIMESTAMPTZ,
    overdue_reported_at       TIMESTAMPTZ,
    updated_at                TIMESTAMPTZ  NOT NULL,
    CHECK (joint_branch_id IS NULL OR own_branch_id IS NULL)
);
-- The same admission delivered twice (or under two event ids) opens one case.
CREATE UNIQUE INDEX party_case_open_organization ON party_case (organization_id) WHERE stage <> 'CLOSED';
CREATE INDEX party_case_jurisdiction ON party_case (jurisdiction_code text_pattern_ops, admitted_at);
CREATE INDEX party_case_joint_branch ON party_case (joint_branch_id) WHERE joint_branch_id IS NOT NULL;
CREATE INDEX party_case_overdue ON party_case (own_branch_required_since)
    WHERE own_branch_required_since IS NOT NULL AND own_branch_id IS NULL;

-- 党建指导员 assigned to a case; one current assignment per case.
CREATE TABLE instructor_assignment (
    id                    UUID         PRIMARY KEY,
    case_id               UUID         NOT NULL REFERENCES party_case (id),
    username              VARCHAR(100) NOT NULL,
    -- 一岗双责: the instructor is also the case's incubation specialist.
    incubation_specialist BOOLEAN      NOT NULL,
    assigned_by           VARCHAR(255) NOT NULL,
    assigned_at           TIMESTAMPTZ  NOT NULL,
    ended_at              TIMESTAMPTZ
);
CREATE UNIQUE INDEX instructor_assignment_current ON instructor_assignment (case_id) WHERE ended_at IS NULL;
CREATE INDEX instructor_assignment_username ON instructor_assignment (username, case_id) WHERE ended_at IS NULL;

-- 党员: personal data kept only as far as needed; ID numbers as a keyed hash plus the masked form.
CREATE TABLE party_member (
    id                      UUID         PRIMARY KEY,
    case_id                 UUID         NOT NULL REFERENCES party_case (id),
    name                    VARCHAR(50)  NOT NULL,
    phone                   VARCHAR(20),
    id_number_hash          CHAR(64),
    id_number_masked        VARCHAR(18),
    membership              VARCHAR(20)  NOT NULL,
    relation                VARCHAR(20)  NOT NULL,
    relation_transferred_at TIMESTAMPTZ,
    recorded_at             TIMESTAMPTZ  NOT NULL,
    left_at                 TIMESTAMPTZ
);
CREATE INDEX party_member_case ON party_member (case_id) WHERE left_at IS NULL;
-- A person's party relation is with one organization at a time.
CREATE UNIQUE INDEX party_member_person ON party_member (id_number_hash)
    WHERE left_at IS NULL AND id_number_hash IS NOT NULL;

-- Moves the rules propose when a member count crosses a threshold, and the decision taken.
CREATE TABLE formation_proposal (
    id             UUID         PRIMARY KEY,
    case_id        UUID         NOT NULL REFERENCES party_case (id),
    from_formation VARCHAR(30)  NOT NULL,
    to_formation   VARCHAR(30)  NOT NULL,
    member_count   INT          NOT NULL,
    proposed_at    TIMESTAMPTZ  NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    decided_by     VARCHAR(255),
    decided_at     TIMESTAMPTZ,
    reason         TEXT
);
CREATE INDEX formation_proposal_case ON formation_proposal (case_id, proposed_at);

-- 联席会议 held by a joint committee or joint branch.
CREATE TABLE joint_meeting (
    id             UUID         PRIMARY KEY,
    unit_id        UUID         NOT NULL REFERENCES party_unit (id),
    held_on        DATE         NOT NULL,
    topic          VARCHAR(200) NOT NULL,
    attendee_count INT          NOT NULL CHECK (attendee_count > 0),
    summary        TEXT,
    recorded_by    VARCHAR(255) NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX joint_meeting_unit ON joint_meeting (unit_id, held_on);

-- 示范评选: an organization's party work selected as a model.
CREATE TABLE model_selection (
    id          UUID         PRIMARY KEY,
    case_id     UUID         NOT NULL REFERENCES party_case (id),
    year        INT          NOT NULL,
    title       VARCHAR(200) NOT NULL,
    awarded_by  VARCHAR(200) NOT NULL,
    recorded_by VARCHAR(255) NOT NULL,
    recorded_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX model_selection_case ON model_selection (case_id);

-- The checklist star ratings are scored against; configurable, one active at a time. Ratings keep their sheet.
CREATE TABLE rating_checklist (
    id              BIGSERIAL    PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    star_thresholds INT[]        NOT NULL,
    active          BOOLEAN      NOT NULL,
    created_by      VARCHAR(255) NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL
);
CREATE UNIQUE INDEX rating_checklist_active ON rating_checklist (active) WHERE active;
CREATE TABLE checklist_item (
    checklist_id BIGINT       NOT NULL REFERENCES rating_checklist (id),
    position     INT          NOT NULL,
    code         VARCHAR(50)  NOT NULL,
    title        VARCHAR(200) NOT NULL,
    max_points   INT          NOT NULL CHECK (max_points > 0),
    PRIMARY KEY (checklist_id, code)
);

INSERT INTO rating_checklist (name, star_thresholds, active, created_by, created_at)
VALUES ('党组织“五化”建设标准', '{60,70,80,90}', TRUE, 'flyway', now());
INSERT INTO checklist_item (checklist_id, position, code, title, max_points)
SELECT currval('rating_checklist_id_seq'), v.position, v.code, v.title, v.max_points
FROM (VALUES
    (1, 'ORGANIZATION_SETUP', '组织设置规范化', 20),
    (2, 'ORGANIZATIONAL_LIFE', '组织生活制度化', 20),
    (3, 'WORK_PROCEDURES', '工作运行程序化', 20),
    (4, 'POSITION_BUILDING', '阵地建设标准化', 20),
    (5, 'ROLE_MAXIMIZED', '作用发挥最大化', 20)
) AS v(position, code, title, max_points);

-- 星级评定: one rating per organization and year.
CREATE TABLE star_rating (
    id                UUID         PRIMARY KEY,
    case_id           UUID         NOT NULL REFERENCES party_case (id),
    organization_id   UUID         NOT NULL,
    jurisdiction_code VARCHAR(12)  NOT NULL,
    year              INT          NOT NULL,
    checklist_id      BIGINT       NOT NULL REFERENCES rating_checklist (id),
    checklist_name    VARCHAR(200) NOT NULL,
    points            JSONB        NOT NULL,
    score             INT          NOT NULL,
    max_score         INT          NOT NULL,
    stars             INT          NOT NULL CHECK (stars BETWEEN 1 AND 5),
    rated_by          VARCHAR(255) NOT NULL,
    rated_at          TIMESTAMPTZ  NOT NULL,
    UNIQUE (organization_id, year)
);
CREATE INDEX star_rating_jurisdiction ON star_rating (jurisdiction_code text_pattern_ops, year);
