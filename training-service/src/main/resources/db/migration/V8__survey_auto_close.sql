-- The survey auto-close (SurveyAutoClose) looks for open surveys whose close time has passed, every minute.
CREATE INDEX survey_open_closes_at ON survey (closes_at) WHERE status = 'OPEN';
