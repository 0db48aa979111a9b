-- Enrolment (报名) by an organization for its people, with a waiting list (候补). Every enrolment of one session is
-- decided under the session's row lock (SELECT ... FOR UPDATE), so the enrolled never exceed the capacity.
CREATE SEQUENCE enrolment_queue;

CREATE TABLE enrolment (
    id                         UUID PRIMARY KEY,
    session_id                 UUID         NOT NULL REFERENCES training_session (id),
    organization_id            UUID         NOT NULL,
    -- where the organization works (the org-admin's jurisdiction): who sees the enrolment
    organization_jurisdiction  VARCHAR(12)  NOT NULL,
    person_name                VARCHAR(50)  NOT NULL,
    -- Audience
    audience                   VARCHAR(30)  NOT NULL,
    -- EnrolmentStatus
    status                     VARCHAR(20)  NOT NULL,
    -- order of arrival: the waiting list moves up in this order
    queue_no                   BIGINT       NOT NULL DEFAULT nextval('enrolment_queue'),
    enrolled_by                VARCHAR(100) NOT NULL,
    enrolled_at                TIMESTAMPTZ  NOT NULL,
    updated_at                 TIMESTAMPTZ  NOT NULL
);
CREATE INDEX enrolment_session ON enrolment (session_id, status, queue_no);
CREATE INDEX enrolment_organization ON enrolment (organization_jurisdiction text_pattern_ops, organization_id);
-- one live enrolment per person of an organization in a session
CREATE UNIQUE INDEX enrolment_once ON enrolment (session_id, organization_id, person_name) WHERE status <> 'CANCELLED';
