# The production setup shared by the fault scripts: a standalone Artemis 2.40 broker created by the
# script (login required), a fresh PostgreSQL database on 127.0.0.1:5432 created and dropped by the
# script (no other database is touched), the HTTP sink of bench/extranet-lib.sh as both targets of
# one extranet channel, and the packaged hub under the prod profile with its secrets.
#
# The caller sets N (records), BATCH (records per ingest call) and ROOT (the checkout, whose
# target/ holds the jar) and sources this file; it sets WORK, ports, and traps EXIT for the cleanup.
# Besides: a local SMTP catcher (bench/smtp_catcher.py) for alerts, and for repost a local upstream
# site (bench/repost_site.py) when the script writes $WORK/sources.yml (write_sources).
# Needs: java 17, python3, curl, psql, a built jar and the unpacked Artemis distribution (both made
# by: mvn -B -o -q pre-integration-test -DskipTests -Degovhub.cds.skip, after mvn package).
set -euo pipefail
WORK=$(mktemp -d "${TMPDIR:-/tmp}/hub-fault-XXXXXX")
PASSWORD=fault-test-admin
BROKER_USER=hub
BROKER_PASSWORD=fault-broker-secret
PG_HOST=127.0.0.1
PG_PORT=5432
PG_ADMIN=${PG_ADMIN:-postgres}
DB_NAME="hub_fault_$(date +%s)_$$"
ARTEMIS_HOME=${ARTEMIS_HOME:-$ROOT/target/artemis-dist/apache-artemis-2.40.0}
source "$ROOT/bench/extranet-lib.sh"
find_jar
# A copy: a build during the run would rewrite the jar under the running hub.
cp "$JAR" "$WORK/hub.jar"; JAR=$WORK/hub.jar
HTTP_PORT=$(free_port); BROKER_PORT=$(free_port); SINK_PORT=$(free_port); SMTP_PORT=$(free_port); SITE_PORT=$(free_port)
SINK_PID=""; HUB_PID=""; ARTEMIS_PID=""; DRIVER_PID=""; SMTP_PID=""; SITE_PID=""; DB_CREATED=""; PASSED=""
HUB_ARGS=()   # more arguments for the hub, set by the script before setup_prod

psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_ADMIN" -d test -Atc "$1"; }

fault_cleanup() {
  rm -f "$WORK/watching"
  [ -n "$DRIVER_PID" ] && kill "$DRIVER_PID" 2>/dev/null || true
  [ -n "${WATCH_PID:-}" ] && kill "$WATCH_PID" 2>/dev/null || true
  [ -n "$HUB_PID" ] && kill "$HUB_PID" 2>/dev/null && wait "$HUB_PID" 2>/dev/null || true
  [ -n "$ARTEMIS_PID" ] && kill "$ARTEMIS_PID" 2>/dev/null && wait "$ARTEMIS_PID" 2>/dev/null || true
  [ -n "$SINK_PID" ] && kill "$SINK_PID" 2>/dev/null || true
  [ -n "$SMTP_PID" ] && kill "$SMTP_PID" 2>/dev/null || true
  [ -n "$SITE_PID" ] && kill "$SITE_PID" 2>/dev/null || true
  if [ -n "$DB_CREATED" ]; then
    psql_admin "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '$DB_NAME'" > /dev/null 2>&1 || true
    psql_admin "DROP DATABASE IF EXISTS $DB_NAME" || true
    psql_admin "DROP ROLE IF EXISTS $DB_NAME" || true
  fi
  [ -n "$PASSED" ] && [ -z "${KEEP_WORK:-}" ] && rm -rf "$WORK" || true
}
trap fault_cleanup EXIT
trap 'exit 1' INT TERM

# The hub logs in as a role of its own (not a superuser, whom REVOKE CONNECT would not stop) that
# owns the fresh database.
create_database() {
  psql_admin "CREATE ROLE $DB_NAME LOGIN"
  DB_CREATED=1
  psql_admin "CREATE DATABASE $DB_NAME OWNER $DB_NAME"
}
# Fault 2's outage: nobody may connect to the script's database, and its connections are ended.
revoke_database() {
  psql_admin "REVOKE CONNECT ON DATABASE $DB_NAME FROM PUBLIC, $DB_NAME"
  psql_admin "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '$DB_NAME'" > /dev/null
}
grant_database() { psql_admin "GRANT CONNECT ON DATABASE $DB_NAME TO PUBLIC, $DB_NAME"; }

