#!/usr/bin/env bash
# Builds and runs the benchmarks described in docs/benchmarks.md, then prints their tables and issue 15's targets.
#
#   docs/bench.sh              build, JMH, cold check, batch, folder, report (about 25 minutes on 2 cores)
#   docs/bench.sh build jmh    only some steps: build | jmh | cold | batch | folder | report
#   QUICK=1 docs/bench.sh      a smoke test of every step and every table (few runs, few files, one short JMH
#                              iteration: about 6 minutes; its figures mean nothing), results in target/bench-quick
#
# Environment:
#   OUT=target/bench     where results go (jmh.json, jmh.txt, cold.tsv, batch.tsv, folder.tsv, machine.txt, report.md)
#   JMH_ARGS=            extra JMH options, e.g. "-f 1" for one fork (QUICK: "-f 1 -wi 1 -i 1")
#   JMH_FILTER=          benchmarks to run (regexp; default: every one in io.github.juesuan.bench)
#   COLD_RUNS=10         cold single-file checks timed per command: java -jar with default options, with each of
#                        the launcher's options alone, the launcher with and without its archive, and on JDK 25
#                        the launcher's options without and with an AOT cache (QUICK: 2)
#   JDK25=/usr/lib/jvm/temurin-25-jdk-amd64   the JDK 25 of the AOT-cache rows; skipped, with a note, without it
#   BATCH_FILES=1000     workbooks in the batch folder (copies of the fixtures under new names; QUICK: 60)
#   BATCH_RUNS=3         runs of each batch command, interleaved: README's `target/juesuan check DIR` and
#                        java -jar with default options (QUICK: 1)
#   FOLDER_FILES=200     workbooks in the one-thread folder comparison (QUICK: 20)
#   FOLDER_RUNS=3        runs of each program of it, interleaved: the launcher, java -jar, POI (QUICK: 1)
#
# Needs a JDK 17+, Maven and GNU time (/usr/bin/time; Debian: apt-get install time). Run it from anywhere:
# it works from the project root. Benchmarks run from copies of the jars in $OUT, so that another build
# rewriting target/ while they run does not disturb them.
set -euo pipefail
cd "$(dirname "$0")/.."

QUICK=${QUICK:-}
if [ -n "$QUICK" ]; then
  OUT=${OUT:-target/bench-quick}
  JMH_ARGS=${JMH_ARGS:--f 1 -wi 1 -i 1}
  COLD_RUNS=${COLD_RUNS:-2}
  BATCH_FILES=${BATCH_FILES:-60}
  BATCH_RUNS=${BATCH_RUNS:-1}
  FOLDER_FILES=${FOLDER_FILES:-20}
  FOLDER_RUNS=${FOLDER_RUNS:-1}
