#!/usr/bin/env bash
# Extranet throughput, side by side in one run on one machine:
#  1. one channel (persistent, transacted, validated, journaled) from extranet.bq.in to a queue on
#     the same embedded broker, vs. "artemis perf client" (persistent, transacted) on that broker;
#  2. one channel from extranet.bh.in to a local HTTP sink, vs. a bare HTTP client posting the same
#     bodies to the same sink.
# Each channel first carries N/2 other records untimed (a warm-up, as the perf client's --warmup);
# then N records are queued while the channel is paused, and the channel is resumed and timed until
# the hub's metrics (public /actuator/prometheus, no password hashing per poll) count all delivered.
#
#   bench/extranet-throughput.sh [N]      # default 20000 records
# HUB_JAVA_OPTS is passed to the hub's java command, e.g. -XX:StartFlightRecording=duration=60s,filename=/tmp/x.jfr
# Needs the Artemis distribution unpacked by "mvn verify" (target/artemis-dist) and python3, curl.
set -euo pipefail
N=${1:-20000}
BATCH=500
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/extranet-bench-XXXXXX")
ARTEMIS=${ARTEMIS_HOME:-$ROOT/target/artemis-dist/apache-artemis-2.40.0}/bin/artemis
source "$ROOT/bench/extranet-lib.sh"
find_jar
HTTP_PORT=$(free_port); BROKER_PORT=$(free_port); SINK_PORT=$(free_port)
PASSWORD=bench-admin
SINK_PID=""; HUB_PID=""
trap '[ -n "$HUB_PID" ] && kill $HUB_PID 2>/dev/null; [ -n "$SINK_PID" ] && kill $SINK_PID 2>/dev/null; true' EXIT

cat > "$WORK/channels.yml" <<YAML
channels:
  - id: bq
    business-system: 吞吐测试队列
    department: 测试
    record-kind: person
    legacy: {type: http, url: "http://127.0.0.1:$SINK_PORT/unused"}
    extranet: {type: queue, url: "tcp://127.0.0.1:$BROKER_PORT", queue: bench.out, username: hub, password: "\${hub.broker.password}"}
    initial-mode: extranet
  - id: bh
    business-system: 吞吐测试HTTP
    department: 测试
    record-kind: person
    legacy: {type: http, url: "http://127.0.0.1:$SINK_PORT/legacy"}
    extranet: {type: http, url: "http://127.0.0.1:$SINK_PORT/unused"}
    initial-mode: legacy
YAML
python3 "$ROOT/bench/extranet_records.py" "$N" "$BATCH" "$WORK/records"
WARMUP=$((N / 2))
python3 "$ROOT/bench/extranet_records.py" "$WARMUP" "$BATCH" "$WORK/warmup" 200000
start_sink
start_hub

# Records delivered by channel $1 on path $2, from hub_extranet_records_total in the Prometheus scrape.
delivered() {
  curl -sf "http://127.0.0.1:$HTTP_PORT/actuator/prometheus" | awk -v c="channel=\"$1\"" -v p="path=\"$2\"" \
    'index($0, "hub_extranet_records_total{") == 1 && index($0, c) && index($0, p) && index($0, "outcome=\"delivered\"") \
     {n += $NF} END {printf "%d", n}'
}
# Queues $3 records of folder $4 while channel $1 is paused, resumes it and prints records/s until
# path $2 has delivered $5 records in all.
timed_run() {
  api -o /dev/null -X POST "http://127.0.0.1:$HTTP_PORT/api/extranet/channels/$1/pause"
  ingest_all "$1" "$4"
  local start end
  start=$(date +%s.%N)
  api -o /dev/null -X POST "http://127.0.0.1:$HTTP_PORT/api/extranet/channels/$1/resume"
  until [ "$(delivered "$1" "$2")" -ge "$5" ]; do sleep 0.2; done
  end=$(date +%s.%N)
  python3 -c "print('%.0f' % ($3 / ($end - $start)))"
}
channel_rate() {
  timed_run "$1" "$2" "$WARMUP" "$WORK/warmup" "$WARMUP" > /dev/null
  timed_run "$1" "$2" "$N" "$WORK/records" $((WARMUP + N))
}

HUB_QUEUE=$(channel_rate bq extranet)
# Reference: artemis perf client, 1 producer + 1 consumer, persistent. As run by default it sends
# without transactions (max 1 send pending) and the consumer auto-acknowledges; the second run
# commits a transaction per message on both sides, the third one per 100 messages.
raw_rate() {
  local queue=${*: -1}
  local out="$WORK/perf-${queue##*.}.txt"
  # The perf client can hang at the end of a transacted run (seen once with --commit-interval 100:
  # it waited for messages of a transaction never committed), hence the timeout.
  # The embedded broker requires a login: user hub, with the password the hub generated on its first start.
  timeout -k 10 120 "$ARTEMIS" perf client --url "tcp://127.0.0.1:$BROKER_PORT" --user hub \
    --password "$(cat "$WORK/data/broker-password")" --persistent --warmup 5 --duration 20 \
    --message-size 250 "$@" > "$out" 2>&1 || true
  # Messages received over warm-up + measured time (25 s): a conservative raw rate. Without a total
  # (the client hung), the mean of its measured per-second figures, marked as such.
  awk '/total received:/ {t = $4} /^--- warmup false/ {m = 1} m && /^--- received:/ && $3 > 0 {s += $3; n++}
       END {if (t) printf "%.0f", t / 25; else if (n) printf "%.0f (mean, perf client hung)", s / n; else printf "n/a"}' "$out"
}
RAW_QUEUE=$(raw_rate queue://bench.raw)
RAW_QUEUE_TX=$(raw_rate --tx --commit-interval 1 queue://bench.rawtx)
# And committing every 100 messages, as the hub's channel commits a batch of batch-size (100) records.
RAW_QUEUE_TX100=$(raw_rate --tx --commit-interval 100 queue://bench.rawtx100)
HUB_HTTP=$(channel_rate bh legacy)
BARE_HTTP=$(python3 "$ROOT/bench/extranet_bare_client.py" "$SINK_PORT" "$WORK/records")
BARE_HTTP_NEW=$(python3 "$ROOT/bench/extranet_bare_client.py" "$SINK_PORT" "$WORK/records" --new-connection)

echo "records=$N"
echo "queue->queue  hub channel: $HUB_QUEUE records/s   artemis perf client: $RAW_QUEUE msg/s" \
  "(persistent, non-transacted), $RAW_QUEUE_TX msg/s (persistent, commit per message), $RAW_QUEUE_TX100 msg/s" \
  "(persistent, commit per 100 messages)"
echo "queue->HTTP   hub channel: $HUB_HTTP records/s   bare HTTP client: $BARE_HTTP records/s (keep-alive)," \
  "$BARE_HTTP_NEW records/s (new connection per POST)"
echo "artemis perf client output: $WORK/perf*.txt"
