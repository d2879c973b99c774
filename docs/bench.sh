#!/usr/bin/env bash
# Builds and runs the benchmarks described in docs/benchmarks.md, then prints their tables.
#
#   docs/bench.sh              build, JMH, cold check, batch, report (about 10–15 minutes on 2 cores)
#   docs/bench.sh build jmh    only some steps: build | jmh | cold | launch | batch | folder | report
#
# Environment:
#   OUT=target/bench     where results go (jmh.json, jmh.txt, cold.tsv, batch.tsv, machine.txt, report.md)
#   JMH_ARGS=            extra JMH options, e.g. "-f 1" for one fork, or a narrower benchmark regexp
#   JMH_FILTER=          benchmarks to run (regexp; default: every one in io.github.juesuan.bench)
#   COLD_RUNS=10         cold single-file checks timed
#   BATCH_FILES=1000     workbooks in the batch folder (copies of the fixtures under new names)
#   LAUNCH_RUNS=10       cold single-file checks timed per JVM option set in the launch step (java -jar with
#                        default options, with each of the launcher's options alone, and target/juesuan)
#   BATCH_RUNS=3         runs of each batch variant, interleaved: default JVM, -Xmx256m, the batch settings
#                        README recommended before the launcher (BATCH_TUNED), and README's launcher
#   BATCH_TUNED="-Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
#   FOLDER_FILES=200     workbooks in the one-thread folder comparison (juesuan check vs POI usermodel)
#   FOLDER_RUNS=3        runs of each side of it, interleaved
#
# Needs a JDK 17+, Maven and GNU time (/usr/bin/time; Debian: apt-get install time). Run it from anywhere:
# it works from the project root. Benchmarks run from copies of the jars in $OUT, so that another build
# rewriting target/ while they run does not disturb them.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=${OUT:-target/bench}
JMH_ARGS=${JMH_ARGS:-}
JMH_FILTER=${JMH_FILTER:-io.github.juesuan.bench.}
COLD_RUNS=${COLD_RUNS:-10}
LAUNCH_RUNS=${LAUNCH_RUNS:-10}
BATCH_FILES=${BATCH_FILES:-1000}
BATCH_RUNS=${BATCH_RUNS:-3}
BATCH_TUNED=${BATCH_TUNED:--Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseParallelGC}
FOLDER_FILES=${FOLDER_FILES:-200}
FOLDER_RUNS=${FOLDER_RUNS:-3}
SEED=samples/shanxi-kepu-2024.xlsx
FIXTURES=(samples/shanxi-kepu-2024.xlsx src/test/resources/fixtures/valid/libreoffice/*.xlsx
          src/test/resources/fixtures/valid/libreoffice/*.xls)

steps=("$@")
[ ${#steps[@]} -eq 0 ] && steps=(build jmh cold launch batch folder report)
mkdir -p "$OUT"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

need_time() {
  if [ ! -x /usr/bin/time ]; then
    echo "GNU time is missing: apt-get install time" >&2
    exit 1
  fi
}

machine() {
  {
    echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
    echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src pom.xml 2>/dev/null || echo ' + uncommitted changes')"
    echo "cpu: $(nproc) cores, $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)"
    echo "memory: $(free -h | awk '/^Mem:/ {print $2}')"
    echo "os: $( (. /etc/os-release && echo "$PRETTY_NAME") ), kernel $(uname -r)"
    echo "jdk: $(java -version 2>&1 | sed -n 2p)"
    echo "maven: $(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
    echo "load average at start: $(cut -d" " -f1-3 /proc/loadavg)"
  } > "$OUT/machine.txt"
}

build() {
  echo "== build" >&2
  mvn -q -DskipTests package
  cp target/juesuan.jar "$OUT/juesuan.jar"
  # The launcher beside the copy, and its class-data sharing archive made for the copy, as the build does.
  cp target/juesuan "$OUT/juesuan"
  rm -f "$OUT/juesuan.jsa"
  (cd "$OUT" && JUESUAN_JAVA_OPTS=-XX:ArchiveClassesAtExit=juesuan.jsa ./juesuan check "$OLDPWD/$SEED" > /dev/null) || true
  mvn -q -P bench -DskipTests package
  cp target/benchmarks.jar "$OUT/benchmarks.jar"
}

jmh() {
  echo "== JMH (-prof gc)" >&2
  # shellcheck disable=SC2086
  java -jar "$OUT/benchmarks.jar" "$JMH_FILTER" -prof gc -rf json -rff "$OUT/jmh.json" $JMH_ARGS \
    | tee "$OUT/jmh.txt"
}

cold() {
  need_time
  echo "== cold check, $COLD_RUNS runs" >&2
  # One untimed run first, so that every timed run finds the jar and the JDK in the page cache.
  java -jar "$OUT/juesuan.jar" check "$SEED" > /dev/null 2>&1 || true
  : > "$OUT/cold.tsv"
  for i in $(seq "$COLD_RUNS"); do
    local start end rc=0
    start=$(now_ms)
    /usr/bin/time -v -o "$OUT/time.txt" java -jar "$OUT/juesuan.jar" check "$SEED" > "$OUT/cold.out" 2>&1 || rc=$?
    end=$(now_ms)
    if [ "$rc" -gt 1 ]; then
      echo "check exited $rc:" >&2; cat "$OUT/cold.out" >&2; exit 1
    fi
    printf '%s\t%s\n' $((end - start)) "$(sed -n 's/.*Maximum resident set size (kbytes): *//p' "$OUT/time.txt")" \
      | tee -a "$OUT/cold.tsv"
  done
}

