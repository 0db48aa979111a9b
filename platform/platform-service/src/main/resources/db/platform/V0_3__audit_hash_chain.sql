-- Tamper evidence for the full-process trace: each entry carries the hash of the previous entry of the same
-- record and its own hash over its content, so any edit or deletion breaks the chain (AuditTrail.verify).
ALTER TABLE audit_entry ADD COLUMN previous_hash CHAR(64);
ALTER TABLE audit_entry ADD COLUMN hash CHAR(64);
CREATE INDEX audit_entry_chain ON audit_entry (subject_type, subject_id, seq);
