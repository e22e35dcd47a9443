-- Exchange tables (前置库 shape, docs/extranet.md) in the hub's own database: the table targets of
-- the sample channels in config/channels.yml (the built-in default), so that a trial run delivers
-- to the hub itself and reaches no other machine. Production channels name their own exchange
-- database (config/examples/channels.yml); there these tables stay empty.
create table extranet_local_xzxk (
    stable_id varchar(300) primary key,
    channel varchar(40) not null,
    record_kind varchar(16) not null,
    payload text not null,
    delivered_at timestamp with time zone not null
);

create table extranet_local_xzcf (
    stable_id varchar(300) primary key,
    channel varchar(40) not null,
    record_kind varchar(16) not null,
    payload text not null,
    delivered_at timestamp with time zone not null
);
