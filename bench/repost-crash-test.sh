#!/usr/bin/env bash
# Repost crash test: a local upstream site (bench/repost_site.py) lists N items, each with its own
# detail page made from a recorded government detail page of ../shared/fixtures/upstream (title and
# text varied per item). The packaged hub polls it, and is killed with SIGKILL while the items flow
# from repost.fetched through extraction and the gate to publishing (once a third of the drop files
# exist), restarted on the same data folder, and must end up with every item published exactly once:
# N files <id>-v1.json in the drop directory (N distinct ids, each URL once, no other version), N
# entries with N distinct ids in /feeds/repost.atom, and N ledger rows, all PUBLISHED.
#
#   bench/repost-crash-test.sh          # 300 items
#   bench/repost-crash-test.sh 60       # reduced form for CI
# Needs: java 17, python3, curl, a built jar (mvn -B package -DskipTests) or maven to build it.
set -euo pipefail
N=${1:-300}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
FIXTURE=${REPOST_FIXTURE:-$ROOT/../shared/fixtures/upstream/province/shanxi_sxyw_detail_2019-09-18.html}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/repost-crash-XXXXXX")
source "$ROOT/bench/extranet-lib.sh"
find_jar
HTTP_PORT=$(free_port); BROKER_PORT=$(free_port); SITE_PORT=$(free_port)
PASSWORD=crash-test-admin
DROP="$WORK/data/repost/out"
SITE_PID=""; HUB_PID=""
cleanup() {
  [ -n "$HUB_PID" ] && kill "$HUB_PID" 2>/dev/null || true
  [ -n "$SITE_PID" ] && kill "$SITE_PID" 2>/dev/null || true
}
trap cleanup EXIT
STARTED=$(date +%s)

cat > "$WORK/sources.yml" <<YAML
sources:
  - id: crash-site
    name: 崩溃测试 上级要闻
    level: provincial
    category: 要闻
    kind: list-page
    url: http://127.0.0.1:$SITE_PORT/list.html
    poll-interval: 3s
    item-selector: ".list li a"
    review-required: false
    column: 上级要闻
YAML
echo "channels: []" > "$WORK/channels.yml"
python3 "$ROOT/bench/repost_site.py" "$SITE_PORT" "$N" "$FIXTURE" "$WORK/site.log" & SITE_PID=$!

start_repost_hub() {
  HUB_ADMIN_PASSWORD=$PASSWORD java ${HUB_JAVA_OPTS:-} -jar "$JAR" --hub.data-dir="$WORK/data" --server.port="$HTTP_PORT" \
    --hub.broker.port="$BROKER_PORT" --hub.extranet.channels-file="$WORK/channels.yml" \
    --hub.repost.sources-file="$WORK/sources.yml" --hub.repost.start-delay=0s --hub.repost.host-delay=0s \
    --hub.repost.feed-size="$N" >> "$WORK/hub.log" 2>&1 &
  HUB_PID=$!
  # Up to START_TIMEOUT seconds (default 600): on a shared 2-core machine a start has taken 3 minutes.
  for _ in $(seq 1 "${START_TIMEOUT:-600}"); do
    curl -sf "http://127.0.0.1:$HTTP_PORT/actuator/health" > /dev/null && return 0
    kill -0 "$HUB_PID" 2>/dev/null || break
    sleep 1
  done
  echo "FAIL: hub did not start, see $WORK/hub.log" >&2; exit 1
}
dropped() { find "$DROP" -maxdepth 1 -name '*.json' 2>/dev/null | wc -l; }
# Ledger rows by status, e.g. "PUBLISHED=300" (paged through GET /api/repost/items, 500 a page).
ledger() {
  python3 - "$HTTP_PORT" "$PASSWORD" <<'PY'
import base64, collections, json, sys, urllib.request
port, password = sys.argv[1], sys.argv[2]
auth = "Basic " + base64.b64encode(("admin:" + password).encode()).decode()
counts, page = collections.Counter(), 0
while True:
    request = urllib.request.Request("http://127.0.0.1:%s/api/repost/items?size=500&page=%d" % (port, page), headers={"Authorization": auth})
    rows = json.load(urllib.request.urlopen(request, timeout=30))
    counts.update(row["status"] for row in rows)
    if len(rows) < 500:
        break
    page += 1
print(" ".join("%s=%d" % kv for kv in sorted(counts.items())) or "none")
PY
}

