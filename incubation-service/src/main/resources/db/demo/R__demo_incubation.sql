-- Demo data for the local platform (loaded only when the launcher adds classpath:db/demo to Flyway's locations).
-- The local platform is one Hunan node (incubator.node.jurisdiction=430000000000), so the practices of the articles are
-- shown at Changsha's bases: Ejin Horo's five-stage incubation with cases in every stage at the county base, Ya'an's
-- 200 free workstations in the city base's incubation zone (with exhibition and consultation areas), and Changsha
-- County's 18 street hubs with 1,184 filed community organizations (Dec 2024). Organization ids of Xingsha, Huanghua
-- and the city come from the registry's demo data; the others are invented. Fixed ids; re-running changes nothing.

INSERT INTO base (id, name, jurisdiction_code, operator_name, created_at) VALUES
    ('b0000000-0000-4000-8000-000000000001', '长沙市社会组织孵化基地', '430100000000', '湖南乐创公益慈善发展中心', now()),
    ('b0000000-0000-4000-8000-000000000002', '长沙县社会组织孵化基地', '430121000000', '长沙县星沙街道社区社会组织联合会', now()),
    ('b0000000-0000-4000-8000-000000000003', '长沙县黄花镇社区社会组织孵化站', '430121105000', '长沙县黄花镇社区社会组织服务中心', now())
ON CONFLICT (id) DO NOTHING;

INSERT INTO zone (id, base_id, kind, name) VALUES
    ('20000000-0000-4000-8000-000000000011', 'b0000000-0000-4000-8000-000000000001', 'INCUBATION', '孵化区'),
    ('20000000-0000-4000-8000-000000000012', 'b0000000-0000-4000-8000-000000000001', 'RESIDENT', '入驻区'),
    ('20000000-0000-4000-8000-000000000013', 'b0000000-0000-4000-8000-000000000001', 'EXHIBITION', '展示区'),
    ('20000000-0000-4000-8000-000000000014', 'b0000000-0000-4000-8000-000000000001', 'CONSULTATION', '咨询区'),
    ('20000000-0000-4000-8000-000000000021', 'b0000000-0000-4000-8000-000000000002', 'INCUBATION', '孵化区'),
    ('20000000-0000-4000-8000-000000000022', 'b0000000-0000-4000-8000-000000000002', 'RESIDENT', '入驻区'),
    ('20000000-0000-4000-8000-000000000031', 'b0000000-0000-4000-8000-000000000003', 'INCUBATION', '孵化区'),
    ('20000000-0000-4000-8000-000000000034', 'b0000000-0000-4000-8000-000000000003', 'CONSULTATION', '咨询区')
ON CONFLICT (id) DO NOTHING;

-- Workstations: Ya'an-like 200 free ones (water, power, internet included) at the city base, fewer elsewhere.
INSERT INTO workstation (id, zone_id, code)
SELECT md5(z.zone_id || '-' || n)::uuid, z.zone_id::uuid, z.prefix || '-' || lpad(n::text, 3, '0')
FROM (VALUES
    ('20000000-0000-4000-8000-000000000011', 'F', 200),
    ('20000000-0000-4000-8000-000000000012', 'R', 20),
    ('20000000-0000-4000-8000-000000000021', 'F', 12),
    ('20000000-0000-4000-8000-000000000022', 'R', 8),
    ('20000000-0000-4000-8000-000000000031', 'F', 6)
) AS z(zone_id, prefix, total), generate_series(1, z.total) AS n
ON CONFLICT (id) DO NOTHING;

-- Cases in every stage: Ejin Horo's five-stage practice at the county base; residents at the city base.
INSERT INTO incubation_case (id, track, stage, organization_id, organization_name, from_team, jurisdiction_code, base_id,
                             applied_at, admitted_at, in_shell_ends_at, graduated_at, follow_up_ends_at,
                             service_evaluation_due_at, ended_at, version)
SELECT v.id::uuid, v.track, v.stage, v.org::uuid, v.name, v.team, v.jurisdiction, v.base::uuid,
       now() - make_interval(days => v.applied_days_ago),
       CASE WHEN v.admitted_days_ago IS NULL THEN NULL ELSE now() - make_interval(days => v.admitted_days_ago) END,
       CASE WHEN v.track = 'INCUBATION' AND v.admitted_days_ago IS NOT NULL
            THEN now() - make_interval(days => v.admitted_days_ago) + interval '10 months' END,
       CASE WHEN v.graduated_days_ago IS NULL THEN NULL ELSE now() - make_interval(days => v.graduated_days_ago) END,
       CASE WHEN v.stage IN ('FOLLOW_UP', 'CLOSED')
            THEN now() - make_interval(days => v.graduated_days_ago) + interval '12 months' END,
       CASE WHEN v.track = 'RESIDENT' AND v.admitted_days_ago IS NOT NULL
            THEN now() - make_interval(days => v.admitted_days_ago) + interval '12 months' END,
       CASE WHEN v.stage IN ('CLOSED', 'EXITED', 'REJECTED', 'WITHDRAWN', 'TERMINATED')
            THEN now() - make_interval(days => v.ended_days_ago) END,
       0
FROM (VALUES
    ('c0000000-0000-4000-8000-000000000001', 'INCUBATION', 'APPLIED', 'e0000000-0000-4000-8000-000000000001', '星沙街道湘绣互助队', TRUE, '430121001000', 'b0000000-0000-4000-8000-000000000002', 5, NULL, NULL, NULL),
    ('c0000000-0000-4000-8000-000000000002', 'INCUBATION', 'INSPECTION', 'e0000000-0000-4000-8000-000000000002', '泉塘街道邻里守望志愿队', TRUE, '430121002000', 'b0000000-0000-4000-8000-000000000002', 30, NULL, NULL, NULL),
    ('c0000000-0000-4000-8000-000000000003', 'INCUBATION', 'ADMISSION_EVALUATION', 'e0000000-0000-4000-8000-000000000003', '湘龙街道青少年成长服务社', TRUE, '430121003000', 'b0000000-0000-4000-8000-000000000002', 60, NULL, NULL, NULL),
    ('c0000000-0000-4000-8000-000000000004', 'INCUBATION', 'IN_SHELL', 'e0000000-0000-4000-8000-000000000004', '长龙街道居家养老服务中心', FALSE, '430121005000', 'b0000000-0000-4000-8000-000000000002', 150, 120, NULL, NULL),
    ('c0000000-0000-4000-8000-000000000005', 'INCUBATION', 'IN_SHELL', 'e0000000-0000-4000-8000-000000000005', '黄兴镇文化体育协会', FALSE, '430121102000', 'b0000000-0000-4000-8000-000000000002', 360, 330, NULL, NULL),
    ('c0000000-0000-4000-8000-000000000006', 'INCUBATION', 'GROWTH_EVALUATION', 'e0000000-0000-4000-8000-000000000006', '江背镇社区调解服务社', FALSE, '430121104000', 'b0000000-0000-4000-8000-000000000002', 340, 305, NULL, NULL),
    ('c0000000-0000-4000-8000-000000000007', 'INCUBATION', 'GRADUATED', 'e0000000-0000-4000-8000-000000000007', '春华镇市民教育促进会', FALSE, '430121106000', 'b0000000-0000-4000-8000-000000000002', 400, 370, 60, NULL),
    ('c0000000-0000-4000-8000-000000000008', 'INCUBATION', 'FOLLOW_UP', 'e0000000-0000-4000-8000-000000000008', '果园镇公益慈善联合会', FALSE, '430121107000', 'b0000000-0000-4000-8000-000000000002', 520, 480, 170, NULL),
    ('c0000000-0000-4000-8000-000000000009', 'INCUBATION', 'CLOSED', 'e0000000-0000-4000-8000-000000000009', '路口镇助残服务中心', FALSE, '430121108000', 'b0000000-0000-4000-8000-000000000002', 900, 860, 555, 190),
    ('c0000000-0000-4000-8000-000000000010', 'INCUBATION', 'REJECTED', 'e0000000-0000-4000-8000-000000000010', '黄花镇乡村广场舞队', TRUE, '430121105000', 'b0000000-0000-4000-8000-000000000003', 200, NULL, NULL, 150),
    ('c0000000-0000-4000-8000-000000000011', 'INCUBATION', 'WITHDRAWN', 'e0000000-0000-4000-8000-000000000011', '高桥镇农家书屋读书会', TRUE, '430121109000', 'b0000000-0000-4000-8000-000000000002', 100, NULL, NULL, 80),
    ('c0000000-0000-4000-8000-000000000012', 'INCUBATION', 'TERMINATED', 'e0000000-0000-4000-8000-000000000012', '金井镇环保志愿者协会', FALSE, '430121110000', 'b0000000-0000-4000-8000-000000000002', 300, 260, NULL, 40),
    ('c0000000-0000-4000-8000-000000000013', 'RESIDENT', 'RESIDENT', '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1005', '长沙市社会组织促进会', FALSE, '430100000000', 'b0000000-0000-4000-8000-000000000001', 400, 380, NULL, NULL),
    ('c0000000-0000-4000-8000-000000000014', 'RESIDENT', 'EXITED', '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1006', '长沙市乐创公益慈善基金会', FALSE, '430100000000', 'b0000000-0000-4000-8000-000000000001', 800, 780, NULL, 30),
    ('c0000000-0000-4000-8000-000000000015', 'INCUBATION', 'IN_SHELL', '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1002', '长沙县星沙街道阳光养老服务中心', FALSE, '430121001000', 'b0000000-0000-4000-8000-000000000002', 120, 90, NULL, NULL)
) AS v(id, track, stage, org, name, team, jurisdiction, base, applied_days_ago, admitted_days_ago, graduated_days_ago,
       ended_days_ago)
ON CONFLICT (id) DO NOTHING;

-- Admitted organizations hold workstations.
INSERT INTO workstation_allocation (id, workstation_id, case_id, allocated_at)
SELECT md5('alloc-' || a.case_id)::uuid, md5(a.zone_id || '-' || a.n)::uuid, a.case_id::uuid, now() - interval '60 days'
FROM (VALUES
    ('c0000000-0000-4000-8000-000000000004', '20000000-0000-4000-8000-000000000021', 2),
    ('c0000000-0000-4000-8000-000000000005', '20000000-0000-4000-8000-000000000021', 3),
    ('c0000000-0000-4000-8000-000000000006', '20000000-0000-4000-8000-000000000021', 4),
    ('c0000000-0000-4000-8000-000000000013', '20000000-0000-4000-8000-000000000012', 1),
    ('c0000000-0000-4000-8000-000000000015', '20000000-0000-4000-8000-000000000021', 1)
) AS a(case_id, zone_id, n)
ON CONFLICT (id) DO NOTHING;

-- Changsha County: a hub in each of its 18 streets and towns, 1,184 community organizations filed (Dec 2024).
INSERT INTO street_hub (id, organization_id, organization_name, street_code, base_specialist, dedicated_butler,
                        back_office_resources, back_office_note, community_organizations_filed, filed_as_of,
                        registered_by, registered_at)
SELECT md5('hub-' || h.street)::uuid, coalesce(h.org, md5('hub-org-' || h.street)::text)::uuid, h.name, h.street,
       h.specialist, h.butler, h.back_office, '社工督导、法律顾问、财务代账、志愿者团队', h.filed, DATE '2024-12-31',
       'demo', now()
FROM (VALUES
    ('430121001000', '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001', '长沙县星沙街道社区社会组织联合会', '周敏', '刘洋', 4, 112),
    ('430121002000', NULL, '长沙县泉塘街道社区社会组织联合会', '陈静', '王磊', 3, 86),
    ('430121003000', NULL, '长沙县湘龙街道社区社会组织联合会', '李红', '张敏', 3, 74),
    ('430121004000', NULL, '长沙县㮾梨街道社区社会组织联合会', '赵丽', '孙伟', 3, 81),
    ('430121005000', NULL, '长沙县长龙街道社区社会组织联合会', '钱芳', '周涛', 2, 69),
    ('430121102000', NULL, '长沙县黄兴镇社区社会组织联合会', '吴霞', '郑军', 2, 64),
    ('430121104000', NULL, '长沙县江背镇社区社会组织联合会', '冯艳', '何勇', 2, 58),
    ('430121105000', '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1004', '长沙县黄花镇社区社会组织服务中心', '曹琳', '彭飞', 2, 61),
    ('430121106000', NULL, '长沙县春华镇社区社会组织联合会', '袁梅', '邓超', 2, 57),
    ('430121107000', NULL, '长沙县果园镇社区社会组织联合会', '许娟', '傅强', 2, 55),
    ('430121108000', NULL, '长沙县路口镇社区社会组织联合会', '沈洁', '曾斌', 2, 59),
    ('430121109000', NULL, '长沙县高桥镇社区社会组织联合会', '韩雪', '唐亮', 2, 62),
    ('430121110000', NULL, '长沙县金井镇社区社会组织联合会', '杨柳', '谢鹏', 2, 60),
    ('430121111000', NULL, '长沙县福临镇社区社会组织联合会', '朱琴', '罗杰', 2, 53),
    ('430121112000', NULL, '长沙县青山铺镇社区社会组织联合会', '秦岚', '蒋辉', 2, 52),
    ('430121113000', NULL, '长沙县安沙镇社区社会组织联合会', '尤佳', '廖鑫', 2, 63),
    ('430121114000', NULL, '长沙县北山镇社区社会组织联合会', '施颖', '范宁', 2, 50),
    ('430121116000', NULL, '长沙县开慧镇社区社会组织联合会', '孔雯', '方舟', 2, 68)
) AS h(street, org, name, specialist, butler, back_office, filed)
ON CONFLICT DO NOTHING;
