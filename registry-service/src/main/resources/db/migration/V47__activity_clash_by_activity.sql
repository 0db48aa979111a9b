-- The clashes of one activity (shown when it is reported and on its detail) are looked up by either of its two
-- columns: activity_clash_other serves other_activity_id, this one activity_id. Without it the lookup joined every
-- clash with every activity (about 20 ms with 5,000 clashes, growing with each report; docs/decisions.md, stop 32).
CREATE INDEX activity_clash_activity ON activity_clash (activity_id);
