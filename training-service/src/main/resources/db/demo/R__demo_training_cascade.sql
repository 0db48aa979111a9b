-- Demo data of the cascade (研发+重点+推广) and the programmes (培训项目), built on the rows of R__demo_training.sql
-- (which runs first: repeatable migrations run in the order of their descriptions). Rows only; no total is typed in:
-- the reach by street, a programme's sessions, person-times, organizations and experts are counted by the service
-- from the attendance rows (DemoCascadeIT checks them). Fixed ids (md5 of a name) throughout, so a re-run changes
-- nothing.
--   * Changsha County: the county base released the courseware 《社区社会组织备案与培育》, 《志愿者基础知识及管理培训》,
--     《社区活动策划》 (2025版, and a 2025修订版 of the first); its ten central sessions for hub staff (R__demo_training.sql)
--     ran 2025版; then the hubs of 星沙, 泉塘, 湘龙, 长龙 and 黄兴 ran the same courseware in their streets (11 sessions,
--     one sitting each). 㮾梨 and the other streets have not run it yet.
--   * Ya'an: the 15 sessions (1,230 person-times) belong to 雅安市社会组织骨干轮训, co-funded by 南都公益基金会 with
--     700,000.00 yuan (partner id nandu-foundation).
--   * A forum of 87 organizations and 14 experts (长沙市社会组织发展论坛), brand-project support with coaching in each of
--     the five phases (co-funded by the demo partner, demo-foundation, 50,000.00), a youth practitioner capacity plan.

INSERT INTO courseware_version (id, course_id, label, summary, released_by, released_at) VALUES
    (md5('demo-courseware-county-1-2025')::uuid, md5('demo-course-county-1')::uuid, '2025版',
     '备案流程、培育路径与台账模板，供枢纽型组织回街道复制开班', 'county-base', '2025-03-10T02:00:00Z'),
    (md5('demo-courseware-county-2-2025')::uuid, md5('demo-course-county-2')::uuid, '2025版',
     '志愿者招募、培训、激励与服务时长记录', 'county-base', '2025-03-10T02:00:00Z'),
    (md5('demo-courseware-county-3-2025')::uuid, md5('demo-course-county-3')::uuid, '2025版',
     '社区活动策划、预算与安全预案', 'county-base', '2025-03-10T02:00:00Z'),
    (md5('demo-courseware-county-1-2025r')::uuid, md5('demo-course-county-1')::uuid, '2025修订版',
     '增补社区社会组织备案新规与常见问题', 'county-base', '2025-06-01T02:00:00Z')
ON CONFLICT (id) DO NOTHING;

-- the county's central sessions (for hub staff, held at the county base) ran 2025版 of their course
UPDATE training_session
SET courseware_version_id = md5('demo-courseware-county-' || ((n - 1) % 3 + 1) || '-2025')::uuid
FROM generate_series(1, 10) AS n
WHERE id = md5('demo-session-county-' || n)::uuid AND courseware_version_id IS NULL;

-- the hubs' sessions in their streets: (key, course, version, street, first sitting, attending, venue)
CREATE TEMPORARY TABLE demo_cascade (key TEXT, course INT, version TEXT, jurisdiction TEXT, starts TIMESTAMPTZ,
                                     attending INT, venue TEXT) ON COMMIT DROP;
INSERT INTO demo_cascade VALUES
    ('xingsha-1', 1, '2025', '430121001000', '2025-06-07T01:00:00Z', 40, '星沙街道社会组织服务中心'),
    ('xingsha-2', 1, '2025', '430121001000', '2025-06-14T01:00:00Z', 40, '星沙街道社会组织服务中心'),
    ('xingsha-3', 2, '2025', '430121001000', '2025-06-21T01:00:00Z', 38, '星沙街道社会组织服务中心'),
    ('xingsha-4', 3, '2025', '430121001000', '2025-06-28T01:00:00Z', 36, '星沙街道社会组织服务中心'),
    ('xingsha-5', 1, '2025r', '430121001000', '2025-07-05T01:00:00Z', 42, '星沙街道社会组织服务中心'),
    ('quantang-1', 1, '2025', '430121002000', '2025-06-10T01:00:00Z', 35, '泉塘街道社区社会组织联合会'),
    ('quantang-2', 2, '2025', '430121002000', '2025-06-24T01:00:00Z', 33, '泉塘街道社区社会组织联合会'),
    ('xianglong-1', 1, '2025', '430121003000', '2025-06-12T01:00:00Z', 30, '湘龙街道社会组织服务站'),
    ('changlong-1', 1, '2025r', '430121005000', '2025-07-08T01:00:00Z', 28, '长龙街道社会组织服务站'),
    ('changlong-2', 3, '2025', '430121005000', '2025-07-15T01:00:00Z', 31, '长龙街道社会组织服务站'),
    ('huangxing-1', 2, '2025', '430121102000', '2025-06-18T01:00:00Z', 26, '黄兴镇社会组织服务站');

