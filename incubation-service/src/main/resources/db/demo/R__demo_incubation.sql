-- Demo data for the local platform (loaded only when the launcher adds classpath:db/demo to Flyway's locations).
-- The local platform is one Hunan node (incubator.node.jurisdiction=430000000000), so the practices of the articles are
-- shown at Changsha's bases: Ejin Horo's five-stage incubation with cases in every stage at the county base, Ya'an's
-- 200 free workstations in the city base's incubation zone (with exhibition and consultation areas), and Changsha
-- County's 18 street hubs (their 1,184 filed community organizations, Dec 2024, are in the registry's demo data). Organization ids of Xingsha, Huanghua
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

-- Cases in every stage: Ejin Horo's five-stage practice at the county base; residents at the city base. Their
-- organizations are the registry's (its demo file R__demo_b_incubated.sql): the teams still in preparation, every case
-- that graduated (出壳) filed (备案) first. The clocks agree with the rules: graduation after the in-shell period
-- (10 months from admission), closing after the follow-up year (12 months from graduation); 黄兴镇 (case 5) is in
-- shell past its growth evaluation's due date, on purpose, for the reminders.
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
    ('c0000000-0000-4000-8000-000000000001', 'INCUBATION', 'APPLIED', '3f0c6b2e-6a41-4c57-9d4b-000000000001', '星沙街道湘绣互助队', TRUE, '430121001000', 'b0000000-0000-4000-8000-000000000002', 5, NULL, NULL, NULL),
    ('c0000000-0000-4000-8000-000000000002', 'INCUBATION', 'INSPECTION', '3f0c6b2e-6a41-4c57-9d4b-000000000002', '泉塘街道邻里守望志愿队', TRUE, '430121002000', 'b0000000-0000-4000-8000-000000000002', 30, NULL, NULL, NULL),
    ('c0000000-0000-4000-8000-000000000003', 'INCUBATION', 'ADMISSION_EVALUATION', '3f0c6b2e-6a41-4c57-9d4b-000000000003', '湘龙街道青少年成长服务社', TRUE, '430121003000', 'b0000000-0000-4000-8000-000000000002', 60, NULL, NULL, NULL),
    ('c0000000-0000-4000-8000-000000000004', 'INCUBATION', 'IN_SHELL', '3f0c6b2e-6a41-4c57-9d4b-000000000004', '长龙街道居家养老服务中心', FALSE, '430121005000', 'b0000000-0000-4000-8000-000000000002', 150, 120, NULL, NULL),
    ('c0000000-0000-4000-8000-000000000005', 'INCUBATION', 'IN_SHELL', '3f0c6b2e-6a41-4c57-9d4b-000000000005', '黄兴镇文化体育协会', FALSE, '430121102000', 'b0000000-0000-4000-8000-000000000002', 360, 330, NULL, NULL),
    ('c0000000-0000-4000-8000-000000000006', 'INCUBATION', 'GROWTH_EVALUATION', '3f0c6b2e-6a41-4c57-9d4b-000000000006', '江背镇社区调解服务社', FALSE, '430121104000', 'b0000000-0000-4000-8000-000000000002', 375, 340, NULL, NULL),
    ('c0000000-0000-4000-8000-000000000007', 'INCUBATION', 'GRADUATED', '3f0c6b2e-6a41-4c57-9d4b-000000000007', '春华镇市民教育促进会', FALSE, '430121106000', 'b0000000-0000-4000-8000-000000000002', 400, 370, 60, NULL),
    ('c0000000-0000-4000-8000-000000000008', 'INCUBATION', 'FOLLOW_UP', '3f0c6b2e-6a41-4c57-9d4b-000000000008', '果园镇公益慈善联合会', FALSE, '430121107000', 'b0000000-0000-4000-8000-000000000002', 520, 480, 170, NULL),
    ('c0000000-0000-4000-8000-000000000009', 'INCUBATION', 'CLOSED', '3f0c6b2e-6a41-4c57-9d4b-000000000009', '路口镇助残服务中心', FALSE, '430121108000', 'b0000000-0000-4000-8000-000000000002', 900, 860, 540, 170),
    ('c0000000-0000-4000-8000-000000000010', 'INCUBATION', 'REJECTED', '3f0c6b2e-6a41-4c57-9d4b-000000000010', '黄花镇乡村广场舞队', TRUE, '430121105000', 'b0000000-0000-4000-8000-000000000003', 200, NULL, NULL, 150),
    ('c0000000-0000-4000-8000-000000000011', 'INCUBATION', 'WITHDRAWN', '3f0c6b2e-6a41-4c57-9d4b-000000000011', '高桥镇农家书屋读书会', TRUE, '430121109000', 'b0000000-0000-4000-8000-000000000002', 100, NULL, NULL, 80),
    ('c0000000-0000-4000-8000-000000000012', 'INCUBATION', 'TERMINATED', '3f0c6b2e-6a41-4c57-9d4b-000000000012', '金井镇环保志愿者协会', FALSE, '430121110000', 'b0000000-0000-4000-8000-000000000002', 300, 260, NULL, 40),
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
-- The filed figures are the registry's (its demo data has them per street); this list keeps them for reference.
INSERT INTO street_hub (id, organization_id, organization_name, street_code, base_specialist, dedicated_butler,
                        back_office_resources, back_office_note, registered_by, registered_at)
