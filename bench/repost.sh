#!/usr/bin/env bash
# Repost benchmarks (see docs/performance.md): detail extraction throughput next to a bare
# Jsoup.parse of the same bytes, and bytes per idle poll cycle with and without conditional GET.
# Usage: bench/repost.sh [seconds per measurement round, default 5] [rounds, default 9] [JVMs, default 3]
# A fixed, pre-touched heap keeps garbage collection from moving single rounds. The extraction
# ratio is measured in several JVMs (forks, as JMH does): the JIT makes different choices in each,
# which moves a single JVM's ratio by up to 0.1. The median over the JVMs is the result.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
FORKS=${3:-3}
run() {
  java -Xms1g -Xmx1g -XX:+AlwaysPreTouch -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    -Degovhub.fixtures.dir=../shared/fixtures org.egovhub.repost.extract.RepostBench "${1:-5}" "${2:-9}" "$3" 2>&1 | grep -v -E '^[0-9:.]+ \[main\]'
}
ratios=()
for fork in $(seq 1 "$FORKS"); do
  echo "== JVM $fork of $FORKS"
  if [ "$fork" -lt "$FORKS" ]; then out=$(run "${1:-5}" "${2:-9}" --no-idle); else out=$(run "${1:-5}" "${2:-9}" ""); fi
  echo "$out"
  ratios+=("$(echo "$out" | sed -n 's/^ratio extraction \/ bare parse: median \([0-9.]*\).*/\1/p')")
done
echo "== extraction / bare parse, median per JVM: ${ratios[*]}; median over JVMs: $(printf '%s\n' "${ratios[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}') (goal >= 0.80)"
