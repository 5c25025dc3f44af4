-- The admin reads the audit trail by person and by period (ReadingAuditTrail), newest first.
create index audit_event_actor on audit_event (actor, occurred_at);
create index audit_event_occurred on audit_event (occurred_at);
