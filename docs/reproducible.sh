#!/usr/bin/env bash
# Reproducible build check: builds the committed tree (git HEAD) twice, in two directories, with files of
# different modification times, and compares the SHA-256 of every jar the build makes (library, -sources,
# -javadoc, and the command line juesuan.jar = classifier cli). Exit 0 and "identical" when all agree.
#
#   docs/reproducible.sh          # extra arguments go to Maven, e.g. docs/reproducible.sh -o (offline)
#
# Tests are skipped (-DskipTests): they do not change the jars. Needs git, a JDK 17 and Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in 1 2; do
  mkdir -p "$work/$n"
  # --touch: every file gets the time it is unpacked, so the two trees differ in timestamps too.
  git archive HEAD | tar -x --touch -C "$work/$n"
  (cd "$work/$n" && mvn -B -ntp -q -DskipTests "$@" package >"$work/build-$n.log" 2>&1) \
    || { cat "$work/build-$n.log"; echo "build $n failed" >&2; exit 2; }
  (cd "$work/$n/target" && sha256sum ./*.jar) >"$work/sha-$n.txt"
  sleep 2
done
cat "$work/sha-1.txt"
if diff "$work/sha-1.txt" "$work/sha-2.txt"; then
  echo "identical: $(wc -l <"$work/sha-1.txt") jars"
else
  echo "DIFFERENT (above: < first build, > second)" >&2
  exit 1
fi
