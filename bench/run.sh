#!/usr/bin/env bash
# bench/run.sh — time a complete `gospages run` on a generated national-scale period (issue 6, SPEC 9).
#
# Usage: bench/run.sh [options] [ROWS [FILES]]          (default 1000000 rows in 1000 files)
#
#   ROWS FILES         size of the generated period: ROWS page rows in FILES files (~80 % XLSX, ~20 % CSV)
#   --jar PATH         the jar to build and run (default target/gospages.jar). A jar outside target/ is
#                      built with -DbuildDir=<its folder>, so the bench never clashes with other builds:
#                      bench/run.sh --jar /tmp/build-bench/gospages.jar 100000 100
#   --no-build         run the jar as it is (no mvn)
#   --runs N           repeat the run N times (fresh database and output folder each time; default 1)
#   --jfr              record with Java Flight Recorder (settings=profile, Spring Batch's per-item events
#                      off) and summarise hot spots with bench/jfr_hotspots.py
#   --heap SIZE        -Xmx (default 1g)
#   --jvm-opt OPT      an extra JVM option (repeatable), e.g. --jvm-opt -XX:SharedArchiveFile=app.jsa
#   --app-opt OPT      an extra program option (repeatable), e.g. --app-opt --spring.main.lazy-initialization=true
#   --data DIR         where datasets and runs go (default ${TMPDIR:-/tmp}/gospages-bench)
#   --period YYYY-MM   the period folder name (default 2024-01)
#   --quiet            only the result block
#   --directory WHAT   the organisation directory (SPEC 13) of the run: none (default), default (the repository's
#                      jobs/reference/organizations.csv, a sample that knows none of the generated organisations: every
#                      generated row then gets R-ORG-UNKNOWN, 909,783 problems at national scale) or a file
#   --db-props P       extra HSQLDB properties appended to the database URL, e.g.
#                      --db-props 'hsqldb.cache_size=100000;hsqldb.cache_rows=1000000;hsqldb.log_size=0'
#   --postgres         run on PostgreSQL instead of the embedded HSQLDB: a new database per run (createdb) on
#                      the server of the libpq environment (PGHOST, PGPORT, PGUSER, PGPASSWORD; e.g. under
#                      pg_virtualenv), URL with reWriteBatchedInserts=true; dropped after the run. The server's
#                      own CPU is not in the process CPU figure: see the machine's busy time printed beside it
#   --hang SECONDS     a JVM using no CPU for this long is taken as hung (deadlock): its threads are dumped
#                      into the run folder (threads-at-hang.txt) and it is stopped (default 120)
#
# What it does:
#   1. builds the jar: mvn -q -o package -DskipTests  (plus -DbuildDir=... for a jar outside target/), and
#      keeps a copy of src/main/java beside the jar (PATH.src/) so a profile can show source lines;
#   2. compiles bench/src/ru/gospages/bench/NationalDataset.java (JDK only, never part of the Maven build)
#      and generates the period into DIR/data-ROWSxFILES/PERIOD unless it is already there (deterministic);
#   3. runs, from the repository root (the job profile is read from jobs/):
#        /usr/bin/time -v java -Xmx1g -jar JAR run --input=... --output=RUN/out \
#          --spring.datasource.url='jdbc:hsqldb:file:RUN/db/g;shutdown=true;hsqldb.tx=mvcc;hsqldb.default_table_type=cached' \
#          --logging.level.org.springframework.batch=INFO --logging.level.ru.gospages.job.OutputTasklet=DEBUG --spring.main.log-startup-info=true \
#          --logging.threshold.console=TRACE --logging.file.name=RUN/gospages.log
#      (log lines reach the terminal only when asked for: the console threshold brings them back to the
#      process output the bench reads, and the log file goes into the run folder, not the repository's logs/);
#      (the URL keeps the properties of the default one: cached tables, MVCC);
#   4. prints wall time, CPU time (user+sys), peak RSS, rows per second, start-up (first log line, Spring
#      context), each step's time from Spring Batch's "Step: [x] executed in ..." lines, the intake
#      partitions (count, sum, max), the run's own summary, and the machine load (uptime).
#      With --jfr, also the hot spots (see bench/jfr_hotspots.py).
#   Each run keeps its log, time, JFR recording and output in DIR/run-ROWSxFILES-<time>-<n>/.
#   A failed run prints the step that failed and the exception lines of the log.
#
# Examples:
#   bench/run.sh 100000 100
#   bench/run.sh --jar /tmp/build-bench/gospages.jar --runs 2 1000000 1000
#   bench/run.sh --no-build --jar /tmp/build-bench/gospages.jar --jfr 1000000 1000
#   bench/startup.sh       # Yugra scale (2,000 rows, 40 files): start-up, lazy initialisation, AppCDS
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/target/gospages.jar"
BUILD=1
RUNS=1
JFR=0
HEAP=1g
DATA="${TMPDIR:-/tmp}/gospages-bench"
PERIOD=2024-01
QUIET=0
HANG=120
DB_PROPS=""
POSTGRES=0
DIRECTORY=none
JVM_OPTS=()
APP_OPTS=()
POS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) JAR="$2"; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --runs) RUNS="$2"; shift 2 ;;
    --jfr) JFR=1; shift ;;
    --heap) HEAP="$2"; shift 2 ;;
    --jvm-opt) JVM_OPTS+=("$2"); shift 2 ;;
    --app-opt) APP_OPTS+=("$2"); shift 2 ;;
    --data) DATA="$2"; shift 2 ;;
    --period) PERIOD="$2"; shift 2 ;;
    --quiet) QUIET=1; shift ;;
    --hang) HANG="$2"; shift 2 ;;
    --db-props) DB_PROPS="$2"; shift 2 ;;
    --postgres) POSTGRES=1; shift ;;
    --directory) DIRECTORY="$2"; shift 2 ;;
    -h|--help) sed -n '2,50p' "$0"; exit 0 ;;
    --*) echo "unknown option $1" >&2; exit 2 ;;
    *) POS+=("$1"); shift ;;
  esac