# The standalone broker: created once under $WORK/broker, started (again) by start_broker.
create_broker() {
  [ -x "$ARTEMIS_HOME/bin/artemis" ] || { echo "no Artemis distribution at $ARTEMIS_HOME: run mvn -B -o -q pre-integration-test -DskipTests -Degovhub.cds.skip" >&2; exit 1; }
  "$ARTEMIS_HOME/bin/artemis" create --silent --force --require-login --user "$BROKER_USER" --password "$BROKER_PASSWORD" \
    --no-web --no-amqp-acceptor --no-mqtt-acceptor --no-stomp-acceptor --no-hornetq-acceptor --host 127.0.0.1 \
    --default-port "$BROKER_PORT" "$WORK/broker" > "$WORK/broker-create.log" 2>&1
}
start_broker() {
  "$WORK/broker/bin/artemis" run >> "$WORK/broker.log" 2>&1 &
  ARTEMIS_PID=$!
  # Up to BROKER_START_TIMEOUT seconds (default 300): on a loaded 2-core machine a start took over 60 s.
  for _ in $(seq 1 $(( ${BROKER_START_TIMEOUT:-300} * 2 ))); do
    (exec 3<>"/dev/tcp/127.0.0.1/$BROKER_PORT") 2>/dev/null && return 0
    sleep 0.5
  done
  echo "broker did not start, see $WORK/broker.log" >&2; exit 1
}
# A clean stop (SIGTERM: the broker's shutdown hook closes its journal), or SIGKILL with $1=KILL.
stop_broker() {
  kill -"${1:-TERM}" "$ARTEMIS_PID" 2>/dev/null || true
  wait "$ARTEMIS_PID" 2>/dev/null || true
  ARTEMIS_PID=""
}

# The SMTP catcher on $SMTP_PORT, one JSON line per mail in $WORK/mail.log; stop_smtp is fault 3.
start_smtp() {
  python3 "$ROOT/bench/smtp_catcher.py" "$SMTP_PORT" "$WORK/mail.log" & SMTP_PID=$!
  for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/$SMTP_PORT") 2>/dev/null && return 0; sleep 0.1; done
  echo "SMTP catcher did not start" >&2; exit 1
}
stop_smtp() { kill "$SMTP_PID" 2>/dev/null || true; wait "$SMTP_PID" 2>/dev/null || true; SMTP_PID=""; }
mails() { [ -f "$WORK/mail.log" ] && wc -l < "$WORK/mail.log" || echo 0; }

