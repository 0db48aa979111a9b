-- Changsha County's community organizations filed (备案) by its 18 street and town hubs: 1,184 (Dec 2024), per street
-- as the incubation demo's hubs report them. Runs after the other registry demo files (description order) and tops
-- each street up to its figure with generated ones, counting the filed community organizations those files already
-- put there; ids (md5 of street and number), names and dates are fixed, so a re-run adds nothing. Incubation's hub
-- coverage counts these over gRPC (OrganizationDirectory.CountOrganizationsByStreet).
WITH street (code, name, filed) AS (VALUES
    ('430121001000', '星沙街道', 112), ('430121002000', '泉塘街道', 86), ('430121003000', '湘龙街道', 74),
    ('430121004000', '㮾梨街道', 81), ('430121005000', '长龙街道', 69), ('430121102000', '黄兴镇', 64),
    ('430121104000', '江背镇', 58), ('430121105000', '黄花镇', 61), ('430121106000', '春华镇', 57),
    ('430121107000', '果园镇', 55), ('430121108000', '路口镇', 59), ('430121109000', '高桥镇', 62),
    ('430121110000', '金井镇', 60), ('430121111000', '福临镇', 53), ('430121112000', '青山铺镇', 52),
    ('430121113000', '安沙镇', 63), ('430121114000', '北山镇', 50), ('430121116000', '开慧镇', 68)
),
seeded AS (
    SELECT substr(o.jurisdiction_code, 1, 9) || '000' AS code, count(*) AS filed
    FROM organization o
    WHERE o.legal_form = 'COMMUNITY_ORGANIZATION' AND o.status = 'FILED' AND o.jurisdiction_code LIKE '430121%'
      AND o.id::text LIKE '3f0c6b2e-%'
    GROUP BY 1
),
kind (n, word, category) AS (VALUES
    (0, '志愿服务队', 'COMMUNITY_SERVICE'), (1, '文体协会', 'CULTURE_SPORTS'), (2, '邻里互助会', 'COMMUNITY_SERVICE'),
    (3, '读书会', 'CIVIC_EDUCATION'), (4, '广场舞队', 'CULTURE_SPORTS'), (5, '调解队', 'MEDIATION_RIGHTS'),
    (6, '银龄互助队', 'COMMUNITY_SERVICE'), (7, '环保志愿队', 'PUBLIC_WELFARE')
),
generated AS (
    SELECT md5('filed-' || s.code || '-' || g.n)::uuid AS id,
           s.name || k.word || lpad(g.n::text, 3, '0') AS name, s.code, k.category,
           DATE '2019-01-01' + ((g.n * 37 + s.filed) % 2190)::int AS filed_on
    FROM street s
    LEFT JOIN seeded d ON d.code = s.code
    CROSS JOIN LATERAL generate_series(1, s.filed - coalesce(d.filed, 0)) AS g(n)
    JOIN kind k ON k.n = g.n % 8
)
INSERT INTO organization (id, name, name_normalized, name_grams, legal_form, credit_code, jurisdiction_code,
                          category, status, maturity, registered_on, created_at, updated_at)
SELECT g.id, g.name, g.name,
       ARRAY(SELECT DISTINCT substr(g.name, i, 2) FROM generate_series(1, char_length(g.name) - 1) AS i),
       'COMMUNITY_ORGANIZATION', NULL, g.code, g.category, 'FILED', 'STARTUP', g.filed_on,
       g.filed_on::timestamptz, g.filed_on::timestamptz
FROM generated g
ON CONFLICT (id) DO NOTHING;
