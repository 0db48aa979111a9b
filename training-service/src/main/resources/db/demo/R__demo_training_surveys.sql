-- Demo needs survey (需求调查问卷, loaded only with classpath:db/demo): the county base's capacity-building
-- questionnaire, sent in February 2025 to the organizations of Changsha County's 18 streets and towns and closed, and
-- answered by part of the community organizations each street filed (the registry's demo ids, md5('filed-' || street
-- || '-' || n), R__demo_z_changsha_county_filings.sql) plus the Xingsha federation (org-admin-demo); and an open
-- Xingsha survey org-admin-demo can still answer. Only rows are written: no count, share, mean or rate is typed in;
-- GET /surveys/{id}/results adds the answers up and divides by the organizations the registry counts per street.
-- Fixed ids (md5 of a name) throughout, so a re-run changes nothing.

INSERT INTO questionnaire (id, jurisdiction_code, title, description, created_by, created_at) VALUES
    (md5('demo-questionnaire-county-needs')::uuid, '430121000000', '长沙县社会组织能力建设需求调查问卷',
     '了解社会组织最需要的培训，据此编排年度课程。', 'city-operator', '2025-01-20T02:00:00Z')
ON CONFLICT (id) DO NOTHING;

INSERT INTO questionnaire_question (questionnaire_id, question_key, position, prompt, kind, required, topic, area,
                                    scale_min, scale_max) VALUES
    (md5('demo-questionnaire-county-needs')::uuid, 'needs', 1, '贵组织最需要哪些方面的培训？（可多选）',
     'MULTIPLE_CHOICE', TRUE, NULL, NULL, NULL, NULL),
    (md5('demo-questionnaire-county-needs')::uuid, 'format', 2, '希望采用哪种培训形式？', 'SINGLE_CHOICE', TRUE, NULL,
     NULL, NULL, NULL),
    (md5('demo-questionnaire-county-needs')::uuid, 'finance-urgency', 3, '财税管理培训对贵组织有多迫切？（1 不迫切，5 非常迫切）',
     'SCALE', TRUE, '税务申报', 'FINANCE_AND_TAX', 1, 5),
    (md5('demo-questionnaire-county-needs')::uuid, 'project-urgency', 4, '公益项目设计与申报培训有多迫切？',
     'SCALE', FALSE, '项目申报', 'PROJECT_DEVELOPMENT', 1, 5),
    (md5('demo-questionnaire-county-needs')::uuid, 'other', 5, '其他意见和建议', 'TEXT', FALSE, NULL, NULL, NULL, NULL)
ON CONFLICT DO NOTHING;

INSERT INTO questionnaire_option (questionnaire_id, question_key, option_key, position, label, topic, area)
SELECT md5('demo-questionnaire-county-needs')::uuid, o.question, o.key, o.position, o.label, o.topic, o.area
FROM (VALUES
    ('needs', 'governance', 1, '理事会与章程建设', '理事会建设', 'CORPORATE_GOVERNANCE'),
    ('needs', 'bookkeeping', 2, '财务票据与记账', '财务记账', 'FINANCE_AND_TAX'),
    ('needs', 'tax', 3, '税务申报与税收优惠', '税务申报', 'FINANCE_AND_TAX'),
    ('needs', 'filing', 4, '社区社会组织备案', '备案流程', 'COMMUNITY_FILING_AND_CULTIVATION'),
    ('needs', 'volunteers', 5, '志愿者招募与管理', '志愿者管理', 'VOLUNTEER_MANAGEMENT'),
    ('needs', 'activity', 6, '社区活动策划', '活动策划', 'ACTIVITY_PLANNING'),
    ('needs', 'project', 7, '公益项目设计与申报', '项目申报', 'PROJECT_DEVELOPMENT'),
    ('needs', 'brand', 8, '品牌与宣传', '品牌传播', 'BRAND_BUILDING'),
    ('needs', 'inspection', 9, '年检与年度报告', '年检年报', 'ANNUAL_INSPECTION'),
    ('needs', 'party', 10, '党建工作', '党建工作', 'PARTY_BUILDING'),
    ('format', 'onsite', 1, '线下集中培训', NULL, NULL),
    ('format', 'online', 2, '线上课程', NULL, NULL),
    ('format', 'mixed', 3, '线上线下结合', NULL, NULL)
) AS o(question, key, position, label, topic, area)
ON CONFLICT DO NOTHING;

