-- Demo grant programmes and rounds (loaded only with classpath:db/demo), with the figures of the domain brief:
--   * Ejin Horo Banner's first venture-philanthropy round (March 2014): 52 proposals, 12 funded sharing 440,000.00
--     yuan; the round is FINAL (its awards belong to the award module: see grant-service/README.md).
--   * Ya'an's first subsidy round under the three capped plans (deadline 30 May): 96 applications requesting
--     1,310,000.00 yuan, 800,000.00 recommended with every plan cap respected; on public notice.
--   * Xingsha street's micro-venture: 8 projects selected (40 activities, 5,200 person-times, 320 volunteer
--     person-times expected); FINAL.
--   * Changsha County's current venture-philanthropy call, open.
-- Every round has a public notice of at least the minimum (5 days), and the final rounds were finalized after it ended.
-- Organizations are the registry's demo organizations where they exist (same ids), otherwise fixed ids with names.
-- Fixed ids throughout, so a re-run changes nothing.
--
-- Only inputs are written here: proposals, their initial review, each round's expert panel (5 experts) and every
-- expert's score sheet. No ranking, score total or amount is typed in: the Java migration that runs next
-- (DemoRoundsRanking, "demo grants rounds ranked") ranks each round with Ranking and shares its pool with Allocation,
-- the same code the running service uses, and writes round_allocation. The figures above are its outputs.
-- The sheets are synthetic (the articles publish outcomes, not sheets): each proposal has a quality, and each expert
-- scores each criterion at that share of its maximum, give or take 4 points of 100 (deterministic, from md5), in whole
-- points.

-- ---------------------------------------------------------------- programmes, fundings, plans
INSERT INTO programme (id, jurisdiction_code, name, kind, description, created_by, created_at) VALUES
    ('e1000000-2014-4000-8000-000000000001', '150627000000', '伊金霍洛旗首届社会组织公益创投', 'VENTURE_PHILANTHROPY',
     '旗民政局出资，恩派（NPI）运营，面向全旗社会组织征集公益项目', 'admin', '2014-02-20T02:00:00Z'),
    ('ea000000-2016-4000-8000-000000000001', '511800000000', '雅安市社会组织发展资助计划（三大计划）', 'SUBSIDY_PLAN',
     '本土初创型、本土成熟型、外来社会组织本土发展三大资助计划', 'admin', '2016-04-01T02:00:00Z'),
    ('5a000000-2025-4000-8000-000000000001', '430121001000', '星沙街道社区微创投', 'MICRO_VENTURE',
     '街道出资，枢纽型社区社会组织运营，支持社区社会组织开展微项目', 'xingsha-hub', '2025-03-01T02:00:00Z'),
    ('c5000000-2026-4000-8000-000000000001', '430121000000', '长沙县2026年社会组织公益创投', 'VENTURE_PHILANTHROPY',
     '县民政局出资，聚焦居家养老、社区文化与青少年社工', 'county-officer', '2026-03-01T02:00:00Z')
ON CONFLICT (id) DO NOTHING;

INSERT INTO programme_funding (id, programme_id, source, funder_name, partner_id, amount, committed_on, recorded_by,
                               recorded_at) VALUES
    ('e1000000-2014-4000-8000-0000000000f1', 'e1000000-2014-4000-8000-000000000001', 'GOVERNMENT', '伊金霍洛旗民政局',
     NULL, 440000.00, '2014-02-20', 'admin', '2014-02-20T02:00:00Z'),
    ('ea000000-2016-4000-8000-0000000000f1', 'ea000000-2016-4000-8000-000000000001', 'GOVERNMENT', '雅安市民政局',
     NULL, 800000.00, '2016-04-01', 'admin', '2016-04-01T02:00:00Z'),
    ('5a000000-2025-4000-8000-0000000000f1', '5a000000-2025-4000-8000-000000000001', 'GOVERNMENT', '星沙街道办事处',
     NULL, 80000.00, '2025-03-01', 'xingsha-hub', '2025-03-01T02:00:00Z'),
    ('c5000000-2026-4000-8000-0000000000f1', 'c5000000-2026-4000-8000-000000000001', 'GOVERNMENT', '长沙县民政局',
     NULL, 500000.00, '2026-03-01', 'county-officer', '2026-03-01T02:00:00Z'),
    -- the demo foundation co-funds the county's current round, so its partner client sees the call
    ('c5000000-2026-4000-8000-0000000000f2', 'c5000000-2026-4000-8000-000000000001', 'PARTNER', '示例基金会',
     'demo-foundation', 100000.00, '2026-03-05', 'county-officer', '2026-03-05T02:00:00Z')
