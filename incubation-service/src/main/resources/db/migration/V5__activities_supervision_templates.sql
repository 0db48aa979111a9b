-- Services during incubation (coaching, project design, resource linkage, roadshows, plan drafting ...), supervision
-- (督导) sessions with findings and follow-ups, and the template library attached to cases.
CREATE TABLE case_activity (
    id             UUID           PRIMARY KEY,
    case_id        UUID           NOT NULL REFERENCES incubation_case (id),
    kind           VARCHAR(30)    NOT NULL,
    title          VARCHAR(200)   NOT NULL,
    description    VARCHAR(4000),
    occurred_on    DATE           NOT NULL,
    provider       VARCHAR(200),
    person_times   INT            CHECK (person_times >= 0),
    resource_value NUMERIC(14, 2) CHECK (resource_value >= 0),
    recorded_by    VARCHAR(100)   NOT NULL,
    recorded_at    TIMESTAMPTZ    NOT NULL
);
CREATE INDEX case_activity_case ON case_activity (case_id, occurred_on);

CREATE TABLE supervision_session (
    id                UUID          PRIMARY KEY,
    kind              VARCHAR(20)   NOT NULL CHECK (kind IN ('COLLECTIVE', 'INDIVIDUAL')),
    topic             VARCHAR(200)  NOT NULL,
    problem           VARCHAR(4000),
    held_on           DATE          NOT NULL,
    supervisor        VARCHAR(100)  NOT NULL,
    base_id           UUID          NOT NULL REFERENCES base (id),
    jurisdiction_code VARCHAR(12)   NOT NULL,
    recorded_by       VARCHAR(100)  NOT NULL,
    recorded_at       TIMESTAMPTZ   NOT NULL
);
CREATE INDEX supervision_session_jurisdiction ON supervision_session (jurisdiction_code text_pattern_ops);

CREATE TABLE supervision_participant (
    session_id UUID NOT NULL REFERENCES supervision_session (id),
    case_id    UUID NOT NULL REFERENCES incubation_case (id),
    PRIMARY KEY (session_id, case_id)
);

CREATE TABLE supervision_finding (
    id         UUID          PRIMARY KEY,
    session_id UUID          NOT NULL REFERENCES supervision_session (id),
    case_id    UUID          REFERENCES incubation_case (id),
    finding    VARCHAR(2000) NOT NULL,
    follow_up  VARCHAR(2000) NOT NULL,
    due_on     DATE,
    done_at    TIMESTAMPTZ,
    done_note  VARCHAR(2000)
);

CREATE TABLE template (
    id         UUID          PRIMARY KEY,
    code       VARCHAR(60)   NOT NULL UNIQUE,
    kind       VARCHAR(30)   NOT NULL,
    title      VARCHAR(200)  NOT NULL,
    summary    VARCHAR(2000) NOT NULL,
    created_at TIMESTAMPTZ   NOT NULL
);

CREATE TABLE case_template (
    case_id     UUID         NOT NULL REFERENCES incubation_case (id),
    template_id UUID         NOT NULL REFERENCES template (id),
    note        VARCHAR(500),
    attached_by VARCHAR(100) NOT NULL,
    attached_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (case_id, template_id)
);

INSERT INTO template (id, code, kind, title, summary, created_at) VALUES
    ('5e1a0000-0000-4000-8000-000000000001', 'fund-custody-agreement', 'AGREEMENT', '三方资金代管协议',
     '团队、社区与枢纽组织三方约定资金代管：专账管理、用途限定、凭证存档、按季度公示（如㮾梨龙舟协会 19 万元）。', now()),
    ('5e1a0000-0000-4000-8000-000000000002', 'community-filing-guide', 'SERVICE_GUIDE', '社区社会组织备案服务指南',
     '枢纽组织指导社区社会组织向街道备案：材料清单、章程要点（坚持党的全面领导）、流程与时限。', now()),
    ('5e1a0000-0000-4000-8000-000000000003', 'project-plan', 'FORM', '公益项目方案编制模板',
     '需求分析、目标、活动设计、预算（元，两位小数）、评估指标与风险。', now()),
    ('5e1a0000-0000-4000-8000-000000000004', 'roadshow-scoresheet', 'FORM', '项目路演评分表',
     '路演展示与答辩的评分要点，供路演专家使用。', now()),
    ('5e1a0000-0000-4000-8000-000000000005', 'registration-handbook', 'HANDBOOK', '社会团体与民办非企业单位登记手册',
     '登记流程图、材料清单与常见问题。', now());
