#!/bin/sh
# Renders the HTML check report of the bundled sample (samples/shanxi-kepu-2024.xlsx) and screenshots it
# to docs/report.png (1280x2000) with headless Chromium.
#
# Prerequisites (Debian/Ubuntu):
#     apt-get update && apt-get install -y chromium fonts-noto-cjk
#   chromium        the headless browser (/usr/bin/chromium; set CHROMIUM=/path/to/chrome to use another)
#   fonts-noto-cjk  a Chinese font, without which Chinese renders as boxes (fonts-wqy-zenhei also works)
#   and a JDK 17+ with Maven, as for the build. No network is needed once Maven has its plugins.
#
# Usage, from anywhere:
#     docs/screenshot.sh                  # writes docs/report.png
#     docs/screenshot.sh --lang en        # the English page
#     KEEP_HTML=/tmp/report.html docs/screenshot.sh   # also keep the HTML page
#
# How: `mvn test-compile` builds the main and test classes (incrementally, so only when needed), the
# dependency plugin writes the test classpath, and the `main` of the test class
# io.github.juesuan.report.HtmlReportTest writes the page (HtmlReport.section + HtmlReport.write, exactly as
# a batch would) to a temporary file, which Chromium then loads from disk and screenshots.
set -eu

cd "$(dirname "$0")/.."
root=$(pwd)

browser=${CHROMIUM:-}
if [ -z "$browser" ]; then
    for b in chromium chromium-browser google-chrome; do
        if command -v "$b" >/dev/null 2>&1; then
            browser=$b
            break
        fi
    done
fi
if [ -z "$browser" ]; then
    echo "screenshot.sh: no Chromium found; apt-get install -y chromium fonts-noto-cjk" >&2
    exit 69
fi
if command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
    echo "screenshot.sh: warning: no Chinese font installed, text will show as boxes;" \
         "apt-get install -y fonts-noto-cjk" >&2
fi

mvn -q -B -DskipTests test-compile
mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/screenshot-classpath.txt >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
html="$work/report.html"

java -Dfile.encoding=UTF-8 -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "target/test-classes:target/classes:$(cat target/screenshot-classpath.txt)" \
    io.github.juesuan.report.HtmlReportTest "$html" "$@" samples/shanxi-kepu-2024.xlsx

"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile" --hide-scrollbars --force-device-scale-factor=1 \
    --window-size=1280,2000 --screenshot="$root/docs/report.png" "file://$html" >"$work/chromium.log" 2>&1 \
    || { cat "$work/chromium.log" >&2; exit 1; }

if [ -n "${KEEP_HTML:-}" ]; then
    cp "$html" "$KEEP_HTML"
fi
echo "wrote docs/report.png"
