-- Expert review (专家评审): the round's panel from the registry's talent pool, declared conflicts of interest, and
-- score sheets per criterion.
CREATE TABLE panel_member (
    round_id                 UUID         NOT NULL REFERENCES grant_round (id),
    talent_id                VARCHAR(64)  NOT NULL,
    name                     VARCHAR(100) NOT NULL,
    -- the expert's platform login (talent.account_username); experts score under it
    username                 VARCHAR(100),
    affiliated_organizations UUID[]       NOT NULL,
    added_by                 VARCHAR(100) NOT NULL,
    added_at                 TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (round_id, talent_id)
);
CREATE INDEX panel_member_username ON panel_member (username);

CREATE TABLE conflict_declaration (
    proposal_id UUID         NOT NULL REFERENCES proposal (id),
    talent_id   VARCHAR(64)  NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    declared_by VARCHAR(100) NOT NULL,
    declared_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (proposal_id, talent_id)
);

CREATE TABLE expert_score (
    proposal_id    UUID          NOT NULL REFERENCES proposal (id),
    talent_id      VARCHAR(64)   NOT NULL,
    criterion_code VARCHAR(40)   NOT NULL,
    score          NUMERIC(6, 2) NOT NULL CHECK (score >= 0),
    comment        VARCHAR(1000),
    scored_by      VARCHAR(100)  NOT NULL,
    scored_at      TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (proposal_id, talent_id, criterion_code)
);

-- What each round ranked and committed: the source of truth for a programme's committed money, so the pool left
-- for a round is the programme's fundings minus the amounts of its other rounds that are not cancelled.
CREATE TABLE round_allocation (
    round_id        UUID           NOT NULL REFERENCES grant_round (id),
    proposal_id     UUID           NOT NULL REFERENCES proposal (id),
    rank            INT            NOT NULL,
    total_score     NUMERIC(9, 4)  NOT NULL,
    priority        BOOLEAN        NOT NULL,
    cap             NUMERIC(14, 2) NOT NULL,
    recommended     NUMERIC(14, 2) NOT NULL CHECK (recommended >= 0),
    amount          NUMERIC(14, 2) NOT NULL CHECK (amount >= 0),
    adjusted_reason VARCHAR(500),
    adjusted_by     VARCHAR(100),
    adjusted_at     TIMESTAMPTZ,
    PRIMARY KEY (round_id, proposal_id),
    CHECK (amount <= cap AND recommended <= cap)
);

-- Objections (异议) lodged during the public notice (公示) and their outcome.
CREATE TABLE notice_objection (
    id          UUID PRIMARY KEY,
    round_id    UUID          NOT NULL REFERENCES grant_round (id),
    proposal_id UUID          REFERENCES proposal (id),
    objector    VARCHAR(200)  NOT NULL,
    content     VARCHAR(2000) NOT NULL,
    recorded_by VARCHAR(100)  NOT NULL,
    lodged_at   TIMESTAMPTZ   NOT NULL,
    -- OPEN, DISMISSED, UPHELD
    status      VARCHAR(20)   NOT NULL,
    resolution  VARCHAR(2000),
    resolved_by VARCHAR(100),
    resolved_at TIMESTAMPTZ
);
CREATE INDEX notice_objection_round ON notice_objection (round_id);
