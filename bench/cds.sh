#!/usr/bin/env bash
# Class-data sharing (AppCDS) for the packaged application: the JVM maps the classes of a training run from an
# archive instead of loading and verifying them from 290 jars at every start.
#
#   bench/cds.sh [OUT_DIR]      # default /tmp/coalition-cds; then, as printed at the end:
#   JAR=OUT_DIR/api-0.1.0-SNAPSHOT.jar JAVA_OPTS=-XX:SharedArchiveFile=OUT_DIR/app.jsa bench/cold-start.sh existing ...
#
# Extracts the jar with Spring Boot's tools jar mode (CDS needs plain jars on the class path, not nested ones), then
# runs the application once until its context has refreshed (-Dspring.context.exit=onRefresh), on a scratch data
# directory so that the training run starts the embedded Neo4j, migrates and loads data like a first start, and
# writes the archive when it exits. The archive is only valid for the same JDK and the same extracted jars.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=${JAR:-$ROOT/api/target/api-0.1.0-SNAPSHOT.jar}
OUT=${1:-/tmp/coalition-cds}
rm -rf "$OUT" "$OUT-training-data"
java -Djarmode=tools -jar "$JAR" extract --destination "$OUT"
APP="$OUT/$(basename "$JAR")"
java -Xlog:cds=off -XX:ArchiveClassesAtExit="$OUT/app.jsa" -Dspring.context.exit=onRefresh -jar "$APP" \
	--server.port=0 --coalition.neo4j.embedded.data-directory="$OUT-training-data" >"$OUT/training.log" 2>&1
rm -rf "$OUT-training-data"
echo "archive: $(du -h "$OUT/app.jsa" | cut -f1)"
echo "JAR=$APP JAVA_OPTS=-XX:SharedArchiveFile=$OUT/app.jsa"
