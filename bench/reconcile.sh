#!/usr/bin/env bash
# Reconciliation bench (docs/performance.md, "Reconciliation"): N actual + N online records of one quarter in
# PostgreSQL on 127.0.0.1:5432: import, matching, and in the same run a bare FULL OUTER JOIN on case number
# and PostgreSQL's COPY of the same files; peak heap per phase. Usage: bench/reconcile.sh [N] [heap]
# (defaults 100000 and 256m; the heap is fixed with -Xmx so that "heap does not grow" is checked as well).
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100000}"
HEAP="${2:-256m}"
mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx"$HEAP" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.egovhub.reconcile.ReconcileBench "$N" 2>&1 | grep -v -E '^[0-9T:.-]+Z? +(INFO|DEBUG)|Standard Commons Logging'
