-- V8's row trigger does not see TRUNCATE, which removes rows without deleting them one by one: refuse it as well.
create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_append_only();
