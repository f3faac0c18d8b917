#!/usr/bin/env bash
# Latency of the four recommendation queries against an application running on 127.0.0.1, e.g. started with
#   java -jar api/target/api-0.1.0-SNAPSHOT.jar --coalition.demo-data.size=BENCHMARK \
#        --coalition.neo4j.embedded.data-directory=/tmp/reco-bench --server.port=18090
#
#   bench/recommendations.sh [PORT] [QUERIES...]
#
# Writes the bodies (bench/recommendation-bodies.py) to /tmp/reco-bodies, then for each query a 10 s warm-up
# (discarded) and a 30 s measured wrk run: 2 threads, 8 connections, loopback, ids varied round-robin.
set -euo pipefail
PORT=${1:-18090}
shift || true
QUERIES=${*:-recommendPartners recommendedRequests similarPartners suggestedProgrammes}
DIR=$(cd "$(dirname "$0")" && pwd)
BODIES=/tmp/reco-bodies
URL="http://127.0.0.1:$PORT/graphql"
mkdir -p "$BODIES"
[ -s "$BODIES/recommendPartners.bodies" ] || python3 "$DIR/recommendation-bodies.py" "$PORT" "$BODIES"
for query in $QUERIES; do
	echo "== $query ($(wc -l <"$BODIES/$query.bodies") bodies) load: $(cut -d' ' -f1-3 /proc/loadavg)"
	curl -s -m 30 -H 'Content-Type: application/json' -d "$(head -n1 "$BODIES/$query.bodies")" "$URL" | cut -c1-300
	echo
	wrk -t2 -c8 -d10s --timeout 10s -s "$DIR/recommendations.lua" "$URL" -- "$BODIES/$query.bodies" | grep RESULT | sed 's/^/warm-up /'
	wrk -t2 -c8 -d30s --timeout 10s -s "$DIR/recommendations.lua" "$URL" -- "$BODIES/$query.bodies" | grep -E "RESULT|ERROR"
done