INSERT INTO training_session (id, course_id, jurisdiction_code, title, mode, venue, online_url, capacity,
                              enrolment_deadline, trainer_username, status, created_by, created_at, updated_at,
                              courseware_version_id)
SELECT md5('demo-cascade-session-' || d.key)::uuid, md5('demo-course-county-' || d.course)::uuid, d.jurisdiction,
       '街道复制培训 ' || d.key, 'ONSITE', d.venue, NULL, d.attending + 10, d.starts - INTERVAL '2 days', NULL,
       'COMPLETED', 'admin', d.starts - INTERVAL '20 days', d.starts + INTERVAL '1 day',
       md5('demo-courseware-county-' || d.course || '-' || d.version)::uuid
FROM demo_cascade d
ON CONFLICT (id) DO NOTHING;

INSERT INTO session_sitting (session_id, seq, starts_at, ends_at)
SELECT md5('demo-cascade-session-' || d.key)::uuid, 1, d.starts, d.starts + INTERVAL '3 hours'
FROM demo_cascade d
ON CONFLICT DO NOTHING;

INSERT INTO enrolment (id, session_id, organization_id, organization_jurisdiction, person_name, audience, status,
                       enrolled_by, enrolled_at, updated_at)
SELECT md5('demo-cascade-enrolment-' || d.key || '-' || p)::uuid, md5('demo-cascade-session-' || d.key)::uuid,
       md5('demo-organization-cascade-' || d.jurisdiction || '-' || (p % 12))::uuid, d.jurisdiction,
       '学员' || d.key || '-' || p, 'ORGANIZATION_LEADER', 'COMPLETED', 'org-admin-demo',
       d.starts - INTERVAL '7 days', d.starts + INTERVAL '1 day'
FROM demo_cascade d, generate_series(1, d.attending) AS p
ON CONFLICT (id) DO NOTHING;

INSERT INTO attendance (session_id, sitting_seq, enrolment_id, status, method, recorded_by, recorded_at)
SELECT md5('demo-cascade-session-' || d.key)::uuid, 1, md5('demo-cascade-enrolment-' || d.key || '-' || p)::uuid,
       'PRESENT', 'ROLL_CALL', 'admin', d.starts + INTERVAL '10 minutes'
FROM demo_cascade d, generate_series(1, d.attending) AS p
ON CONFLICT DO NOTHING;

-- programmes
INSERT INTO training_programme (id, jurisdiction_code, name, kind, description, starts_on, ends_on, created_by,
                                created_at) VALUES
    (md5('demo-programme-yaan')::uuid, '511800000000', '雅安市社会组织骨干轮训', 'BACKBONE_ROTATION',
     '灾后重建中的社会组织骨干分期轮训，南都公益基金会共同资助', '2016-04-01', '2016-12-31', 'admin',
     '2016-04-01T02:00:00Z'),
    (md5('demo-programme-forum')::uuid, '430100000000', '长沙市社会组织发展论坛', 'FORUM',
     '社会组织负责人与专家围绕品牌建设与跨界合作交流', '2024-11-01', '2024-11-30', 'city-operator',
     '2024-10-08T02:00:00Z'),
    (md5('demo-programme-brand')::uuid, '430121000000', '长沙县品牌项目扶持计划', 'BRAND_PROJECT_SUPPORT',
     '对入选品牌项目开展战略、设计、执行、评估、倡导五个阶段的一对一辅导', '2025-03-01', '2025-12-31',
     'county-base', '2025-02-20T02:00:00Z'),
    (md5('demo-programme-youth')::uuid, '430121000000', '长沙县青年人才能力提升计划', 'YOUTH_CAPACITY',
     '面向街道枢纽型组织青年工作人员的系统培养', '2025-03-01', '2025-12-31', 'county-base',
     '2025-02-20T02:00:00Z')
ON CONFLICT (id) DO NOTHING;

INSERT INTO programme_co_funding (id, programme_id, partner_id, funder_name, amount, committed_on, recorded_by,
                                  recorded_at) VALUES
    (md5('demo-co-funding-yaan-nandu')::uuid, md5('demo-programme-yaan')::uuid, 'nandu-foundation',
     '南都公益基金会', 700000.00, '2016-04-01', 'admin', '2016-04-01T02:00:00Z'),
    (md5('demo-co-funding-brand-demo')::uuid, md5('demo-programme-brand')::uuid, 'demo-foundation',
     '长沙市乐创公益慈善基金会', 50000.00, '2025-03-05', 'county-officer', '2025-03-05T02:00:00Z')
