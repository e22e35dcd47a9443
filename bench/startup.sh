#!/usr/bin/env bash
# Startup benchmark: time from launch to /actuator/health UP, median of N runs (default 5), for
#   1. a bare Spring Boot 3.5.7 web + actuator app (bench/bare-app), the reference;
#   2. the hub's packaged jar on the embedded defaults (fresh data folder each run);
#   3. the hub extracted (java -Djarmode=tools extract) with a class-data-sharing archive.
# All measured in the same run on the same machine. Usage: bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
out=bench/out; mkdir -p "$out"

mvn -q -B -DskipTests package
mvn -q -B -f bench/bare-app/pom.xml package
hub_jar=$(ls target/egov-hub-*.jar | grep -v original | head -1)
bare_jar=bench/bare-app/target/bare-app-1.jar

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# time_to_healthy <label> <command...>: prints milliseconds from launch to health UP.
time_to_healthy() {
  local port; port=$(free_port)
  local data; data=$(mktemp -d)
  local start; start=$(date +%s%N)
  "$@" --server.port="$port" --hub.data-dir="$data/data" --hub.broker.port="$(free_port)" > "$data/log" 2>&1 &
  local pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 $pid 2>/dev/null || { echo "process ended, see $data/log" >&2; return 1; }
    sleep 0.05
  done
  local end; end=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$data"
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

measure() {
  local label=$1; shift
  local times=()
  for _ in $(seq 1 "$runs"); do times+=("$(time_to_healthy "$@")"); done
  printf '%-34s median %6s ms   runs: %s\n' "$label" "$(printf '%s\n' "${times[@]}" | median)" "${times[*]}"
}

# The bare app ignores the hub's arguments (Spring Boot passes unknown ones through).
measure "bare Spring Boot web+actuator" java -jar "$bare_jar"
measure "hub, java -jar" java -jar "$hub_jar"

# Class-data sharing: extract, train once, then start from the archive.
cds=$out/cds; rm -rf "$cds"
java -Djarmode=tools -jar "$hub_jar" extract --destination "$cds" > /dev/null
train=$(mktemp -d)
java -XX:ArchiveClassesAtExit="$cds/hub.jsa" -Dspring.context.exit=onRefresh -jar "$cds/$(basename "$hub_jar")" \
  --hub.data-dir="$train/data" --server.port=0 --hub.broker.port="$(free_port)" > "$train/log" 2>&1 || true
rm -rf "$train"
measure "hub, extracted + CDS archive" java -XX:SharedArchiveFile="$cds/hub.jsa" -jar "$cds/$(basename "$hub_jar")"
