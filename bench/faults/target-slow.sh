#!/usr/bin/env bash
# Fault 4: an HTTP target answering 503 for DEAD seconds (default 120), then slowly (SLOW_BY, 5 s,
# per request) for SLOW seconds (default 300), then normally. N records (default 3000) are ingested
# through one extranet channel (legacy mode: the sink is its target) at a steady rate over the
# whole run. Passes when every record reached the sink, each under one Idempotency-Key, the hub
# delivered again by itself after each phase, and health stayed UP (the target shown unreachable
# as a detail of upstreams while it answered 503) and answered within 2 s.
#
#   bench/faults/target-slow.sh             # 503 for 2 min, slow for 5 min
#   bench/faults/target-slow.sh 30 60       # a quick run
set -euo pipefail
DEAD=${1:-120}
SLOW=${2:-300}
SLOW_BY=${SLOW_BY:-5}
N=${N:-3000}
BATCH=${BATCH:-10}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
source "$ROOT/bench/faults/lib.sh"
begin_fault_run "${PACE:-$(awk -v d="$((DEAD + SLOW))" -v b=$(( N / BATCH )) 'BEGIN {printf "%.2f", (d + 60) / b}')}"
until [ "$(sent)" -ge $((N / BATCH / 10)) ] && [ "$(delivered)" -gt 0 ]; do sleep 0.5; done

F503=$(now_ms)
echo 503 > "$WORK/sink.control"
sleep "$DEAD"
FSLOW=$(now_ms)
echo "slow $SLOW_BY" > "$WORK/sink.control"
AT_SLOW=$(delivered)
# Recovered from the 503s: the first record delivered once the target answers again (slowly).
R503=never
for _ in $(seq 1 $((SLOW * 2))); do
  [ "$(delivered)" -gt "$AT_SLOW" ] && { R503=$(( ($(now_ms) - FSLOW) / 1000 )); break; }
  sleep 0.5
done
sleep $(( SLOW - ($(now_ms) - FSLOW) / 1000 > 0 ? SLOW - ($(now_ms) - FSLOW) / 1000 : 0 ))
FNORMAL=$(now_ms)
DURING_SLOW=$(( $(delivered) - AT_SLOW ))
rm -f "$WORK/sink.control"
end_fault_run
# Recovered from the slowness: the backlog gone, every record delivered (end_fault_run waited).
RSLOW=$(( ($(now_ms) - FNORMAL) / 1000 ))
SHOWN=$(awk -v from="$F503" -v to="$FSLOW" '$1 >= from && $1 <= to && $7 ~ /extranet\.fault\.legacy/ {n++} END {print n + 0}' "$WORK/health.log")
SLOW_OR_DOWN=$(awk -v from="$F503" '$1 >= from && ($2 != 200 || $3 >= 2 || $4 != "UP") {n++} END {print n + 0}' "$WORK/health.log")
CLEARED=$(tail -1 "$WORK/health.log" | awk '$7 !~ /extranet\.fault\.legacy/ {print "yes"; exit} {print "no"}')
DEAD_LETTERED=$(api "http://127.0.0.1:$HTTP_PORT/api/extranet/messages?channel=fault&status=FAILED&size=500" 2>/dev/null \
  | python3 -c 'import json, sys; print(len(json.load(sys.stdin)))' 2>/dev/null || echo "?")
echo "target: 503 ${DEAD}s then ${SLOW_BY}s per request ${SLOW}s; delivered during the slow phase=$DURING_SLOW; dead-lettered=$DEAD_LETTERED;" \
  "recovered: first delivery ${R503}s after the 503s ended, backlog drained ${RSLOW}s after the slowness ended;" \
  "health: target shown unreachable in $SHOWN calls during the 503s, not UP or >=2 s: $SLOW_OR_DOWN, cleared after: $CLEARED"
[ "$SLOW_OR_DOWN" -eq 0 ] && [ "$SHOWN" -gt 0 ] && [ "$CLEARED" = yes ] && [ "$R503" != never ] \
  || { echo "FAIL: see $WORK" >&2; KEEP_WORK=1; exit 1; }
summarise "target-slow (503 ${DEAD}s, slow ${SLOW}s)" "$R503/$RSLOW" \
  "503: $(health_during "$F503" "$FSLOW"); slow: $(health_during "$FSLOW" "$FNORMAL")" "$(ingest_during "$F503" "$FNORMAL")"
