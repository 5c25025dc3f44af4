-- Every record of a case is read by its case (the case file, the search index, retention): PostgreSQL does not index
-- foreign keys by itself, so without these each read scanned the whole table (measured in bench/, B4).
create index assessment_case on assessment (case_id);
create index approval_decision_case on approval_decision (case_id);
create index case_conference_case on case_conference (case_id);
create index service_delivery_case on service_delivery (case_id);
create index progress_report_case on progress_report (case_id);
create index evaluation_case on evaluation (case_id);
create index termination_case on termination (case_id);
create index skm_response_case on skm_response (case_id);
create index after_care_visit_case on after_care_visit (case_id);
create index case_note_case on case_note (case_id, created_at);
create index attachment_case on attachment (case_id);
create index escalation_case on escalation (case_id);
