-- Lookups of the record trace (GET /api/admin/trace): each capability's business keys indexed, so
-- tracing a record costs an index lookup, not a scan of a ledger.

-- Extranet: the 双公示 decision number a licence or penalty stable id ends with
-- (<authority credit code>:<number>), and the stable id alone (the unique key starts with the channel).
alter table extranet_journal add column document_no varchar(300);
update extranet_journal set document_no = substring(stable_id from position(':' in stable_id) + 1)
    where record_kind in ('LICENCE', 'PENALTY') and stable_id not like 'sha256:%' and position(':' in stable_id) > 0;
create index ix_extranet_journal_stable_id on extranet_journal (stable_id);
create index ix_extranet_journal_document_no on extranet_journal (document_no);

-- Reposting: an item by its exact title (id and URL are unique keys already).
create index ix_repost_item_title on repost_item (title);

-- Reconciliation: a case by its 办件编号 on either side.
create index ix_reconcile_actual_case_no on reconcile_actual_case (case_no);
create index ix_reconcile_online_case_no on reconcile_online_case (case_no);
