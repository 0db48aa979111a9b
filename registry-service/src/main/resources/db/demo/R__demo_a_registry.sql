-- Demo data of the organization lifecycle, registration guidance, consultations, annual inspections and the
-- abnormal-activity list (loaded only with classpath:db/demo). Changsha County streets; people and codes are invented
-- (codes carry a correct GB 32100-2015 check character). Fixed ids, so a re-run changes nothing.
INSERT INTO organization (id, name, name_normalized, name_grams, legal_form, credit_code, jurisdiction_code, category,
                          status, service_fields, maturity, supervising_department, address, legal_representative_name,
                          legal_representative_phone, contact_name, contact_phone, founded_on, registered_on,
                          cancelled_on, created_at, updated_at)
SELECT v.id::uuid, v.name, v.name,
       ARRAY(SELECT DISTINCT substr(v.name, i, 2) FROM generate_series(1, char_length(v.name) - 1) AS i),
       v.legal_form, v.credit_code, v.jurisdiction_code, v.category, v.status, v.service_fields::text[], v.maturity,
       v.supervising_department, v.address, v.rep_name, v.rep_phone, v.contact_name, v.contact_phone,
       v.founded_on::date, v.registered_on::date, v.cancelled_on::date, now(), now()
FROM (VALUES
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2001', '长沙县星沙街道夕阳红养老服务中心', 'SOCIAL_SERVICE_ORGANIZATION', '52430121MJJ001011W',
     '430121001000', 'PUBLIC_WELFARE', 'REGISTERED', '{VULNERABLE_GROUPS,HEALTH}', 'DEVELOPING', '长沙县民政局',
     '星沙街道开元东路 18 号', '张建华', '13907311001', '李娟', '13807311002', '2020-11-01', '2021-04-12', NULL),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2002', '长沙县泉塘街道青少年志愿者协会', 'SOCIAL_GROUP', '51430121MJJ0010211',
     '430121002000', 'PUBLIC_WELFARE', 'REGISTERED', '{YOUTH,COMMUNITY_DEVELOPMENT}', 'STARTUP', '共青团长沙县委员会',
     '泉塘街道泉塘路 66 号', '王磊', '13574101003', '周敏', '13574101004', '2019-03-01', '2019-06-20', NULL),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2003', '长沙县湘龙街道社区发展促进会', 'SOCIAL_GROUP', '51430121MJJ0010312',
     '430121003000', 'COMMUNITY_SERVICE', 'REGISTERED', '{COMMUNITY_DEVELOPMENT,CONSULTING_EVALUATION}', 'MODEL',
     '长沙县民政局', '湘龙街道湘龙路 9 号', '陈志刚', '13974101005', '刘芳', '13974101006', '2017-09-01', '2018-03-01', NULL),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2004', '长沙县㮾梨街道龙舟文化研究会', 'SOCIAL_GROUP', '51430121MJJ0010413',
     '430121004000', 'CULTURE_SPORTS', 'REGISTERED', '{COMMUNITY_DEVELOPMENT}', 'DEVELOPING', '长沙县文化旅游广电体育局',
     '㮾梨街道临湘路 3 号', '黄国平', '13607311007', '黄丽', '13607311008', '2016-05-01', '2017-05-18', NULL),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2005', '长沙县黄花镇应急救援服务中心', 'SOCIAL_SERVICE_ORGANIZATION', '52430121MJJ0010511',
     '430121105000', 'PUBLIC_WELFARE', 'REGISTERED', '{DISASTER_MANAGEMENT}', 'STARTUP', '长沙县应急管理局',
     '黄花镇黄花大道 28 号', '赵勇', '13807311009', '孙静', '13807311010', '2019-12-01', '2020-08-08', NULL),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2006', '长沙县春华镇乡村振兴服务中心', 'SOCIAL_SERVICE_ORGANIZATION', '52430121MJJ0010612',
     '430121106000', 'SOCIAL_AFFAIRS', 'REGISTERED', '{LIVELIHOOD,COMMUNITY_DEVELOPMENT}', 'DEVELOPING', '长沙县农业农村局',
     '春华镇春华山路 2 号', '吴海波', '13707311011', '郑红', '13707311012', '2020-02-01', '2020-06-30', NULL),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2007', '长沙县星沙街道心桥心理健康服务中心', 'SOCIAL_SERVICE_ORGANIZATION', NULL,
     '430121001000', 'PUBLIC_WELFARE', 'IN_PREPARATION', '{HEALTH,CONSULTING_EVALUATION}', 'IN_PREPARATION',
     '长沙县卫生健康局', '星沙街道板仓路 5 号', '何思远', '18907311013', '何思远', '18907311013', NULL, NULL, NULL),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2008', '长沙县泉塘街道书香读书协会', 'SOCIAL_GROUP', NULL,
     '430121002000', 'CIVIC_EDUCATION', 'IN_PREPARATION', '{YOUTH}', 'IN_PREPARATION', '长沙县文化旅游广电体育局',
     '泉塘街道东升路 12 号', '罗文', '18907311014', '罗文', '18907311014', NULL, NULL, NULL),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2009', '星沙街道银龄合唱团', 'COMMUNITY_ORGANIZATION', NULL,
     '430121001000', 'CULTURE_SPORTS', 'IN_PREPARATION', '{VULNERABLE_GROUPS}', 'IN_PREPARATION', '星沙街道办事处',
     '星沙街道星城社区活动中心', '梁秀英', '13307311015', '梁秀英', '13307311015', NULL, NULL, NULL),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2010', '㮾梨街道睦邻互助队', 'COMMUNITY_ORGANIZATION', NULL,
     '430121004000', 'COMMUNITY_SERVICE', 'FILED', '{COMMUNITY_DEVELOPMENT,VULNERABLE_GROUPS}', 'STARTUP', '㮾梨街道办事处',
     '㮾梨街道陶公庙社区', '邓桂兰', '13307311016', '邓桂兰', '13307311016', '2024-06-01', '2024-09-01', NULL),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2011', '长沙县江背镇妇女儿童关爱协会', 'SOCIAL_GROUP', '51430121MJJ001111M',
     '430121104000', 'PUBLIC_WELFARE', 'CANCELLED', '{VULNERABLE_GROUPS,YOUTH}', 'STARTUP', '长沙县妇女联合会',
     '江背镇江背大道 1 号', '蒋美玲', '13507311017', '蒋美玲', '13507311017', '2015-10-01', '2016-03-15', '2024-12-31'),
    -- nearly the name of 长沙县星沙街道阳光养老服务中心 (R__demo_organizations): name approval flags it
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2012', '星沙阳光养老协会', 'SOCIAL_GROUP', NULL,
     '430121001000', 'PUBLIC_WELFARE', 'IN_PREPARATION', '{VULNERABLE_GROUPS}', 'IN_PREPARATION', '长沙县民政局',
     NULL, NULL, NULL, '曾晓', '18907311018', NULL, NULL, NULL)
) AS v(id, name, legal_form, credit_code, jurisdiction_code, category, status, service_fields, maturity,
       supervising_department, address, rep_name, rep_phone, contact_name, contact_phone, founded_on, registered_on,
       cancelled_on)
