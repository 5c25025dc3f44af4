-- Colleagues named with @username in a case note; they see it under "Disebut" until they have read it.
create table note_mention (
    note_id   bigint       not null references case_note (id),
    username  varchar(100) not null,
    seen_at   timestamp with time zone,
    primary key (note_id, username)
);
create index note_mention_user on note_mention (username, seen_at);