INSERT INTO survey (id, questionnaire_id, jurisdiction_code, title, opens_at, closes_at, status, created_by,
                    created_at, updated_at) VALUES
    (md5('demo-survey-county-2025')::uuid, md5('demo-questionnaire-county-needs')::uuid, '430121000000',
     '2025 年长沙县社会组织培训需求调查', '2025-02-10T01:00:00Z', '2025-03-10T15:59:59Z', 'CLOSED', 'city-operator',
     '2025-02-01T02:00:00Z', '2025-03-11T01:00:00Z'),
    (md5('demo-survey-xingsha-2026')::uuid, md5('demo-questionnaire-county-needs')::uuid, '430121001000',
     '2026 年星沙街道社区社会组织培训需求调查', '2026-11-01T01:00:00Z', '2027-06-30T15:59:59Z', 'OPEN', 'xingsha-hub',
     '2026-10-25T02:00:00Z', '2026-11-01T01:00:00Z')
ON CONFLICT (id) DO NOTHING;

-- who answered the county survey: per street the first k of its generated filed organizations, k between 40 % and
-- 84 % of the street's filed figure (the street's position i varies it), plus the Xingsha federation
CREATE TEMPORARY TABLE demo_respondent (response UUID, organization UUID, jurisdiction TEXT, n INT, i INT)
    ON COMMIT DROP;
INSERT INTO demo_respondent
SELECT md5('demo-survey-response-' || s.code || '-' || g.n)::uuid, md5('filed-' || s.code || '-' || g.n)::uuid,
       s.code, g.n, s.i
FROM (VALUES
    (1, '430121001000', 112), (2, '430121002000', 86), (3, '430121003000', 74), (4, '430121004000', 81),
    (5, '430121005000', 69), (6, '430121102000', 64), (7, '430121104000', 58), (8, '430121105000', 61),
    (9, '430121106000', 57), (10, '430121107000', 55), (11, '430121108000', 59), (12, '430121109000', 62),
    (13, '430121110000', 60), (14, '430121111000', 53), (15, '430121112000', 52), (16, '430121113000', 63),
    (17, '430121114000', 50), (18, '430121116000', 68)
) AS s(i, code, filed)
CROSS JOIN LATERAL generate_series(1, s.filed * (40 + (s.i * 17) % 45) / 100) AS g(n)
UNION ALL
SELECT md5('demo-survey-response-federation')::uuid, '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001'::uuid, '430121001000',
       12, 1;

INSERT INTO survey_response (id, survey_id, organization_id, organization_jurisdiction, answered_by, answered_at)
SELECT r.response, md5('demo-survey-county-2025')::uuid, r.organization, r.jurisdiction, 'org-admin-demo',
       TIMESTAMPTZ '2025-02-10T02:00:00Z' + (r.n * 5 + r.i * 7) * INTERVAL '1 hour'
FROM demo_respondent r
ON CONFLICT DO NOTHING;

-- the answers, varied by the organization's number n and street position i
INSERT INTO survey_answer (response_id, question_key, option_keys, scale_value, text_value)
SELECT r.response, 'needs', ARRAY_REMOVE(ARRAY[
           CASE WHEN r.n % 4 = 1 THEN 'governance' END,
           CASE WHEN r.n % 2 = 0 THEN 'bookkeeping' END,
           CASE WHEN (r.n + r.i) % 3 = 0 THEN 'tax' END,
           CASE WHEN r.n % 5 = 2 THEN 'filing' END,
           CASE WHEN r.n % 3 = 1 THEN 'volunteers' END,
           CASE WHEN r.n % 6 = 5 THEN 'activity' END,
           CASE WHEN r.n % 4 = 3 THEN 'project' END,
           CASE WHEN r.n % 9 = 4 THEN 'brand' END,
           CASE WHEN r.n % 7 = 6 THEN 'inspection' END,
           CASE WHEN r.n % 8 = 0 THEN 'party' END], NULL), NULL::INT, NULL::TEXT
FROM demo_respondent r
UNION ALL
SELECT r.response, 'format', ARRAY[(ARRAY['onsite', 'online', 'mixed'])[(r.n + r.i) % 3 + 1]], NULL, NULL
FROM demo_respondent r
UNION ALL
SELECT r.response, 'finance-urgency', NULL, 1 + (r.n * 3 + r.i) % 5, NULL FROM demo_respondent r
UNION ALL
SELECT r.response, 'project-urgency', NULL, 1 + (r.n + r.i * 2) % 5, NULL FROM demo_respondent r WHERE r.n % 2 = 1
UNION ALL
SELECT r.response, 'other', NULL, NULL, '希望增加到优秀社会组织实地参访的课程' FROM demo_respondent r WHERE r.n % 10 = 0
ON CONFLICT DO NOTHING;
