#!/usr/bin/env bash
# Starts the packaged hub in an empty folder (no config/: the built-in deployment files) on the
# embedded defaults, in a fresh data folder, and waits until
# /actuator/health answers UP (at most 120 s: CI machines can be loaded). Exits non-zero otherwise. Used by CI.
set -euo pipefail
jar=$(realpath "${1:?usage: startup-smoke.sh target/egov-hub-<version>.jar}")
work=$(mktemp -d)
cd "$work"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
broker=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
java -jar "$jar" --hub.data-dir="$work/data" --server.port="$port" --hub.broker.port="$broker" > "$work/hub.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
start=$(date +%s%N)
for _ in $(seq 1 1200); do
  if curl -fs "http://127.0.0.1:$port/actuator/health" | grep -q '"status":"UP"'; then
    echo "startup-smoke: healthy after $(( ($(date +%s%N) - start) / 1000000 )) ms"
    exit 0
  fi
  kill -0 $pid 2>/dev/null || { echo "startup-smoke: the hub exited"; tail -50 "$work/hub.log"; exit 1; }
  sleep 0.1
done
echo "startup-smoke: not healthy within 120 s"; tail -50 "$work/hub.log"; exit 1
