#!/usr/bin/env bash
# bench/startup.sh — Yugra scale: what a whole `run` costs including JVM start, and what start-up
# options buy (Spring Boot lazy initialisation, an extracted jar, AppCDS, C1 only).
#
# Usage: bench/startup.sh [--jar PATH] [--no-build] [--runs N] [--data DIR] [ROWS [FILES]]
#        (default 2000 rows in 40 files, 3 runs per variant, jar target/gospages.jar)
#
# Variants (each run N times with bench/run.sh, round robin, a fresh database each time; min and median reported):
#   fat jar                      java -Xmx1g -jar gospages.jar run ...
#   fat jar + lazy init          ... --spring.main.lazy-initialization=true
#   fat jar + AppCDS             -XX:SharedArchiveFile=fat.jsa (made by a training run with -XX:ArchiveClassesAtExit);
#                                CDS cannot archive classes loaded from the fat jar's nested jars, so expect little
#   extracted jar                java -Djarmode=tools -jar gospages.jar extract --destination DIR; java -jar DIR/gospages.jar
#   extracted + AppCDS           the same with a dynamic archive of the extracted jar (all application classes)
#   extracted + AppCDS + lazy    both
#   extracted + AppCDS + lazy + C1   and -XX:TieredStopAtLevel=1 (no C2: quicker warm-up, slower peak)
# and the floor: `java -jar gospages.jar help` (JVM + Boot launcher, no Spring context).
#
# Columns: wall = /usr/bin/time wall of the whole process; first line = first output line after launch;
# context = Spring's "Started ... in X s", JVM up = "process running for Y s" at that moment;
# job = the Spring Batch job (prepare … complete); cpu = user + sys.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/target/gospages.jar"
BUILD_OPT=()
RUNS=3
DATA="${TMPDIR:-/tmp}/gospages-bench"
POS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) JAR="$2"; shift 2 ;;
    --no-build) BUILD_OPT=(--no-build); shift ;;
    --runs) RUNS="$2"; shift 2 ;;
    --data) DATA="$2"; shift 2 ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    --*) echo "unknown option $1" >&2; exit 2 ;;
    *) POS+=("$1"); shift ;;
  esac
