-- Community project marketplace (社区项目超市, Qingdao's practice): a community or hub posts a project, organizations
-- offer to take it on, the poster chooses one, and the chosen organization logs its delivery step by step.
CREATE TABLE community_project (
    id                     UUID PRIMARY KEY,
    -- where the project is: who may see it (everyone working there) and who may choose (the poster's side)
    jurisdiction_code      VARCHAR(12)    NOT NULL,
    title                  VARCHAR(200)   NOT NULL,
    description            TEXT           NOT NULL,
    budget                 NUMERIC(14, 2) CHECK (budget > 0),
    -- COMMUNITY or HUB
    poster_kind            VARCHAR(10)    NOT NULL,
    poster_name            VARCHAR(200)   NOT NULL,
    -- OPEN, ASSIGNED, IN_DELIVERY, DONE, CANCELLED
    status                 VARCHAR(20)    NOT NULL,
    chosen_offer_id        UUID,
    chosen_organization_id UUID,
    posted_by              VARCHAR(100)   NOT NULL,
    posted_at              TIMESTAMPTZ    NOT NULL,
    updated_at             TIMESTAMPTZ    NOT NULL
);
CREATE INDEX community_project_jurisdiction ON community_project (jurisdiction_code text_pattern_ops);

CREATE TABLE project_offer (
    id                UUID PRIMARY KEY,
    project_id        UUID           NOT NULL REFERENCES community_project (id),
    organization_id   UUID           NOT NULL,
    organization_name VARCHAR(200)   NOT NULL,
    proposal          TEXT           NOT NULL,
    price             NUMERIC(14, 2) CHECK (price > 0),
    -- PENDING, CHOSEN, NOT_CHOSEN
    status            VARCHAR(20)    NOT NULL,
    offered_by        VARCHAR(100)   NOT NULL,
    offered_at        TIMESTAMPTZ    NOT NULL,
    UNIQUE (project_id, organization_id)
);

CREATE TABLE delivery_step (
    id          UUID PRIMARY KEY,
    project_id  UUID          NOT NULL REFERENCES community_project (id),
    seq         INT           NOT NULL,
    description TEXT          NOT NULL,
    occurred_on DATE          NOT NULL,
    recorded_by VARCHAR(100)  NOT NULL,
    recorded_at TIMESTAMPTZ   NOT NULL,
    UNIQUE (project_id, seq)
);
