-- When a case entered its current stage, kept on the case: every stage change measured how long the case stood in
-- the stage it left by reading its newest STAGE_ENTERED line back from the audit trail (bench/, B1). Cases of an
-- earlier version take that line's time; a case that never changed stage keeps null and counts from opened_at.
alter table atensi_case add column stage_entered_at timestamp with time zone;
update atensi_case c set stage_entered_at = (select max(a.occurred_at) from audit_event a
    where a.subject_type = 'ATENSI_CASE' and a.subject_ref = c.case_number and a.action = 'STAGE_ENTERED');
