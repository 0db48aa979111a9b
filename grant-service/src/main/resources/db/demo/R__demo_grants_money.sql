-- Demo data of awards, custody, micro-venture activities and the marketplace (loaded only when the launcher adds
-- classpath:db/demo to Flyway's locations). Fixed UUIDs under 6d1e0000-…; organizations are the registry's demo
-- organizations (3f0c6b2e-…). Programmes are inserted here directly because their API belongs to the rounds module.

-- 长沙县 2026 年社区公益创投: 300,000.00 from the county, 100,000.00 co-funded by the demo foundation (partner_id
-- demo-foundation). Two awards in Xingsha wait for their agreements.
INSERT INTO programme (id, jurisdiction_code, name, kind, description, created_by, created_at) VALUES
    ('6d1e0000-0000-4000-8000-000000000001', '430121000000', '长沙县2026年社区公益创投', 'VENTURE_PHILANTHROPY',
     '聚焦居家养老、社区文化、青少年社会工作', 'county-officer', '2026-03-01T01:00:00Z'),
    ('6d1e0000-0000-4000-8000-000000000002', '430100000000', '长沙市2026年社会服务专项资金竞争性分配', 'SPECIAL_FUND',
     '社会服务项目竞争性分配', 'changsha-officer', '2026-03-01T01:00:00Z')
ON CONFLICT (id) DO NOTHING;

INSERT INTO programme_funding (id, programme_id, source, funder_name, partner_id, amount, committed_on, recorded_by,
                               recorded_at) VALUES
    ('6d1e0000-0000-4000-8001-000000000001', '6d1e0000-0000-4000-8000-000000000001', 'GOVERNMENT', '长沙县民政局',
     NULL, 300000.00, '2026-03-01', 'county-officer', '2026-03-01T01:00:00Z'),
    ('6d1e0000-0000-4000-8001-000000000002', '6d1e0000-0000-4000-8000-000000000001', 'PARTNER', '长沙市乐创公益慈善基金会',
     'demo-foundation', 100000.00, '2026-03-05', 'county-officer', '2026-03-05T01:00:00Z'),
    ('6d1e0000-0000-4000-8001-000000000003', '6d1e0000-0000-4000-8000-000000000002', 'GOVERNMENT', '长沙市民政局',
     NULL, 500000.00, '2026-03-01', 'changsha-officer', '2026-03-01T01:00:00Z')
ON CONFLICT (id) DO NOTHING;

INSERT INTO award (id, programme_id, round_id, proposal_id, organization_id, organization_name, jurisdiction_code,
                   project_title, plan_code, amount, status, decided_by, created_at, updated_at) VALUES
    ('6d1e0000-0000-4000-8002-000000000001', '6d1e0000-0000-4000-8000-000000000001', NULL,
     '6d1e0000-0000-4000-8003-000000000001', '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001', '长沙县星沙街道社区社会组织联合会',
     '430121001000', '邻里守望互助计划', NULL, 36666.67, 'AWARDED', 'county-officer', '2026-04-01T01:00:00Z',
     '2026-04-01T01:00:00Z'),
    ('6d1e0000-0000-4000-8002-000000000002', '6d1e0000-0000-4000-8000-000000000001', NULL,
     '6d1e0000-0000-4000-8003-000000000002', '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1002', '长沙县星沙街道阳光养老服务中心',
     '430121001000', '居家养老助餐服务', NULL, 36666.67, 'AWARDED', 'county-officer', '2026-04-01T01:00:00Z',
     '2026-04-01T01:00:00Z')
ON CONFLICT (id) DO NOTHING;

-- 资金代管: the Langli hub holds the dragon-boat association's 190,000.00 yuan under a three-party agreement.
INSERT INTO custody_agreement (id, organization_id, organization_name, jurisdiction_code, community_name, hub_name,
                               agreement_number, signed_on, purpose, status, balance, created_by, created_at) VALUES
    ('6d1e0000-0000-4000-8004-000000000001', '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1003', '长沙县㮾梨街道龙舟协会',
     '430121004000', '㮾梨街道㮾梨社区居民委员会', '㮾梨街道社区社会组织联合会', 'LL-ZJDG-2026-001', '2026-04-20',
     '代管龙舟协会端午龙舟赛社会捐赠资金，专款专用，凭证归档', 'ACTIVE', 190000.00, 'langli-hub',
     '2026-04-20T02:00:00Z')
ON CONFLICT (id) DO NOTHING;
INSERT INTO custody_entry (id, agreement_id, seq, kind, amount, purpose, voucher_reference, occurred_on, balance_after,
                           recorded_by, recorded_at) VALUES
    ('6d1e0000-0000-4000-8005-000000000001', '6d1e0000-0000-4000-8004-000000000001', 1, 'DEPOSIT', 190000.00,
     '端午龙舟赛爱心企业及居民捐赠', '㮾梨收-2026-001', '2026-04-25', 190000.00, 'langli-hub', '2026-04-25T02:00:00Z')
ON CONFLICT (id) DO NOTHING;

-- 星沙街道社区微创投: 8 micro-projects selected after call, screening and review, 9,000.00 yuan each from an 80,000.00
-- street pool; 40 activities, 5,140 person-times served, 308 volunteer person-times. Three projects are run by the
-- registry's demo organizations; the other five by community groups that are not in the registry's demo data.
INSERT INTO programme (id, jurisdiction_code, name, kind, description, created_by, created_at) VALUES
    ('6d1e0000-0000-4000-8000-000000000003', '430121001000', '星沙街道2026年社区微创投', 'MICRO_VENTURE',
     '面向社区社会组织的小额资助，征集、筛选、评审后立项', 'xingsha-hub', '2026-02-20T01:00:00Z')
ON CONFLICT (id) DO NOTHING;
INSERT INTO programme_funding (id, programme_id, source, funder_name, partner_id, amount, committed_on, recorded_by,
                               recorded_at) VALUES
    ('6d1e0000-0000-4000-8001-000000000004', '6d1e0000-0000-4000-8000-000000000003', 'GOVERNMENT', '星沙街道办事处',
     NULL, 80000.00, '2026-02-20', 'xingsha-hub', '2026-02-20T01:00:00Z')
ON CONFLICT (id) DO NOTHING;
INSERT INTO award (id, programme_id, round_id, proposal_id, organization_id, organization_name, jurisdiction_code,
                   project_title, plan_code, amount, status, agreement_number, agreement_terms, signed_on, decided_by,
                   created_at, updated_at)
SELECT ('6d1e0000-0000-4000-8006-' || lpad(v.n::text, 12, '0'))::uuid, '6d1e0000-0000-4000-8000-000000000003', NULL,
       ('6d1e0000-0000-4000-8007-' || lpad(v.n::text, 12, '0'))::uuid, v.organization_id::uuid, v.organization_name,
       '430121001000', v.title, NULL, 9000.00, 'IN_PROGRESS', 'XS-WCT-2026-' || lpad(v.n::text, 3, '0'),
       '小额资助，专款专用，活动留痕', '2026-03-25', 'xingsha-hub', '2026-03-20T01:00:00Z', '2026-03-25T01:00:00Z'
FROM (VALUES
    (1, '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001', '长沙县星沙街道社区社会组织联合会', '邻里守望·银龄关爱'),
    (2, '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1002', '长沙县星沙街道阳光养老服务中心', '社区长者助餐'),
    (3, '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1007', '星沙街道邻里互助队', '邻里互助便民服务'),
    (4, '6d1e0000-0000-4000-8009-000000000004', '星沙街道星城社区四点半课堂志愿队', '四点半课堂'),
    (5, '6d1e0000-0000-4000-8009-000000000005', '星沙街道凉塘社区环保志愿队', '垃圾分类入户宣导'),
    (6, '6d1e0000-0000-4000-8009-000000000006', '星沙街道松雅湖社区亲子读书会', '亲子阅读角'),
    (7, '6d1e0000-0000-4000-8009-000000000007', '星沙街道天华社区楼栋长联谊会', '楼栋议事会'),
    (8, '6d1e0000-0000-4000-8009-000000000008', '星沙街道开元社区广场舞队', '广场舞文明共建')
) AS v(n, organization_id, organization_name, title)
ON CONFLICT (id) DO NOTHING;
-- Their reports are due half a year (中期报告) and a year (结项报告) after signing; none is submitted yet, so the interim
-- ones are overdue and the reminder job tells each organization (the demo org-admin's too) and the Xingsha hub.
UPDATE award SET interim_report_due_on = (signed_on + interval '6 months')::date,
                 final_report_due_on = (signed_on + interval '12 months')::date
WHERE programme_id = '6d1e0000-0000-4000-8000-000000000003' AND signed_on IS NOT NULL
  AND final_report_due_on IS NULL;
INSERT INTO tranche (id, award_id, seq, amount, depends_on, status, released_by, released_at)
SELECT ('6d1e0000-0000-4000-8008-' || lpad(k::text, 12, '0'))::uuid,
       ('6d1e0000-0000-4000-8006-' || lpad(k::text, 12, '0'))::uuid, 1, 9000.00, NULL, 'RELEASED', 'xingsha-hub',
       '2026-03-26T01:00:00Z'
FROM generate_series(1, 8) AS k
ON CONFLICT (id) DO NOTHING;
INSERT INTO award_activity (id, award_id, held_on, title, person_times, volunteer_person_times, recorded_by,
                            recorded_at)
SELECT ('6d1e0000-0000-4000-800a-' || lpad((k * 10 + j)::text, 12, '0'))::uuid,
       a.id, DATE '2026-04-01' + (k * 3 + j * 9), a.project_title || ' 第' || j || '期',
       110 + ((k * 7 + j * 13) % 40), 6 + ((k + j) % 4) + CASE WHEN j = 5 THEN 1 ELSE 0 END,
       'xingsha-hub', TIMESTAMPTZ '2026-04-01T10:00:00Z' + make_interval(days => k * 3 + j * 9)
FROM generate_series(1, 8) AS k CROSS JOIN generate_series(1, 5) AS j
JOIN award a ON a.id = ('6d1e0000-0000-4000-8006-' || lpad(k::text, 12, '0'))::uuid
ON CONFLICT (id) DO NOTHING;
