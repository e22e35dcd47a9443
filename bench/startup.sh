#!/usr/bin/env bash
# Start-up benchmark (issue 10): time from launch to the first /actuator/health answering UP, for
#   bare  the reference: a bare Spring Boot 3.5.7 web + actuator app (bench/bare-app), `java -jar`;
#   hub   the hub as the README tells an office to start it: target/egov-hub/egov-hub (the
#         extracted jar with the class-data-sharing archive that `mvn package` makes), from the
#         repository folder on the embedded defaults and config/, a fresh data folder each run;
#   jar   the hub's fat jar started plainly with `java -jar`, for comparison.
# The three are started one after the other in each round (the order reversed every other round),
# so that a change in the machine's load hits all of them; each run gets free ports. Prints every
# run, the medians and hub / bare. Usage: bench/startup.sh [runs] (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}

mvn -q -B -DskipTests package
mvn -q -B -f bench/bare-app/pom.xml package
hub_jar=$(ls target/egov-hub-*.jar | head -1)
bare_jar=bench/bare-app/target/bare-app-1.jar
launcher=target/egov-hub/egov-hub

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# time_to_healthy <command...>: prints milliseconds from launch to health UP.
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

declare -a bare hub jar
run_one() {
  case $1 in
    # The bare app ignores the hub's arguments (unknown properties are allowed).
    bare) bare+=("$(time_to_healthy java -jar "$bare_jar")") ;;
    hub) hub+=("$(time_to_healthy "$launcher")") ;;
    jar) jar+=("$(time_to_healthy java -jar "$hub_jar")") ;;
  esac
}
for i in $(seq 1 "$runs"); do
  if (( i % 2 )); then order="bare hub jar"; else order="jar hub bare"; fi
  for variant in $order; do run_one "$variant"; done
  echo "round $i (load $(cut -d' ' -f1 /proc/loadavg)): bare ${bare[-1]} ms, hub ${hub[-1]} ms, jar ${jar[-1]} ms"
done

mb=$(printf '%s\n' "${bare[@]}" | median)
mh=$(printf '%s\n' "${hub[@]}" | median)
mj=$(printf '%s\n' "${jar[@]}" | median)
printf '%-52s median %6s ms   runs: %s\n' "bare Spring Boot web+actuator (java -jar)" "$mb" "${bare[*]}"
printf '%-52s median %6s ms   runs: %s\n' "hub, target/egov-hub/egov-hub (README, CDS)" "$mh" "${hub[*]}"
printf '%-52s median %6s ms   runs: %s\n' "hub, java -jar $hub_jar" "$mj" "${jar[*]}"
awk -v h="$mh" -v j="$mj" -v b="$mb" 'BEGIN { printf "hub / bare = %.2f (goal <= 2), jar / bare = %.2f\n", h / b, j / b }'
