#!/usr/bin/env bash
# PROFILE the Cypher behind the nested partners query against an application started with
# --coalition.neo4j.embedded.bolt-port=BOLT_PORT:  bench/profile.sh BOLT_PORT [REGION]
# Uses the Neo4j driver and its dependencies from the application jar (extracted once to /tmp/coalition-bench-lib).
set -euo pipefail
DIR=$(cd "$(dirname "$0")" && pwd)
JAR=${JAR:-$DIR/../api/target/api-0.1.0-SNAPSHOT.jar}
LIB=/tmp/coalition-bench-lib
if [ ! -d "$LIB/BOOT-INF/lib" ]; then
	mkdir -p "$LIB" && (cd "$LIB" && unzip -q -o "$JAR" 'BOOT-INF/lib/*')
fi
exec java -cp "$LIB/BOOT-INF/lib/*" "$DIR/Profile.java" "bolt://127.0.0.1:${1:?bolt port}" "${2:-AFRICA}"
