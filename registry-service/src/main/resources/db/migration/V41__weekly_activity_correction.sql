-- 活动周预报 corrections and withdrawals (before the week's deadline). A withdrawn activity stays for the record and
-- the timeline, but leaves the week's lists, clashes and compilation; its clashes are removed with it.
ALTER TABLE weekly_activity ADD COLUMN corrected_at TIMESTAMPTZ;
ALTER TABLE weekly_activity ADD COLUMN withdrawn_at TIMESTAMPTZ;
ALTER TABLE weekly_activity ADD COLUMN withdrawn_by VARCHAR(255);
-- an identical report (same organization, title, time and place) is recognised rather than stored twice
CREATE INDEX weekly_activity_same_report ON weekly_activity (organization_id, starts_at) WHERE withdrawn_at IS NULL;
