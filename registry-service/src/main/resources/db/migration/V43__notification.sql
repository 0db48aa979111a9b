-- Notices (站内信): one store for the whole platform. A notice is addressed to a role within a jurisdiction subtree, to
-- one organization (its org-admins) or to one user; each reader's read state is a row of notification_read.
CREATE TABLE notification (
    id                  UUID         PRIMARY KEY,
    kind                VARCHAR(40)  NOT NULL,
    -- Why the notice exists (e.g. the round and expert of an assignment, the week of a deadline): with the audience it
    -- makes a notice unique, so an event or a scheduled run delivered twice stores it once.
    cause               VARCHAR(200) NOT NULL,
    audience_kind       VARCHAR(20)  NOT NULL,
    audience_role       VARCHAR(40),
    audience_org        UUID,
    audience_username   VARCHAR(255),
    -- The place the notice is about: a role audience is everyone of that role whose jurisdiction overlaps its subtree.
    jurisdiction_code   VARCHAR(12)  NOT NULL,
    jurisdiction_prefix VARCHAR(12)  NOT NULL,
    args                JSONB        NOT NULL,
    link                VARCHAR(300),
    created_at          TIMESTAMPTZ  NOT NULL,
    audience_key        VARCHAR(300) GENERATED ALWAYS AS (audience_kind || ':' || COALESCE(audience_role, '')
                            || ':' || COALESCE(audience_org::text, '') || ':' || COALESCE(audience_username, '')) STORED,
    CONSTRAINT notification_audience CHECK (
        (audience_kind = 'ROLE' AND audience_role IS NOT NULL AND audience_org IS NULL AND audience_username IS NULL)
        OR (audience_kind = 'ORGANIZATION' AND audience_org IS NOT NULL AND audience_role IS NULL
            AND audience_username IS NULL)
        OR (audience_kind = 'USER' AND audience_username IS NOT NULL AND audience_role IS NULL
            AND audience_org IS NULL)),
    CONSTRAINT notification_once UNIQUE (cause, audience_key)
);
CREATE INDEX notification_user ON notification (audience_username, created_at) WHERE audience_kind = 'USER';
CREATE INDEX notification_org ON notification (audience_org, created_at) WHERE audience_kind = 'ORGANIZATION';
CREATE INDEX notification_role ON notification (audience_role, jurisdiction_code text_pattern_ops, created_at)
    WHERE audience_kind = 'ROLE';

CREATE TABLE notification_read (
    notification_id UUID         NOT NULL REFERENCES notification (id),
    username        VARCHAR(255) NOT NULL,
    read_at         TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (username, notification_id)
);
