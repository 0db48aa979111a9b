-- Demo training data (loaded only with classpath:db/demo), telling the figures of the domain brief:
--   * Ya'an: 15 sessions and 1,200+ person-times (15 sessions of one sitting, 82 attending each: 1,230); shown by a
--     node serving Sichuan (the default node serves Hunan, incubator.node);
--   * Changsha County: 1,000+ person-times (10 sessions of two sittings, 52 attending both: 1,040), with the hub
--     courseware 《社区社会组织备案与培育》, 《志愿者基础知识及管理培训》, 《社区活动策划》;
--   * 1,500 social workers trained (Changsha: 20 sessions of 75 social workers, every one completed).
-- Only rows are written: courses, sessions, sittings, enrolments and attendance. No total is typed in: every figure
-- above is what GET /statistics/person-times counts from the attendance rows (DemoDataIT checks it). Fixed ids
-- (md5 of a name) throughout, so a re-run changes nothing. The 87 organizations and 14 experts of the forum belong to
-- the later programmes step (salons and forums) and are not here yet.

INSERT INTO course (id, jurisdiction_code, title, area, hours, audience, trainer_ids, completion_percent, created_by,
                    created_at) VALUES
    (md5('demo-course-yaan-1')::uuid, '511800000000', '社会组织法人治理', 'CORPORATE_GOVERNANCE', 6.0,
     '{ORGANIZATION_LEADER}', '{}', 80, 'admin', '2016-04-01T02:00:00Z'),
    (md5('demo-course-yaan-2')::uuid, '511800000000', '社会组织财税管理', 'FINANCE_AND_TAX', 6.0,
     '{ORGANIZATION_LEADER,HUB_STAFF}', '{}', 80, 'admin', '2016-04-01T02:00:00Z'),
    (md5('demo-course-yaan-3')::uuid, '511800000000', '公益项目开发与设计', 'PROJECT_DEVELOPMENT', 6.0,
     '{ORGANIZATION_LEADER,HUB_STAFF}', '{}', 80, 'admin', '2016-04-01T02:00:00Z'),
    (md5('demo-course-county-1')::uuid, '430121000000', '社区社会组织备案与培育', 'COMMUNITY_FILING_AND_CULTIVATION',
     4.0, '{HUB_STAFF,ORGANIZATION_LEADER}', '{}', 100, 'county-officer', '2025-03-01T02:00:00Z'),
    (md5('demo-course-county-2')::uuid, '430121000000', '志愿者基础知识及管理培训', 'VOLUNTEER_MANAGEMENT', 4.0,
     '{HUB_STAFF,ORGANIZATION_LEADER}', '{}', 100, 'county-officer', '2025-03-01T02:00:00Z'),
    (md5('demo-course-county-3')::uuid, '430121000000', '社区活动策划', 'ACTIVITY_PLANNING', 4.0,
     '{HUB_STAFF,ORGANIZATION_LEADER}', '{}', 100, 'county-officer', '2025-03-01T02:00:00Z'),
    (md5('demo-course-changsha-sw')::uuid, '430100000000', '社会工作者能力提升', 'INTERNAL_GOVERNANCE', 3.0,
     '{SOCIAL_WORKER}', '{}', 100, 'city-operator', '2024-03-01T02:00:00Z')
ON CONFLICT (id) DO NOTHING;

-- the sessions: (prefix, count, course prefix, number of courses, jurisdiction, first start, sittings, attending)
CREATE TEMPORARY TABLE demo_series (prefix TEXT, sessions INT, course TEXT, courses INT, jurisdiction TEXT,
                                    first_start TIMESTAMPTZ, sittings INT, attending INT, venue TEXT,
                                    audience TEXT, enrolment TEXT) ON COMMIT DROP;
INSERT INTO demo_series VALUES
    ('yaan', 15, 'demo-course-yaan-', 3, '511800000000', '2016-05-07T01:00:00Z', 1, 82, '雅安市社会组织孵化基地',
     'ORGANIZATION_LEADER', 'COMPLETED'),
    ('county', 10, 'demo-course-county-', 3, '430121000000', '2025-04-12T01:00:00Z', 2, 52,
     '长沙县社会组织孵化基地', 'HUB_STAFF', 'COMPLETED'),
    ('changsha-sw', 20, 'demo-course-changsha-sw', 1, '430100000000', '2024-04-13T01:00:00Z', 1, 75,
     '长沙市社会工作服务指导中心', 'SOCIAL_WORKER', 'COMPLETED');

INSERT INTO training_session (id, course_id, jurisdiction_code, title, mode, venue, online_url, capacity,
                              enrolment_deadline, trainer_username, status, created_by, created_at, updated_at)
SELECT md5('demo-session-' || d.prefix || '-' || n)::uuid,
       md5(CASE WHEN d.courses = 1 THEN d.course ELSE d.course || ((n - 1) % d.courses + 1) END)::uuid,
       d.jurisdiction, '第' || n || '期', 'ONSITE', d.venue, NULL, d.attending + 8,
       d.first_start + (n - 1) * INTERVAL '7 days' - INTERVAL '2 days', NULL, 'COMPLETED', 'admin',
       d.first_start - INTERVAL '30 days', d.first_start + (n - 1) * INTERVAL '7 days' + INTERVAL '1 day'
FROM demo_series d, generate_series(1, d.sessions) AS n
ON CONFLICT (id) DO NOTHING;

INSERT INTO session_sitting (session_id, seq, starts_at, ends_at)
SELECT md5('demo-session-' || d.prefix || '-' || n)::uuid, s,
       d.first_start + (n - 1) * INTERVAL '7 days' + (s - 1) * INTERVAL '1 day',
       d.first_start + (n - 1) * INTERVAL '7 days' + (s - 1) * INTERVAL '1 day' + INTERVAL '3 hours'
FROM demo_series d, generate_series(1, d.sessions) AS n, generate_series(1, d.sittings) AS s
ON CONFLICT DO NOTHING;

-- each enrolled person of one of 20 demo organizations of the place
INSERT INTO enrolment (id, session_id, organization_id, organization_jurisdiction, person_name, audience, status,
                       enrolled_by, enrolled_at, updated_at)
SELECT md5('demo-enrolment-' || d.prefix || '-' || n || '-' || p)::uuid,
       md5('demo-session-' || d.prefix || '-' || n)::uuid,
       md5('demo-organization-' || d.prefix || '-' || (p % 20))::uuid, d.jurisdiction,
       '学员' || d.prefix || '-' || n || '-' || p, d.audience, d.enrolment, 'org-admin-demo',
       d.first_start + (n - 1) * INTERVAL '7 days' - INTERVAL '10 days',
       d.first_start + (n - 1) * INTERVAL '7 days' + INTERVAL '1 day'
FROM demo_series d, generate_series(1, d.sessions) AS n, generate_series(1, d.attending) AS p
ON CONFLICT (id) DO NOTHING;

INSERT INTO attendance (session_id, sitting_seq, enrolment_id, status, method, recorded_by, recorded_at)
SELECT md5('demo-session-' || d.prefix || '-' || n)::uuid, s,
       md5('demo-enrolment-' || d.prefix || '-' || n || '-' || p)::uuid, 'PRESENT', 'ROLL_CALL', 'admin',
       d.first_start + (n - 1) * INTERVAL '7 days' + (s - 1) * INTERVAL '1 day' + INTERVAL '10 minutes'
FROM demo_series d, generate_series(1, d.sessions) AS n, generate_series(1, d.sittings) AS s,
     generate_series(1, d.attending) AS p
ON CONFLICT DO NOTHING;
