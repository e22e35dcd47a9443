# Shared by the extranet bench scripts: build/find the jar, free ports, the HTTP sink and the hub.
# Expects ROOT, WORK and PASSWORD to be set by the caller.
find_jar() {
  JAR=$(ls "$ROOT"/target/egov-hub-*.jar 2>/dev/null | grep -v original | head -1 || true)
  if [ -z "$JAR" ]; then
    (cd "$ROOT" && mvn -q -B package -DskipTests)
    JAR=$(ls "$ROOT"/target/egov-hub-*.jar | grep -v original | head -1)
  fi
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
# The sink; it answers as $WORK/sink.control says (bench/extranet_sink.py): 503, slow, or at once.
start_sink() {
  python3 "$ROOT/bench/extranet_sink.py" "$SINK_PORT" "$WORK/sink.log" "$WORK/sink.control" & SINK_PID=$!
}
# $WORK/channels.yml with one channel $1 (business system $2), both targets the sink, mode $3
# (default legacy).
write_channels() {
  cat > "$WORK/channels.yml" <<YAML
channels:
  - id: $1
    business-system: $2
    department: 测试民政局
    record-kind: person
    legacy: {type: http, url: "http://127.0.0.1:$SINK_PORT/legacy"}
    extranet: {type: http, url: "http://127.0.0.1:$SINK_PORT/extranet"}
    initial-mode: ${3:-legacy}
YAML
}
start_hub() {
  HUB_ADMIN_PASSWORD=$PASSWORD java ${HUB_JAVA_OPTS:-} -jar "$JAR" --hub.data-dir="$WORK/data" --server.port="$HTTP_PORT" \
    --hub.broker.port="$BROKER_PORT" --hub.extranet.channels-file="$WORK/channels.yml" \
    --hub.extranet.hmac-key=bench-key >> "$WORK/hub.log" 2>&1 &
  HUB_PID=$!
  for _ in $(seq 1 "${START_TIMEOUT:-120}"); do   # seconds; a loaded shared machine may need more
    curl -sf "http://127.0.0.1:$HTTP_PORT/actuator/health" > /dev/null && return 0
    sleep 1
  done
  echo "hub did not start, see $WORK/hub.log" >&2; exit 1
}
# Records at the sink: distinct Idempotency-Keys in $WORK/sink.log.
delivered() { [ -f "$WORK/sink.log" ] && cut -d' ' -f1 "$WORK/sink.log" | sort -u | wc -l || echo 0; }
api() { curl -sf -u "admin:$PASSWORD" -H 'Content-Type: application/json' "$@"; }
# Ingests every batch file of folder $2 (default $WORK/records) through channel $1.
ingest_all() {
  local f code
  for f in "${2:-$WORK/records}"/batch-*.json; do
    code=$(curl -s -o "$WORK/ingest.out" -w '%{http_code}' -u "admin:$PASSWORD" -H 'Content-Type: application/json' \
      --data-binary "@$f" "http://127.0.0.1:$HTTP_PORT/api/ingest/$1" || true)
    if [ "$code" != 202 ]; then
      echo "ingest of $f answered '$code': $(head -c 300 "$WORK/ingest.out"); see $WORK/hub.log" >&2
      exit 1
    fi
  done
}
