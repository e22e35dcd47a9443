#!/usr/bin/env bash
# Soak (issue 14): MINUTES (default 60) of steady mixed load on the production setup of
# bench/faults/lib.sh (prod profile, standalone Artemis with login, a fresh PostgreSQL database):
#   - extranet records: one batch of BATCH (20) every PACE (2) seconds through one channel to the sink;
#   - reposting: a local site listing 20 items at start and SITE_GROW (5) new ones every minute,
#     polled every 30 s, each item published once to the drop directory;
#   - alerts: a second source that fails at every poll (every 10 s at most), each failure mailed to
#     the administrators through the local SMTP catcher.
# Once a minute it samples the hub's heap after a full GC, threads, open files, its database and
# broker connections, every queue's depth and the broker journal's size into soak.csv (and every
# queue into soak-queues.csv), and draws soak.png (gnuplot) in SOAK_OUT (default docs/).
# Pass: after the first 5 minutes every resource is flat within its tolerance (below), no queue
# backlog above BACKLOG_MAX messages, nothing dead-lettered, health answered within 2 s and never
# DOWN, and 0 lost: every record at the sink, every listed item published once, every failed poll's
# alert mailed.
#
#   bench/soak.sh          # 60 minutes
#   bench/soak.sh 10       # a quick look
set -euo pipefail
MINUTES=${1:-60}
PACE=${PACE:-2}
BATCH=${BATCH:-20}
N=$(( MINUTES * 60 / PACE * BATCH ))   # records written; the driver stops after MINUTES
BACKLOG_MAX=${BACKLOG_MAX:-500}
export SITE_GROW=${SITE_GROW:-5}
ROOT=${ROOT:-$(cd "$(dirname "$0")/.." && pwd)}
OUT=${SOAK_OUT:-$ROOT/docs}
command -v gnuplot > /dev/null || { echo "gnuplot is missing: apt-get install -y gnuplot-nox" >&2; exit 1; }
source "$ROOT/bench/faults/lib.sh"
alert_args 10s
write_sources 20 30s failing 10s
begin_fault_run "$PACE"
STARTED=$(date +%s)
CSV=$WORK/soak.csv
QCSV=$WORK/soak-queues.csv
echo "minute,heap_after_gc_mb,threads,open_files,db_connections,broker_connections,queued_total,queued_max,dead_letters,journal_mb,records_sent,records_delivered,items_published,mails" > "$CSV"
echo "minute,queue,depth" > "$QCSV"

# Every queue of the broker with its depth: "<name> <depth>" lines (the broker's own queues left out).
queue_depths() {
  "$WORK/broker/bin/artemis" queue stat --silent --url "tcp://127.0.0.1:$BROKER_PORT" --user "$BROKER_USER" \
    --password "$BROKER_PASSWORD" --maxRows 500 --maxColumnSize -1 --single-line-header 2>/dev/null | parse_queue_stat
}
# The table of "artemis queue stat" (its column titles may run over two lines) as "<name> <depth>".
parse_queue_stat() {
  awk -F'|' '
    /\|NAME/ { for (i = 1; i <= NF; i++) { t[i] = $i }; title = 1; next }
    title == 1 && $2 ~ /^ *$/ { for (i = 1; i <= NF; i++) t[i] = t[i] $i; title = 2; next }
    title { if (title) for (i = 1; i <= NF; i++) { h = t[i]; gsub(/[ _]/, "", h); col[h] = i }; title = 0 }
    col["NAME"] && NF > 3 { n = $col["NAME"]; d = $col["MESSAGECOUNT"]; gsub(/ /, "", n); gsub(/ /, "", d)
      if (n != "" && n !~ /^(\$|activemq\.)/ && d ~ /^[0-9]+$/) print n, d }'
}
heap_after_gc_mb() {
  jcmd "$HUB_PID" GC.run > /dev/null 2>&1 || true
  jcmd "$HUB_PID" GC.heap_info 2>/dev/null | awk '/(heap|generation) +total/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); kb += v } }
    END { printf "%.1f", kb / 1024 }'
}
sample() {   # $1 the minute
  local heap threads files db broker journal queues
  heap=$(heap_after_gc_mb)
  threads=$(awk '/^Threads:/ {print $2}' "/proc/$HUB_PID/status")
  files=$(ls "/proc/$HUB_PID/fd" | wc -l)
  db=$(psql_admin "SELECT count(*) FROM pg_stat_activity WHERE datname = '$DB_NAME'")
  broker=$(ss -Htn state established "( dport = :$BROKER_PORT )" | wc -l)
  journal=$(du -sk "$WORK/broker/data/journal" | awk '{printf "%.1f", $1 / 1024}')
  queues=$(queue_depths)
  [ -n "$queues" ] && echo "$queues" | awk -v m="$1" '{print m "," $1 "," $2}' >> "$QCSV"
  echo "$1,$heap,$threads,$files,$db,$broker,$(echo "$queues" | awk '{t += $2} END {print t + 0}'),$(echo "$queues" | awk '$2 > m {m = $2} END {print m + 0}'),$(echo "$queues" | awk '$1 ~ /dlq/ {t += $2} END {print t + 0}'),$journal,$(( $(sent) * BATCH )),$(delivered),$(dropped),$(mails)" >> "$CSV"
}

