#!/usr/bin/env bash
# bench/launcher.sh — what a user waits for, whole process: the sample month, a Yugra-size month,
# `check` of one small file and `help`, each N times, for the jar of a base revision (`java -jar`) and
# for bin/gospages over the jar of this work tree; min / median / max wall, median CPU, and whether
# the outputs are the same.
#
# Usage: bench/launcher.sh [--runs N] [--base JAR | --base-rev REV] [--jar JAR] [--no-build]
#                          [--only sample,yugra,check,help] [--variant 'NAME=COMMAND'] ... [--data DIR]
#   --runs N       timed runs per workload and variant (default 5), round robin, after one untimed warm-up
#   --base JAR     the baseline jar; default: built from --base-rev (default main) with git archive into
#                  DATA/launcher-base/, reused while that revision is the same
#   --jar JAR      the jar bin/gospages starts (default target/gospages.jar, built unless --no-build)
#   --variant      an extra variant: COMMAND is a java command up to and including the jar, e.g.
#                  'c2=env JAVA_OPTS=-XX:TieredStopAtLevel=4 bin/gospages' (words, no quoting);
#                  the variants named "jar" and "launcher" are always there
# Workloads (from the repository root, where jobs/ is; a fresh database and output folder per run):
#   sample   run --input=input/2022-12 (the period `mvn -q spring-boot:run` runs; 152 page rows, 8 files)
#   yugra    run on a generated 2,000-row / 40-file period (bench/run.sh makes it: DATA/data-2000x40)
#   check    check <one CSV of that period, 68 page rows> (what it prints is compared byte for byte)
#   help     help
# The launcher's cache (target/fast-start beside the jar) is removed first, and the first command
# that prepares it again is timed separately ("first use after a build").
# Take the machine-wide lock around it: flock /tmp/gospages-bench.lock bench/launcher.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS=5
BASE=""
BASE_REV=main
JAR="$ROOT/target/gospages.jar"
BUILD=1
ONLY="sample,yugra,check,help"
DATA="${TMPDIR:-/tmp}/gospages-bench"
EXTRA=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --base) BASE="$2"; shift 2 ;;
    --base-rev) BASE_REV="$2"; shift 2 ;;
    --jar) JAR="$2"; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --only) ONLY="$2"; shift 2 ;;
    --variant) EXTRA+=("$2"); shift 2 ;;
    --data) DATA="$2"; shift 2 ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
