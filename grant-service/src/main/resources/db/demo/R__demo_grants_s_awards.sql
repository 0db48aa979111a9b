-- The awards of the demo rounds that are final (runs after R__demo_grants_rounds.sql: repeatable migrations apply in
-- the order of their descriptions). A round's final decision becomes its awards in the running service through the
-- AwardDecision hand-over; the demo data writes the same rows: one award per funded proposal, with the allocated
-- amount. Both rounds are over, so each award was paid in one tranche and is closed:
--   * Ejin Horo 2014: 12 awards sharing 440,000.00 yuan;
--   * Xingsha micro-venture 2025: 8 awards sharing 80,000.00 yuan.
-- Ids derive from the proposal id (md5), so a re-run changes nothing.
CREATE TEMPORARY TABLE demo_final_award ON COMMIT DROP AS
SELECT md5('award:' || p.id)::uuid AS id, r.programme_id, r.id AS round_id, p.id AS proposal_id, p.organization_id,
       p.organization_name, p.jurisdiction_code, p.title, p.plan_code, a.amount, r.finalized_at, r.created_by,
       row_number() OVER (PARTITION BY r.id ORDER BY a.rank) AS n
FROM round_allocation a
JOIN grant_round r ON r.id = a.round_id
JOIN proposal p ON p.id = a.proposal_id
WHERE r.id IN ('e1000000-2014-4000-8000-000000000002', '5a000000-2025-4000-8000-000000000002')
  AND r.status = 'FINAL' AND a.amount > 0;

INSERT INTO award (id, programme_id, round_id, proposal_id, organization_id, organization_name, jurisdiction_code,
                   project_title, plan_code, amount, status, agreement_number, agreement_terms, signed_on, decided_by,
                   created_at, updated_at)
SELECT id, programme_id, round_id, proposal_id, organization_id, organization_name, jurisdiction_code, title, plan_code,
       amount, 'CLOSED', 'DEMO-' || to_char(finalized_at, 'YYYY') || '-' || lpad(n::text, 3, '0'),
       '专款专用，结项验收', (finalized_at + interval '10 days')::date, created_by, finalized_at,
       finalized_at + interval '300 days'
FROM demo_final_award
ON CONFLICT DO NOTHING;

-- The final report was due 285 days after the decision, five days after it was submitted (no interim report: one
-- tranche).
UPDATE award a SET final_report_due_on = (d.finalized_at + interval '285 days')::date
FROM demo_final_award d
WHERE a.id = d.id AND a.final_report_due_on IS NULL;

INSERT INTO tranche (id, award_id, seq, amount, depends_on, status, released_by, released_at)
SELECT md5('tranche:' || id)::uuid, id, 1, amount, NULL, 'PAID', created_by, finalized_at + interval '12 days'
FROM demo_final_award
ON CONFLICT DO NOTHING;

INSERT INTO payment (id, tranche_id, award_id, programme_id, idempotency_key, amount, voucher_number, paid_by, paid_at)
SELECT md5('payment:' || id)::uuid, md5('tranche:' || id)::uuid, id, programme_id, 'demo-' || id, amount,
       'PZ-' || to_char(finalized_at, 'YYYY') || '-' || lpad(n::text, 3, '0'), created_by,
       finalized_at + interval '15 days'
FROM demo_final_award
ON CONFLICT DO NOTHING;

INSERT INTO award_report (id, award_id, kind, status, activities_held, person_times_served, volunteer_person_times,
                          funds_leveraged, narrative, submitted_by, submitted_at, decided_by, decided_at)
SELECT md5('report:' || id)::uuid, id, 'FINAL', 'APPROVED', 5, 640, 38, 0.00, '项目按计划完成，结项验收通过',
       created_by, finalized_at + interval '280 days', created_by, finalized_at + interval '290 days'
FROM demo_final_award
ON CONFLICT DO NOTHING;
