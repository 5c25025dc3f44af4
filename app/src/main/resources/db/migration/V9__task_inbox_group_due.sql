-- The task list everyone opens first (tasks offered to my groups, soonest due first) is read from one index of the
-- group table: the due date and the case are kept beside each group row, so a page and its count touch only the
-- rows shown, however many tasks a unit has open.
alter table task_inbox_group add column due_at timestamp with time zone;
alter table task_inbox_group add column case_id bigint;
update task_inbox_group g set due_at = (select t.due_at from task_inbox t where t.task_id = g.task_id),
                              case_id = (select t.case_id from task_inbox t where t.task_id = g.task_id);
create index task_inbox_group_due on task_inbox_group (group_key, due_at, task_id, case_id);
