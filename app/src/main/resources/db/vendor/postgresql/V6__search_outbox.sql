-- Hibernate Search outbox polling: indexing events written in the same transaction as the change they describe, and
-- the agents (one per Serasi node) that share the work of applying them to the index. Layout as Hibernate Search
-- 7.2 maps it; only the payload column type differs between databases.
create table hsearch_outbox_event (
    id             uuid          not null primary key,
    entity_name    varchar(256)  not null,
    entity_id      varchar(256)  not null,
    entity_id_hash integer       not null,
    payload        bytea          not null,
    retries        integer       not null,
    process_after  timestamp(6) with time zone not null,
    status         varchar(255)  not null check (status in ('PENDING', 'ABORTED')),
    tenant_id      varchar(255)
);
create index hsearch_outbox_event_entity_id_hash on hsearch_outbox_event (entity_id_hash);
create index hsearch_outbox_event_status on hsearch_outbox_event (status);
create index hsearch_outbox_event_process_after on hsearch_outbox_event (process_after);

create table hsearch_agent (
    id                   uuid         not null primary key,
    type                 varchar(255) not null check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING',
                                                                'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name                 varchar(255) not null,
    expiration           timestamp(6) with time zone not null,
    state                varchar(255) not null check (state in ('RUNNING', 'WAITING', 'SUSPENDED')),
    total_shard_count    integer,
    assigned_shard_index integer,
    payload              bytea,
    tenant_id            varchar(255)
);
