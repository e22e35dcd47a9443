#!/usr/bin/env bash
# Reconciliation bench (docs/performance.md, "Reconciliation"): N actual + N online records of one quarter in
# PostgreSQL on 127.0.0.1:5432: import, matching, and in the same run a bare FULL OUTER JOIN on case number
# and PostgreSQL's COPY of the same files; peak heap per phase. Usage: bench/reconcile.sh [heap] [N ...]
# (defaults 256m and 100000 1000000, each size on a fresh database in the same JVM; the heap is fixed with
# -Xmx so that "heap does not grow" is checked as well). BENCH_JAVA_OPTS=-Dhub.test.pg.keep=true keeps the
# databases (hub_bench_*) to look into afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
HEAP="${1:-256m}"
shift || true
SIZES=("${@:-100000 1000000}")
mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx"$HEAP" ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.egovhub.reconcile.ReconcileBench ${SIZES[@]} 2>&1 | grep -v -E '^[0-9T:.-]+Z? +(INFO|DEBUG)|Standard Commons Logging'
