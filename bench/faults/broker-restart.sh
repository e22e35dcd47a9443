#!/usr/bin/env bash
# Fault 1: the standalone broker stopped and restarted mid-flow, then killed with SIGKILL and
# restarted. N records (default 5000) are ingested through one extranet channel at a steady rate
# while the hub delivers them to an HTTP sink; each outage lasts DOWN seconds (default 20). Passes
# when every record reached the sink, each under one Idempotency-Key, and the hub recovered alone.
#
#   bench/faults/broker-restart.sh              # 5000 records, 20 s outages
#   bench/faults/broker-restart.sh 400 10       # reduced form for CI
set -euo pipefail
N=${1:-5000}
DOWN=${2:-20}
BATCH=${BATCH:-20}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
source "$ROOT/bench/faults/lib.sh"
begin_fault_run

outage() {   # $1 TERM or KILL
  local from to recovery
  until [ "$(sent)" -ge $((BATCHES * $2 / 3)) ]; do sleep 0.2; done
  from=$(now_ms)
  stop_broker "$1"
  sleep "$DOWN"
  start_broker
  to=$(now_ms)
  recovery=$(await_recovery "$to")
  echo "$1 $from $to $recovery" >> "$WORK/outages"
}
outage TERM 1
outage KILL 2
end_fault_run
read -r _ f1 t1 r1 < <(sed -n 1p "$WORK/outages")
read -r _ f2 t2 r2 < <(sed -n 2p "$WORK/outages")
summarise "broker-restart (stop ${DOWN}s, SIGKILL ${DOWN}s)" "$r1/$r2" \
  "stop: $(health_during "$f1" "$t1"); kill: $(health_during "$f2" "$t2")" \
  "stop: $(ingest_during "$f1" "$t1"); kill: $(ingest_during "$f2" "$t2")"
