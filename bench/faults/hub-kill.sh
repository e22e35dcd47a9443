#!/usr/bin/env bash
# Fault 5: the hub itself SIGKILLed (a) during a repost poll, (b) during a mode switch, twice:
# legacy -> dual, then dual -> extranet; after each kill it is started again on the same broker,
# database and data folder, as a supervisor would. A local site lists ITEMS items (default 60),
# each detail page answered after SITE_DETAIL_DELAY (0.3 s) so that a poll lasts; the kill (a)
# comes once a third of them were fetched. N records (default 2000) flow through one extranet
# channel meanwhile; a kill (b) comes a moment after the mode switch was asked for. Passes when
# every item was published once (one file, version 1), every record reached a target of its
# channel, each under one Idempotency-Key per target, and the channel's mode is one of the two of
# its switch after each restart (a switch whose call got no answer is asked for again, as the
# operator whose call failed would).
#
#   bench/faults/hub-kill.sh                # 2000 records, 60 items
#   bench/faults/hub-kill.sh 600 30         # a quick run
set -euo pipefail
N=${1:-2000}
ITEMS=${2:-60}
BATCH=${BATCH:-20}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
export SITE_DETAIL_DELAY=${SITE_DETAIL_DELAY:-0.3}
source "$ROOT/bench/faults/lib.sh"
write_sources "$ITEMS" 20s
begin_fault_run "${PACE:-0.3}"
details() { local n; n=$(grep -c '^/detail/' "$WORK/site.log" 2>/dev/null) || true; echo "${n:-0}"; }

# Restarts the hub after a kill; UP_IN: the seconds from the kill until health answers UP.
restart_after_kill() {   # $1 the kill's epoch ms
  start_prod_hub
  UP_IN=$(( ($(now_ms) - $1) / 1000 ))
}
kill_hub() { kill -9 "$HUB_PID"; wait "$HUB_PID" 2>/dev/null || true; HUB_PID=""; }
mode() {
  api "http://127.0.0.1:$HTTP_PORT/api/extranet/channels" | python3 -c 'import json, sys; print([c for c in json.load(sys.stdin) if c.get("id", c.get("channel")) == "fault"][0]["mode"])'
}

# (a) during a repost poll.
until [ "$(details)" -ge $((ITEMS / 3)) ]; do sleep 0.1; done
KA=$(now_ms); kill_hub
AT_KILL_A="details fetched=$(details) published=$(dropped)"
restart_after_kill "$KA"; RA=$UP_IN
for _ in $(seq 1 300); do [ "$(dropped)" -ge "$ITEMS" ] && break; sleep 1; done
sleep 3   # anything still in flight would now write a second file
read -r ITEMS_PUBLISHED ITEMS_LOST ITEMS_TWICE < <(item_figures "$ITEMS")

# (b) during a mode switch: the switch asked for, the hub killed a moment later (KILL_AFTER s).
switch_and_kill() {   # $1 the mode asked for, $2 the share of batches sent before
  local answer at asked
  until [ "$(sent)" -ge $((BATCHES * $2 / 3)) ]; do sleep 0.2; done
  curl -s -o "$WORK/switch.out" -w '%{http_code}' -u "admin:$PASSWORD" -H 'Content-Type: application/json' \
    -d "{\"mode\": \"$1\"}" "http://127.0.0.1:$HTTP_PORT/api/extranet/channels/fault/mode" > "$WORK/switch.code" 2>/dev/null &
  local curl_pid=$!
  sleep "${KILL_AFTER:-0.05}"
  at=$(now_ms); kill_hub
  wait "$curl_pid" 2>/dev/null || true
  answer=$(cat "$WORK/switch.code" 2>/dev/null || echo 000)
  restart_after_kill "$at"
  asked=no
  now=$(mode)
  if [ "$now" != "$(echo "$1" | tr a-z A-Z)" ]; then
    api -o /dev/null -d "{\"mode\": \"$1\"}" "http://127.0.0.1:$HTTP_PORT/api/extranet/channels/fault/mode"; asked=yes
  fi
  echo "to $1: call answered $answer, mode after restart $now, asked again: $asked, hub up ${UP_IN}s after the kill" >> "$WORK/switches"
}
switch_and_kill dual 1
switch_and_kill extranet 2
end_fault_run
FINAL_MODE=$(mode)
# Per target (path), each record once under its key: the sink logs "<key> <id> /<path>".
read -r LEGACY EXTRANET BOTH REPEATS_PER_PATH < <(awk '{k[$2 " " $3]++; p[$2] = p[$2] "," $3}
  END { for (x in k) { split(x, a, " "); if (a[2] == "/legacy") l++; else e++; if (k[x] > 1) r += k[x] - 1 }
        for (i in p) if (p[i] ~ /legacy/ && p[i] ~ /extranet/) b++
        print l + 0, e + 0, b + 0, r + 0 }' "$WORK/sink.log")
SLOW=$(awk '$2 == 200 && $3 >= 2 {n++} END {print n + 0}' "$WORK/health.log")
echo "kill during a repost poll: $AT_KILL_A of $ITEMS, hub up ${RA}s after the kill; items published=$ITEMS_PUBLISHED lost=$ITEMS_LOST twice=$ITEMS_TWICE;" \
  "mode switches: $(paste -sd';' "$WORK/switches"); final mode $FINAL_MODE;" \
  "records at legacy=$LEGACY extranet=$EXTRANET both=$BOTH, repeated per target=$REPEATS_PER_PATH (Idempotency-Key); health answers >=2 s: $SLOW"
[ "$ITEMS_LOST" -eq 0 ] && [ "$ITEMS_TWICE" -eq 0 ] && [ "$FINAL_MODE" = EXTRANET ] \
  || { echo "FAIL: see $WORK" >&2; KEEP_WORK=1; exit 1; }
summarise "hub-kill (poll, 2 mode switches)" "$RA" "$(health_during "$KA" "$(now_ms)")" "$(ingest_during "$KA" "$(now_ms)")"
