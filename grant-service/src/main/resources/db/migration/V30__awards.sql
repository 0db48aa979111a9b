-- Awards (资助协议) made from a round's final decision, their disbursement schedule in tranches, the organization's
-- reports, and the payments of released tranches. Money is NUMERIC(14, 2) yuan throughout.
CREATE TABLE award (
    id                UUID PRIMARY KEY,
    programme_id      UUID           NOT NULL REFERENCES programme (id),
    round_id          UUID,
    -- one award per funded proposal: a decision delivered twice makes no second award
    proposal_id       UUID           NOT NULL UNIQUE,
    organization_id   UUID           NOT NULL,
    organization_name VARCHAR(200)   NOT NULL,
    -- the organization's place: the data scope of everything about the award
    jurisdiction_code VARCHAR(12)    NOT NULL,
    project_title     VARCHAR(200)   NOT NULL,
    plan_code         VARCHAR(40),
    amount            NUMERIC(14, 2) NOT NULL CHECK (amount > 0),
    -- AWARDED, AGREED, IN_PROGRESS, FINAL_REPORT_APPROVED, CLOSED, TERMINATED
    status            VARCHAR(30)    NOT NULL,
    agreement_number  VARCHAR(60),
    agreement_terms   TEXT,
    signed_on         DATE,
    termination_reason VARCHAR(500),
    decided_by        VARCHAR(100)   NOT NULL,
    created_at        TIMESTAMPTZ    NOT NULL,
    updated_at        TIMESTAMPTZ    NOT NULL
);
CREATE INDEX award_programme ON award (programme_id);
CREATE INDEX award_jurisdiction ON award (jurisdiction_code text_pattern_ops);
CREATE INDEX award_organization ON award (organization_id);

CREATE TABLE tranche (
    id             UUID PRIMARY KEY,
    award_id       UUID           NOT NULL REFERENCES award (id),
    seq            INT            NOT NULL CHECK (seq >= 1),
    amount         NUMERIC(14, 2) NOT NULL CHECK (amount > 0),
    -- the report whose approval releases it: NULL (first tranche), INTERIM or FINAL
    depends_on     VARCHAR(10),
    -- SCHEDULED, RELEASABLE, RELEASED, PAID
    status         VARCHAR(20)    NOT NULL,
    released_by    VARCHAR(100),
    released_at    TIMESTAMPTZ,
    UNIQUE (award_id, seq),
    CHECK ((seq = 1) = (depends_on IS NULL))
);

CREATE TABLE award_report (
    id                     UUID PRIMARY KEY,
    award_id               UUID           NOT NULL REFERENCES award (id),
    -- INTERIM or FINAL; one of each per award (a returned report is corrected and submitted again)
    kind                   VARCHAR(10)    NOT NULL,
    -- SUBMITTED, APPROVED, RETURNED
    status                 VARCHAR(20)    NOT NULL,
    activities_held        INT            NOT NULL CHECK (activities_held >= 0),
    person_times_served    INT            NOT NULL CHECK (person_times_served >= 0),
    volunteer_person_times INT            NOT NULL CHECK (volunteer_person_times >= 0),
    funds_leveraged        NUMERIC(14, 2) NOT NULL CHECK (funds_leveraged >= 0),
    narrative              TEXT,
    return_reason          VARCHAR(500),
    submitted_by           VARCHAR(100)   NOT NULL,
    submitted_at           TIMESTAMPTZ    NOT NULL,
    decided_by             VARCHAR(100),
    decided_at             TIMESTAMPTZ,
    UNIQUE (award_id, kind)
);

-- A tranche is paid once: the tranche is unique, and so is the caller's idempotency key, so a retried request finds
-- the payment it already made instead of making a second one.
CREATE TABLE payment (
    id              UUID PRIMARY KEY,
    tranche_id      UUID           NOT NULL UNIQUE REFERENCES tranche (id),
    award_id        UUID           NOT NULL REFERENCES award (id),
    programme_id    UUID           NOT NULL REFERENCES programme (id),
    idempotency_key VARCHAR(100)   NOT NULL UNIQUE,
    amount          NUMERIC(14, 2) NOT NULL CHECK (amount > 0),
    voucher_number  VARCHAR(60),
    paid_by         VARCHAR(100)   NOT NULL,
    paid_at         TIMESTAMPTZ    NOT NULL
);
CREATE INDEX payment_programme ON payment (programme_id);
CREATE INDEX payment_award ON payment (award_id);
