#!/bin/sh
# Opens an HTML report in headless Chromium and checks that it loads without script errors,
# that its script ran (body[data-ready]) and that it shows the expected number of findings.
# usage: html_in_chromium.sh REPORT.html EXPECTED_FINDINGS [SCREENSHOT.png]
set -eu
report=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
expected=$2
screenshot=${3:-}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "html_in_chromium: no Chromium found (apt-get install chromium)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
flags="--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --user-data-dir=$work/profile"
# shellcheck disable=SC2086
"$browser" $flags --enable-logging=stderr --v=0 --virtual-time-budget=5000 --dump-dom "file://$report" \
    > "$work/dom.html" 2> "$work/console.log"
if grep -E "Uncaught|CONSOLE\([0-9]+\).*[Ee]rror" "$work/console.log"; then
    echo "html_in_chromium: the report raised script errors" >&2
    exit 1
fi
grep -q 'data-ready="true"' "$work/dom.html" || { echo "html_in_chromium: the report's script did not run" >&2; exit 1; }
rows=$(grep -o '<tr class="finding ' "$work/dom.html" | wc -l)
[ "$rows" -eq "$expected" ] || { echo "html_in_chromium: $rows findings shown, expected $expected" >&2; exit 1; }
grep -q "显示 $expected / $expected 个问题" "$work/dom.html" || { echo "html_in_chromium: the filter count is missing" >&2; exit 1; }
if [ -n "$screenshot" ]; then
    # shellcheck disable=SC2086
    "$browser" $flags --hide-scrollbars --window-size=1400,1800 --screenshot="$screenshot" "file://$report" 2> /dev/null
fi
echo "html_in_chromium: $rows findings shown, no script errors"
