#!/usr/bin/env bash
# Fault 3: the SMTP server down for DOWN seconds (default 600) while alerts are queued. A repost
# source that fails at every poll (every 5 s at most) makes the hub alert the administrators once
# per failed poll; the local SMTP catcher is killed (connections refused) and started again on the
# same port. Records flow through an extranet channel meanwhile (N, default 1000). Passes when every
# failed poll's alert was mailed (repeats only under the alert's key and poll number), every record
# reached the sink, the mails came again by themselves, and health stayed UP (the SMTP server down
# shown as a detail of upstreams) and answered within 2 s.
#
#   bench/faults/smtp-outage.sh             # 10 minutes down
#   bench/faults/smtp-outage.sh 60          # a quick run: 1 minute down
set -euo pipefail
DOWN=${1:-600}
N=${N:-1000}
BATCH=${BATCH:-10}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
source "$ROOT/bench/faults/lib.sh"
alert_args 5s
write_sources 10 30s failing 5s
# The records spread over the whole run: one batch every PACE seconds.
begin_fault_run "${PACE:-$(awk -v d="$DOWN" -v b=$(( N / BATCH )) 'BEGIN {printf "%.2f", (d + 120) / b}')}"
for _ in $(seq 1 300); do [ "$(mails)" -ge 2 ] && break; sleep 1; done
MAILS_BEFORE=$(mails)
FROM=$(now_ms)
stop_smtp
sleep "$DOWN"
POLLS_DURING=$(( $(failed_polls) ))
start_smtp
TO=$(now_ms)
# Recovered: the first mail after the SMTP server is back.
RECOVERY=never
for _ in $(seq 1 600); do
  [ "$(mails)" -gt "$MAILS_BEFORE" ] && { RECOVERY=$(( ($(now_ms) - TO) / 1000 )); break; }
  sleep 1
done
end_fault_run
FAILED=$(failed_polls)
for _ in $(seq 1 300); do [ "$(alerts_missing "$FAILED")" -eq 0 ] && break; sleep 1; done
read -r MAILED REPEATED MISSING < <(alert_figures "$FAILED")
HEALTH=$(health_during "$FROM" "$TO")
SLOW_OR_DOWN=$(awk -v from="$FROM" '$1 >= from && ($2 != 200 || $3 >= 2 || $4 != "UP") {n++} END {print n + 0}' "$WORK/health.log")
SMTP_SHOWN=$(awk -v from="$FROM" -v to="$TO" '$1 >= from && $1 <= to && $7 ~ /alert:smtp/ {n++} END {print n + 0}' "$WORK/health.log")
SMTP_CLEARED=$(tail -1 "$WORK/health.log" | awk '$7 !~ /alert:smtp/ {print "yes"; exit} {print "no"}')
echo "alerts: failed polls=$FAILED (of them before the SMTP server came back: $POLLS_DURING) mailed=$MAILED lost=$MISSING repeated=$REPEATED (alert key + poll number); mails before the outage=$MAILS_BEFORE, recovered_in=${RECOVERY}s after the restart; health during: alert:smtp shown unreachable in $SMTP_SHOWN calls, not UP or >=2 s: $SLOW_OR_DOWN, cleared after: $SMTP_CLEARED"
[ "$MISSING" -eq 0 ] && [ "$SLOW_OR_DOWN" -eq 0 ] && [ "$SMTP_SHOWN" -gt 0 ] && [ "$SMTP_CLEARED" = yes ] && [ "$RECOVERY" != never ] \
  || { echo "FAIL: see $WORK" >&2; KEEP_WORK=1; exit 1; }
summarise "smtp-outage (${DOWN}s)" "$RECOVERY" "$HEALTH" "$(ingest_during "$FROM" "$TO")"
