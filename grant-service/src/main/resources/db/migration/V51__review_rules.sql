-- Rules of expert review (issue 13).
-- A committee decision to rank without a named panel expert (委员会决定该专家免评): its reason, who recorded it and when.
-- An excused expert's sheets are neither required nor counted at ranking.
ALTER TABLE panel_member
    ADD COLUMN excused_reason VARCHAR(500),
    ADD COLUMN excused_by     VARCHAR(100),
    ADD COLUMN excused_at     TIMESTAMPTZ;

-- A paper sheet an officer entered for a panel expert (代录纸质评分表): the officer's login; NULL when the expert
-- scored under their own login.
ALTER TABLE expert_score
    ADD COLUMN entered_by VARCHAR(100);
