-- Demo data for the local platform (loaded only when the launcher adds classpath:db/demo to Flyway's locations).
-- Ejin Horo Banner (伊金霍洛旗, 150627): the "1+1+6" structure — a joint party committee at the banner's incubation
-- park, a joint branch at the branch park and joint branches at 6 community incubators. Changsha County (430121): a
-- committee, an area and an industry joint branch, and cases for the registry's demo organizations. Organization
-- ids of Changsha County match the registry's demo data; member names are invented (and shown masked anyway).
INSERT INTO party_unit (id, kind, name, parent_id, jurisdiction_code, coverage_form, industry, location,
                        organization_id, formed_on, created_at)
VALUES
    ('7e1a0000-0000-4000-8000-000000000001', 'JOINT_COMMITTEE', '伊金霍洛旗社会组织联合党委', NULL, '150627000000',
     'AREA', NULL, '伊金霍洛旗社会组织孵化园', NULL, '2014-03-01', now()),
    ('7e1a0000-0000-4000-8000-000000000002', 'JOINT_BRANCH', '伊金霍洛旗社会组织孵化园分园联合党支部',
     '7e1a0000-0000-4000-8000-000000000001', '150627100000', 'AREA', NULL, '孵化园分园', NULL, '2014-06-01', now()),
    ('7e1a0000-0000-4000-8000-000000000003', 'JOINT_BRANCH', '阿勒腾席热镇社区孵化站一联合党支部',
     '7e1a0000-0000-4000-8000-000000000001', '150627100000', 'AREA', NULL, '阿勒腾席热镇社区社会组织孵化站（一）', NULL,
     '2015-01-10', now()),
    ('7e1a0000-0000-4000-8000-000000000004', 'JOINT_BRANCH', '阿勒腾席热镇社区孵化站二联合党支部',
     '7e1a0000-0000-4000-8000-000000000001', '150627100000', 'AREA', NULL, '阿勒腾席热镇社区社会组织孵化站（二）', NULL,
     '2015-01-10', now()),
    ('7e1a0000-0000-4000-8000-000000000005', 'JOINT_BRANCH', '乌兰木伦镇社区孵化站联合党支部',
     '7e1a0000-0000-4000-8000-000000000001', '150627102000', 'AREA', NULL, '乌兰木伦镇社区社会组织孵化站', NULL,
     '2015-03-15', now()),
    ('7e1a0000-0000-4000-8000-000000000006', 'JOINT_BRANCH', '札萨克镇社区孵化站联合党支部',
     '7e1a0000-0000-4000-8000-000000000001', '150627101000', 'AREA', NULL, '札萨克镇社区社会组织孵化站', NULL,
     '2015-03-15', now()),
    ('7e1a0000-0000-4000-8000-000000000007', 'JOINT_BRANCH', '纳林陶亥镇社区孵化站联合党支部',
     '7e1a0000-0000-4000-8000-000000000001', '150627103000', 'AREA', NULL, '纳林陶亥镇社区社会组织孵化站', NULL,
     '2015-05-20', now()),
    ('7e1a0000-0000-4000-8000-000000000008', 'JOINT_BRANCH', '伊金霍洛镇社区孵化站联合党支部',
     '7e1a0000-0000-4000-8000-000000000001', '150627106000', 'AREA', NULL, '伊金霍洛镇社区社会组织孵化站', NULL,
     '2015-05-20', now()),
    ('7e1a0000-0000-4000-8000-000000000009', 'BRANCH', '伊金霍洛旗青少年成长服务中心党支部',
     '7e1a0000-0000-4000-8000-000000000001', '150627100000', 'SINGLE', NULL, NULL,
     '7e1b0000-0000-4000-8000-000000000002', '2016-07-01', now()),
    ('7e1a0000-0000-4000-8000-000000000101', 'JOINT_COMMITTEE', '长沙县社会组织联合党委', NULL, '430121000000',
     'AREA', NULL, '长沙县社会组织孵化基地', NULL, '2019-07-01', now()),
    ('7e1a0000-0000-4000-8000-000000000102', 'JOINT_BRANCH', '星沙街道社会组织联合党支部',
     '7e1a0000-0000-4000-8000-000000000101', '430121001000', 'AREA', NULL, '星沙街道社区社会组织孵化中心', NULL,
     '2020-03-01', now()),
    ('7e1a0000-0000-4000-8000-000000000103', 'JOINT_BRANCH', '长沙县养老服务行业联合党支部',
     '7e1a0000-0000-4000-8000-000000000101', '430121000000', 'INDUSTRY', '养老服务', '长沙县社会组织孵化基地', NULL,
     '2020-06-01', now()),
    ('7e1a0000-0000-4000-8000-000000000104', 'BRANCH', '长沙县星沙街道社区社会组织联合会党支部',
     '7e1a0000-0000-4000-8000-000000000101', '430121001000', 'SINGLE', NULL, NULL,
     '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001', '2021-07-01', now())
ON CONFLICT DO NOTHING;

INSERT INTO party_case (id, organization_id, organization_name, jurisdiction_code, track, admitted_at, opened_at,
                        stage, member_count, development_plan, joint_branch_id, own_branch_id, paired_unit,
                        paired_party_organization, paired_at, discovery_completed_at, own_branch_required_since,
                        updated_at)
SELECT v.id::uuid, v.organization_id::uuid, v.name, v.jurisdiction, 'INCUBATION_ZONE', v.admitted::timestamptz,
       v.admitted::timestamptz, v.stage, v.members, v.plan, v.joint_branch::uuid, v.own_branch::uuid, v.paired_unit,
       v.paired_party, CASE WHEN v.paired_unit IS NULL THEN NULL ELSE v.admitted::timestamptz + interval '7 days' END,
       v.discovered::timestamptz, v.required_since::timestamptz, now()
FROM (VALUES
    -- Ejin Horo: embroidery association with 2 members in the branch park's joint branch.
    ('7e1c0000-0000-4000-8000-000000000001', '7e1b0000-0000-4000-8000-000000000001', '伊金霍洛旗蒙古族刺绣协会',
     '150627100000', '2025-03-01T02:00:00Z', 'FOLLOW_UP', 2, NULL, '7e1a0000-0000-4000-8000-000000000002', NULL,
     '伊金霍洛旗妇女联合会', '伊金霍洛旗妇联机关党支部', '2025-03-04T02:00:00Z', NULL),
    ('7e1c0000-0000-4000-8000-000000000002', '7e1b0000-0000-4000-8000-000000000002', '伊金霍洛旗青少年成长服务中心',
     '150627100000', '2025-04-01T02:00:00Z', 'FOLLOW_UP', 4, NULL, NULL, '7e1a0000-0000-4000-8000-000000000009',
     '共青团伊金霍洛旗委员会', '团旗委机关党支部', '2025-04-02T02:00:00Z', NULL),
    ('7e1c0000-0000-4000-8000-000000000003', '7e1b0000-0000-4000-8000-000000000003', '乌兰木伦镇助老志愿者协会',
     '150627102000', '2026-05-10T02:00:00Z', 'SUPPORT', 0, '2026年培养入党积极分子1名，指导员每月走访一次', NULL, NULL,
     NULL, NULL, '2026-05-15T02:00:00Z', NULL),
    -- Changsha County, the registry's demo organizations.
    ('7e1c0000-0000-4000-8000-000000000101', '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001', '长沙县星沙街道社区社会组织联合会',
     '430121001000', '2025-02-20T02:00:00Z', 'FOLLOW_UP', 3, NULL, NULL, '7e1a0000-0000-4000-8000-000000000104',
     '长沙县民政局', '长沙县民政局机关党支部', '2025-02-21T02:00:00Z', NULL),
    ('7e1c0000-0000-4000-8000-000000000102', '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1002', '长沙县星沙街道阳光养老服务中心',
     '430121001000', '2026-03-02T02:00:00Z', 'SUPPORT', 2, NULL, '7e1a0000-0000-4000-8000-000000000103', NULL,
     '长沙县卫生健康局', '长沙县卫健局机关党支部', '2026-03-06T02:00:00Z', NULL),
    ('7e1c0000-0000-4000-8000-000000000103', '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1007', '星沙街道邻里互助队',
     '430121001000', '2026-04-12T02:00:00Z', 'SUPPORT', 0, '发展热心居民骨干向党组织靠拢，年内培养入党积极分子2名', NULL, NULL,
     NULL, NULL, '2026-04-20T02:00:00Z', NULL),
    ('7e1c0000-0000-4000-8000-000000000104', '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1003', '长沙县㮾梨街道龙舟协会',
     '430121004000', '2026-06-01T02:00:00Z', 'MEMBER_DISCOVERY', 1, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
    -- 3 members since long ago and no own branch: the scheduled check reports it for the abnormal-activity list.
    ('7e1c0000-0000-4000-8000-000000000105', '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1004', '长沙县黄花镇社区社会组织服务中心',
     '430121105000', '2026-01-15T02:00:00Z', 'FORMATION', 3, NULL, NULL, NULL, NULL, NULL, '2026-01-25T02:00:00Z',
     '2026-02-01T02:00:00Z')
) AS v(id, organization_id, name, jurisdiction, admitted, stage, members, plan, joint_branch, own_branch, paired_unit,
       paired_party, discovered, required_since)
ON CONFLICT DO NOTHING;

INSERT INTO instructor_assignment (id, case_id, username, incubation_specialist, assigned_by, assigned_at)
VALUES
    ('7e1d0000-0000-4000-8000-000000000001', '7e1c0000-0000-4000-8000-000000000102', 'instructor-demo', TRUE,
     'county-officer', '2026-03-03T02:00:00Z'),
    ('7e1d0000-0000-4000-8000-000000000002', '7e1c0000-0000-4000-8000-000000000103', 'instructor-demo', FALSE,
     'county-officer', '2026-04-13T02:00:00Z'),
    ('7e1d0000-0000-4000-8000-000000000003', '7e1c0000-0000-4000-8000-000000000003', 'ejin-instructor', TRUE,
     'admin', '2026-05-11T02:00:00Z')
ON CONFLICT DO NOTHING;

INSERT INTO party_member (id, case_id, name, phone, membership, relation, relation_transferred_at, recorded_at)
SELECT ('7e1e0000-0000-4000-8000-' || lpad(v.n::text, 12, '0'))::uuid, v.case_id::uuid, v.name, v.phone, v.membership,
       v.relation, CASE WHEN v.relation = 'TRANSFERRED' THEN now() END, now()
FROM (VALUES
    (1, '7e1c0000-0000-4000-8000-000000000001', '乌云其其格', '13904771001', 'FULL', 'TRANSFERRED'),
    (2, '7e1c0000-0000-4000-8000-000000000001', '高娜仁', NULL, 'PROBATIONARY', 'PENDING'),
    (3, '7e1c0000-0000-4000-8000-000000000002', '白永强', '13904771003', 'FULL', 'TRANSFERRED'),
    (4, '7e1c0000-0000-4000-8000-000000000002', '郝丽', NULL, 'FULL', 'TRANSFERRED'),
    (5, '7e1c0000-0000-4000-8000-000000000002', '王海军', NULL, 'FULL', 'TRANSFERRED'),
    (6, '7e1c0000-0000-4000-8000-000000000002', '奥登', NULL, 'PROBATIONARY', 'PENDING'),
    (7, '7e1c0000-0000-4000-8000-000000000101', '刘建华', '13807311007', 'FULL', 'TRANSFERRED'),
    (8, '7e1c0000-0000-4000-8000-000000000101', '罗春梅', NULL, 'FULL', 'TRANSFERRED'),
    (9, '7e1c0000-0000-4000-8000-000000000101', '彭志勇', NULL, 'FULL', 'TRANSFERRED'),
    (10, '7e1c0000-0000-4000-8000-000000000102', '谭秀兰', '13807311010', 'FULL', 'TRANSFERRED'),
    (11, '7e1c0000-0000-4000-8000-000000000102', '易国平', NULL, 'FULL', 'PENDING'),
    (12, '7e1c0000-0000-4000-8000-000000000104', '黄大龙', NULL, 'FULL', 'PENDING'),
    (13, '7e1c0000-0000-4000-8000-000000000105', '周立新', NULL, 'FULL', 'TRANSFERRED'),
    (14, '7e1c0000-0000-4000-8000-000000000105', '邓小燕', NULL, 'FULL', 'TRANSFERRED'),
    (15, '7e1c0000-0000-4000-8000-000000000105', '曾凡', NULL, 'PROBATIONARY', 'PENDING')
) AS v(n, case_id, name, phone, membership, relation)
ON CONFLICT DO NOTHING;

INSERT INTO formation_proposal (id, case_id, from_formation, to_formation, member_count, proposed_at, status)
VALUES ('7e1f0000-0000-4000-8000-000000000001', '7e1c0000-0000-4000-8000-000000000104',
        'INSTRUCTOR_AND_DEVELOPMENT', 'JOINT_BRANCH', 1, '2026-06-05T02:00:00Z', 'PENDING')
ON CONFLICT DO NOTHING;

INSERT INTO joint_meeting (id, unit_id, held_on, topic, attendee_count, summary, recorded_by, recorded_at)
VALUES
    ('7e200000-0000-4000-8000-000000000001', '7e1a0000-0000-4000-8000-000000000001', '2025-12-18',
     '一领双孵化年度联席会议：党组织与社会组织同步孵化工作总结', 26, '通报“1+1+6”党组织覆盖情况，部署星级评定。',
     'admin', now()),
    ('7e200000-0000-4000-8000-000000000002', '7e1a0000-0000-4000-8000-000000000101', '2026-04-20',
     '社会组织党建联席会议：发现党员与组织关系接转', 18, '各街道通报新入驻组织党员摸排情况。', 'county-officer', now())
ON CONFLICT DO NOTHING;

INSERT INTO model_selection (id, case_id, year, title, awarded_by, recorded_by, recorded_at)
VALUES ('7e210000-0000-4000-8000-000000000001', '7e1c0000-0000-4000-8000-000000000101', 2025, '“五化”建设示范党支部',
        '长沙县社会组织联合党委', 'county-officer', now())
ON CONFLICT DO NOTHING;

-- The star ratings (星级评定) are scored by the service's own checklist rule: see rating.DemoStarRatings.
