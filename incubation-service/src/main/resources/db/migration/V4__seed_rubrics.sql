-- The first version of each rubric. The dimensions come from Changsha County's 《枢纽型社区社会组织评估细则》 and
-- 《社区社会组织评估细则》 (staffing, resource allocation, service planning, ...) and Ejin Horo's admission and growth
-- evaluations. Weights are percentages (they add up to 100); experts score each criterion from 0 to its maximum.
INSERT INTO rubric (id, code, version, kind, name, pass_threshold, min_experts, created_at) VALUES
    ('7a3e0000-0000-4000-8000-000000000001', 'admission', 1, 'ADMISSION', '入壳评估细则', 60.00, 3, now()),
    ('7a3e0000-0000-4000-8000-000000000002', 'growth', 1, 'GROWTH', '成长评估细则', 70.00, 3, now()),
    ('7a3e0000-0000-4000-8000-000000000003', 'hub-organization', 1, 'HUB', '枢纽型社区社会组织评估细则', 70.00, 3, now()),
    ('7a3e0000-0000-4000-8000-000000000004', 'community-organization', 1, 'COMMUNITY_ORGANIZATION', '社区社会组织评估细则', 60.00, 3, now());

INSERT INTO rubric_criterion (rubric_id, position, code, name, weight, max_score) VALUES
    ('7a3e0000-0000-4000-8000-000000000001', 1, 'social-need', '项目需求与社会价值', 25, 10),
    ('7a3e0000-0000-4000-8000-000000000001', 2, 'staffing', '团队与骨干（人员配置）', 20, 10),
    ('7a3e0000-0000-4000-8000-000000000001', 3, 'service-planning', '服务计划可行性（服务规划）', 20, 10),
    ('7a3e0000-0000-4000-8000-000000000001', 4, 'resource-allocation', '资源动员能力（资源配置）', 15, 10),
    ('7a3e0000-0000-4000-8000-000000000001', 5, 'governance', '章程与内部制度', 10, 10),
    ('7a3e0000-0000-4000-8000-000000000001', 6, 'party-building', '党建意愿与党员情况', 10, 10),

    ('7a3e0000-0000-4000-8000-000000000002', 1, 'governance', '法人治理与内部管理', 15, 10),
    ('7a3e0000-0000-4000-8000-000000000002', 2, 'staffing', '人员配置', 15, 10),
    ('7a3e0000-0000-4000-8000-000000000002', 3, 'project-outcomes', '项目执行与服务成效', 25, 10),
    ('7a3e0000-0000-4000-8000-000000000002', 4, 'finance', '财务管理（专账、凭证）', 15, 10),
    ('7a3e0000-0000-4000-8000-000000000002', 5, 'resource-allocation', '资源配置与链接', 15, 10),
    ('7a3e0000-0000-4000-8000-000000000002', 6, 'service-planning', '服务规划与可持续发展', 15, 10),

    ('7a3e0000-0000-4000-8000-000000000003', 1, 'staffing', '人员配置（1名基地专员+1名专属管家+N项后台资源）', 20, 10),
    ('7a3e0000-0000-4000-8000-000000000003', 2, 'resource-allocation', '资源配置（场地、资金、志愿者）', 20, 10),
    ('7a3e0000-0000-4000-8000-000000000003', 3, 'service-planning', '服务规划（年度计划与服务指南）', 20, 10),
    ('7a3e0000-0000-4000-8000-000000000003', 4, 'incubation-filing', '社区社会组织培育与备案', 20, 10),
    ('7a3e0000-0000-4000-8000-000000000003', 5, 'rules', '制度建设与运行', 10, 10),
    ('7a3e0000-0000-4000-8000-000000000003', 6, 'party-building', '党建引领', 10, 10),

    ('7a3e0000-0000-4000-8000-000000000004', 1, 'staffing', '人员配置（负责人与骨干）', 20, 10),
    ('7a3e0000-0000-4000-8000-000000000004', 2, 'resource-allocation', '资源配置', 15, 10),
    ('7a3e0000-0000-4000-8000-000000000004', 3, 'service-planning', '服务规划', 20, 10),
    ('7a3e0000-0000-4000-8000-000000000004', 4, 'activities', '活动开展与成效', 25, 10),
    ('7a3e0000-0000-4000-8000-000000000004', 5, 'internal-management', '内部管理与档案', 10, 10),
    ('7a3e0000-0000-4000-8000-000000000004', 6, 'satisfaction', '居民满意度', 10, 10);
