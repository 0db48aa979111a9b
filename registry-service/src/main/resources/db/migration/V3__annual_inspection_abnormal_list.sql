-- 年检: one inspection per organization and year. The jurisdiction is the organization's (it never changes), copied
-- so that scope filters need no join.
CREATE TABLE annual_inspection (
    id                    UUID         PRIMARY KEY,
    organization_id       UUID         NOT NULL REFERENCES organization (id),
    jurisdiction_code     VARCHAR(12)  NOT NULL,
    year                  INT          NOT NULL,
    status                VARCHAR(40)  NOT NULL,
    report_summary        TEXT,
    submitted_by          VARCHAR(255) NOT NULL,
    submitted_at          TIMESTAMPTZ  NOT NULL,
    reviewed_by           VARCHAR(255),
    reviewed_at           TIMESTAMPTZ,
    concluded_by          VARCHAR(255),
    concluded_at          TIMESTAMPTZ,
    rectification_opinion TEXT,
    rectification_due     DATE,
    rectified_on          DATE,
    UNIQUE (organization_id, year)
);
CREATE INDEX annual_inspection_jurisdiction ON annual_inspection (jurisdiction_code text_pattern_ops, year);
CREATE INDEX annual_inspection_open_rectification ON annual_inspection (rectification_due)
    WHERE status IN ('BASIC_PASSED', 'FAILED');

-- 活动异常名录: an entry per reason; it stays (with removed_at) after the organization comes off, as history.
-- reference says which occurrence of the reason: the year (NO_ANNUAL_REPORT), the inspection id
-- (RECTIFICATION_OVERDUE), or the reporting service's reason code (REPORTED).
CREATE TABLE abnormal_listing (
    id                UUID         PRIMARY KEY,
    organization_id   UUID         NOT NULL REFERENCES organization (id),
    jurisdiction_code VARCHAR(12)  NOT NULL,
    reason            VARCHAR(40)  NOT NULL,
    reference         VARCHAR(100) NOT NULL,
    note              TEXT,
    listed_by         VARCHAR(255) NOT NULL,
    listed_at         TIMESTAMPTZ  NOT NULL,
    removed_by        VARCHAR(255),
    removed_at        TIMESTAMPTZ,
    removal_reason    VARCHAR(200)
);
CREATE UNIQUE INDEX abnormal_listing_active ON abnormal_listing (organization_id, reason, reference)
    WHERE removed_at IS NULL;
CREATE INDEX abnormal_listing_jurisdiction ON abnormal_listing (jurisdiction_code text_pattern_ops)
    WHERE removed_at IS NULL;