case "$JAR" in /*) ;; *) JAR="$PWD/$JAR" ;; esac
mkdir -p "$DATA"
DATA="$(cd "$DATA" && pwd)"
cd "$ROOT"

# ---------------------------------------------------------------- jars and data
if [ "$BUILD" = 1 ]; then
  echo "building $JAR"
  if [ "$(dirname "$JAR")" = "$ROOT/target" ]; then mvn -q -o -B package -DskipTests; else mvn -q -o -B -DbuildDir="$(dirname "$JAR")" package -DskipTests; fi
fi
if [ -z "$BASE" ]; then
  rev="$(git rev-parse "$BASE_REV")"
  BASE="$DATA/launcher-base/gospages.jar"
  if [ "$(cat "$DATA/launcher-base/rev" 2>/dev/null)" != "$rev" ] || [ ! -f "$BASE" ]; then
    echo "building the base jar of $BASE_REV ($rev)"
    rm -rf "$DATA/launcher-base" && mkdir -p "$DATA/launcher-base/src"
    git archive "$rev" | tar -x -C "$DATA/launcher-base/src"
    (cd "$DATA/launcher-base/src" && mvn -q -o -B -DbuildDir="$DATA/launcher-base" package -DskipTests)
    echo "$rev" > "$DATA/launcher-base/rev"
  fi
fi
"$ROOT/bench/run.sh" --no-build --jar "$BASE" --data "$DATA" --quiet --runs 0 2000 40 >/dev/null
YUGRA="$DATA/data-2000x40/2024-01"
SMALL="$YUGRA/0028-администрация.csv"

VARIANTS=("jar=java -jar $BASE" "launcher=env GOSPAGES_JAR=$JAR $ROOT/bin/gospages" ${EXTRA[@]+"${EXTRA[@]}"})
W="$DATA/launcher"
rm -rf "$W" && mkdir -p "$W"

args() { # workload run-folder → the command's arguments, one a line
  local db="--spring.datasource.url=jdbc:hsqldb:file:$2/db/g;shutdown=true;hsqldb.tx=mvcc;hsqldb.default_table_type=cached"
  case "$1" in
    sample) printf '%s\n' run --input=input/2022-12 "--output=$2/out" "$db" "--logging.file.name=$2/gospages.log" ;;
    yugra) printf '%s\n' run "--input=$YUGRA" "--output=$2/out" "$db" "--logging.file.name=$2/gospages.log" ;;
    check) printf '%s\n' check "$SMALL" "--logging.file.name=$2/gospages.log" ;;
    help) printf '%s\n' help ;;
  esac
}

once() { # workload variant-index run-name → appends "wall cpu exit" to W/<workload>-<variant>.txt
  local name="${VARIANTS[$2]%%=*}" cmd="${VARIANTS[$2]#*=}" run="$W/$1-${VARIANTS[$2]%%=*}-$3" a
  mkdir -p "$run"
  mapfile -t a < <(args "$1" "$run")
  # shellcheck disable=SC2086 # the variant's command is a list of words
  /usr/bin/time -f '%e %U %S %x' -o "$run/time.txt" $cmd "${a[@]}" > "$run/stdout.txt" 2> "$run/stderr.txt" || true
  [ "$3" = warm ] || awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$run/time.txt" | tail -1 >> "$W/$1-$name.txt"
}

echo "first use after a build: the launcher prepares its cache (extract + training run) before the command"
rm -rf "$(dirname "$JAR")/fast-start"
/usr/bin/time -f '%e %U %S' -o "$W/prepare.time" env GOSPAGES_JAR="$JAR" "$ROOT/bin/gospages" help > /dev/null 2> "$W/prepare.stderr"
printf '  bin/gospages help with no cache: %s s wall, %s s CPU\n' "$(tail -1 "$W/prepare.time" | cut -d' ' -f1)" \
       "$(tail -1 "$W/prepare.time" | awk '{ print $2 + $3 }')"

IFS=, read -r -a WORKLOADS <<<"$ONLY"
for wl in "${WORKLOADS[@]}"; do
  for v in "${!VARIANTS[@]}"; do once "$wl" "$v" warm; done
done
for i in $(seq 1 "$RUNS"); do
  for wl in "${WORKLOADS[@]}"; do
    for v in "${!VARIANTS[@]}"; do once "$wl" "$v" "$i"; done
  done
done

stat3() { sort -n | awk '{ v[NR] = $1 } END { if (NR) printf "%6.2f %6.2f %6.2f", v[1], (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[NR] }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) printf "%6.2f", (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
# what a run prints, without the lines that carry the time it took
printed() { grep -v -E 'обработан за|^[0-9]{2}:[0-9]{2}:[0-9]{2}: файлов' "$1" | sed "s#$2#RUN#g"; }
outputs() { # sha256 of every output file; summary.json without the start and duration of the run
  (cd "$1/out" 2>/dev/null && find . -type f | sort | while read -r f; do
     case "$f" in */summary.json) printf '%s %s\n' "$(sed -E 's/"(startedAt|seconds)" *: *("[^"]*"|[0-9.]+)//g' "$f" | sha256sum | cut -d' ' -f1)" "$f" ;;
                  *) sha256sum "$f" ;; esac
   done) || true
}

printf '\n%s runs each, round robin, after a warm-up (seconds; load average now: %s)\n' "$RUNS" "$(uptime | sed 's/.*load average: //')"
printf '  %-8s %-12s %6s %6s %6s  %6s  %-6s %s\n' workload variant min median max cpu exit "same printed output / output files as «jar»"
for wl in "${WORKLOADS[@]}"; do
  for v in "${!VARIANTS[@]}"; do
    name="${VARIANTS[$v]%%=*}"
    f="$W/$wl-$name.txt"
    same_out="$(cmp -s <(printed "$W/$wl-jar-1/stdout.txt" "$W/$wl-jar-1") <(printed "$W/$wl-$name-1/stdout.txt" "$W/$wl-$name-1") && echo yes || echo NO)"
    same_files="-"
    if [ -d "$W/$wl-jar-1/out" ]; then
      same_files="$(cmp -s <(outputs "$W/$wl-jar-1") <(outputs "$W/$wl-$name-1") && echo yes || echo NO)"
    fi
    printf '  %-8s %-12s %s  %s  %-6s %s / %s\n' "$wl" "$name" "$(cut -d' ' -f1 "$f" | stat3)" "$(cut -d' ' -f2 "$f" | median)" \
      "$(cut -d' ' -f3 "$f" | sort -u | tr '\n' ' ')" "$same_out" "$same_files"
  done
done
printf '  (per run: %s/<workload>-<variant>-<n>/{stdout,stderr,time}.txt)\n' "$W"