# Cold check of the seed, java -jar with default options against each of the launcher's options alone and the
# launcher itself, interleaved; launch.tsv has label and wall ms, and the medians are printed.
launch() {
  [ -f "$OUT/juesuan.jsa" ] || { echo "no $OUT/juesuan.jsa: run the build step first" >&2; exit 1; }
  echo "== cold check per JVM option set, $LAUNCH_RUNS runs each" >&2
  local labels=(default c1 serial cds heap launcher-no-cds launcher)
  local -A opts=(
    [default]=""
    [c1]="-XX:TieredStopAtLevel=1"
    [serial]="-XX:+UseSerialGC"
    [cds]="-Xshare:auto -XX:SharedArchiveFile=$OUT/juesuan.jsa"
    [heap]="-Xms64m -Xmx1g"
  )
  "$OUT/juesuan" check "$SEED" > /dev/null 2>&1 || true
  : > "$OUT/launch.tsv"
  for i in $(seq "$LAUNCH_RUNS"); do
    for label in "${labels[@]}"; do
      local start end rc=0 cmd
      case $label in
        launcher) cmd=("$OUT/juesuan") ;;
        # the launcher's options but the archive: the jar alone in a folder of its own
        launcher-no-cds) mkdir -p "$OUT/nocds"; cp -p "$OUT/juesuan" "$OUT/juesuan.jar" "$OUT/nocds/"
                         cmd=("$OUT/nocds/juesuan") ;;
        # shellcheck disable=SC2206 # a list of JVM options
        *) cmd=(java ${opts[$label]} -jar "$OUT/juesuan.jar") ;;
      esac
      start=$(now_ms)
      "${cmd[@]}" check "$SEED" > "$OUT/launch.out" 2>&1 || rc=$?
      end=$(now_ms)
      if [ "$rc" -gt 1 ]; then
        echo "$label exited $rc:" >&2; cat "$OUT/launch.out" >&2; exit 1
      fi
      printf '%s\t%s\n' "$label" $((end - start)) >> "$OUT/launch.tsv"
    done
  done
  echo "| options | median wall ms (min – max) |"
  echo "|---|---|"
  for label in "${labels[@]}"; do
    awk -F'\t' -v l="$label" '$1 == l {print $2}' "$OUT/launch.tsv" | sort -n | awk -v l="$label" \
      '{a[NR]=$1} END {m = NR % 2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2; printf "| %s | %d (%d – %d) |\n", l, m, a[1], a[NR]}'
  done | tee "$OUT/launch.md"
}

