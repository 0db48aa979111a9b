-- Attendance (考勤): one-time check-in codes per person and sitting (the QR slip), and the attendance of each sitting,
-- by code or by the trainer's roll call (点名). Person-times (人次) are counted from these rows.
CREATE TABLE check_in_code (
    code          VARCHAR(12)  PRIMARY KEY,
    session_id    UUID         NOT NULL,
    sitting_seq   INT          NOT NULL,
    enrolment_id  UUID         NOT NULL REFERENCES enrolment (id),
    issued_by     VARCHAR(100) NOT NULL,
    issued_at     TIMESTAMPTZ  NOT NULL,
    used_at       TIMESTAMPTZ,
    FOREIGN KEY (session_id, sitting_seq) REFERENCES session_sitting (session_id, seq),
    UNIQUE (session_id, sitting_seq, enrolment_id)
);

CREATE TABLE attendance (
    session_id    UUID         NOT NULL,
    sitting_seq   INT          NOT NULL,
    enrolment_id  UUID         NOT NULL REFERENCES enrolment (id),
    -- PRESENT, LATE, ABSENT
    status        VARCHAR(10)  NOT NULL,
    -- CODE or ROLL_CALL
    method        VARCHAR(10)  NOT NULL,
    recorded_by   VARCHAR(100) NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (session_id, sitting_seq, enrolment_id),
    FOREIGN KEY (session_id, sitting_seq) REFERENCES session_sitting (session_id, seq)
);
