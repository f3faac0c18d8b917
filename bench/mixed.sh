#!/usr/bin/env bash
# Mixed read workload (bench/mixed-bodies.py) against an application running on 127.0.0.1, at 8 and 32 connections.
#
#   APP_PID=<java pid> bench/mixed.sh PORT BODIES_FILE [CONNECTIONS...]
#
# For each connection count: a 10 s warm-up (discarded), then a 30 s measured wrk run (2 threads, --timeout 10 s),
# bodies replayed round-robin by bench/recommendations.lua. Prints throughput, p50/p95/p99, GraphQL errors, non-2xx
# and socket errors, the cores the application used (its share of the 2 cores), and the cores used by anything
# else on the machine meanwhile, so that a figure taken on a busy machine can be spotted.
set -euo pipefail
PORT=${1:?port}
BODIES=${2:?bodies file}
shift 2
CONNECTIONS=${*:-8 32}
APP_PID=${APP_PID:?APP_PID: pid of the application}
DIR=$(cd "$(dirname "$0")" && pwd)
. "$DIR/lib.sh"
URL="http://127.0.0.1:$PORT/graphql"
hz=$(getconf CLK_TCK)
cores=$(nproc)
for c in $CONNECTIONS; do
	echo "== $c connections, $(wc -l <"$BODIES") bodies, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
	wrk -t2 -c"$c" -d10s --timeout 10s -s "$DIR/recommendations.lua" "$URL" -- "$BODIES" | grep RESULT | sed 's/^/warm-up /'
	busy0=$(machine_busy_ticks); app0=$(pid_ticks "$APP_PID"); t0=$(date +%s%N)
	TIMEFORMAT='%U %S'
	{ time wrk -t2 -c"$c" -d30s --timeout 10s -s "$DIR/recommendations.lua" "$URL" -- "$BODIES" | grep -E "RESULT|ERROR" ; } 2>/tmp/mixed-wrk-time.$$
	busy1=$(machine_busy_ticks); app1=$(pid_ticks "$APP_PID"); t1=$(date +%s%N)
	wrk_ticks=$(awk -v hz="$hz" '{printf "%d", ($1+$2)*hz}' /tmp/mixed-wrk-time.$$); rm -f /tmp/mixed-wrk-time.$$
	secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN{print (b-a)/1e9}')
	app=$(awk -v a="$app0" -v b="$app1" -v s="$secs" -v hz="$hz" 'BEGIN{printf "%.2f",(b-a)/hz/s}')
	echo "CPU app_cores=$app app_share=$(awk -v a="$app" -v n="$cores" 'BEGIN{printf "%.0f%%", 100*a/n}') \
wrk_cores=$(awk -v w="$wrk_ticks" -v s="$secs" -v hz="$hz" 'BEGIN{printf "%.2f",w/hz/s}') \
other_cores=$(other_cores "$busy0" "$busy1" 0 $((app1 - app0 + wrk_ticks)) "$secs")"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