batch() {
  need_time
  local dir="$OUT/batch"
  copies "$dir" "$BATCH_FILES"
  echo "== batch of $BATCH_FILES files (round robin over ${#FIXTURES[@]} fixtures), $BATCH_RUNS runs per variant" >&2
  : > "$OUT/batch.tsv"
  for i in $(seq "$BATCH_RUNS"); do
    for variant in default -Xmx256m "$BATCH_TUNED" launcher; do
      local opts=()
      # shellcheck disable=SC2206 # a variant is a list of JVM options
      [ "$variant" = default ] || [ "$variant" = launcher ] || opts=($variant)
      if [ "$variant" = launcher ]; then
        # README's batch command as written: no --threads (one per core)
        timed batch launcher "$BATCH_FILES" "$OUT/juesuan" check "$dir"
      else
        timed batch "$variant" "$BATCH_FILES" java "${opts[@]}" -jar "$OUT/juesuan.jar" check "$dir" --threads 2
      fi
      head -3 "$OUT/batch.out" >&2
    done
  done
  # Where a default batch's CPU goes: HotSpot's own total of JIT compilation time (C1, C2) for one more run.
  /usr/bin/time -f '%U' -o "$OUT/time.txt" java -XX:+UnlockDiagnosticVMOptions -XX:+CITime -jar "$OUT/juesuan.jar" \
    check "$dir" --threads 2 > "$OUT/batch.out" 2> "$OUT/batch.err" || true
  { echo "user CPU s: $(tail -1 "$OUT/time.txt")"
    grep -E '^ *(C1|C2) Compile Time:|^ *Total compilation time' "$OUT/batch.out" | sed 's/^ *//'; } > "$OUT/jit.txt"
  cat "$OUT/jit.txt" >&2
}

# copies FIXTURES round robin under new names into $1, $2 of them
copies() {
  local dir=$1 n=${#FIXTURES[@]}
  rm -rf "$dir"
  mkdir -p "$dir"
  for i in $(seq 0 $(($2 - 1))); do
    local f=${FIXTURES[$((i % n))]}
    cp "$f" "$dir/$(printf '%05d' "$i")-$(basename "$f")"
  done
}

# One thread, JVM start included: juesuan's check of a folder against a program that opens every workbook
# with POI's usermodel and reads every cell (io.github.juesuan.bench.PoiFolder).
folder() {
  need_time
  local dir="$OUT/folder"
  copies "$dir" "$FOLDER_FILES"
  echo "== folder of $FOLDER_FILES files, one thread, $FOLDER_RUNS runs per side" >&2
  : > "$OUT/folder.tsv"
  for i in $(seq "$FOLDER_RUNS"); do
    # shellcheck disable=SC2086 # BATCH_TUNED is a list of JVM options
    timed folder juesuan "$FOLDER_FILES" java -jar "$OUT/juesuan.jar" check "$dir" --threads 1
    timed folder juesuan-tuned "$FOLDER_FILES" java $BATCH_TUNED -jar "$OUT/juesuan.jar" check "$dir" --threads 1
    timed folder poi "$FOLDER_FILES" java -cp "$OUT/benchmarks.jar" io.github.juesuan.bench.PoiFolder "$dir"
  done
}

# timed STEP LABEL FILES COMMAND…: runs COMMAND under GNU time (output in $OUT/STEP.out, .err) and appends
# label, wall ms, peak RSS kB, files, exit code and user CPU s to $OUT/STEP.tsv; an exit code above 1 (1 is
# "findings") stops the script.
timed() {
  local step=$1 label=$2 files=$3 start end rc=0
  shift 3
  start=$(now_ms)
  /usr/bin/time -v -o "$OUT/time.txt" "$@" > "$OUT/$step.out" 2> "$OUT/$step.err" || rc=$?
  end=$(now_ms)
  if [ "$rc" -gt 1 ]; then
    echo "$step $label exited $rc:" >&2; tail -20 "$OUT/$step.err" >&2; exit 1
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$label" $((end - start)) \
    "$(sed -n 's/.*Maximum resident set size (kbytes): *//p' "$OUT/time.txt")" "$files" "$rc" \
    "$(sed -n 's/.*User time (seconds): *//p' "$OUT/time.txt")" \
    | tee -a "$OUT/$step.tsv"
}

report() {
  [ -f "$OUT/machine.txt" ] || machine
  echo
  sed 's/^/    /' "$OUT/machine.txt"
  echo
  java -cp "$OUT/benchmarks.jar" io.github.juesuan.bench.BenchReport "$OUT" | tee "$OUT/report.md"
}

# The machine and its load as the measurements start and end (a report alone keeps the last run's).
measured=0
end_load() {
  if [ "$measured" = 1 ]; then
    echo "load average at end: $(cut -d" " -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"
    measured=0
  fi
}
[ "${steps[*]}" = report ] || machine
for s in "${steps[@]}"; do
  case "$s" in
    jmh|cold|launch|batch|folder) measured=1; "$s" ;;
    build) "$s" ;;
    report) end_load; report ;;
    *) echo "unknown step $s (build, jmh, cold, launch, batch, folder, report)" >&2; exit 64 ;;
  esac
done
end_load
