-- A legal hold keeps a closed case (and its engine history) beyond the retention period, e.g. while a court or an
-- inspectorate may still ask for it. Placed and released by an admin, with the reason, audited.
alter table atensi_case add column legal_hold boolean default false not null;
alter table atensi_case add column legal_hold_reason varchar(500);
