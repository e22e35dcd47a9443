#!/usr/bin/env bash
# Extranet crash test: N records (default 10 000) are ingested into one channel, the packaged hub is
# killed with SIGKILL while it delivers them to an HTTP sink, restarted, and the sink must end up
# with every record, each under one Idempotency-Key (what an idempotent target keeps exactly once).
# Deliveries repeated after the crash are reported (at-least-once on the wire is expected).
#
#   bench/extranet-crash-test.sh            # 10 000 records
#   bench/extranet-crash-test.sh 500        # reduced form for CI
# Needs: java 17, python3, curl, a built jar (mvn -B package -DskipTests) or maven to build it.
set -euo pipefail
N=${1:-10000}
BATCH=500
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/extranet-crash-XXXXXX")
source "$ROOT/bench/extranet-lib.sh"
find_jar
HTTP_PORT=$(free_port); BROKER_PORT=$(free_port); SINK_PORT=$(free_port)
PASSWORD=crash-test-admin
SINK_PID=""; HUB_PID=""
cleanup() {
  [ -n "$HUB_PID" ] && kill "$HUB_PID" 2>/dev/null || true
  [ -n "$SINK_PID" ] && kill "$SINK_PID" 2>/dev/null || true
}
trap cleanup EXIT

write_channels crash 崩溃测试
python3 "$ROOT/bench/extranet_records.py" "$N" "$BATCH" "$WORK/records"
start_sink

start_hub
# All N records are queued while the channel is paused, so all of them are in flight when delivery
# starts; the kill comes once a third has reached the sink.
api -o /dev/null -X POST "http://127.0.0.1:$HTTP_PORT/api/extranet/channels/crash/pause"
ingest_all crash
api -o /dev/null -X POST "http://127.0.0.1:$HTTP_PORT/api/extranet/channels/crash/resume"
KILL_AT=$((N / 3))
until [ "$(delivered)" -ge "$KILL_AT" ]; do sleep 0.05; done
kill -9 "$HUB_PID"; wait "$HUB_PID" 2>/dev/null || true
BEFORE=$(delivered)
echo "SIGKILL with $BEFORE of $N delivered"
start_hub
# Until every record is there, or nothing new has arrived for STALL_TIMEOUT seconds (default 180).
LAST=-1; SINCE=$(date +%s)
while [ "$(delivered)" -lt "$N" ]; do
  NOW=$(delivered)
  if [ "$NOW" -ne "$LAST" ]; then LAST=$NOW; SINCE=$(date +%s); fi
  [ $(( $(date +%s) - SINCE )) -ge "${STALL_TIMEOUT:-180}" ] && { echo "no delivery for ${STALL_TIMEOUT:-180} s at $NOW of $N"; break; }
  sleep 1
done
STATUS=$(api "http://127.0.0.1:$HTTP_PORT/api/extranet/channels" 2>/dev/null | head -c 600 || true)
TOTAL=$(wc -l < "$WORK/sink.log")
UNIQUE=$(delivered)
MISSING=$(comm -23 <(sort "$WORK/records/ids.txt") <(cut -d' ' -f2 "$WORK/sink.log" | sort -u) | wc -l)
KEYS_PER_ID=$(awk '{print $2" "$1}' "$WORK/sink.log" | sort -u | awk '{print $1}' | uniq -d | wc -l)
echo "records=$N distinct_keys=$UNIQUE missing=$MISSING ids_with_two_keys=$KEYS_PER_ID posts=$TOTAL repeated_posts=$((TOTAL - UNIQUE))"
if [ "$UNIQUE" -eq "$N" ] && [ "$MISSING" -eq 0 ] && [ "$KEYS_PER_ID" -eq 0 ]; then
  echo "PASS: every record delivered, each under exactly one idempotency key"
  rm -rf "$WORK"
else
  echo "FAIL: see $WORK; the channel after the restart: $STATUS" >&2
  echo "the hub's warnings and errors:" >&2
  grep -E ' (WARN|ERROR) |Exception' "$WORK/hub.log" | tail -40 >&2 || true
  exit 1
fi
