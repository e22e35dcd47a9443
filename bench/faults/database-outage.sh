#!/usr/bin/env bash
# Fault 2: the database gone for DOWN seconds (default 60) mid-flow: REVOKE CONNECT on the script's
# own database and pg_terminate_backend of its connections, then GRANT back (no other database on
# the cluster is touched). N records (default 5000) are ingested through one extranet channel at a
# steady rate while the hub delivers them to an HTTP sink. Passes when every record reached the
# sink, each under one Idempotency-Key, and the hub recovered alone.
#
#   bench/faults/database-outage.sh             # 5000 records, 60 s outage
#   bench/faults/database-outage.sh 400 20      # reduced form for CI
set -euo pipefail
N=${1:-5000}
DOWN=${2:-60}
BATCH=${BATCH:-20}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
source "$ROOT/bench/faults/lib.sh"
begin_fault_run
until [ "$(sent)" -ge $((BATCHES / 3)) ]; do sleep 0.2; done
FROM=$(now_ms)
revoke_database
sleep "$DOWN"
grant_database
TO=$(now_ms)
RECOVERY=$(await_recovery "$TO")
end_fault_run
summarise "database-outage (${DOWN}s)" "$RECOVERY" "$(health_during "$FROM" "$TO")" "$(ingest_during "$FROM" "$TO")"