minute=0
sample 0
while kill -0 "$DRIVER_PID" 2>/dev/null && [ "$minute" -lt "$MINUTES" ]; do
  next=$(( STARTED + (minute + 1) * 60 ))
  while [ "$(date +%s)" -lt "$next" ] && kill -0 "$DRIVER_PID" 2>/dev/null; do sleep 1; done
  kill -0 "$DRIVER_PID" 2>/dev/null || break
  minute=$((minute + 1))
  sample "$minute"
  kill -0 "$HUB_PID" 2>/dev/null || { echo "FAIL: the hub ended, see $WORK/hub.log" >&2; exit 1; }
done
touch "$WORK/driver.stop"   # the load ends after MINUTES even if a slow machine kept the driver behind
wait_driver
LOAD_END=$(now_ms)
# The records of the batches taken (202): the driver may have stopped before the last batch file.
# One python for all of them: one per batch took minutes on a loaded machine.
awk '$3 == 202 {print $2}' "$WORK/driver.log" | sort -u | python3 -c 'import json, sys
for b in sys.stdin:
    [print(r["公民身份号码"]) for r in json.load(open(sys.argv[1] + "/" + b.strip(), encoding="utf-8"))]' "$WORK/records" > "$WORK/sent-ids.txt"
N=$(wc -l < "$WORK/sent-ids.txt")

# Drain: the site stops growing; the alerts of the failed polls so far must all arrive.
touch "$WORK/site.stop"
ITEMS=$(curl -s "http://127.0.0.1:$SITE_PORT/list.html" | grep -c '<li>' || true)
FAILED_POLLS=$(failed_polls)
for _ in $(seq 1 300); do
  [ "$(delivered)" -ge "$N" ] && [ "$(dropped)" -ge "$ITEMS" ] && [ "$(alerts_missing "$FAILED_POLLS")" -eq 0 ] && break
  sleep 1
done
minute=$((minute + 1)); sample "$minute"
stop_watch

read -r ITEMS_PUBLISHED ITEMS_LOST ITEMS_TWICE < <(item_figures "$ITEMS")
read -r MAILS MAIL_REPEATS ALERTS_LOST < <(alert_figures "$FAILED_POLLS")
HEALTH=$(health_during 0 "$LOAD_END")
HEALTH_BAD=$(awk '$2 != 200 || $3 >= 2 || $4 != "UP" {n++} END {print n + 0}' "$WORK/health.log")
HEALTH_CALLS=$(wc -l < "$WORK/health.log")

