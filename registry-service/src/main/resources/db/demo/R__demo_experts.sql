-- Experts of Changsha County for evaluation panels (incubation admission and growth evaluations); 王志刚 is the
-- demo user expert-demo, so an expert can log in and score what is assigned to them. ID numbers are invented
-- (valid check digits) and kept as HMAC-SHA256 under the demo key plus the masked form.
INSERT INTO talent (id, name, kind, level, fields, jurisdiction_code, id_number_hash, id_number_masked, phone,
                    organization_ids, account_username, created_at, updated_at)
SELECT v.id::uuid, v.name, v.kind, NULL, v.fields, v.jurisdiction, v.hash, v.masked, NULL, ARRAY[]::uuid[], v.username,
       '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
FROM (VALUES
    ('3f0c6b2e-6a41-4c57-9d37-0000000000e1', '王志刚', 'EXPERT', ARRAY['GOVERNANCE','CONSULTING_EVALUATION']::text[], '430121000000', '7460f26e13b6af1a11335e762f710128ed7fe20e290d7f43c5eb1f504f02bacc', '430***********0112', 'expert-demo'),
    ('3f0c6b2e-6a41-4c57-9d37-0000000000e2', '李秀英', 'EXPERT', ARRAY['ELDERLY_CARE','COMMUNITY_DEVELOPMENT']::text[], '430121000000', '35dad89968ae3c56a05e01e3a452fb163c37860ebd6d5a44f51f37d54ce97523', '430***********0228', NULL),
    ('3f0c6b2e-6a41-4c57-9d37-0000000000e3', '张伟', 'EXPERT', ARRAY['YOUTH','BRAND_BUILDING']::text[], '430121001000', '6e150343f500ce8fd8564eeefdd8874144b7ba0c41528642bc81c178ecd388d6', '430***********0332', NULL),
    ('3f0c6b2e-6a41-4c57-9d37-0000000000e4', '刘洋', 'EXPERT', ARRAY['FINANCE_TAX','GOVERNANCE']::text[], '430121004000', '4276df2c7c70a66e6c773e3e8bf4aa2a7d165bbaf64ea7dbb9647c49fb4303e8', '430***********044X', NULL),
    ('3f0c6b2e-6a41-4c57-9d37-0000000000e5', '陈静', 'EXPERT', ARRAY['DISASTER_MANAGEMENT','HEALTH']::text[], '430121105000', 'c54e80325be42c99d126f2cd6595e23bb5d0f40abd0520335a018504d6d0da53', '430***********0555', NULL)
) AS v(id, name, kind, fields, jurisdiction, hash, masked, username)
ON CONFLICT (id) DO NOTHING;