SELECT md5('hub-' || h.street)::uuid, coalesce(h.org, md5('hub-org-' || h.street)::text)::uuid, h.name, h.street,
       h.specialist, h.butler, h.back_office, '社工督导、法律顾问、财务代账、志愿者团队', 'demo', now()
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

-- Each demo case's full-process trace (全过程留痕): its steps to the stage it is in, at the case's own dates, for cases
-- that have no timeline yet (so a re-run, or a timeline grown since, is left alone).
INSERT INTO audit_entry (id, occurred_at, actor, action, subject_type, subject_id, jurisdiction_code, before_state,
                         after_state)
SELECT md5('timeline-' || c.id || '-' || s.step)::uuid,
       CASE s.at
           WHEN 'applied' THEN c.applied_at
           WHEN 'inspection' THEN c.applied_at + interval '7 days'
           WHEN 'evaluation' THEN coalesce(c.admitted_at, c.ended_at, c.applied_at + interval '21 days')
                                  - interval '10 days'
           WHEN 'admitted' THEN c.admitted_at
           WHEN 'allocated' THEN c.admitted_at + interval '1 day'
           WHEN 'growth' THEN coalesce(c.graduated_at, c.in_shell_ends_at) - interval '14 days'
           WHEN 'graduated' THEN c.graduated_at
           WHEN 'follow-up' THEN c.graduated_at + interval '7 days'
           WHEN 'ended' THEN c.ended_at
       END,
       CASE WHEN c.jurisdiction_code LIKE '4301210%' OR c.jurisdiction_code LIKE '4301211%' THEN 'county-officer'
            ELSE 'changsha-officer' END,
       s.action, 'incubation-case', c.id::text, c.jurisdiction_code, NULL,
       jsonb_build_object('stage', s.stage, 'organizationName', c.organization_name, 'note', '演示数据')
