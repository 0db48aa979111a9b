-- 操作日志 (audit.OperationLog): the audit timeline read across records, newest first, inside a jurisdiction
-- subtree (LIKE 'prefix%'), by actor or by action prefix. Without these, every page scans the whole table.
CREATE INDEX audit_entry_recent ON audit_entry (occurred_at DESC, seq DESC);
CREATE INDEX audit_entry_jurisdiction ON audit_entry (jurisdiction_code varchar_pattern_ops, occurred_at DESC);
CREATE INDEX audit_entry_actor ON audit_entry (actor, occurred_at DESC);
CREATE INDEX audit_entry_action ON audit_entry (action varchar_pattern_ops, occurred_at DESC);