fi
OUT=${OUT:-target/bench}
JMH_ARGS=${JMH_ARGS:-}
JMH_FILTER=${JMH_FILTER:-io.github.juesuan.bench.}
COLD_RUNS=${COLD_RUNS:-10}
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
BATCH_FILES=${BATCH_FILES:-1000}
BATCH_RUNS=${BATCH_RUNS:-3}
FOLDER_FILES=${FOLDER_FILES:-200}
FOLDER_RUNS=${FOLDER_RUNS:-3}
SEED=samples/shanxi-kepu-2024.xlsx
FIXTURES=(samples/shanxi-kepu-2024.xlsx src/test/resources/fixtures/valid/libreoffice/*.xlsx
          src/test/resources/fixtures/valid/libreoffice/*.xls)

steps=("$@")
[ ${#steps[@]} -eq 0 ] && steps=(build jmh cold batch folder report)
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
    [ -z "$QUICK" ] || echo "QUICK run: a smoke test of the steps and tables; its figures are not measurements"
    echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
    echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src pom.xml 2>/dev/null || echo ' + uncommitted changes')"
    echo "cpu: $(nproc) cores, $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)"
    echo "memory: $(free -h | awk '/^Mem:/ {print $2}')"
    echo "os: $( (. /etc/os-release && echo "$PRETTY_NAME") ), kernel $(uname -r)"
    echo "jdk: $(java -version 2>&1 | sed -n 2p)"
    echo "maven: $(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
    echo "JMH options: ${JMH_ARGS:-none} (added to the benchmarks' own); cold runs $COLD_RUNS; batch $BATCH_FILES files × $BATCH_RUNS; folder $FOLDER_FILES files × $FOLDER_RUNS"
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
  # The same launcher and jar without the archive, in a folder of their own (the launcher leaves out the
  # archive's options when there is none): the cold step's launcher-no-cds and JDK 25 commands.
  rm -rf "$OUT/nocds"
  mkdir -p "$OUT/nocds"
  cp -p "$OUT/juesuan" "$OUT/juesuan.jar" "$OUT/nocds/"
  mvn -q -P bench -DskipTests package
  cp target/benchmarks.jar "$OUT/benchmarks.jar"
}

jmh() {
  echo "== JMH (-prof gc) $JMH_ARGS" >&2
  # shellcheck disable=SC2086
  java -jar "$OUT/benchmarks.jar" "$JMH_FILTER" -prof gc -rf json -rff "$OUT/jmh.json" $JMH_ARGS \
    | tee "$OUT/jmh.txt"
}

# The JDK 25 AOT cache (JEP 483/514) for the copy of the jar in $OUT/nocds: one training run of the sample
# with the launcher's options writes it. Without a JDK 25, jdk25.txt says why the rows are missing.
aot_cache() {
  rm -f "$OUT/jdk25.txt" "$OUT/juesuan.aot"
  if [ ! -x "$JDK25/bin/java" ] || ! "$JDK25/bin/java" -version 2>&1 | grep -q 'version "25'; then
    echo "skipped: no JDK 25 at $JDK25" > "$OUT/jdk25.txt"
    return
  fi
  JAVA_HOME=$JDK25 JUESUAN_JAVA_OPTS="-XX:AOTCacheOutput=$(cd "$OUT" && pwd)/juesuan.aot" "$OUT/nocds/juesuan" check "$SEED" \
    > "$OUT/aot-training.txt" 2>&1 || true
  [ -f "$OUT/juesuan.aot" ] || { echo "skipped: the training run made no AOT cache (see aot-training.txt)" > "$OUT/jdk25.txt"; }
}

# Cold check of the seed: the launcher, java -jar with default options and with each of the launcher's options
# alone, the launcher without its archive, and on JDK 25 the launcher's options without and with an AOT
# cache, interleaved; cold.tsv has label, wall ms and peak RSS kB of each run.
cold() {
  need_time
  [ -f "$OUT/juesuan.jsa" ] || { echo "no $OUT/juesuan.jsa: run the build step first" >&2; exit 1; }
  aot_cache
  local labels=(launcher default c1 serial cds heap launcher-no-cds)
  [ -f "$OUT/juesuan.aot" ] && labels+=(jdk25 jdk25-aot)
  echo "== cold check of the seed, $COLD_RUNS runs per command: ${labels[*]}" >&2
  local -A opts=(
    [default]=""
    [c1]="-XX:TieredStopAtLevel=1"
    [serial]="-XX:+UseSerialGC"
    [cds]="-Xshare:auto -XX:SharedArchiveFile=$OUT/juesuan.jsa"
    [heap]="-Xms64m -Xmx1g"
  )
  # One untimed run of each JVM first, so that every timed run finds the jar and the JDK in the page cache.
  "$OUT/juesuan" check "$SEED" > /dev/null 2>&1 || true
  [ -f "$OUT/juesuan.aot" ] && { JAVA_HOME=$JDK25 "$OUT/nocds/juesuan" check "$SEED" > /dev/null 2>&1 || true; }
  : > "$OUT/cold.tsv"
  for i in $(seq "$COLD_RUNS"); do
    for label in "${labels[@]}"; do
      local start end rc=0 cmd env=()
      case $label in
        launcher) cmd=("$OUT/juesuan") ;;
        launcher-no-cds) cmd=("$OUT/nocds/juesuan") ;;
        jdk25) env=("JAVA_HOME=$JDK25"); cmd=("$OUT/nocds/juesuan") ;;
        jdk25-aot) env=("JAVA_HOME=$JDK25" "JUESUAN_JAVA_OPTS=-XX:AOTCache=$OUT/juesuan.aot"); cmd=("$OUT/nocds/juesuan") ;;
        # shellcheck disable=SC2206 # a list of JVM options
        *) cmd=(java ${opts[$label]} -jar "$OUT/juesuan.jar") ;;
      esac
      start=$(now_ms)
      env "${env[@]}" /usr/bin/time -v -o "$OUT/time.txt" "${cmd[@]}" check "$SEED" > "$OUT/cold.out" 2>&1 || rc=$?
      end=$(now_ms)
      if [ "$rc" -gt 1 ]; then
        echo "$label exited $rc:" >&2; cat "$OUT/cold.out" >&2; exit 1
      fi
      printf '%s\t%s\t%s\n' "$label" $((end - start)) \
        "$(sed -n 's/.*Maximum resident set size (kbytes): *//p' "$OUT/time.txt")" | tee -a "$OUT/cold.tsv"
    done
  done
}

