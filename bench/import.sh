#!/usr/bin/env bash
# The ILOSTAT import from the packaged jar's command line, in a JVM whose heap is capped (256 MB by default), on a new
# embedded database each time: generated bulk files of the sizes given (gzip), each imported twice (the second import
# writes nothing). Prints the wall time, the importer's own log lines (rows read and kept, time to write) and the heap
# in use after each collection from the GC log (its maximum is what the import needs live).
#
#   bench/import.sh [ROWS...]       # default: 250000 1000000 4000000; HEAP=256m, JAR= override
# Needs the jar (mvn -DskipTests package) and graph-model's test classes (the generator, mvn -pl graph-model
# test-compile).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=${JAR:-$ROOT/api/target/api-0.1.0-SNAPSHOT.jar}
HEAP=${HEAP:-256m}
WORK=$(mktemp -d /tmp/import-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(250000 1000000 4000000)
for rows in "${sizes[@]}"; do
  file=$WORK/SDG_bulk_$rows.csv.gz
  java -cp "$ROOT/graph-model/target/classes:$ROOT/graph-model/target/test-classes" \
    org.ilo.coalition.graph.ilostat.IlostatBulkFileGenerator "$file" "$rows" 7 > /dev/null
  data=$WORK/db-$rows
  for pass in first again; do
    log=$WORK/gc-$rows-$pass.log
    start=$(date +%s.%N)
    java -Xmx$HEAP -Xlog:gc:file=$log -jar "$JAR" import-ilostat "$file" \
      --coalition.neo4j.embedded.data-directory="$data" --coalition.neo4j.embedded.page-cache=64MB \
      > "$WORK/out-$rows-$pass.txt" 2>&1 || { echo "import failed:"; tail -30 "$WORK/out-$rows-$pass.txt"; exit 1; }
    end=$(date +%s.%N)
    live=$(grep -oE '[0-9]+M->[0-9]+M' "$log" | sed -E 's/.*->([0-9]+)M/\1/' | sort -n | tail -1)
    echo "== $rows rows, $pass import: $(printf '%.1f' "$(echo "$end - $start" | bc)") s wall (JVM start, graph start-up and import), heap cap $HEAP, max heap after a collection ${live} MB"
    grep -hoE 'Read .* in [0-9]+ ms|written in [0-9]+ ms.*' "$WORK/out-$rows-$pass.txt" | sed 's/^/   /'
    grep -E 'rows read|COMPLETED|REFUSED' "$WORK/out-$rows-$pass.txt" | sed 's/^/   /'
  done
done
