-- Street hub organizations (枢纽型社区社会组织): one per street or town, with the staffing Qingdao describes as
-- "1 base service specialist + 1 dedicated butler + N back-office resources", and the community organizations it
-- has filed in its street (a recorded figure, as the street reports it).
CREATE TABLE street_hub (
    id                            UUID         PRIMARY KEY,
    organization_id               UUID         NOT NULL UNIQUE,
    organization_name             VARCHAR(200) NOT NULL,
    street_code                   VARCHAR(12)  NOT NULL UNIQUE,
    base_specialist               VARCHAR(100) NOT NULL,
    dedicated_butler              VARCHAR(100) NOT NULL,
    back_office_resources         INT          NOT NULL CHECK (back_office_resources >= 0),
    back_office_note              VARCHAR(500),
    community_organizations_filed INT          NOT NULL DEFAULT 0 CHECK (community_organizations_filed >= 0),
    filed_as_of                   DATE,
    registered_by                 VARCHAR(100) NOT NULL,
    registered_at                 TIMESTAMPTZ  NOT NULL
);
CREATE INDEX street_hub_street ON street_hub (street_code text_pattern_ops);
