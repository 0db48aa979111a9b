-- Funding programmes (资助项目) and their pools. A programme belongs to a jurisdiction; its pool is the sum of its
-- fundings, from government and optionally partners (基金会 / 企业). Capped subsidy plans (e.g. Ya'an's three plans)
-- are the programme's plans, each with its cap per award.
CREATE TABLE programme (
    id                UUID PRIMARY KEY,
    jurisdiction_code VARCHAR(12)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    -- VENTURE_PHILANTHROPY (公益创投), MICRO_VENTURE (微创投), SUBSIDY_PLAN (资助计划), SPECIAL_FUND (专项资金竞争性分配)
    kind              VARCHAR(30)  NOT NULL,
    description       TEXT,
    created_by        VARCHAR(100) NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX programme_jurisdiction ON programme (jurisdiction_code text_pattern_ops);

CREATE TABLE programme_funding (
    id           UUID PRIMARY KEY,
    programme_id UUID          NOT NULL REFERENCES programme (id),
    -- GOVERNMENT or PARTNER
    source       VARCHAR(20)   NOT NULL,
    funder_name  VARCHAR(200)  NOT NULL,
    -- the partner_id claim of the partner's client when source = PARTNER
    partner_id   VARCHAR(64),
    amount       NUMERIC(14, 2) NOT NULL CHECK (amount > 0),
    committed_on DATE          NOT NULL,
    recorded_by  VARCHAR(100)  NOT NULL,
    recorded_at  TIMESTAMPTZ   NOT NULL,
    CHECK ((source = 'PARTNER') = (partner_id IS NOT NULL))
);
CREATE INDEX programme_funding_programme ON programme_funding (programme_id);
CREATE INDEX programme_funding_partner ON programme_funding (partner_id) WHERE partner_id IS NOT NULL;

-- A programme's plans (计划) with the cap on one award; a programme without plans has no cap beyond the request.
CREATE TABLE programme_plan (
    programme_id UUID           NOT NULL REFERENCES programme (id),
    code         VARCHAR(40)    NOT NULL,
    name         VARCHAR(200)   NOT NULL,
    cap          NUMERIC(14, 2) NOT NULL CHECK (cap > 0),
    PRIMARY KEY (programme_id, code)
);