done
ROWS="${POS[0]:-2000}"
FILES="${POS[1]:-40}"
case "$JAR" in /*) ;; *) JAR="$PWD/$JAR" ;; esac
RUN_SH="$ROOT/bench/run.sh"
COMMON=(--data "$DATA" --quiet)

# build (unless --no-build) and generate the dataset, no run
"$RUN_SH" --jar "$JAR" ${BUILD_OPT[@]+"${BUILD_OPT[@]}"} "${COMMON[@]}" --runs 0 "$ROWS" "$FILES" >/dev/null

X="$DATA/startup"
rm -rf "$X" && mkdir -p "$X"
echo "extracting the jar (jarmode tools) into $X/extracted"
java -Djarmode=tools -jar "$JAR" extract --destination "$X/extracted" >/dev/null
XJAR="$X/extracted/$(basename "$JAR")"
cp "$JAR.rev" "$XJAR.rev" 2>/dev/null || true

echo "training runs for the AppCDS archives (-XX:ArchiveClassesAtExit)"
"$RUN_SH" --no-build --jar "$JAR" "${COMMON[@]}" --jvm-opt "-XX:ArchiveClassesAtExit=$X/fat.jsa" "$ROWS" "$FILES" > "$X/train-fat.txt" 2>&1
"$RUN_SH" --no-build --jar "$XJAR" "${COMMON[@]}" --jvm-opt "-XX:ArchiveClassesAtExit=$X/extracted.jsa" "$ROWS" "$FILES" > "$X/train-extracted.txt" 2>&1
ls -la "$X"/*.jsa | awk '{ printf "  %s %.0f MB\n", $NF, $5 / 1e6 }'

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
minimum() { sort -n | head -1; }

printf '\nfloor: java -jar %s help (JVM + launcher, no Spring context), %d runs\n' "$(basename "$JAR")" "$RUNS"
for variant in fat extracted; do
  j="$JAR"; [ $variant = extracted ] && j="$XJAR"
  for i in $(seq 1 "$RUNS"); do
    /usr/bin/time -f '%e %U %S' -o "$X/help.time" java -Xmx1g -jar "$j" help >/dev/null 2>&1 || true
    cat "$X/help.time"
  done > "$X/help-$variant.txt"
  printf '  %-10s wall min %s s, median %s s\n' "$variant" "$(cut -d' ' -f1 "$X/help-$variant.txt" | minimum)" \
         "$(cut -d' ' -f1 "$X/help-$variant.txt" | median)"
done

VARIANTS=("fat jar" "fat jar + lazy init" "fat jar + AppCDS" "extracted jar" "extracted + AppCDS"
          "extracted + AppCDS + lazy" "extracted + AppCDS + lazy + C1")
variant_args() { # the run.sh arguments of a variant
  case "$1" in
    "fat jar") echo "--jar|$JAR" ;;
    "fat jar + lazy init") echo "--jar|$JAR|--app-opt|--spring.main.lazy-initialization=true" ;;
    "fat jar + AppCDS") echo "--jar|$JAR|--jvm-opt|-XX:SharedArchiveFile=$X/fat.jsa" ;;
    "extracted jar") echo "--jar|$XJAR" ;;
    "extracted + AppCDS") echo "--jar|$XJAR|--jvm-opt|-XX:SharedArchiveFile=$X/extracted.jsa" ;;
    "extracted + AppCDS + lazy") echo "--jar|$XJAR|--jvm-opt|-XX:SharedArchiveFile=$X/extracted.jsa|--app-opt|--spring.main.lazy-initialization=true" ;;
    "extracted + AppCDS + lazy + C1") echo "--jar|$XJAR|--jvm-opt|-XX:SharedArchiveFile=$X/extracted.jsa|--jvm-opt|-XX:TieredStopAtLevel=1|--app-opt|--spring.main.lazy-initialization=true" ;;
  esac
}

# round robin, so that a busy spell of the (shared) machine hits every variant alike
for i in $(seq 1 "$RUNS"); do
  for name in "${VARIANTS[@]}"; do
    IFS='|' read -r -a args <<<"$(variant_args "$name")"
    "$RUN_SH" --no-build "${args[@]}" "${COMMON[@]}" "$ROWS" "$FILES" >> "$X/$name.txt" 2>&1 || true
  done
done

summary() { # name
  local f="$X/$1.txt" wall first ctx up job cpu others steps exits
  wall="$(sed -n 's/^RESULT .* wall=\([0-9.]*\)s.*/\1/p' "$f")"
  cpu="$(sed -n 's/^RESULT .* cpu=\([0-9.]*\)s.*/\1/p' "$f")"
  first="$(sed -n 's/^  first log line after launch *\([0-9.]*\) s.*/\1/p' "$f")"
  ctx="$(sed -n 's/^  Spring context started in *\([0-9.]*\) s.*/\1/p' "$f")"
  up="$(sed -n 's/^  Spring context started in .*JVM up \([0-9.]*\) s.*/\1/p' "$f")"
  job="$(sed -n 's/^  job *\([0-9.]*\) s.*/\1/p' "$f")"
  others="$(sed -n 's/^  other processes during the run *\([0-9.]*\) s.*/\1/p' "$f")"
  steps=""
  for step in intake merge outputs; do
    steps="$steps $(sed -n "s/^    $step *\([0-9.]*\) s.*/\1/p" "$f" | median)"
  done
  exits="$(sed -n 's/^RESULT .* exit=\([0-9]*\) .*/\1/p' "$f" | sort -u | tr '\n' ' ')"
  printf '  %-32s %6s %6s  %6s %6s %6s  %6s %6s  %5s  %s   exit %s\n' "$1" \
    "$(minimum <<<"$wall")" "$(median <<<"$wall")" "$(median <<<"$first")" "$(median <<<"$ctx")" \
    "$(median <<<"$up")" "$(median <<<"$job")" "$(median <<<"$cpu")" "$(median <<<"$others")" "$steps" "$exits"
}

printf '\n%s rows in %s files, %s runs per variant, round robin (seconds; load average now: %s)\n' "$ROWS" "$FILES" "$RUNS" "$(uptime | sed 's/.*load average: //')"
printf '  %-32s %6s %6s  %6s %6s %6s  %6s %6s  %5s  %s\n' "variant" "wall" "(med)" "1stln" "ctx" "JVMup" "job" "cpu" "other" "intake merge outputs"
for name in "${VARIANTS[@]}"; do
  summary "$name"
done
printf '  (wall: min and median; the other columns are medians; other = CPU seconds used by other processes during the run;\n   per-run details in %s/*.txt)\n' "$X"
