-- Trainers (培训师) of the talent pool: training chooses a course's trainers and a session's trainer from the pool
-- (over gRPC, in the planner's scope). 吴军 is the demo user trainer-demo; his record is in 星沙街道, so the Xingsha hub,
-- the county and the city see him. The ID number is invented (valid check digit) and kept as HMAC-SHA256 under the
-- demo key plus the masked form.
INSERT INTO talent (id, name, kind, level, fields, jurisdiction_code, id_number_hash, id_number_masked, phone,
                    organization_ids, account_username, created_at, updated_at)
SELECT v.id::uuid, v.name, v.kind, NULL, v.fields, v.jurisdiction, v.hash, v.masked, NULL, ARRAY[]::uuid[], v.username,
       '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
FROM (VALUES
    ('3f0c6b2e-6a41-4c57-9d37-0000000000f1', '吴军', 'MENTOR', ARRAY['COMMUNITY_DEVELOPMENT','GOVERNANCE']::text[], '430121001000', 'c4776353a7374655ee14e511f2057a10106f726d7aa26874dd2bcc8e57a5802c', '430***********0130', 'trainer-demo')
) AS v(id, name, kind, fields, jurisdiction, hash, masked, username)
ON CONFLICT (id) DO NOTHING;
