#!/usr/bin/env bash
# bench/serve.sh — SPEC 10.5: a 5,000-row workbook checked through the API of a running `serve`
# (warm, one after another), then 20 concurrent clients for a minute, under -Xmx1g; prints the
# latencies (median, p95) and the heap after a full GC before and after the load (jcmd GC.heap_info).
#
# Usage: bench/serve.sh [--no-build] [ROWS=5000] [CLIENTS=20] [SECONDS=60]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
BUILD=1
if [ "${1:-}" = "--no-build" ]; then BUILD=0; shift; fi
ROWS=${1:-5000}; CLIENTS=${2:-20}; SECONDS_=${3:-60}
DATA="${TMPDIR:-/tmp}/gospages-bench-serve"
PORT=18181
JAR="$ROOT/target/gospages.jar"
[ "$BUILD" = 1 ] && mvn -q -o -B package -DskipTests

rm -rf "$DATA"; mkdir -p "$DATA/classes"
javac -d "$DATA/classes" bench/src/ru/gospages/bench/NationalDataset.java bench/src/ru/gospages/bench/ApiLoad.java
# one file of ROWS rows; the generator writes XLSX for most files, so try seeds until it is a workbook
for seed in 1 2 3 4 5 6 7 8 9 10; do
  rm -rf "$DATA/set"
  java -Xmx512m -cp "$DATA/classes" ru.gospages.bench.NationalDataset --rows="$ROWS" --files=1 --seed=$seed \
       --out="$DATA/set" --reference="$ROOT/jobs/reference/municipalities.csv" > /dev/null
  FILE=$(find "$DATA/set" -name '*.xlsx' | head -n 1)
  [ -n "$FILE" ] && break
done
echo "workbook: $FILE ($(stat -c %s "$FILE") bytes, $ROWS rows)"

DB="--spring.datasource.url=jdbc:hsqldb:file:$DATA/db/gospages;shutdown=true;hsqldb.tx=mvcc;hsqldb.default_table_type=cached"
STAGING="--gospages.web.staging=$DATA/uploads"
echo 'bench-password' | java -jar "$JAR" user add bench --role=operator "$DB" > /dev/null
TOKEN=$(java -jar "$JAR" user token bench "$DB" | tail -n 1)

java -Xmx1g -jar "$JAR" serve --port=$PORT "$DB" "$STAGING" > "$DATA/serve.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for i in $(seq 1 60); do
  curl -s -o /dev/null "http://127.0.0.1:$PORT/login" && break
  sleep 1
done

heap() { jcmd "$PID" GC.run > /dev/null; sleep 1; jcmd "$PID" GC.heap_info | grep -iE 'used|total' | head -n 2 | sed 's/^/    /'; }
java -cp "$DATA/classes" ru.gospages.bench.ApiLoad "http://127.0.0.1:$PORT" "$TOKEN" "$FILE" 10 0 0
echo "heap after the warm checks (after a full GC):"; heap
java -cp "$DATA/classes" ru.gospages.bench.ApiLoad "http://127.0.0.1:$PORT" "$TOKEN" "$FILE" 1 "$CLIENTS" "$SECONDS_" | grep '^load'
echo "heap after the load (after a full GC):"; heap
echo "serve RSS: $(ps -o rss= -p $PID) KB"
