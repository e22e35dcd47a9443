-- Repost ledger: one row per upstream item (and one per quarantined/failed page), with a stable id
-- and a version that grows with each upstream edit. The unique constraints are what makes
-- deduplication hold across restarts and across hub nodes sharing this database.
create table repost_item (
    id varchar(36) not null primary key,
    version integer not null,
    source_id varchar(64) not null,
    level varchar(16),
    category varchar(64),
    district_column varchar(128),
    upstream_id varchar(128),
    url varchar(1000) not null,
    fingerprint varchar(64),
    title varchar(500),
    content_source varchar(200),
    upstream_column varchar(200),
    body text,
    attachments text,
    published_at timestamp with time zone,
    date_origin varchar(16),
    last_modified varchar(64),
    fetched_at timestamp with time zone not null,
    reviewed_at timestamp with time zone,
    reviewed_by varchar(64),
    reposted_at timestamp with time zone,
    status varchar(16) not null,
    reason varchar(1000),
    constraint uk_repost_item_upstream_id unique (upstream_id),
    constraint uk_repost_item_url unique (url),
    constraint uk_repost_item_fingerprint unique (fingerprint)
);

create index ix_repost_item_status on repost_item (status);
create index ix_repost_item_published on repost_item (published_at);

-- What each upstream URL answered last time, for conditional GET (ETag / Last-Modified).
create table repost_http_cache (
    url varchar(1000) not null primary key,
    etag varchar(500),
    last_modified varchar(100),
    checked_at timestamp with time zone not null
);

-- Camel JdbcMessageIdRepository: publishing the same item version twice is refused cluster-wide.
create table camel_messageprocessed (
    processorname varchar(255) not null,
    messageid varchar(100) not null,
    createdat timestamp not null,
    constraint pk_camel_messageprocessed primary key (processorname, messageid)
);