done
DIR_OPTS=()
[ "$DIRECTORY" != default ] && DIR_OPTS=("--gospages.directory=$DIRECTORY")
ROWS="${POS[0]:-1000000}"
FILES="${POS[1]:-1000}"
case "$JAR" in /*) ;; *) JAR="$PWD/$JAR" ;; esac
mkdir -p "$DATA"
DATA="$(cd "$DATA" && pwd)"
say() { [ "$QUIET" = 1 ] || echo "$@"; }

# ---------------------------------------------------------------- tools
if [ ! -x /usr/bin/time ]; then
  say "installing GNU time (apt-get install time)"
  (apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq time >/dev/null; })
fi
command -v java >/dev/null || { echo "java not found" >&2; exit 1; }

# ---------------------------------------------------------------- 1. build
if [ "$BUILD" = 1 ]; then
  BUILD_DIR="$(dirname "$JAR")"
  say "building $JAR"
  if [ "$BUILD_DIR" = "$ROOT/target" ]; then
    (cd "$ROOT" && mvn -q -o package -DskipTests)
  else
    (cd "$ROOT" && mvn -q -o -DbuildDir="$BUILD_DIR" package -DskipTests)
  fi
  rm -rf "$JAR.src" && cp -r "$ROOT/src/main/java" "$JAR.src"
  (cd "$ROOT" && echo "$(git rev-parse --short HEAD 2>/dev/null)$(git diff --quiet HEAD -- src 2>/dev/null || echo '+uncommitted changes in src')") > "$JAR.rev" || true
fi
[ -f "$JAR" ] || { echo "no jar at $JAR (build it or drop --no-build)" >&2; exit 1; }

# ---------------------------------------------------------------- 2. dataset
GEN_CLASSES="$DATA/gen-classes"
GEN_SRC="$ROOT/bench/src/ru/gospages/bench/NationalDataset.java"
GEN_CLASS="$GEN_CLASSES/ru/gospages/bench/NationalDataset.class"
if [ ! -f "$GEN_CLASS" ] || [ "$GEN_SRC" -nt "$GEN_CLASS" ]; then
  mkdir -p "$GEN_CLASSES"
  javac -d "$GEN_CLASSES" "$GEN_SRC"
fi
SET="$DATA/data-${ROWS}x${FILES}"
INPUT="$SET/$PERIOD"
if [ ! -f "$SET/manifest.txt" ] || [ "$GEN_CLASS" -nt "$SET/manifest.txt" ]; then
  say "generating $ROWS rows in $FILES files into $INPUT"
  rm -rf "$SET"
  mkdir -p "$SET"
  java -Xmx512m -cp "$GEN_CLASSES" ru.gospages.bench.NationalDataset --rows="$ROWS" --files="$FILES" \
       --out="$INPUT" --reference="$ROOT/jobs/reference/municipalities.csv" > "$SET/manifest.tmp"
  mv "$SET/manifest.tmp" "$SET/manifest.txt"
fi
[ "$QUIET" = 1 ] || sed 's/^/  /' "$SET/manifest.txt"

# ---------------------------------------------------------------- 3. run
secs() { # Spring Batch durations such as 1m2s345ms, 12s5ms, 89ms, 1h0m2s0ms → seconds
  awk -v d="$1" 'BEGIN { t = 0; s = d;
    while (match(s, /^[0-9]+(ms|h|m|s)/)) { tok = substr(s, 1, RLENGTH); s = substr(s, RLENGTH + 1);
      n = tok + 0; u = tok; sub(/^[0-9]+/, "", u);
      t += (u == "ms" ? n / 1000 : u == "s" ? n : u == "m" ? n * 60 : n * 3600) }
    printf "%.3f", t }'
}

stamp() { # prefixes each line with seconds since $1 (bash 5 EPOCHREALTIME; pure bash, no process per line)
  local t0="${1//[.,]/}" line now d
  while IFS= read -r line; do
    now="${EPOCHREALTIME//[.,]/}"
    d=$((10#$now - 10#$t0))
    printf '%d.%03d %s\n' $((d / 1000000)) $((d % 1000000 / 1000)) "$line"
  done
}

# A JVM that uses (almost) no CPU for HANG seconds is stuck (a deadlock): its threads are dumped into
# RUN/threads-at-hang.txt (and the flight recording, if any, into RUN/recording-at-hang.jfr), then it is stopped.
watchdog() {
  local run="$1" pipe="$2" jpid="" p idle=0 last=-1 now
  while kill -0 "$pipe" 2>/dev/null; do
    sleep 5
    if [ -z "$jpid" ]; then
      for p in $(pgrep -f -- "--output=$run/out" || true); do
        [ "$(cat "/proc/$p/comm" 2>/dev/null)" = java ] && jpid="$p"
      done
      continue
    fi
    now="$(awk '{ print $14 + $15 }' "/proc/$jpid/stat" 2>/dev/null || echo -1)"
    [ "$now" = -1 ] && break
    if [ "$last" -ge 0 ] && [ $((now - last)) -lt $((HZ / 10)) ]; then idle=$((idle + 5)); else idle=0; fi
    last="$now"
    if [ "$idle" -ge "$HANG" ]; then
      echo "$(date +%T) no CPU for ${HANG}s: dumping threads and stopping the JVM" >> "$run/hang.txt"
      timeout 60 jcmd "$jpid" Thread.print > "$run/threads-at-hang.txt" 2>&1 || true
      [ "$JFR" = 1 ] && timeout 60 jcmd "$jpid" JFR.dump name=1 "filename=$run/recording-at-hang.jfr" >/dev/null 2>&1 || true
      kill "$jpid" 2>/dev/null; kill -CONT "$jpid" 2>/dev/null || true
      # a deadlocked JVM may not exit on TERM either (its shutdown hook waits on the same locks)
      for _ in $(seq 1 30); do kill -0 "$jpid" 2>/dev/null || break; sleep 1; done
      if kill -0 "$jpid" 2>/dev/null; then
        echo "$(date +%T) still alive 30 s after TERM: KILL" >> "$run/hang.txt"
        kill -9 "$jpid" 2>/dev/null || true
      fi
      break
    fi
  done
}

busy_jiffies() { # CPU time used by everything on the machine so far (user+nice+system+irq+softirq+steal)
  awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat
}
HZ="$(getconf CLK_TCK)"

JFC=""
if [ "$JFR" = 1 ]; then
  JFC="$DATA/profile-no-item-events.jfc"
  JAVA_BIN="$(readlink -f "$(command -v java)")"
  JAVA_HOME_DIR="${JAVA_HOME:-$(dirname "$(dirname "$JAVA_BIN")")}"
  # Spring Batch 6 emits a JFR event per item read and processed: 2 million events at this scale, which
  # would swamp the recording. Keep JDK "profile" settings, switch those two off.
  sed 's#</configuration>#  <event name="org.springframework.batch.core.observability.jfr.events.step.chunk.ItemReadEvent"><setting name="enabled">false</setting></event>\n  <event name="org.springframework.batch.core.observability.jfr.events.step.chunk.ItemProcessEvent"><setting name="enabled">false</setting></event>\n</configuration>#' \
      "$JAVA_HOME_DIR/lib/jfr/profile.jfc" > "$JFC"
fi

for n in $(seq 1 "$RUNS"); do
  RUN="$DATA/run-${ROWS}x${FILES}-$(date +%Y%m%d-%H%M%S)-$n"
  mkdir -p "$RUN"
  JOPTS=("-Xmx$HEAP")
  [ "$JFR" = 1 ] && JOPTS+=("-XX:StartFlightRecording=filename=$RUN/recording.jfr,settings=$JFC")
  JOPTS+=(${JVM_OPTS[@]+"${JVM_OPTS[@]}"})
  if [ "$POSTGRES" = 1 ]; then
    PGDB="gp_bench_$(date +%Y%m%d%H%M%S)_$n"
    createdb "$PGDB"
    DBOPTS=("--spring.datasource.url=jdbc:postgresql://${PGHOST:-localhost}:${PGPORT:-5432}/$PGDB?reWriteBatchedInserts=true"
            "--spring.datasource.username=${PGUSER:-$USER}" "--spring.datasource.password=${PGPASSWORD:-}")
  else
    DBOPTS=("--spring.datasource.url=jdbc:hsqldb:file:$RUN/db/g;shutdown=true;hsqldb.tx=mvcc;hsqldb.default_table_type=cached${DB_PROPS:+;$DB_PROPS}")
  fi
  AOPTS=(run "--input=$INPUT" "--output=$RUN/out" "${DBOPTS[@]}"
         --logging.level.org.springframework.batch=INFO --logging.level.ru.gospages.job.OutputTasklet=DEBUG --spring.main.log-startup-info=true
         --logging.threshold.console=TRACE "--logging.file.name=$RUN/gospages.log"
         ${DIR_OPTS[@]+"${DIR_OPTS[@]}"}
         ${APP_OPTS[@]+"${APP_OPTS[@]}"})
  LOAD_BEFORE="$(uptime | sed 's/.*load average: //')"
  BUSY_BEFORE="$(busy_jiffies)"
  say ""
  say "run $n/$RUNS: $RUN"
  say "  java ${JOPTS[*]} -jar $JAR ${AOPTS[*]}"
  T0="$EPOCHREALTIME"
  set +e
  (cd "$ROOT" && exec /usr/bin/time -v -o "$RUN/time.txt" java "${JOPTS[@]}" -jar "$JAR" "${AOPTS[@]}" 2>&1) | stamp "$T0" > "$RUN/log.txt" &
  PIPE=$!
  watchdog "$RUN" "$PIPE"
  wait "$PIPE"
  set -e
  STATUS=0
  LOAD_AFTER="$(uptime | sed 's/.*load average: //')"
  BUSY_AFTER="$(busy_jiffies)"

  # ---------------------------------------------------------------- 4. report
  field() { { grep -F "$1" "$RUN/time.txt" || true; } | head -1 | sed "s/.*: //"; }
  WALL_RAW="$(field 'Elapsed (wall clock)')"
  WALL="$(awk -v w="$WALL_RAW" 'BEGIN { n = split(w, p, ":"); t = 0; for (i = 1; i <= n; i++) t = t * 60 + p[i]; printf "%.2f", t }')"
  USER="$(field 'User time')"
  SYS="$(field 'System time')"
  RSS_KB="$(field 'Maximum resident set size')"
  EXIT="$(field 'Exit status')"
  SIGNAL="$({ grep -o 'terminated by signal [0-9]*' "$RUN/time.txt" || true; } | awk '{ print $NF }')"
  [ -n "$SIGNAL" ] && EXIT="signal-$SIGNAL"
  CPU="$(awk -v u="$USER" -v s="$SYS" 'BEGIN { printf "%.2f", u + s }')"
  RPS="$(awk -v r="$ROWS" -v w="$WALL" 'BEGIN { printf "%.0f", (w > 0 ? r / w : 0) }')"
  FIRST="$(head -1 "$RUN/log.txt" | cut -d' ' -f1)"
  STARTED_LINE="$(grep -m1 'Started GospagesApplication' "$RUN/log.txt" || true)"
  CTX="$(sed -n 's/.*Started GospagesApplication in \([0-9.]*\) seconds.*/\1/p' <<<"$STARTED_LINE")"
  UPTIME_AT_START="$(sed -n 's/.*process running for \([0-9.]*\)).*/\1/p' <<<"$STARTED_LINE")"
  STARTED_AT="$(cut -d' ' -f1 <<<"$STARTED_LINE")"
  JOB_LINE="$(grep -m1 'Job: \[SimpleJob: \[name=monthlyRun\]\] completed' "$RUN/log.txt" || true)"
  JOB="$(secs "$(sed -n 's/.* in \([0-9hms]*\)$/\1/p' <<<"$JOB_LINE")")"
  JOB_END="$(cut -d' ' -f1 <<<"$JOB_LINE")"

  echo ""
  echo "RESULT rows=$ROWS files=$FILES run=$n exit=$EXIT wall=${WALL}s cpu=${CPU}s (user ${USER} + sys ${SYS}) peakRSS=$((RSS_KB / 1024))MB rows/s=$RPS"
  printf '  %-34s %s\n' "jar" "$JAR ($(cat "$JAR.rev" 2>/dev/null || echo '?'))"
  printf '  %-34s %s\n' "load average before / after" "$LOAD_BEFORE / $LOAD_AFTER (nproc $(nproc))"
  printf '  %-34s %s s of CPU (the machine was busy for %s CPU-s during the run; %s available)\n' "other processes during the run" \
    "$(awk -v a="$BUSY_BEFORE" -v b="$BUSY_AFTER" -v hz="$HZ" -v c="$CPU" 'BEGIN { o = (b - a) / hz - c; printf "%.1f", (o < 0 ? 0 : o) }')" \
    "$(awk -v a="$BUSY_BEFORE" -v b="$BUSY_AFTER" -v hz="$HZ" 'BEGIN { printf "%.1f", (b - a) / hz }')" \
    "$(awk -v w="$WALL" -v n="$(nproc)" 'BEGIN { printf "%.1f", w * n }')"
  printf '  %-34s %s s\n' "first log line after launch" "${FIRST:-?}"
  printf '  %-34s %s s (JVM up %s s; line at %s s)\n' "Spring context started in" "${CTX:-?}" "${UPTIME_AT_START:-?}" "${STARTED_AT:-?}"
  printf '  %-34s %s s (ended at %s s; JVM exit %s s later)\n' "job" "${JOB:-?}" "${JOB_END:-?}" \
         "$(awk -v w="$WALL" -v e="${JOB_END:-0}" 'BEGIN { printf "%.2f", w - e }')"
  echo "  steps:"
  for step in prepare intake merge carryOver outputs complete; do
    d="$(grep -m1 "Step: \[$step\] executed in" "$RUN/log.txt" | sed 's/.*executed in //' || true)"
    printf '    %-12s %8s s   %s\n' "$step" "$( [ -n "$d" ] && secs "$d" || echo '-')" "${d:-not run}"
  done
  { grep -o 'Step: \[intakeFile:files*[0-9-]*\] executed in [0-9hms]*' "$RUN/log.txt" || true; } | sed 's/.*executed in //' |
    while read -r d; do secs "$d"; echo; done |
    awk 'NF { n++; s += $1; if ($1 > m) m = $1 } END { if (n) printf "    intake partitions: %d, sum %.1f s, mean %.3f s, max %.2f s (sum/intake = average parallelism)\n", n, s, s / n, m }'
  echo "  the run's summary:"
  { grep -E 'обработан за|Файлы:|Строки со страницами|В реестре|Изменения с прошлого' "$RUN/log.txt" || echo ' (none)'; } | cut -d' ' -f2- | sed 's/^/    /'
  echo "  database $(du -sh "$RUN/db" 2>/dev/null | cut -f1), output $(du -sh "$RUN/out" 2>/dev/null | cut -f1):"
  if [ -d "$RUN/out" ]; then
    (cd "$RUN/out" && find . -type f -printf '%s %p\n' | sort -k2 | awk '{ printf "    %10.1f MB  %s\n", $1 / 1e6, $2 }')
  fi
  if [ -f "$RUN/hang.txt" ]; then
    echo "  HUNG: $(cat "$RUN/hang.txt"). Threads waiting in $RUN/threads-at-hang.txt:"
    awk '/^"/ { name = $1 } /^\tat (org\.hsqldb|org\.springframework\.batch|ru\.gospages)/ && name ~ /intake|main/ && !seen[name]++ { print "    " name " " $0 }' \
        "$RUN/threads-at-hang.txt" | head -10
  fi
  if [ "$STATUS" != 0 ] || [ "$EXIT" != 0 ]; then
    echo "  FAILED (exit $EXIT). Failing step and exception lines of $RUN/log.txt:"
    { grep -E 'status: \[FAILED\]|Encountered an error|Exception|Error|Caused by|^[0-9.]+ \s+at ru\.gospages' "$RUN/log.txt" || true; } | head -40 | sed 's/^/    /'
    echo "  last lines:"
    tail -15 "$RUN/log.txt" | sed 's/^/    /'
  fi
  if [ "$JFR" = 1 ] && [ -f "$RUN/recording.jfr" ]; then
    SRC_OPT=()
    [ -d "$JAR.src" ] && SRC_OPT=(--src "$JAR.src")
    python3 "$ROOT/bench/jfr_hotspots.py" "$RUN/recording.jfr" ${SRC_OPT[@]+"${SRC_OPT[@]}"} > "$RUN/hotspots.txt" 2>&1 || true
    jfr summary "$RUN/recording.jfr" > "$RUN/jfr-summary.txt" 2>&1 || true
    echo "  JFR: $RUN/recording.jfr; hot spots in $RUN/hotspots.txt (first lines below)"
    sed -n '1,40p' "$RUN/hotspots.txt" | sed 's/^/    /'
  fi
  echo "  files: $RUN/{log.txt,time.txt}"
  if [ "$POSTGRES" = 1 ]; then
    echo "  PostgreSQL database $PGDB: $(psql -XAtq -d "$PGDB" -c "SELECT pg_size_pretty(pg_database_size(current_database()))") (dropped)"
    dropdb "$PGDB" || true
  fi
done