ON CONFLICT (id) DO NOTHING;

INSERT INTO programme_plan (programme_id, code, name, cap) VALUES
    ('ea000000-2016-4000-8000-000000000001', 'STARTUP_LOCAL', '本土初创型社会组织资助计划', 10000.00),
    ('ea000000-2016-4000-8000-000000000001', 'MATURE_LOCAL', '本土成熟型社会组织资助计划', 30000.00),
    ('ea000000-2016-4000-8000-000000000001', 'OUTSIDE_CONTRIBUTOR', '外来社会组织本土发展资助计划', 30000.00)
ON CONFLICT DO NOTHING;

-- ---------------------------------------------------------------- rounds and rubrics
INSERT INTO grant_round (id, programme_id, jurisdiction_code, jurisdiction_prefix, title, status, priority_areas,
                         allowed_legal_forms, minimum_maturity, eligible_jurisdiction, opens_on, closes_on, grace_days,
                         award_cap, partial_last_grant, notice_days, priority_min_stars, priority_graduates,
                         priority_bonus, notice_starts_at, notice_ends_at, finalized_at, created_by, created_at) VALUES
    ('e1000000-2014-4000-8000-000000000002', 'e1000000-2014-4000-8000-000000000001', '150627000000', '150627',
     '伊金霍洛旗2014年首届公益创投大赛', 'FINAL', '{居家养老,社区文化,青少年社工,妇女发展}', '{}', NULL, '150627000000',
     '2014-03-01', '2014-03-31', 0, NULL, false, 7, NULL, false, 0, '2014-04-25T02:00:00Z', '2014-05-02T02:00:00Z',
     '2014-05-05T02:00:00Z', 'admin', '2014-02-25T02:00:00Z'),
    ('ea000000-2016-4000-8000-000000000002', 'ea000000-2016-4000-8000-000000000001', '511800000000', '5118',
     '雅安市2016年第一轮资助计划申报', 'PUBLIC_NOTICE', '{弱势群体关怀,社区发展,灾害管理,生计发展,青少年服务,健康扶助}', '{}',
     'STARTUP', '511800000000', '2016-04-15', '2016-05-30', 0, NULL, true, 7, NULL, false, 0,
     '2016-06-20T02:00:00Z', '2016-06-27T02:00:00Z', NULL, 'admin', '2016-04-10T02:00:00Z'),
    ('5a000000-2025-4000-8000-000000000002', '5a000000-2025-4000-8000-000000000001', '430121001000', '430121001',
     '星沙街道2025年社区微创投', 'FINAL', '{为老服务,儿童青少年,邻里互助,环境保护}', '{}', NULL, '430121001000',
     '2025-03-10', '2025-04-10', 0, 10000.00, false, 5, 4, true, 3, '2025-05-10T02:00:00Z', '2025-05-15T02:00:00Z',
     '2025-05-20T02:00:00Z', 'xingsha-hub', '2025-03-05T02:00:00Z'),
    ('c5000000-2026-4000-8000-000000000002', 'c5000000-2026-4000-8000-000000000001', '430121000000', '430121',
     '长沙县第三届社会组织公益创投大赛', 'OPEN', '{居家养老,社区文化,青少年社工}', '{}', 'STARTUP', '430121000000',
     '2026-03-15', '2026-12-31', 3, 50000.00, false, 7, 4, true, 3, NULL, NULL, NULL, 'county-officer',
     '2026-03-10T02:00:00Z')
ON CONFLICT (id) DO NOTHING;

INSERT INTO round_criterion (round_id, code, name, weight, max_score, position)
SELECT r.id::uuid, c.code, c.name, c.weight, c.max_score, c.position
FROM (VALUES ('e1000000-2014-4000-8000-000000000002'), ('ea000000-2016-4000-8000-000000000002'),
             ('5a000000-2025-4000-8000-000000000002'), ('c5000000-2026-4000-8000-000000000002')) AS r(id)