batch() {
  need_time
  local dir="$OUT/batch"
  copies "$dir" "$BATCH_FILES"
  echo "== batch of $BATCH_FILES files (round robin over ${#FIXTURES[@]} fixtures), $BATCH_RUNS runs per command" >&2
  : > "$OUT/batch.tsv"
  for i in $(seq "$BATCH_RUNS"); do
    # README's batch command as written: no --threads (one per core)
    timed batch batch-launcher "$BATCH_FILES" "$OUT/juesuan" check "$dir"
    head -3 "$OUT/batch.out" >&2
    timed batch batch-default "$BATCH_FILES" java -jar "$OUT/juesuan.jar" check "$dir" --threads 2
  done
  # Where the batch's CPU goes: HotSpot's own total of JIT compilation time for one more run of README's command.
  JUESUAN_JAVA_OPTS="-XX:+UnlockDiagnosticVMOptions -XX:+CITime" /usr/bin/time -f '%U' -o "$OUT/time.txt" \
    "$OUT/juesuan" check "$dir" > "$OUT/batch.out" 2> "$OUT/batch.err" || true
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

# One thread, JVM start included: juesuan's check of a folder through the launcher (and java -jar, for
# reference) against a program that opens every workbook with POI's usermodel and reads every cell
# (io.github.juesuan.bench.PoiFolder).
folder() {
  need_time
  local dir="$OUT/folder"
  copies "$dir" "$FOLDER_FILES"
  echo "== folder of $FOLDER_FILES files, one thread, $FOLDER_RUNS runs per program" >&2
  : > "$OUT/folder.tsv"
  for i in $(seq "$FOLDER_RUNS"); do
    timed folder folder-launcher "$FOLDER_FILES" "$OUT/juesuan" check "$dir" --threads 1
    timed folder folder-default "$FOLDER_FILES" java -jar "$OUT/juesuan.jar" check "$dir" --threads 1
    timed folder folder-poi "$FOLDER_FILES" java -cp "$OUT/benchmarks.jar" io.github.juesuan.bench.PoiFolder "$dir"
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
    launch) measured=1; cold ;; # the step's former name
    jmh|cold|batch|folder) measured=1; "$s" ;;
    build) "$s" ;;
    report) end_load; report ;;
    *) echo "unknown step $s (build, jmh, cold, batch, folder, report)" >&2; exit 64 ;;
  esac
done
end_load
