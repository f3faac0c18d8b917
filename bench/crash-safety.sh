#!/usr/bin/env bash
# Crash safety of acknowledged writes with the embedded Neo4j.
#
#   bench/crash-safety.sh [ACKS_BEFORE_KILL] [PORT]
#
# Starts the packaged app (api/target/api-*.jar) on a fresh data directory (demo data, demo accounts), lets
# bench/crash-writer.py send offerResource mutations as partner-1 over loopback, kills the JVM with kill -9 once at
# least ACKS_BEFORE_KILL (default 1000) writes were acknowledged (while the writer keeps sending), restarts on the same
# data directory, and checks that every acknowledged offer is there. Prints counts, the restart-to-ready time and the
# recovery lines of the log. Exits 1 if any acknowledged write is missing.
set -euo pipefail

ACKS=${1:-1000}
PORT=${2:-18095}
TIMEOUT_S=${TIMEOUT_S:-300}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=${JAR:-$(ls "$ROOT"/api/target/api-*.jar | grep -v -e plain -e sources | head -1)}
WORK=$(mktemp -d /tmp/coalition-crash.XXXXXX)
DATA=$WORK/neo4j
ACK_FILE=$WORK/acknowledged.txt
TAG=crash-$(date +%s)
QUERY='{"query":"{ regions { code } }"}'
: >"$ACK_FILE"
echo "work directory $WORK, jar $JAR"

start_app() { # $1: log file
	java -jar "$JAR" --server.port="$PORT" --coalition.neo4j.embedded.data-directory="$DATA" >"$1" 2>&1 &
	APP=$!
}

wait_ready() { # prints ms from now until the first answered query
	local t0 deadline answer
	t0=$(date +%s%N); deadline=$((t0 + TIMEOUT_S * 1000000000))
	while :; do
		kill -0 "$APP" 2>/dev/null || { echo "application exited" >&2; return 1; }
		answer=$(curl -s -m 2 -H 'Content-Type: application/json' -d "$QUERY" "http://127.0.0.1:$PORT/graphql" || true)
		[[ "$answer" == *'"AFRICA"'* ]] && break
		[ "$(date +%s%N)" -gt "$deadline" ] && { echo "not ready within ${TIMEOUT_S}s" >&2; return 1; }
		sleep 0.1
	done
	echo $(( ($(date +%s%N) - t0) / 1000000 ))
}

trap 'kill -9 "$APP" 2>/dev/null || true; kill "$WRITER" 2>/dev/null || true' EXIT

start_launch=$(date +%s%N)
start_app "$WORK/first.log"
first_ready_ms=$(wait_ready)
echo "first start (with demo data generation) ready after ${first_ready_ms} ms"

"$ROOT/bench/crash-writer.py" "$PORT" "$ACK_FILE" "$TAG" >"$WORK/writer.out" 2>"$WORK/writer.err" &
WRITER=$!
write_start=$(date +%s%N)
while [ "$(wc -l <"$ACK_FILE")" -lt "$ACKS" ]; do
	kill -0 "$WRITER" 2>/dev/null || { echo "writer stopped early:"; cat "$WORK/writer.out" "$WORK/writer.err"; exit 1; }
	sleep 0.05
done
kill -9 "$APP"
killed_at=$(date +%s%N)
wait "$APP" 2>/dev/null || true
wait "$WRITER" || true
acked=$(wc -l <"$ACK_FILE")
write_s=$(awk -v a="$write_start" -v b="$killed_at" 'BEGIN{printf "%.1f", (b-a)/1e9}')
echo "kill -9 after $acked acknowledged writes in ${write_s} s; $(cat "$WORK/writer.out")"

start_app "$WORK/restart.log"
recovery_ms=$(wait_ready)
echo "restart on the same data directory ready after ${recovery_ms} ms"

partner=$(curl -s -u partner-1:demo -H 'Content-Type: application/json' -d '{"query":"{ me { partner { id } } }"}' \
	"http://127.0.0.1:$PORT/graphql" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["me"]["partner"]["id"])')
curl -s -H 'Content-Type: application/json' \
	-d "{\"query\":\"{ partner(id: \\\"$partner\\\") { offers { id title } } }\"}" \
	"http://127.0.0.1:$PORT/graphql" >"$WORK/present.json"
status=0
python3 - "$ACK_FILE" "$WORK/present.json" "$TAG" <<'PY' || status=$?
import json, sys
acked = [line.strip() for line in open(sys.argv[1]) if line.strip()]
offers = json.load(open(sys.argv[2]))["data"]["partner"]["offers"]
present = {o["id"] for o in offers if o["title"].startswith(sys.argv[3] + "-")}
lost = [i for i in acked if i not in present]
print(f"RESULT acknowledged={len(acked)} present_after_restart={len(present)} lost={len(lost)} "
      f"committed_but_unacknowledged={len(present - set(acked))}")
sys.exit(1 if lost else 0)
PY
grep -iE "recover|Embedded Neo4j ready|Started CoalitionApplication" "$WORK/restart.log" | sed -E 's/^.*\] //' | head -8 || true
kill "$APP"; wait "$APP" 2>/dev/null || true
echo "LOAD $(uptime)"
exit $status