CROSS JOIN (VALUES ('NEED', '需求分析', 30.00, 30, 0), ('DESIGN', '项目设计', 40.00, 40, 1),
                   ('CAPACITY', '执行能力与预算', 30.00, 30, 2)) AS c(code, name, weight, max_score, position)
ON CONFLICT DO NOTHING;

-- What each expert's sheets are drawn around (see the header); dropped at the end of the transaction.
CREATE TEMPORARY TABLE demo_sheet_quality (proposal_id UUID PRIMARY KEY, quality NUMERIC(6, 4)) ON COMMIT DROP;

-- ---------------------------------------------------------------- Ejin Horo, March 2014: 52 proposals, 12 funded
-- Applicants are the registry's Ejin Horo organizations 1..52 (ids ...-9d3c-0000000000NN; names and places follow the
-- registry generator's pattern). Proposals 1..44 passed initial review, 45..52 failed; ranks 1..12 share 440,000.
CREATE TEMPORARY TABLE demo_ejin (n INT PRIMARY KEY, title TEXT, amount NUMERIC(14, 2)) ON COMMIT DROP;
INSERT INTO demo_ejin VALUES
    (1, '蒙古族刺绣技能培训（培训妇女70名）', 50000.00), (2, '社区居家养老互助服务', 50000.00),
    (3, '留守儿童四点半课堂', 40000.00), (4, '矿区社区邻里调解', 40000.00), (5, '市民公益大讲堂', 40000.00),
    (6, '外来务工人员社区融入', 40000.00), (7, '社区青少年社工服务', 35000.00), (8, '广场文化活动月', 35000.00),
    (9, '困境家庭关爱帮扶', 30000.00), (10, '婚姻家庭矛盾调处', 30000.00), (11, '社区学院亲子课堂', 25000.00),
    (12, '老年人健康促进', 25000.00);

CREATE TEMPORARY TABLE demo_ejin_proposal ON COMMIT DROP AS
SELECT n,
       ('e1000000-2014-4000-8001-' || lpad(n::text, 12, '0'))::uuid AS id,
       ('3f0c6b2e-6a41-4c57-9d3c-' || lpad(n::text, 12, '0'))::uuid AS organization_id,
       '伊金霍洛旗' || (ARRAY['社会工作服务中心', '文化体育协会', '公益慈善协会', '调解服务中心', '市民学校', '社会事务促进会'])[(n - 1) % 6 + 1]
           || '第' || n || '号' AS organization_name,
       '150627' || (ARRAY['000000', '100000', '101000', '102000', '103000', '104000', '105000', '106000'])[(n - 1) % 8 + 1]
           AS jurisdiction_code,
       CASE WHEN (n - 1) % 6 IN (0, 3, 4) THEN 'SOCIAL_SERVICE_ORGANIZATION' ELSE 'SOCIAL_GROUP' END AS legal_form,
       COALESCE(e.title, (ARRAY['社区为老服务', '青少年成长陪伴', '社区文化建设', '邻里互助网络', '妇女发展赋能', '公益志愿服务'])[(n - 1) % 6 + 1]
           || '项目（' || n || '）') AS title,
       COALESCE(e.amount, (20000 + (n % 7) * 5000)::numeric(14, 2)) AS requested,
       CASE WHEN n <= 44 THEN 'PASSED' ELSE 'FAILED' END AS status
FROM generate_series(1, 52) AS n LEFT JOIN demo_ejin e USING (n);

INSERT INTO proposal (id, round_id, organization_id, organization_name, jurisdiction_code, title, summary, priority_area,
                      plan_code, requested_amount, expected_activities, expected_person_times, expected_volunteers,
                      status, legal_form, maturity, on_abnormal_list, registry_reasons, submitted_at,
                      screening_reasons, screening_comment, screened_by, screened_at, created_by, created_at)
