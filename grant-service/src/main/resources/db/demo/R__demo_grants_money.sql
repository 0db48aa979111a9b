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
