-- Whistleblowing reports fall under the same retention rule as cases: a legal hold keeps a concluded report (and its
-- evidence and engine history) beyond the retention period. Placed and released by an admin, with the reason, audited.
alter table wbs_report add column legal_hold boolean default false not null;
alter table wbs_report add column legal_hold_reason varchar(500);