ON CONFLICT (id) DO NOTHING;

-- 换届
INSERT INTO board_renewal (id, organization_id, renewed_on, term_number, term_years, legal_representative_name,
                           legal_representative_phone, recorded_by, recorded_at)
VALUES
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2101', '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2003', '2023-03-18', 2, 5, '陈志刚',
     '13974101005', 'county-officer', '2023-03-20T02:00:00Z'),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2102', '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2010', '2025-09-01', 2, 3, '邓桂兰',
     '13307311016', 'langli-hub', '2025-09-02T02:00:00Z')
ON CONFLICT DO NOTHING;

-- 登记进度 of the two organizations in preparation with a checklist
INSERT INTO registration_progress (organization_id, legal_form, step_number, done_by, done_at, note)
VALUES
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2007', 'SOCIAL_SERVICE_ORGANIZATION', 1, 'city-operator', '2026-09-02T02:00:00Z', '县卫健局已出具同意函'),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2007', 'SOCIAL_SERVICE_ORGANIZATION', 2, 'city-operator', '2026-09-10T02:00:00Z', '名称已核准'),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2007', 'SOCIAL_SERVICE_ORGANIZATION', 3, 'city-operator', '2026-10-08T02:00:00Z', '章程已写入坚持党的全面领导条款；举办者中有 2 名党员'),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2008', 'SOCIAL_GROUP', 1, 'city-operator', '2026-07-01T02:00:00Z', NULL),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2008', 'SOCIAL_GROUP', 2, 'city-operator', '2026-07-15T02:00:00Z', NULL),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2008', 'SOCIAL_GROUP', 3, 'city-operator', '2026-08-20T02:00:00Z', '已发展个人会员 56 名'),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2008', 'SOCIAL_GROUP', 4, 'city-operator', '2026-09-05T02:00:00Z', '章程含党的建设条款')
ON CONFLICT DO NOTHING;

