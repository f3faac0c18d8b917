#!/usr/bin/env bash
# Cold start to first answered GraphQL query, embedded Neo4j.
#
#   bench/cold-start.sh empty    DATA_DIR [PORT] [SIZE]   # wipes DATA_DIR first: includes demo-data generation
#   bench/cold-start.sh existing DATA_DIR [PORT] [SIZE]   # restarts on DATA_DIR as left by a previous run
#
# Measures wall-clock from launching the java process until the first successful answer (HTTP 200, data, no
# errors) to `{ partners(first: 1) { totalCount } }`, polling every 100 ms on 127.0.0.1, then stops the process.
# Prints one RESULT line plus the start-up timings that the application logs. Bounded by TIMEOUT_S (default 300).
# JAR and JAVA_OPTS override the jar and add JVM options (bench/cds.sh prints both for a class-data sharing run).
set -euo pipefail

MODE=${1:?empty|existing}
DATA_DIR=${2:?data directory}
PORT=${3:-18080}
SIZE=${4:-DEMO}
TIMEOUT_S=${TIMEOUT_S:-300}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/bench/lib.sh"
JAR=${JAR:-$ROOT/api/target/api-0.1.0-SNAPSHOT.jar}
LOG=${LOG:-/tmp/coalition-cold-start-$MODE-$PORT.log}
QUERY='{"query":"{ partners(first: 1) { totalCount } }"}'

case "$MODE" in
	empty) rm -rf "$DATA_DIR" ;;
	existing) [ -d "$DATA_DIR" ] || { echo "no $DATA_DIR: run 'empty' first" >&2; exit 2; } ;;
	*) echo "mode must be empty or existing" >&2; exit 2 ;;
esac

busy0=$(machine_busy_ticks)
start_ns=$(date +%s%N)
# shellcheck disable=SC2086 # JAVA_OPTS holds several options on purpose
java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --coalition.neo4j.embedded.data-directory="$DATA_DIR" \
	--coalition.demo-data.size="$SIZE" >"$LOG" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT

answer=""
deadline=$((start_ns + TIMEOUT_S * 1000000000))
while :; do
	if ! kill -0 "$pid" 2>/dev/null; then
		echo "application exited; see $LOG" >&2
		exit 1
	fi
	answer=$(curl -s -m 2 -H 'Content-Type: application/json' -d "$QUERY" "http://127.0.0.1:$PORT/graphql" || true)
	if [[ "$answer" == *'"totalCount"'* && "$answer" != *'"errors"'* ]]; then
		break
	fi
	if [ "$(date +%s%N)" -gt "$deadline" ]; then
		echo "no answer within ${TIMEOUT_S}s; see $LOG" >&2
		exit 1
	fi
	sleep 0.1
done
end_ns=$(date +%s%N)
busy1=$(machine_busy_ticks)
own=$(pid_ticks "$pid")
secs=$(awk -v a="$start_ns" -v b="$end_ns" 'BEGIN{print (b-a)/1e9}')
# The curl polls are counted as "other" too; they are a few ms each.
others=$(other_cores "$busy0" "$busy1" 0 "$own" "$secs")
app=$(awk -v o="$own" -v s="$secs" -v hz="$(getconf CLK_TCK)" 'BEGIN{printf "%.2f", o/hz/s}')

echo "RESULT mode=$MODE size=$SIZE first_answer_ms=$(((end_ns - start_ns) / 1000000)) app_cores=$app other_cores=$others answer=$answer"
grep -E 'Embedded Neo4j ready|Demo data generated|Generated demo data|Graph ready|Started CoalitionApplication' "$LOG" \
	| sed -E 's/^.*(Embedded Neo4j ready|Demo data generated|Generated demo data|Graph ready|Started CoalitionApplication)/  \1/' || true
echo "LOAD $(uptime)"