SELECT id, 'e1000000-2014-4000-8000-000000000002', organization_id, organization_name, jurisdiction_code, title,
       title || '：面向伊金霍洛旗社区居民开展服务', (ARRAY['居家养老', '社区文化', '青少年社工', '妇女发展'])[(n - 1) % 4 + 1],
       NULL, requested, 10 + n % 20, 300 + n * 15, 20 + n % 30, status, legal_form, 'DEVELOPING', false, '{}',
       timestamptz '2014-03-10T02:00:00Z' + n * interval '7 hours',
       CASE WHEN status = 'FAILED' THEN ARRAY['项目预算与活动内容不匹配'] ELSE '{}' END,
       CASE WHEN status = 'FAILED' THEN '初审未通过' ELSE '资格与材料齐全' END, 'admin', '2014-04-05T02:00:00Z',
       'admin', timestamptz '2014-03-05T02:00:00Z' + n * interval '7 hours'
FROM demo_ejin_proposal
ON CONFLICT (id) DO NOTHING;

INSERT INTO proposal_budget_line (proposal_id, line_no, category, description, amount)
SELECT id, l.line_no, l.category, l.description,
       CASE WHEN l.line_no = 1 THEN round(requested * 0.6, 2) ELSE requested - round(requested * 0.6, 2) END
FROM demo_ejin_proposal
CROSS JOIN (VALUES (1, 'ACTIVITY', '活动费'), (2, 'PERSONNEL', '人员费')) AS l(line_no, category, description)
ON CONFLICT DO NOTHING;

-- The twelve projects the article names were the strongest: quality 0.80 to 0.86 against at most 0.68 for the rest,
-- more than the experts' spread, so the twelve rank first in some order; their requests sum to the 440,000 pool.
INSERT INTO demo_sheet_quality (proposal_id, quality)
SELECT id, CASE WHEN n <= 12 THEN 0.86 - n * 0.005 ELSE 0.68 - (n % 20) * 0.004 END
FROM demo_ejin_proposal WHERE status = 'PASSED';

-- ---------------------------------------------------------------- Ya'an 2016: 96 applications, 800,000 recommended
-- Plans: 1..50 start-up local (10,000 each), 51..80 mature local (17,000), 81..96 outside contributors (18,750):
-- 1,310,000 requested. 45..50 failed initial review. Funded in rank order: start-ups 1..40, mature 51..66, outside
-- 81..86 in full (784,500), then outside 87 with the 15,500 left (the round allows a partial last grant).
-- Applicants 1..12 are the registry's Yucheng organizations (ids ...-9d3d-0000000000NN).
CREATE TEMPORARY TABLE demo_yaan ON COMMIT DROP AS
SELECT n,
       ('ea000000-2016-4000-8001-' || lpad(n::text, 12, '0'))::uuid AS id,
       CASE WHEN n <= 12 THEN ('3f0c6b2e-6a41-4c57-9d3d-' || lpad(n::text, 12, '0'))::uuid
            ELSE ('ea000000-2016-4000-8002-' || lpad(n::text, 12, '0'))::uuid END AS organization_id,
       CASE WHEN n <= 12 THEN (ARRAY['雨城区青衣江志愿者协会', '雨城区社区发展服务中心', '雨城区灾害管理互助会', '雨城区生计发展促进会',
                                     '雨城区青少年服务中心', '雨城区健康扶助协会', '雨城区咨询评估中心', '雨城区弱势群体关怀协会',
                                     '雨城区碧峰峡生态保护协会', '雨城区上里古镇文化协会', '雨城区东城社区互助会', '雨城区西城邻里中心'])[n]
            WHEN n <= 80 THEN '雨城区' || (ARRAY['多营', '北郊', '对岩', '沙坪', '中里', '上里', '严桥', '晏场'])[n % 8 + 1]
                 || (ARRAY['助老服务社', '儿童之家', '防灾减灾队', '妇女互助会', '康复服务站', '茶农互助社', '青年志愿队'])[n % 7 + 1]
            ELSE (ARRAY['成都市', '绵阳市', '乐山市', '眉山市'])[n % 4 + 1]
                 || (ARRAY['社会工作服务中心', '公益发展中心', '社区营造中心', '心理援助中心'])[n % 4 + 1] || '（雅安项目点）' END
           AS organization_name,
       CASE WHEN n <= 12 THEN (ARRAY['511802001000', '511802002000', '511802003000', '511802004000', '511802005000',
                                     '511802101000', '511802107000', '511802111000', '511802001000', '511802002000',
                                     '511802003000', '511802004000'])[n]
            ELSE '511802' || lpad((n % 5 + 1)::text, 3, '0') || '000' END AS jurisdiction_code,
       CASE WHEN n <= 50 THEN 'STARTUP_LOCAL' WHEN n <= 80 THEN 'MATURE_LOCAL' ELSE 'OUTSIDE_CONTRIBUTOR' END AS plan_code,
       CASE WHEN n <= 50 THEN 10000.00 WHEN n <= 80 THEN 17000.00 ELSE 18750.00 END::numeric(14, 2) AS requested,
       CASE WHEN n BETWEEN 45 AND 50 THEN 'FAILED' ELSE 'PASSED' END AS status,
       CASE WHEN n <= 40 OR n BETWEEN 51 AND 66 OR n BETWEEN 81 AND 86 THEN 0 WHEN n = 87 THEN 1 ELSE 2 END AS grp