# Repost sources in $WORK/sources.yml, all on the local site: $1 items listed at start (the site
# grows by SITE_GROW a minute, see bench/repost_site.py), polled every $2 (e.g. 30s); with $3 =
# failing, a second source whose list answers 500 at every poll, polled every $4, so that the hub
# raises an alert per failed poll (run the hub with ALERT_ARGS). Without write_sources the hub has
# no source at all.
REPOST_FIXTURE=${REPOST_FIXTURE:-$ROOT/../shared/fixtures/upstream/province/shanxi_sxyw_detail_2019-09-18.html}
write_sources() {
  SITE_ITEMS=$1
  cat > "$WORK/sources.yml" <<YAML
sources:
  - id: fault-site
    name: 故障测试 上级要闻
    level: provincial
    category: 要闻
    kind: list-page
    url: http://127.0.0.1:$SITE_PORT/list.html
    poll-interval: $2
    item-selector: ".list li a"
    review-required: false
    column: 上级要闻
YAML
  [ "${3:-}" = failing ] && cat >> "$WORK/sources.yml" <<YAML
  - id: fault-failing
    name: 故障测试 失效栏目
    level: provincial
    category: 要闻
    kind: list-page
    url: http://127.0.0.1:$SITE_PORT/fail.html
    poll-interval: $4
    item-selector: ".list li a"
    review-required: false
    column: 上级要闻
YAML
  return 0
}
# Every failed poll of fault-failing alerts the administrators: no quiet period, an alert from the
# first failure on, the wait between polls capped at $1.
alert_args() { HUB_ARGS+=(--hub.alert.quiet-period=0s --hub.repost.failure-alert-after=1 --hub.repost.max-backoff="$1"); }
start_site() {
  SITE_STOP="$WORK/site.stop" python3 "$ROOT/bench/repost_site.py" "$SITE_PORT" "$SITE_ITEMS" "$REPOST_FIXTURE" "$WORK/site.log" & SITE_PID=$!
}
# Polls of fault-failing answered 500 so far: each must become one alert mail.
failed_polls() { local n; n=$(grep -c '^/fail.html 500$' "$WORK/site.log" 2>/dev/null) || true; echo "${n:-0}"; }
# The alert mails of fault-failing's polls 1..$1: "<polls mailed> <mails repeated> <polls without
# a mail>" (an alert is known by its key, repost.source.fault-failing.failing, and the poll's
# number in its body).
alert_figures() {
  python3 - "$WORK/mail.log" "$1" <<'PY'
import collections, json, re, sys
mailed = collections.Counter()
try:
    for line in open(sys.argv[1], encoding="utf-8"):
        m = re.search(r"fault-failing .*failed (\d+) polls in a row", json.loads(line)["body"])
        if m:
            mailed[int(m.group(1))] += 1
except FileNotFoundError:
    pass
print(len(mailed), sum(v - 1 for v in mailed.values()), sum(1 for n in range(1, int(sys.argv[2]) + 1) if n not in mailed))
PY
}
alerts_missing() { alert_figures "$1" | awk '{print $3}'; }
DROP="$WORK/data/repost/out"
dropped() { find "$DROP" -maxdepth 1 -name '*.json' 2>/dev/null | wc -l || true; }   # 0 before the drop folder exists
# The items 1..$1 of the site in the drop directory: "<distinct URLs published> <items missing>
# <items published more than once>" (an item is known by its URL; each must be one file, version 1).
item_figures() {
  python3 - "$DROP" "$1" <<'PY'
import collections, glob, json, os, re, sys
urls = [json.load(open(f, encoding="utf-8"))["url"] for f in glob.glob(os.path.join(sys.argv[1], "*.json"))]
numbers = collections.Counter(int(m.group(1)) for u in urls for m in [re.search(r"/detail/(\d+)\.html$", u)] if m)
n = int(sys.argv[2])
print(len(set(urls)), sum(1 for i in range(1, n + 1) if numbers[i] == 0), sum(1 for c in numbers.values() if c > 1))
PY
}

start_prod_hub() {
  HUB_ADMIN_PASSWORD=$PASSWORD HUB_EXTRANET_HMAC_KEY=fault-hmac-key HUB_DB_PASSWORD=unused-with-trust-auth \
  HUB_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB_NAME" HUB_DB_USER="$DB_NAME" \
  HUB_BROKER_URL="tcp://127.0.0.1:$BROKER_PORT" HUB_BROKER_USER=$BROKER_USER HUB_BROKER_PASSWORD=$BROKER_PASSWORD \
  HUB_SMTP_HOST=127.0.0.1 HUB_SMTP_PORT=$SMTP_PORT \
    java ${HUB_JAVA_OPTS:--Xmx512m} -jar "$JAR" --spring.profiles.active=prod --hub.data-dir="$WORK/data" \
    --server.port="$HTTP_PORT" --hub.extranet.channels-file="$WORK/channels.yml" \
    --hub.repost.sources-file="$WORK/sources.yml" --hub.repost.start-delay=0s --hub.repost.host-delay=0s \
    ${HUB_ARGS[@]+"${HUB_ARGS[@]}"} >> "$WORK/hub.log" 2>&1 &
  HUB_PID=$!
  for _ in $(seq 1 "${START_TIMEOUT:-600}"); do   # seconds; a start has taken 3 minutes on a loaded machine
    curl -sf "http://127.0.0.1:$HTTP_PORT/actuator/health" > /dev/null && return 0
    kill -0 "$HUB_PID" 2>/dev/null || { echo "hub ended at start, see $WORK/hub.log" >&2; tail -20 "$WORK/hub.log" >&2; exit 1; }
    sleep 1
  done
  echo "hub did not start, see $WORK/hub.log" >&2; exit 1
}

