-- The outcome of a quarter's last run, case by case, replaces the pairs of reconcile_match: only what the
-- figures and case lists need is written, the missing, online-only and late cases (some 10 % of the
-- records), where the pairs were every matched case. Matched = actual - missing. While a run is matching,
-- the unmatched rows also carry the keys of the second rule (item code, applicant, acceptance day) and
-- rows of kind 'paired' hold pairs found by that rule; the run deletes them before it ends.
-- Quarters run before this migration show their figures but empty case lists until they are run again.
drop table reconcile_match;

create table reconcile_outcome (
    quarter varchar(6) not null,
    department varchar(100) not null,
    kind varchar(12) not null,
    actual_id bigint,
    online_id bigint,
    numbered boolean,
    item_code varchar(100),
    applicant_key varchar(32),
    accepted_day integer,
    accepted_at timestamp,
    entered_day integer
);
create index ix_reconcile_outcome on reconcile_outcome (quarter, department, kind);
create index ix_reconcile_outcome_actual on reconcile_outcome (actual_id);
create index ix_reconcile_outcome_online on reconcile_outcome (online_id);
