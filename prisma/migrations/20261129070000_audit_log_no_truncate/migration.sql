-- The row-level trigger of the init migration does not fire on TRUNCATE.
-- Refuse that too, so the audit trail stays append-only.
CREATE TRIGGER "AuditLog_no_truncate"
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();