# Everything up: database, broker, sink, SMTP catcher, site (with write_sources), hub; $1 records
# written in batches of $2 under $WORK/records.
setup_prod() {
  create_database
  create_broker
  start_broker
  write_channels fault 故障测试
  [ -f "$WORK/sources.yml" ] && start_site || echo "sources: []" > "$WORK/sources.yml"
  python3 "$ROOT/bench/extranet_records.py" "$1" "$2" "$WORK/records"
  start_sink
  start_smtp
  start_prod_hub
}

# The common start of a fault run: setup_prod with N records in batches of BATCH, health watched,
# the driver offering a batch every $1 seconds (default PACE or 0.2). Sets BATCHES.
begin_fault_run() {
  setup_prod "$N" "$BATCH"
  # One call as an administrator first: the first login after the start is slow (10 s was seen on a
  # loaded machine), and that is not the fault's doing.
  curl -s -o /dev/null --max-time 60 -u "admin:$PASSWORD" "http://127.0.0.1:$HTTP_PORT/actuator/health" || true
  start_watch
  BATCHES=$(ls "$WORK"/records/batch-*.json | wc -l)
  start_driver "${1:-${PACE:-0.2}}"
}
# Its end: every batch offered, every record at the sink (up to 600 s), the health watch stopped.
end_fault_run() {
  wait_driver
  await_delivered "$N" 600
  stop_watch
}

now_ms() { date +%s%3N; }

# The driver: ingests every batch file in order, one every $1 seconds; a batch not answered 202 is
# offered again after a second (as a client honouring Retry-After would, sooner), until it is taken.
# Writes "<epoch ms> <batch> <code> <seconds> <Retry-After>" per answer to $WORK/driver.log. Stops
# early, before its next batch, once $WORK/driver.stop exists.
drive() {
  local f code t retry
  for f in "$WORK"/records/batch-*.json; do
    [ -f "$WORK/driver.stop" ] && break
    while true; do
      code=$(curl -s -o "$WORK/ingest.out" -D "$WORK/ingest.headers" -w '%{http_code} %{time_total}' --max-time 60 \
        -u "admin:$PASSWORD" -H 'Content-Type: application/json' --data-binary "@$f" \
        "http://127.0.0.1:$HTTP_PORT/api/ingest/fault" || true)
      retry=$(grep -i '^retry-after:' "$WORK/ingest.headers" 2>/dev/null | tr -d '\r' | awk '{print $2}' || true)
      echo "$(now_ms) $(basename "$f") $code ${retry:--}" >> "$WORK/driver.log"
      case "$code" in 202*) break ;; esac
      [ "${code%% *}" = 000 ] || cp "$WORK/ingest.out" "$WORK/last-refusal.json"
      sleep 1
    done
    sleep "$1"
  done
}
start_driver() { drive "$1" & DRIVER_PID=$!; }
wait_driver() { wait "$DRIVER_PID"; DRIVER_PID=""; }

# Health as an administrator sees it, once every second while $1 (a file) exists:
# "<epoch ms> <code> <seconds> <status> <broker> <database> <unreachable upstreams or ->" into
# $WORK/health.log.
watch_health() {
  local out
  while [ -f "$1" ]; do
    out=$(curl -s -o "$WORK/health.json" -w '%{http_code} %{time_total}' --max-time 30 -u "admin:$PASSWORD" \
      "http://127.0.0.1:$HTTP_PORT/actuator/health" || true)
    echo "$(now_ms) $out $(python3 - "$WORK/health.json" <<'PY'
import json, sys
try:
    h = json.load(open(sys.argv[1]))
except Exception:
    print("- - - -"); sys.exit()
c = h.get("components", {})
broker = c.get("broker", c.get("jms", {}))
database = c.get("database", c.get("db", {}))
up = c.get("upstreams", {})
down = sorted(k for k, v in up.get("details", {}).items() if isinstance(v, dict) and v.get("reachable") is False)
print(h.get("status"), broker.get("status", "-"), database.get("status", "-"), ",".join(down) or "-")
PY
)" >> "$WORK/health.log"
    sleep 1
  done
}

