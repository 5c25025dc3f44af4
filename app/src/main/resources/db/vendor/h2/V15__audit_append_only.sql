-- The audit trail is append-only in the embedded database too (PostgreSQL: V8 and V15 there): a row trigger refuses
-- every update and delete, whoever connects. H2 fires no trigger on TRUNCATE; nothing in Serasi truncates.
create trigger audit_event_no_update_or_delete
    before update, delete on audit_event
    for each row call 'id.serasi.audit.RefusingAuditChanges';