FROM generate_series(1, 96) AS n;

INSERT INTO proposal (id, round_id, organization_id, organization_name, jurisdiction_code, title, summary, priority_area,
                      plan_code, requested_amount, expected_activities, expected_person_times, expected_volunteers,
                      status, legal_form, maturity, on_abnormal_list, registry_reasons, submitted_at,
                      screening_reasons, screening_comment, screened_by, screened_at, created_by, created_at)
SELECT id, 'ea000000-2016-4000-8000-000000000002', organization_id, organization_name, jurisdiction_code,
       (ARRAY['灾后社区重建陪伴', '留守老人关爱', '青少年成长营', '茶农生计发展', '社区健康扶助', '防灾减灾社区行'])[n % 6 + 1]
           || '（' || n || '）',
       '雅安市资助计划申报项目', (ARRAY['弱势群体关怀', '社区发展', '灾害管理', '生计发展', '青少年服务', '健康扶助'])[n % 6 + 1],
       plan_code, requested, 6 + n % 10, 200 + n * 10, 15 + n % 20, status, 'SOCIAL_SERVICE_ORGANIZATION',
       CASE WHEN n BETWEEN 45 AND 50 THEN 'IN_PREPARATION' WHEN n <= 50 THEN 'STARTUP' ELSE 'DEVELOPING' END, false,
       CASE WHEN n BETWEEN 45 AND 50 THEN ARRAY['NOT_REGISTERED'] ELSE '{}' END,
       timestamptz '2016-04-20T02:00:00Z' + n * interval '9 hours',
       CASE WHEN n BETWEEN 45 AND 50 THEN ARRAY['NOT_REGISTERED', 'MATURITY_TOO_LOW'] ELSE '{}' END,
       CASE WHEN n BETWEEN 45 AND 50 THEN '尚未登记，不符合本土初创型计划条件' ELSE '资格审查通过' END,
       'admin', '2016-06-05T02:00:00Z', 'admin', timestamptz '2016-04-16T02:00:00Z' + n * interval '9 hours'
FROM demo_yaan
ON CONFLICT (id) DO NOTHING;

INSERT INTO proposal_budget_line (proposal_id, line_no, category, description, amount)
SELECT id, l.line_no, l.category, l.description,
       CASE WHEN l.line_no = 1 THEN round(requested * 0.7, 2) ELSE requested - round(requested * 0.7, 2) END
FROM demo_yaan
CROSS JOIN (VALUES (1, 'ACTIVITY', '活动费'), (2, 'MATERIALS', '物资费')) AS l(line_no, category, description)
ON CONFLICT DO NOTHING;

-- Qualities spread from 0.55 to 0.91 with no order of plan: which proposals are funded comes out of the ranking;
-- the 800,000 does not depend on it, since the round allows a partial last grant and the passed requests
-- (1,250,000) exceed the pool.
INSERT INTO demo_sheet_quality (proposal_id, quality)
SELECT id, 0.55 + ((n * 37) % 97) * 0.00375 FROM demo_yaan WHERE status = 'PASSED';