FROM incubation_case c
JOIN (VALUES
    -- stage of the case, step number, action, stage after the step, which date of the case it happened at
    ('APPLIED', 1, 'case.applied', 'APPLIED', 'applied'),
    ('INSPECTION', 1, 'case.applied', 'APPLIED', 'applied'),
    ('INSPECTION', 2, 'case.start-inspection', 'INSPECTION', 'inspection'),
    ('ADMISSION_EVALUATION', 1, 'case.applied', 'APPLIED', 'applied'),
    ('ADMISSION_EVALUATION', 2, 'case.start-inspection', 'INSPECTION', 'inspection'),
    ('ADMISSION_EVALUATION', 3, 'case.request-admission-evaluation', 'ADMISSION_EVALUATION', 'evaluation'),
    ('IN_SHELL', 1, 'case.applied', 'APPLIED', 'applied'),
    ('IN_SHELL', 2, 'case.start-inspection', 'INSPECTION', 'inspection'),
    ('IN_SHELL', 3, 'case.request-admission-evaluation', 'ADMISSION_EVALUATION', 'evaluation'),
    ('IN_SHELL', 4, 'case.admit', 'IN_SHELL', 'admitted'),
    ('IN_SHELL', 5, 'workstation.allocated', 'IN_SHELL', 'allocated'),
    ('GROWTH_EVALUATION', 1, 'case.applied', 'APPLIED', 'applied'),
    ('GROWTH_EVALUATION', 2, 'case.start-inspection', 'INSPECTION', 'inspection'),
    ('GROWTH_EVALUATION', 3, 'case.request-admission-evaluation', 'ADMISSION_EVALUATION', 'evaluation'),
    ('GROWTH_EVALUATION', 4, 'case.admit', 'IN_SHELL', 'admitted'),
    ('GROWTH_EVALUATION', 5, 'workstation.allocated', 'IN_SHELL', 'allocated'),
    ('GROWTH_EVALUATION', 6, 'case.start-growth-evaluation', 'GROWTH_EVALUATION', 'growth'),
    ('GRADUATED', 1, 'case.applied', 'APPLIED', 'applied'),
    ('GRADUATED', 2, 'case.start-inspection', 'INSPECTION', 'inspection'),
    ('GRADUATED', 3, 'case.request-admission-evaluation', 'ADMISSION_EVALUATION', 'evaluation'),
    ('GRADUATED', 4, 'case.admit', 'IN_SHELL', 'admitted'),
    ('GRADUATED', 5, 'case.start-growth-evaluation', 'GROWTH_EVALUATION', 'growth'),
    ('GRADUATED', 6, 'case.graduate', 'GRADUATED', 'graduated'),
    ('FOLLOW_UP', 1, 'case.applied', 'APPLIED', 'applied'),
    ('FOLLOW_UP', 2, 'case.start-inspection', 'INSPECTION', 'inspection'),
    ('FOLLOW_UP', 3, 'case.request-admission-evaluation', 'ADMISSION_EVALUATION', 'evaluation'),
    ('FOLLOW_UP', 4, 'case.admit', 'IN_SHELL', 'admitted'),
    ('FOLLOW_UP', 5, 'case.start-growth-evaluation', 'GROWTH_EVALUATION', 'growth'),
    ('FOLLOW_UP', 6, 'case.graduate', 'GRADUATED', 'graduated'),
    ('FOLLOW_UP', 7, 'case.start-follow-up', 'FOLLOW_UP', 'follow-up'),
    ('CLOSED', 1, 'case.applied', 'APPLIED', 'applied'),
    ('CLOSED', 2, 'case.start-inspection', 'INSPECTION', 'inspection'),
    ('CLOSED', 3, 'case.request-admission-evaluation', 'ADMISSION_EVALUATION', 'evaluation'),
    ('CLOSED', 4, 'case.admit', 'IN_SHELL', 'admitted'),
    ('CLOSED', 5, 'case.start-growth-evaluation', 'GROWTH_EVALUATION', 'growth'),
    ('CLOSED', 6, 'case.graduate', 'GRADUATED', 'graduated'),
    ('CLOSED', 7, 'case.start-follow-up', 'FOLLOW_UP', 'follow-up'),
    ('CLOSED', 8, 'case.close', 'CLOSED', 'ended'),
    ('REJECTED', 1, 'case.applied', 'APPLIED', 'applied'),
    ('REJECTED', 2, 'case.start-inspection', 'INSPECTION', 'inspection'),
    ('REJECTED', 3, 'case.request-admission-evaluation', 'ADMISSION_EVALUATION', 'evaluation'),
    ('REJECTED', 4, 'case.reject', 'REJECTED', 'ended'),
    ('WITHDRAWN', 1, 'case.applied', 'APPLIED', 'applied'),
    ('WITHDRAWN', 2, 'case.withdraw', 'WITHDRAWN', 'ended'),
    ('TERMINATED', 1, 'case.applied', 'APPLIED', 'applied'),
    ('TERMINATED', 2, 'case.start-inspection', 'INSPECTION', 'inspection'),
    ('TERMINATED', 3, 'case.request-admission-evaluation', 'ADMISSION_EVALUATION', 'evaluation'),
    ('TERMINATED', 4, 'case.admit', 'IN_SHELL', 'admitted'),
    ('TERMINATED', 5, 'case.terminate', 'TERMINATED', 'ended'),
    ('RESIDENT', 1, 'case.applied', 'APPLIED', 'applied'),
    ('RESIDENT', 2, 'case.admit-resident', 'RESIDENT', 'admitted'),
    ('RESIDENT', 3, 'workstation.allocated', 'RESIDENT', 'allocated'),
    ('EXITED', 1, 'case.applied', 'APPLIED', 'applied'),
    ('EXITED', 2, 'case.admit-resident', 'RESIDENT', 'admitted'),
    ('EXITED', 3, 'case.exit', 'EXITED', 'ended')
) AS s(case_stage, step, action, stage, at) ON s.case_stage = c.stage
WHERE c.id::text LIKE 'c0000000-0000-4000-8000-%'
  AND NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.subject_type = 'incubation-case' AND a.subject_id = c.id::text)
ORDER BY c.id, s.step
ON CONFLICT (id) DO NOTHING;

-- Their hash chain, computed exactly as AuditChain.hash does: SHA-256 (hex) over the previous hash and the entry's
-- fields joined by the unit separator (U+001F), the time in epoch microseconds and the JSON as jsonb prints it.
DO $$
DECLARE
    e        record;
    previous text;
    subject  text;
BEGIN
    FOR e IN SELECT a.* FROM audit_entry a
             WHERE a.subject_type = 'incubation-case' AND a.subject_id LIKE 'c0000000-0000-4000-8000-%'
               AND a.hash IS NULL
             ORDER BY a.subject_id, a.seq LOOP
        IF subject IS DISTINCT FROM e.subject_id THEN
            subject := e.subject_id;
            SELECT p.hash INTO previous FROM audit_entry p
            WHERE p.subject_type = e.subject_type AND p.subject_id = e.subject_id AND p.seq < e.seq
            ORDER BY p.seq DESC LIMIT 1;
        END IF;
        UPDATE audit_entry SET previous_hash = previous,
            hash = encode(sha256(convert_to(concat_ws(chr(31), coalesce(previous, ''), e.id::text,
                ((extract(epoch FROM e.occurred_at) * 1000000)::bigint)::text, e.actor, e.action, e.subject_type,
                e.subject_id, coalesce(e.jurisdiction_code, ''), coalesce(e.before_state::text, ''),
                coalesce(e.after_state::text, '')), 'UTF8')), 'hex')
        WHERE id = e.id
        RETURNING hash INTO previous;
    END LOOP;
END $$;
