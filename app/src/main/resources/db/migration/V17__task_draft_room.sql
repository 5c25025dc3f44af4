-- a draft of the largest form (the assessment: six texts of 4,000 characters) with every field full, as JSON
alter table task_draft alter column content set data type varchar(50000);