-- ---------------------------------------------------------------- Xingsha micro-venture 2025: 8 projects selected
-- 14 proposals: 8 funded 10,000 each (the round's cap per award), 3 passed unfunded, 3 in preparation screened out.
-- Registry demo organizations of Xingsha where they exist, fixed ids for the other community groups.
CREATE TEMPORARY TABLE demo_xingsha (n INT PRIMARY KEY, organization_id UUID, organization_name TEXT,
                                     legal_form TEXT, maturity TEXT, title TEXT, requested NUMERIC(14, 2),
                                     status TEXT) ON COMMIT DROP;
INSERT INTO demo_xingsha VALUES
    (1, '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2001', '长沙县星沙街道夕阳红养老服务中心', 'SOCIAL_SERVICE_ORGANIZATION', 'DEVELOPING', '银龄助餐进社区', 10000.00, 'PASSED'),
    (2, '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1007', '星沙街道邻里互助队', 'COMMUNITY_ORGANIZATION', 'STARTUP', '邻里守望互助计划', 10000.00, 'PASSED'),
    (3, '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1002', '长沙县星沙街道阳光养老服务中心', 'SOCIAL_SERVICE_ORGANIZATION', 'DEVELOPING', '老年人智能手机课堂', 10000.00, 'PASSED'),
    (4, '5a000000-2025-4000-8002-000000000004', '星沙街道星城社区四点半课堂志愿队', 'COMMUNITY_ORGANIZATION', 'STARTUP', '四点半课堂', 12000.00, 'PASSED'),
    (5, '5a000000-2025-4000-8002-000000000005', '星沙街道天华社区亲子阅读会', 'COMMUNITY_ORGANIZATION', 'STARTUP', '亲子阅读角', 10000.00, 'PASSED'),
    (6, '5a000000-2025-4000-8002-000000000006', '星沙街道凉塘社区环保志愿队', 'COMMUNITY_ORGANIZATION', 'STARTUP', '垃圾分类我先行', 10000.00, 'PASSED'),
    (7, '5a000000-2025-4000-8002-000000000007', '星沙街道棠坡社区助残服务队', 'COMMUNITY_ORGANIZATION', 'STARTUP', '残疾人康复陪伴', 10500.00, 'PASSED'),
    (8, '5a000000-2025-4000-8002-000000000008', '星沙街道东升社区文体队', 'COMMUNITY_ORGANIZATION', 'STARTUP', '社区广场舞队培训', 10000.00, 'PASSED'),
    (9, '5a000000-2025-4000-8002-000000000009', '星沙街道板仓社区书画社', 'COMMUNITY_ORGANIZATION', 'STARTUP', '社区书画公益课', 8000.00, 'PASSED'),
    (10, '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001', '长沙县星沙街道社区社会组织联合会', 'SOCIAL_GROUP', 'DEVELOPING', '社区社会组织骨干培训', 10000.00, 'PASSED'),
    (11, '5a000000-2025-4000-8002-000000000011', '星沙街道开元社区睦邻议事会', 'COMMUNITY_ORGANIZATION', 'STARTUP', '楼栋议事会', 6000.00, 'PASSED'),
    (12, '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2009', '星沙街道银龄合唱团', 'COMMUNITY_ORGANIZATION', 'IN_PREPARATION', '银龄合唱进社区', 5000.00, 'FAILED'),
    (13, '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2007', '长沙县星沙街道心桥心理健康服务中心', 'SOCIAL_SERVICE_ORGANIZATION', 'IN_PREPARATION', '社区心理疏导', 10000.00, 'FAILED'),
    (14, '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2012', '星沙阳光养老协会', 'SOCIAL_GROUP', 'IN_PREPARATION', '长者生日会', 4000.00, 'FAILED');

INSERT INTO proposal (id, round_id, organization_id, organization_name, jurisdiction_code, title, summary, priority_area,
                      plan_code, requested_amount, expected_activities, expected_person_times, expected_volunteers,
                      status, legal_form, maturity, on_abnormal_list, registry_reasons, submitted_at,
                      screening_reasons, screening_comment, screened_by, screened_at, created_by, created_at)
SELECT ('5a000000-2025-4000-8001-' || lpad(n::text, 12, '0'))::uuid, '5a000000-2025-4000-8000-000000000002',
       organization_id, organization_name, '430121001000', title, title || '：星沙街道社区微项目',
       (ARRAY['为老服务', '儿童青少年', '邻里互助', '环境保护'])[n % 4 + 1], NULL, requested, 5, 650, 40, status,
       legal_form, maturity, false, CASE WHEN status = 'FAILED' THEN ARRAY['NOT_REGISTERED'] ELSE '{}' END,
       timestamptz '2025-03-20T02:00:00Z' + n * interval '1 day',
       CASE WHEN status = 'FAILED' THEN ARRAY['NOT_REGISTERED'] ELSE '{}' END,
       CASE WHEN status = 'FAILED' THEN '尚在筹建，待备案后下一期申报' ELSE '筛选通过' END,
       'xingsha-hub', '2025-04-15T02:00:00Z', 'xingsha-hub', timestamptz '2025-03-15T02:00:00Z' + n * interval '1 day'
FROM demo_xingsha
ON CONFLICT (id) DO NOTHING;

INSERT INTO proposal_budget_line (proposal_id, line_no, category, description, amount)
SELECT ('5a000000-2025-4000-8001-' || lpad(n::text, 12, '0'))::uuid, 1, 'ACTIVITY', '活动费', requested
FROM demo_xingsha
ON CONFLICT DO NOTHING;

-- Eleven passed proposals of which at most eight fit in the 80,000 pool under the 10,000 cap per award, whatever
-- their order (any nine limits add up to more than 80,000). Organizations 1 and 3 held four stars (党建星级) when the
-- round ranked: the round's priority bonus of 3 points applies to them.
INSERT INTO demo_sheet_quality (proposal_id, quality)
SELECT ('5a000000-2025-4000-8001-' || lpad(n::text, 12, '0'))::uuid, 0.84 - n * 0.015
FROM demo_xingsha WHERE status = 'PASSED';


-- ---------------------------------------------------------------- expert panels and score sheets
-- Five experts a round (so the highest and the lowest sheet of each proposal are dropped), from the talent pool where
-- the round is the node's own (Xingsha), otherwise fixed ids.
INSERT INTO panel_member (round_id, talent_id, name, username, affiliated_organizations, added_by, added_at)
SELECT r.round_id::uuid, r.prefix || e.k, e.name, NULL, '{}', r.added_by, r.added_at::timestamptz
FROM (VALUES ('e1000000-2014-4000-8000-000000000002', 'ejin-expert-', 'admin', '2014-04-06T02:00:00Z'),
             ('ea000000-2016-4000-8000-000000000002', 'yaan-expert-', 'admin', '2016-06-06T02:00:00Z'),
             ('5a000000-2025-4000-8000-000000000002', 'xingsha-expert-', 'xingsha-hub', '2025-04-16T02:00:00Z'))
         AS r(round_id, prefix, added_by, added_at)
CROSS JOIN (VALUES (1, '评审专家甲'), (2, '评审专家乙'), (3, '评审专家丙'), (4, '评审专家丁'), (5, '评审专家戊')) AS e(k, name)
ON CONFLICT DO NOTHING;

-- Every panel expert scores every passed proposal on every criterion (complete sheets: the rounds could be ranked
-- under the rule that every seated, non-conflicted expert hands in all their sheets). The demo experts have no logins,
-- so their sheets are paper sheets the round's officer entered (entered_by).
INSERT INTO expert_score (proposal_id, talent_id, criterion_code, score, comment, scored_by, scored_at, entered_by)
SELECT q.proposal_id, m.talent_id, c.code,
       LEAST(c.max_score, GREATEST(0, round(c.max_score * (q.quality
           + (get_byte(decode(md5(q.proposal_id || m.talent_id || c.code), 'hex'), 0) % 9 - 4) / 100.0)))),
       NULL, m.added_by, m.added_at + interval '10 days', m.added_by
FROM demo_sheet_quality q
JOIN proposal p ON p.id = q.proposal_id
JOIN panel_member m ON m.round_id = p.round_id
JOIN round_criterion c ON c.round_id = p.round_id
ON CONFLICT DO NOTHING;
