-- A worker's unfinished task form, kept across sessions until the task is completed or cancelled.
create table task_draft (
    task_id   varchar(64)   not null,
    username  varchar(100)  not null,
    form_key  varchar(100)  not null,
    content   varchar(20000) not null,
    saved_at  timestamp with time zone not null,
    primary key (task_id, username)
);
