-- The audit trail is append-only in the database itself, not only in the application: no row is ever changed or
-- removed, whoever connects (retention removes cases, never their audit entries).
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op;
end
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_append_only();
