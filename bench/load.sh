#!/usr/bin/env bash
# HTTP latency of the nested partners query against a running application on 127.0.0.1.
#
#   APP_PID=<java pid> bench/load.sh PORT [BODIES_FILE]
#
# One response is printed (size and a snippet) to check that answers are real, then wrk runs a 10 s warm-up
# (discarded) and a 30 s measured run, 2 threads, 8 connections, each bounded in time (-d, --timeout) and in count
# (MAX answers per thread, default 100000). Without BODIES_FILE every request is the same nested page of 50;
# with it (bench/make-bodies.py) the region-filtered pages are cycled. Load averages are printed before and after,
# and the cores used by processes other than the application (APP_PID) and wrk during the measured run.
set -euo pipefail

PORT=${1:?port}
BODIES=${2:-}
MAX=${MAX:-100000}
APP_PID=${APP_PID:?APP_PID: pid of the application}
DIR=$(cd "$(dirname "$0")" && pwd)
. "$DIR/lib.sh"
URL="http://127.0.0.1:$PORT/graphql"

if [ -n "$BODIES" ]; then body=$(head -n1 "$BODIES"); else
	body='{"query":"query { partners(first: 50) { totalCount edges { node { id name country { iso3 } offers { title kind thematicAreas { code } } } } } }"}'
fi
answer=$(curl -s -m 30 -H 'Content-Type: application/json' -d "$body" "$URL")
echo "CHECK body_bytes=${#answer} snippet=${answer:0:240}"

echo "LOAD before: $(uptime)"
wrk -t2 -c8 -d10s --timeout 10s -s "$DIR/partners-nested.lua" "$URL" -- "$BODIES" "$MAX" >/dev/null
busy0=$(machine_busy_ticks); app0=$(pid_ticks "$APP_PID"); t0=$(date +%s%N)
TIMEFORMAT='%U %S'
{ time wrk -t2 -c8 -d30s --timeout 10s --latency -s "$DIR/partners-nested.lua" "$URL" -- "$BODIES" "$MAX" ; } 2>/tmp/bench-wrk-time.$$
busy1=$(machine_busy_ticks); app1=$(pid_ticks "$APP_PID"); t1=$(date +%s%N)
hz=$(getconf CLK_TCK)
wrk_ticks=$(awk -v hz="$hz" '{printf "%d", ($1+$2)*hz}' /tmp/bench-wrk-time.$$); rm -f /tmp/bench-wrk-time.$$
secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN{print (b-a)/1e9}')
echo "CPU app_cores=$(awk -v a="$app0" -v b="$app1" -v s="$secs" -v hz="$hz" 'BEGIN{printf "%.2f",(b-a)/hz/s}') \
wrk_cores=$(awk -v w="$wrk_ticks" -v s="$secs" -v hz="$hz" 'BEGIN{printf "%.2f",w/hz/s}') \
other_cores=$(other_cores "$busy0" "$busy1" 0 $((app1 - app0 + wrk_ticks)) "$secs")"
echo "LOAD after: $(uptime)"
