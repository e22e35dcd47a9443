#!/usr/bin/env bash
# Site-health bench (docs/performance.md, "Site health"): a generated local site of PAGES pages with
# LINKS links each, served on loopback; the hub's site-check crawls it with CONCURRENCY requests in
# flight and no host delay, and, when Debian's linkchecker is installed (apt-get install linkchecker),
# LinkChecker checks the same site with the same number of threads in the same run.
# Usage: bench/sitehealth.sh [PAGES] [LINKS] [CONCURRENCY]   (defaults 5000, 10, 4)
set -euo pipefail
cd "$(dirname "$0")/.."
PAGES="${1:-5000}"
LINKS="${2:-10}"
CONCURRENCY="${3:-4}"
WORK="$(mktemp -d)"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
mvn -q -B -o -Degovhub.cds.skip compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
python3 bench/sitehealth_site.py "$WORK/site" "$PORT" "$PAGES" "$LINKS" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
until curl -s -o /dev/null "http://127.0.0.1:$PORT/index.html"; do sleep 0.2; done
cat > "$WORK/site.yml" <<YML
site:
  root: http://127.0.0.1:$PORT/index.html
  hosts: [127.0.0.1:$PORT]
  host-delay: 0s
  concurrency: $CONCURRENCY
  page-budget: $((PAGES * 2))
columns:
  - {name: 雁峰动态, url: http://127.0.0.1:$PORT/index.html, kind: news}
wording:
  protected:
    - term: 杜家毫
YML
echo "site: $PAGES pages, $LINKS links a page, concurrency $CONCURRENCY"
START=$(date +%s.%N)
java -cp "target/classes:$(cat target/bench-classpath.txt)" org.egovhub.HubApplication site-check \
  --site="$WORK/site.yml" --out="$WORK/hub" --hub.site.external-host-delay=0s
END=$(date +%s.%N)
python3 - "$WORK/hub/report.json" "$START" "$END" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
seconds = float(sys.argv[3]) - float(sys.argv[2])
broken = [f for f in report["findings"] if f["kind"] == "broken-link"]
print(f"hub: {seconds:.1f} s, {report['pagesCrawled']} pages ({report['pagesCrawled'] / seconds:.0f}/s), "
      f"{report['linksChecked']} distinct links, broken (link, page) pairs {len(broken)}, of them soft-404 "
      f"{sum(1 for f in broken if f['status'] == 'soft-404')}")
PY
if command -v linkchecker >/dev/null; then
  # LinkChecker drops root to nobody: its config must be readable. Its per-host rate limit (10 a
  # second by default) is lifted so that both crawlers are held only by their CONCURRENCY.
  chmod 755 "$WORK"
  printf '[checking]\nthreads=%s\nmaxrequestspersecond=100000\n' "$CONCURRENCY" > "$WORK/linkcheckerrc"
  chmod 644 "$WORK/linkcheckerrc"
  START=$(date +%s.%N)
  linkchecker --config="$WORK/linkcheckerrc" --threads="$CONCURRENCY" --no-status -o csv \
    "http://127.0.0.1:$PORT/index.html" > "$WORK/linkchecker.csv" 2> "$WORK/linkchecker.err" || true
  END=$(date +%s.%N)
  python3 - "$WORK/linkchecker.csv" "$WORK/hub/report.json" "$START" "$END" <<'PY'
import csv, json, sys
rows = [r for r in csv.reader((l for l in open(sys.argv[1], encoding="utf-8") if not l.startswith("#")), delimiter=";")]
header, rows = rows[0], rows[1:]
url, parent, result = header.index("url"), header.index("parentname"), header.index("result")
lc = {(r[url], r[parent]) for r in rows if r[result][:1] in "45"}
report = json.load(open(sys.argv[2]))
hub = {(f["url"], f["page"]) for f in report["findings"] if f["kind"] == "broken-link"}
soft = {(f["url"], f["page"]) for f in report["findings"] if f["kind"] == "broken-link" and f["status"] == "soft-404"}
seconds = float(sys.argv[4]) - float(sys.argv[3])
print(f"linkchecker: {seconds:.1f} s, broken (link, page) pairs {len(lc)}; "
      f"of them found by the hub {len(lc & hub)}, missed by the hub {len(lc - hub)}; "
      f"hub's soft 404s LinkChecker reports {len(soft & lc)} of {len(soft)}")
PY
else
  echo "linkchecker: not installed (apt-get install linkchecker)"
fi
