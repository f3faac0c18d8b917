#!/usr/bin/env bash
# Class-data sharing (AppCDS) for the packaged application: the JVM maps the classes of a training run from an
# archive instead of loading and verifying them from 290 jars at every start.
#
#   bench/cds.sh [OUT_DIR]      # default /tmp/coalition-cds; then, as printed at the end:
#   JAR=OUT_DIR/api-0.1.0-SNAPSHOT.jar JAVA_OPTS=-XX:SharedArchiveFile=OUT_DIR/app.jsa bench/cold-start.sh existing ...
#
# Extracts the jar with Spring Boot's tools jar mode (CDS needs plain jars on the class path, not nested ones), then
# runs the application once on a scratch data directory, so that the training run starts the embedded Neo4j, migrates
# and loads data like a first start, until it has answered `{ partners(first: 1) { totalCount } }` on TRAIN_PORT
# (default 18189), and stops it: the JVM writes the archive when it exits. (Stopping at the end of the context refresh,
# -Dspring.context.exit=onRefresh, would miss the classes of a request.) The archive is only valid for the same JDK and
# the same extracted jars.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=${JAR:-$ROOT/api/target/api-0.1.0-SNAPSHOT.jar}
OUT=${1:-/tmp/coalition-cds}
rm -rf "$OUT" "$OUT-training-data"
java -Djarmode=tools -jar "$JAR" extract --destination "$OUT"
APP="$OUT/$(basename "$JAR")"
PORT=${TRAIN_PORT:-18189}
java -Xlog:cds=off -XX:ArchiveClassesAtExit="$OUT/app.jsa" -jar "$APP" \
	--server.port="$PORT" --coalition.neo4j.embedded.data-directory="$OUT-training-data" >"$OUT/training.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 1200); do
	answer=$(curl -s -m 5 -H 'Content-Type: application/json' -d '{"query":"{ partners(first: 1) { totalCount } }"}' \
		"http://127.0.0.1:$PORT/graphql" || true)
	if [[ "$answer" == *'"totalCount"'* ]]; then
		break
	fi
	kill -0 "$pid" 2>/dev/null || { echo "training run exited; see $OUT/training.log" >&2; exit 1; }
	sleep 0.5
done
kill -TERM "$pid"
wait "$pid" || true
trap - EXIT
rm -rf "$OUT-training-data"
echo "archive: $(du -h "$OUT/app.jsa" | cut -f1)"
echo "JAR=$APP JAVA_OPTS=-XX:SharedArchiveFile=$OUT/app.jsa"
