-- The organizations of incubation's demo cases (incubation-service db/demo R__demo_incubation.sql, same ids), so the
-- two services' demo data agree: the teams still in preparation (筹建中) and one organization in shell not yet filed;
-- every organization whose case graduated (出壳) was filed (备案) with its street first, as graduation requires.
-- Community organizations without credit codes; runs before R__demo_z_changsha_county_filings.sql (description
-- order), which counts the filed ones (ids 3f0c6b2e-…) towards each street's figure, so the 1,184 stay 1,184.
INSERT INTO organization (id, name, name_normalized, name_grams, legal_form, credit_code, jurisdiction_code, category,
                          status, maturity, registered_on, created_at, updated_at)
SELECT v.id::uuid, v.name, v.name,
       ARRAY(SELECT DISTINCT substr(v.name, i, 2) FROM generate_series(1, char_length(v.name) - 1) AS i),
       'COMMUNITY_ORGANIZATION', NULL, v.jurisdiction, v.category, v.status,
       CASE WHEN v.status = 'FILED' THEN 'STARTUP' ELSE 'IN_PREPARATION' END, v.filed_on::date,
       coalesce(v.filed_on::date, DATE '2025-01-01')::timestamptz, coalesce(v.filed_on::date, DATE '2025-01-01')::timestamptz
FROM (VALUES
    ('3f0c6b2e-6a41-4c57-9d4b-000000000001', '星沙街道湘绣互助队', '430121001000', 'CULTURE_SPORTS', 'IN_PREPARATION', NULL),
    ('3f0c6b2e-6a41-4c57-9d4b-000000000002', '泉塘街道邻里守望志愿队', '430121002000', 'COMMUNITY_SERVICE', 'IN_PREPARATION', NULL),
    ('3f0c6b2e-6a41-4c57-9d4b-000000000003', '湘龙街道青少年成长服务社', '430121003000', 'COMMUNITY_SERVICE', 'IN_PREPARATION', NULL),
    ('3f0c6b2e-6a41-4c57-9d4b-000000000004', '长龙街道居家养老服务中心', '430121005000', 'COMMUNITY_SERVICE', 'IN_PREPARATION', NULL),
    ('3f0c6b2e-6a41-4c57-9d4b-000000000005', '黄兴镇文化体育协会', '430121102000', 'CULTURE_SPORTS', 'FILED', '2024-09-10'),
    ('3f0c6b2e-6a41-4c57-9d4b-000000000006', '江背镇社区调解服务社', '430121104000', 'MEDIATION_RIGHTS', 'FILED', '2024-08-20'),
    ('3f0c6b2e-6a41-4c57-9d4b-000000000007', '春华镇市民教育促进会', '430121106000', 'CIVIC_EDUCATION', 'FILED', '2024-07-15'),
    ('3f0c6b2e-6a41-4c57-9d4b-000000000008', '果园镇公益慈善联合会', '430121107000', 'PUBLIC_WELFARE', 'FILED', '2024-03-18'),
    ('3f0c6b2e-6a41-4c57-9d4b-000000000009', '路口镇助残服务中心', '430121108000', 'COMMUNITY_SERVICE', 'FILED', '2023-02-06'),
    ('3f0c6b2e-6a41-4c57-9d4b-000000000010', '黄花镇乡村广场舞队', '430121105000', 'CULTURE_SPORTS', 'IN_PREPARATION', NULL),
    ('3f0c6b2e-6a41-4c57-9d4b-000000000011', '高桥镇农家书屋读书会', '430121109000', 'CIVIC_EDUCATION', 'IN_PREPARATION', NULL),
    ('3f0c6b2e-6a41-4c57-9d4b-000000000012', '金井镇环保志愿者协会', '430121110000', 'PUBLIC_WELFARE', 'FILED', '2024-05-08')
) AS v(id, name, jurisdiction, category, status, filed_on)
ON CONFLICT (id) DO NOTHING;