ON CONFLICT (id) DO NOTHING;

-- the Ya'an sessions belong to the co-funded programme
UPDATE training_session SET programme_id = md5('demo-programme-yaan')::uuid
FROM generate_series(1, 15) AS n
WHERE id = md5('demo-session-yaan-' || n)::uuid AND programme_id IS NULL;

-- the forum: one session of a course with 14 experts of the talent pool, one leader of each of 87 organizations
INSERT INTO course (id, jurisdiction_code, title, area, hours, audience, trainer_ids, completion_percent, created_by,
                    created_at)
SELECT md5('demo-course-forum')::uuid, '430100000000', '社会组织品牌建设与跨界合作', 'BRAND_BUILDING', 6.0,
       '{ORGANIZATION_LEADER}', array_agg(md5('demo-forum-expert-' || x)::uuid ORDER BY x), 100, 'city-operator',
       '2024-10-08T02:00:00Z'
FROM generate_series(1, 14) AS x
ON CONFLICT (id) DO NOTHING;

INSERT INTO training_session (id, course_id, jurisdiction_code, title, mode, venue, online_url, capacity,
                              enrolment_deadline, trainer_username, status, created_by, created_at, updated_at,
                              programme_id) VALUES
    (md5('demo-session-forum')::uuid, md5('demo-course-forum')::uuid, '430100000000', '2024年论坛', 'ONSITE',
     '长沙市社会组织孵化基地', NULL, 120, '2024-11-14T10:00:00Z', NULL, 'COMPLETED', 'city-operator',
     '2024-10-08T02:00:00Z', '2024-11-17T02:00:00Z', md5('demo-programme-forum')::uuid)
ON CONFLICT (id) DO NOTHING;
INSERT INTO session_sitting (session_id, seq, starts_at, ends_at) VALUES
    (md5('demo-session-forum')::uuid, 1, '2024-11-16T01:00:00Z', '2024-11-16T08:00:00Z')
ON CONFLICT DO NOTHING;
INSERT INTO enrolment (id, session_id, organization_id, organization_jurisdiction, person_name, audience, status,
                       enrolled_by, enrolled_at, updated_at)
SELECT md5('demo-forum-enrolment-' || o)::uuid, md5('demo-session-forum')::uuid,
       md5('demo-organization-forum-' || o)::uuid, '430100000000', '论坛代表-' || o, 'ORGANIZATION_LEADER',
       'COMPLETED', 'org-admin-demo', '2024-11-01T02:00:00Z', '2024-11-17T02:00:00Z'
FROM generate_series(1, 87) AS o
ON CONFLICT (id) DO NOTHING;
INSERT INTO attendance (session_id, sitting_seq, enrolment_id, status, method, recorded_by, recorded_at)
SELECT md5('demo-session-forum')::uuid, 1, md5('demo-forum-enrolment-' || o)::uuid, 'PRESENT', 'ROLL_CALL', 'admin',
       '2024-11-16T01:05:00Z'
FROM generate_series(1, 87) AS o
ON CONFLICT DO NOTHING;

-- brand-project support: one-to-one coaching of two brand projects, logged per phase
INSERT INTO coaching_session (id, programme_id, organization_id, organization_name, project_title, phase, held_on,
                              hours, coach, notes, recorded_by, recorded_at)
SELECT md5('demo-coaching-' || p.org || '-' || ph.phase)::uuid, md5('demo-programme-brand')::uuid, p.org_id::uuid,
       p.name, p.project, ph.phase, DATE '2025-03-15' + ph.week * 7 + p.shift, 2.0, '县基地督导', NULL,
       'county-base', TIMESTAMPTZ '2025-03-15T08:00:00Z' + (ph.week * 7 + p.shift) * INTERVAL '1 day'
FROM (VALUES ('federation', '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001', '长沙县星沙街道社区社会组织联合会', '邻里守望互助计划', 0),
             ('elderly', '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1002', '长沙县星沙街道阳光养老服务中心', '居家养老助餐服务', 2))
         AS p (org, org_id, name, project, shift),
     (VALUES ('STRATEGY', 0), ('DESIGN', 3), ('EXECUTION', 8), ('EVALUATION', 20), ('ADVOCACY', 26))
         AS ph (phase, week)
ON CONFLICT (id) DO NOTHING;
