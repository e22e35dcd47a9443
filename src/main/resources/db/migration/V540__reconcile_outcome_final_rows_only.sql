-- The matching now finds a quarter's outcome in one statement and writes only the final rows (missing,
-- online-only, late): the working columns of the second rule and the 'paired' rows are gone.
alter table reconcile_outcome drop column numbered;
alter table reconcile_outcome drop column item_code;
alter table reconcile_outcome drop column applicant_key;
alter table reconcile_outcome drop column accepted_day;
alter table reconcile_outcome drop column accepted_at;
alter table reconcile_outcome drop column entered_day;