start_repost_hub
KILL_AT=$((N / 3))
for _ in $(seq 1 6000); do
  [ "$(dropped)" -ge "$KILL_AT" ] && break
  kill -0 "$HUB_PID" 2>/dev/null || { echo "FAIL: hub exited, see $WORK/hub.log" >&2; exit 1; }
  sleep 0.05
done
kill -9 "$HUB_PID"; wait "$HUB_PID" 2>/dev/null || true
BEFORE=$(dropped)
echo "SIGKILL with $BEFORE of $N drop files written"
[ "$BEFORE" -lt "$N" ] || echo "note: every item was already published at the kill; the crash hit nothing in flight" >&2
start_repost_hub
# Done = N drop files, and the ledger holds N rows, all PUBLISHED (nothing QUEUED, FAILED or held).
STATE=""
for _ in $(seq 1 300); do
  STATE=$(ledger 2>/dev/null || echo "unreadable")
  [ "$(dropped)" -ge "$N" ] && [ "$STATE" = "PUBLISHED=$N" ] && break
  sleep 1
done
sleep 3   # anything still in flight would now write a second file or version
curl -sf "http://127.0.0.1:$HTTP_PORT/feeds/repost.atom" -o "$WORK/feed.atom" || echo "" > "$WORK/feed.atom"
STATE=$(ledger 2>/dev/null || echo "unreadable")
RESULT=$(python3 - "$DROP" "$WORK/feed.atom" "$N" "$STATE" <<'PY'
import collections, glob, json, os, re, sys
import xml.etree.ElementTree as ET
drop, feed, n, state = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
files = sorted(glob.glob(os.path.join(drop, "*.json")))
v1 = [f for f in files if f.endswith("-v1.json")]
ids, urls, bad_names = [], [], 0
for f in files:
    item = json.load(open(f, encoding="utf-8"))
    ids.append(item["id"]); urls.append(item["url"])
    bad_names += os.path.basename(f) != "%s-v%d.json" % (item["id"], item["version"])
numbers = collections.Counter(int(m.group(1)) for u in urls for m in [re.search(r"/detail/(\d+)\.html$", u)] if m)
missing = sum(1 for i in range(1, n + 1) if numbers[i] == 0)
url_twice = sum(1 for c in collections.Counter(urls).values() if c > 1)
try:
    root = ET.parse(feed).getroot()
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = root.findall("a:entry", ns)
    feed_ids = [e.findtext("a:id", namespaces=ns) for e in entries]
except ET.ParseError:
    feed_ids = []
feed_items = {i.rsplit(":", 2)[-2] for i in feed_ids if i}
ok = (len(files) == n and len(v1) == n and len(set(ids)) == n and len(set(urls)) == n and missing == 0 and url_twice == 0
      and bad_names == 0 and len(feed_ids) == n and len(set(feed_ids)) == n and feed_items == set(ids) and state == "PUBLISHED=%d" % n)
print("%s items=%d drop_files=%d v1_files=%d distinct_ids=%d distinct_urls=%d missing_urls=%d urls_twice=%d "
      "feed_entries=%d feed_distinct_ids=%d feed_ids_match_drop=%s ledger=%s"
      % ("PASS" if ok else "FAIL", n, len(files), len(v1), len(set(ids)), len(set(urls)), missing, url_twice,
         len(feed_ids), len(set(feed_ids)), feed_items == set(ids), state.replace(" ", ",")))
PY
)
VERDICT=${RESULT%% *}
FETCHES=$(grep -c '^/detail/' "$WORK/site.log" || true)
echo "${RESULT#* } killed_at=$BEFORE detail_fetches=$FETCHES wall=$(( $(date +%s) - STARTED ))s"
if [ "$VERDICT" = PASS ]; then
  echo "PASS: every item published exactly once in the drop directory and the feed"
  rm -rf "$WORK"
else
  echo "FAIL: see $WORK" >&2; exit 1
fi
