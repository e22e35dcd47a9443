#!/usr/bin/env bash
# Repost benchmarks (see docs/performance.md): detail extraction throughput next to a bare
# Jsoup.parse of the same bytes, and bytes per idle poll cycle with and without conditional GET.
# Usage: bench/repost.sh [seconds per measurement round, default 5] [rounds, default 9]
# A fixed, pre-touched heap keeps garbage collection from moving single rounds.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xms1g -Xmx1g -XX:+AlwaysPreTouch -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  -Degovhub.fixtures.dir=../shared/fixtures org.egovhub.repost.RepostBench "${1:-5}" "${2:-9}"
