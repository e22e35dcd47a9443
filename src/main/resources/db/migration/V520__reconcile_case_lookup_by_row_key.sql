-- The record trace finds a case by its 办件编号 through the unique row key ('N' || case number), which
-- every numbered case has: the case-number indexes of V410 are not needed. Each cost about 1.3 s of the
-- 9 s PostgreSQL took to store 1 000 000 imported rows (docs/performance.md, "Reconciliation").
drop index if exists ix_reconcile_actual_case_no;
drop index if exists ix_reconcile_online_case_no;
