-- What the hub knows of each repost source's polling, so that failures in a row, the last success
-- and the backoff survive a restart. One row per source id; a source removed from sources.yml
-- keeps its row (it is ignored) until it comes back.
create table repost_source_state (
    source_id varchar(64) not null primary key,
    last_poll_at timestamp with time zone,
    last_success_at timestamp with time zone,
    last_error varchar(1000),
    consecutive_failures integer not null default 0,
    next_poll_at timestamp with time zone,
    last_new_item_at timestamp with time zone,
    items_found bigint not null default 0
);

-- A failed list poll is part of its source's state, not an item: drop the rows earlier versions
-- wrote for them (FAILED, no title, the list URL as the item's URL).
delete from repost_item where status = 'FAILED' and title is null and reason like 'list poll failed:%';
