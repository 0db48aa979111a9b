-- Report due dates of an agreement (issue 16): the final report (结项报告) is always due on a date the agreement
-- names; the interim report (中期报告) when the agreement asks for one (always when a tranche waits for it). NULL on
-- awards not yet signed, and on agreements signed before due dates were recorded.
ALTER TABLE award
    ADD COLUMN interim_report_due_on DATE,
    ADD COLUMN final_report_due_on   DATE,
    ADD CONSTRAINT award_report_due_order CHECK (interim_report_due_on IS NULL OR final_report_due_on IS NULL
                                                 OR interim_report_due_on <= final_report_due_on);

-- The report-due reminders (报告到期提醒) the reminder job published: one per award, report and due date, so a run
-- again (or two instances at once) publishes nothing twice; a due date changed by a new agreement is reminded anew.
CREATE TABLE report_reminder (
    award_id     UUID        NOT NULL REFERENCES award (id),
    kind         VARCHAR(10) NOT NULL,
    due_on       DATE        NOT NULL,
    published_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (award_id, kind, due_on)
);