# Flat after minute 5: the mean of the last 3 samples against the mean of the first 3 from minute 5 on.
FLAT=$(python3 - "$CSV" "$BACKLOG_MAX" <<'PY'
import csv, sys
rows = [r for r in csv.DictReader(open(sys.argv[1])) if int(r["minute"]) >= 5]
backlog = int(sys.argv[2])
if len(rows) < 2:
    print("FAIL too-short(%d samples after minute 5)" % len(rows)); sys.exit()
# resource: (relative tolerance, absolute tolerance): growth within either passes.
tolerance = {"heap_after_gc_mb": (0.25, 16), "threads": (0.10, 5), "open_files": (0.10, 10),
             "db_connections": (0, 3), "broker_connections": (0, 2), "journal_mb": (0.5, 20)}
k = min(3, len(rows) // 2)
out, ok = [], True
for name, (rel, ab) in tolerance.items():
    first = sum(float(r[name]) for r in rows[:k]) / k
    last = sum(float(r[name]) for r in rows[-k:]) / k
    flat = last - first <= max(rel * first, ab)
    ok &= flat
    out.append("%s=%.1f->%.1f%s" % (name, first, last, "" if flat else "(GREW)"))
peak = max(int(r["queued_total"]) for r in rows)
dead = max(int(r["dead_letters"]) for r in rows)
ok &= peak <= backlog and dead == 0
out.append("queued_peak=%d(max %d) dead_letters=%d" % (peak, backlog, dead))
print(("PASS " if ok else "FAIL ") + " ".join(out))
PY
)

gnuplot <<GP
# noenhanced: the column names hold underscores, which enhanced text would print as subscripts
set terminal pngcairo noenhanced size 1200,900 font "sans,10"
set output "$WORK/soak.png"
set datafile separator ","
set key autotitle columnhead left top
set multiplot layout 2,2 title "egov-hub soak: $MINUTES min, prod profile (records every ${PACE}s x $BATCH, repost +$SITE_GROW items/min, an alert per failed poll)"
set xlabel "minute"
set title "heap after full GC (MB)"
plot "$CSV" using 1:2 with linespoints
set title "threads, open files"
plot "$CSV" using 1:3 with linespoints, "" using 1:4 with linespoints
set title "connections (database, broker)"
set yrange [0:*]
plot "$CSV" using 1:5 with linespoints, "" using 1:6 with linespoints
set title "queued messages (all queues), journal (MB)"
plot "$CSV" using 1:7 with linespoints, "" using 1:10 with linespoints
unset multiplot
GP
mkdir -p "$OUT"
cp "$CSV" "$QCSV" "$WORK/soak.png" "$OUT/"

RECORDS_LOST=$(comm -23 <(sort "$WORK/sent-ids.txt") <(cut -d' ' -f2 "$WORK/sink.log" | sort -u) | wc -l)
RECORD_REPEATS=$(( $(wc -l < "$WORK/sink.log") - $(delivered) ))
echo "soak (${MINUTES} min, $(( ($(date +%s) - STARTED) / 60 )) min with the drain): records sent=$(( $(sent) * BATCH )) delivered=$(delivered) lost=$RECORDS_LOST repeated=$RECORD_REPEATS (Idempotency-Key);" \
  "items listed=$ITEMS published=$ITEMS_PUBLISHED lost=$ITEMS_LOST twice=$ITEMS_TWICE; alerts (failed polls)=$FAILED_POLLS mailed=$MAILS lost=$ALERTS_LOST repeated=$MAIL_REPEATS (alert key + poll number);" \
  "health calls=$HEALTH_CALLS not-UP-or-slow(>=2s)=$HEALTH_BAD [$HEALTH]; resources: $FLAT; csv and chart in $OUT"
if [ "$RECORDS_LOST" -eq 0 ] && [ "$ITEMS_LOST" -eq 0 ] && [ "$ITEMS_TWICE" -eq 0 ] && [ "$ALERTS_LOST" -eq 0 ] \
  && [ "$HEALTH_BAD" -eq 0 ] && [ "${FLAT%% *}" = PASS ]; then
  echo PASS; PASSED=1
else
  echo "FAIL: see $WORK" >&2; exit 1
fi
