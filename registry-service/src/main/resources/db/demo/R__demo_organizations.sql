-- Demo data for the local platform (loaded only when the launcher adds classpath:db/demo to Flyway's locations).
-- Real Changsha County places; credit codes are well-formed (GB 32100-2015 check character) but invented.
INSERT INTO organization (id, name, name_normalized, name_grams, legal_form, credit_code, jurisdiction_code, category,
                          status, registered_on, created_at, updated_at)
SELECT v.id::uuid, v.name, v.name, ARRAY(SELECT DISTINCT substr(v.name, i, 2) FROM generate_series(1, char_length(v.name) - 1) AS i),
       v.legal_form, v.credit_code, v.jurisdiction_code, v.category, v.status, v.registered_on::date, now(), now()
FROM (VALUES
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001', '长沙县星沙街道社区社会组织联合会', 'SOCIAL_GROUP', '51430121MJJ000011Q', '430121001000', 'COMMUNITY_SERVICE', 'REGISTERED', '2016-09-20'),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1002', '长沙县星沙街道阳光养老服务中心', 'SOCIAL_SERVICE_ORGANIZATION', '52430121MJJ000021N', '430121001000', 'PUBLIC_WELFARE', 'REGISTERED', '2018-05-16'),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1003', '长沙县㮾梨街道龙舟协会', 'SOCIAL_GROUP', '51430121MJJ000061T', '430121004000', 'CULTURE_SPORTS', 'REGISTERED', '2017-04-08'),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1004', '长沙县黄花镇社区社会组织服务中心', 'SOCIAL_SERVICE_ORGANIZATION', '52430121MJJ000031P', '430121105000', 'COMMUNITY_SERVICE', 'REGISTERED', '2019-11-28'),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1005', '长沙市社会组织促进会', 'SOCIAL_GROUP', '51430100MJJ000041E', '430100000000', 'SOCIAL_AFFAIRS', 'REGISTERED', '2012-06-15'),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1006', '长沙市乐创公益慈善基金会', 'FOUNDATION', '53430100MJJ0000519', '430100000000', 'PUBLIC_WELFARE', 'REGISTERED', '2015-12-03'),
    ('3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1007', '星沙街道邻里互助队', 'COMMUNITY_ORGANIZATION', NULL, '430121001000', 'COMMUNITY_SERVICE', 'FILED', '2021-07-01')
) AS v(id, name, legal_form, credit_code, jurisdiction_code, category, status, registered_on)
ON CONFLICT (id) DO NOTHING;