-- 年检: one inspection in each state
INSERT INTO annual_inspection (id, organization_id, jurisdiction_code, year, status, report_summary, submitted_by,
                               submitted_at, reviewed_by, reviewed_at, concluded_by, concluded_at,
                               rectification_opinion, rectification_due, rectified_on)
VALUES
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2201', '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2001', '430121001000', 2025, 'PASSED',
     '全年开展助老服务 312 场，服务老人 4,860 人次。', 'city-operator', '2026-03-10T02:00:00Z', 'county-officer',
     '2026-04-02T02:00:00Z', 'county-officer', '2026-04-20T02:00:00Z', NULL, NULL, NULL),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2202', '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2002', '430121002000', 2025, 'SUBMITTED',
     '组织青少年志愿活动 48 次。', 'city-operator', '2026-05-28T02:00:00Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2203', '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2003', '430121003000', 2025, 'REVIEWED',
     '完成社区议事协商 20 次。', 'city-operator', '2026-03-15T02:00:00Z', 'county-officer', '2026-05-06T02:00:00Z',
     NULL, NULL, NULL, NULL, NULL),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2204', '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2004', '430121004000', 2025, 'BASIC_PASSED',
     '举办端午龙舟赛 1 届。', 'city-operator', '2026-03-20T02:00:00Z', 'county-officer', '2026-04-10T02:00:00Z',
     'county-officer', '2026-05-15T02:00:00Z', '理事会未按章程每年召开两次，请补开并完善会议记录。', '2027-01-31', NULL),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2205', '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2005', '430121105000', 2024, 'FAILED',
     '未提交财务审计报告。', 'city-operator', '2025-03-30T02:00:00Z', 'county-officer', '2025-04-15T02:00:00Z',
     'county-officer', '2025-05-10T02:00:00Z', '财务制度不健全，须补交年度财务审计报告并建立专账。', '2025-06-30', NULL),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2206', '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2006', '430121106000', 2024, 'RECTIFIED',
     '开展农技培训 15 期。', 'city-operator', '2025-03-12T02:00:00Z', 'county-officer', '2025-04-01T02:00:00Z',
     'county-officer', '2025-04-20T02:00:00Z', '负责人变更未备案，请办理变更登记。', '2025-07-31', '2025-06-18')
ON CONFLICT DO NOTHING;

-- 活动异常名录: 黄花镇应急救援服务中心 has an overdue rectification and no 2025 report
INSERT INTO abnormal_listing (id, organization_id, jurisdiction_code, reason, reference, note, listed_by, listed_at)
VALUES
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2301', '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2005', '430121105000',
     'RECTIFICATION_OVERDUE', '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2205', '财务制度不健全，须补交年度财务审计报告并建立专账。',
     'county-officer', '2025-07-01T02:00:00Z'),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2302', '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2005', '430121105000',
     'NO_ANNUAL_REPORT', '2025', NULL, 'county-officer', '2026-07-01T02:00:00Z')
ON CONFLICT DO NOTHING;

-- 咨询台账: a few of the 1,000+ consultations Changsha's base answered
INSERT INTO consultation (id, asked_at, channel, topic, question, answer, answered_by, jurisdiction_code,
                          organization_id, recorded_by, recorded_at)
