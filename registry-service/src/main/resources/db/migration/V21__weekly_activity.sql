-- 活动周预报: next week's activities as organizations report them. The organization's name and category are
-- copied at submission: an issue is a record of what was reported that week.
CREATE TABLE weekly_activity (
    id                              UUID         PRIMARY KEY,
    organization_id                 UUID         NOT NULL,
    organization_name               VARCHAR(200) NOT NULL,
    organization_category           VARCHAR(40)  NOT NULL,
    organization_jurisdiction_code  VARCHAR(12)  NOT NULL,
    title                           VARCHAR(200) NOT NULL,
    starts_at                       TIMESTAMPTZ  NOT NULL,
    ends_at                         TIMESTAMPTZ  NOT NULL,
    -- ISO week of starts_at in Asia/Shanghai
    week_year                       INT          NOT NULL,
    week_number                     INT          NOT NULL,
    place                           VARCHAR(200) NOT NULL,
    place_key                       VARCHAR(200),
    jurisdiction_code               VARCHAR(12)  NOT NULL,
    expected_attendees              INT          NOT NULL CHECK (expected_attendees >= 0),
    volunteers                      INT          NOT NULL DEFAULT 0 CHECK (volunteers >= 0),
    volunteer_team                  VARCHAR(100),
    team_key                        VARCHAR(100),
    contact_name                    VARCHAR(50),
    contact_phone                   VARCHAR(20),
    submitted_at                    TIMESTAMPTZ  NOT NULL,
    submitted_by                    VARCHAR(255) NOT NULL,
    deadline                        TIMESTAMPTZ  NOT NULL,
    late                            BOOLEAN      NOT NULL,
    CONSTRAINT weekly_activity_ends_after_start CHECK (ends_at > starts_at)
);
CREATE INDEX weekly_activity_place_week ON weekly_activity (jurisdiction_code text_pattern_ops, week_year, week_number);
CREATE INDEX weekly_activity_org_jurisdiction ON weekly_activity (organization_jurisdiction_code text_pattern_ops);
CREATE INDEX weekly_activity_starts ON weekly_activity (starts_at);
CREATE INDEX weekly_activity_place_key ON weekly_activity (place_key, jurisdiction_code, starts_at);
CREATE INDEX weekly_activity_team_key ON weekly_activity (team_key, starts_at) WHERE team_key IS NOT NULL;

-- A clash is one fact about two activities, shown to both organizations.
CREATE TABLE activity_clash (
    id                 UUID        PRIMARY KEY,
    kind               VARCHAR(20) NOT NULL,
    activity_id        UUID        NOT NULL REFERENCES weekly_activity (id),
    other_activity_id  UUID        NOT NULL REFERENCES weekly_activity (id),
    detected_at        TIMESTAMPTZ NOT NULL,
    UNIQUE (kind, activity_id, other_activity_id)
);
CREATE INDEX activity_clash_other ON activity_clash (other_activity_id);

-- 跟踪核查: a base checked (by video or on site) that an activity took place.
CREATE TABLE activity_check (
    id                 UUID         PRIMARY KEY,
    activity_id        UUID         NOT NULL REFERENCES weekly_activity (id),
    method             VARCHAR(20)  NOT NULL,
    checked_by         VARCHAR(50)  NOT NULL,
    checked_at         TIMESTAMPTZ  NOT NULL,
    result             VARCHAR(30)  NOT NULL,
    actual_attendance  INT          CHECK (actual_attendance >= 0),
    note               VARCHAR(500),
    recorded_by        VARCHAR(255) NOT NULL,
    recorded_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX activity_check_activity ON activity_check (activity_id, checked_at);
