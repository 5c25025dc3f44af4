-- The public portal's per-client limits (wrong receipt codes, reports filed), shared by every node: one Bucket4j
-- bucket per row. The id is a keyed hash of the client's address, never the address; expires_at (epoch millis)
-- is when the bucket is full again, after which a node removes the row. The embedded H2 runs one node and keeps
-- these in memory (PortalLimits).
create table portal_limit (
    id         varchar(80) primary key,
    state      bytea,
    expires_at bigint
);
create index portal_limit_expires_at on portal_limit (expires_at);