VALUES
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2401', '2026-01-08T02:30:00Z', 'PHONE', 'REGISTRATION', '成立社会团体需要多少会员？',
     '50 个以上个人会员或 30 个以上单位会员，混合时合计不少于 50 个。', '服务专员 刘敏', '430100000000', NULL, 'city-operator', '2026-01-08T03:00:00Z'),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2402', '2026-01-20T06:00:00Z', 'QQ_GROUP', 'ANNUAL_INSPECTION', '年检报告什么时候交？',
     '每年 3 月 1 日至 5 月 31 日报送上一年度工作报告。', '服务专员 刘敏', '430121000000', NULL, 'city-operator', '2026-01-20T06:10:00Z'),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2403', '2026-02-11T01:00:00Z', 'WECHAT', 'PARTY_BUILDING', '章程里党建条款怎么写？',
     '须载明坚持中国共产党的全面领导，写明党组织设置、职责和工作保障，可参照示范文本。', '服务专员 周洁', '430121001000',
     '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2007', 'city-operator', '2026-02-11T01:20:00Z'),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2404', '2026-03-03T07:00:00Z', 'VISIT', 'REGISTRATION', '民办非企业单位开办资金最低多少？',
     '一般不低于 3 万元，须出具验资报告。', '服务专员 周洁', '430121001000', NULL, 'city-operator', '2026-03-03T08:00:00Z'),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2405', '2026-03-18T02:00:00Z', 'PHONE', 'FILING', '社区社会组织在哪里备案？',
     '向所在街道（镇）的枢纽型社区社会组织提交备案材料。', '星沙街道社会组织联合会', '430121001000', NULL, 'xingsha-hub', '2026-03-18T02:30:00Z'),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2406', '2026-04-09T03:00:00Z', 'WECHAT', 'BOARD_RENEWAL', '换届要提前多久报告？',
     '换届前两个月向业务主管单位和登记管理机关书面报告。', '服务专员 刘敏', '430121003000', NULL, 'city-operator', '2026-04-09T03:20:00Z'),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2407', '2026-05-21T02:00:00Z', 'QQ_GROUP', 'FUNDING', '公益创投项目怎么申报？',
     '关注基地发布的申报通知，按指南提交项目书和预算表。', '服务专员 周洁', '430100000000', NULL, 'city-operator', '2026-05-21T02:15:00Z'),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2408', '2026-06-12T06:00:00Z', 'PHONE', 'FINANCE_AND_TAX', '非营利组织免税资格如何申请？',
     '向主管税务机关提交申请，需登记满一年且年检合格。', '服务专员 刘敏', '430121105000', NULL, 'city-operator', '2026-06-12T06:30:00Z'),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2409', '2026-08-26T01:30:00Z', 'VISIT', 'CHANGE_OR_CANCELLATION', '负责人变了要办什么手续？',
     '召开理事会决议后 30 日内办理变更登记。', '服务专员 周洁', '430121106000', NULL, 'city-operator', '2026-08-26T02:00:00Z'),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2410', '2026-10-14T02:00:00Z', 'WECHAT', 'FILING', '合唱团备案需要哪些材料？',
     '备案表、成员名单、负责人身份证明和活动场所说明。', '㮾梨街道社会组织联合会', '430121004000', NULL, 'langli-hub', '2026-10-14T02:20:00Z')
ON CONFLICT DO NOTHING;

-- The timeline of the demo organizations starts with their creation, as if recorded through the API.
INSERT INTO audit_entry (id, occurred_at, actor, action, subject_type, subject_id, jurisdiction_code, before_state,
                         after_state)
SELECT md5('demo-a-created-' || o.id)::uuid, COALESCE(o.registered_on::timestamptz, now()), 'city-operator',
       'organization.created', 'organization', o.id::text, o.jurisdiction_code, NULL,
       jsonb_build_object('id', o.id, 'name', o.name, 'legalForm', o.legal_form, 'status', o.status)
FROM organization o
WHERE o.id::text LIKE '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a20%'
ON CONFLICT DO NOTHING;