start_watch() { touch "$WORK/watching"; watch_health "$WORK/watching" & WATCH_PID=$!; }
stop_watch() { rm -f "$WORK/watching"; wait "$WATCH_PID" || true; WATCH_PID=""; }
sent() { [ -f "$WORK/driver.log" ] && awk '$3 == 202 {n++} END {print n + 0}' "$WORK/driver.log" || echo 0; }

# Seconds from epoch ms $1 until the hub is well again: health UP with the broker and the database
# UP, an ingest answered 202 and the sink grew, each after $1 (at most 600 s).
await_recovery() {
  local since=$1 at_start now
  at_start=$(delivered)
  for _ in $(seq 1 1200); do
    if [ "$(delivered)" -gt "$at_start" ] \
      && awk -v t="$since" '$1 > t && $3 == 202 {ok = 1} END {exit !ok}' "$WORK/driver.log" \
      && awk -v t="$since" '$1 > t && $4 == "UP" && $5 == "UP" && $6 == "UP" {ok = 1} END {exit !ok}' "$WORK/health.log"; then
      now=$(now_ms); echo $(( (now - since) / 1000 )); return 0
    fi
    [ "$(delivered)" -ge "$(wc -l < "$WORK/records/ids.txt")" ] && [ "$(sent)" -ge "$(ls "$WORK"/records/batch-*.json | wc -l)" ] \
      && awk -v t="$since" '$1 > t && $4 == "UP" {ok = 1} END {exit !ok}' "$WORK/health.log" && { now=$(now_ms); echo $(( (now - since) / 1000 )); return 0; }
    sleep 0.5
  done
  echo never
}

# Waits (up to $2 seconds) until $1 records have reached the sink.
await_delivered() {
  for _ in $(seq 1 "$2"); do
    [ "$(delivered)" -ge "$1" ] && return 0
    sleep 1
  done
  return 0
}

# Health calls that overlapped epoch ms $1 to $2 (each line is stamped at its answer), summarised:
# "<statuses seen> max=<slowest answer>s" (a status with "/down:" names the unreachable upstreams).
health_during() {
  awk -v from="$1" -v to="$2" '$1 >= from && $1 - $3 * 1000 <= to {
      s = $4 "/broker:" $5 "/db:" $6 ($7 != "-" && $7 != "" ? "/down:" $7 : "")
      if (!(s in seen)) { seen[s] = 1; list = list (list ? "," : "") s }
      if ($3 > max) max = $3 }
    END { printf "%s max=%.2fs", (list ? list : "none"), max }' "$WORK/health.log"
}
# Ingest calls that overlapped epoch ms $1 to $2: "<code>x<count>,... max=<slowest>s".
ingest_during() {
  awk -v from="$1" -v to="$2" '$1 >= from && $1 - $4 * 1000 <= to { c[$3]++; if ($4 > max) max = $4 }
    END { for (k in c) list = list (list ? "," : "") k "x" c[k]; printf "%s max=%.2fs", (list ? list : "none"), max }' "$WORK/driver.log"
}

# The summary: every id ingested must be at the sink, each under one Idempotency-Key.
# $1 the fault's name, $2 recovery seconds, $3 health during, $4 ingest during. Exits 1 on a loss.
summarise() {
  local records total unique missing two_keys
  records=$(wc -l < "$WORK/records/ids.txt")
  total=$(wc -l < "$WORK/sink.log" 2>/dev/null || echo 0)
  unique=$(delivered)
  missing=$(comm -23 <(sort "$WORK/records/ids.txt") <(cut -d' ' -f2 "$WORK/sink.log" | sort -u) | wc -l)
  two_keys=$(awk '{print $2" "$1}' "$WORK/sink.log" | sort -u | awk '{print $1}' | uniq -d | wc -l)
  echo "$1: sent=$(( $(sent) * BATCH )) of $records delivered=$unique lost=$missing repeated=$((total - unique)) (under Idempotency-Key; ids under two keys: $two_keys) recovered_in=${2}s health_during=[$3] ingest_during=[$4]"
  if [ "$missing" -eq 0 ] && [ "$two_keys" -eq 0 ] && [ "$unique" -eq "$records" ]; then
    echo "PASS"
    PASSED=1
  else
    echo "FAIL: see $WORK; the hub's warnings and errors:" >&2
    grep -E ' (WARN|ERROR) |Exception' "$WORK/hub.log" | tail -40 >&2 || true
    exit 1
  fi
}
