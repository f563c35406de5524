#!/bin/sh
# Opens an HTML report in headless Chromium and checks that it loads without script errors,
# that its script ran (body[data-ready]), that it counts the expected number of findings
# (body[data-findings], 显示 N / N 个问题) and that the rows it rendered (one page of them,
# body[data-rows]) are in the page.
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
attribute() { sed -n "s/.*<body[^>]* $1=\"\([0-9]*\)\".*/\1/p" "$work/dom.html" | head -n 1; }
counted=$(attribute data-findings)
[ "$counted" = "$expected" ] || { echo "html_in_chromium: the report counts ${counted:-no} findings, expected $expected" >&2; exit 1; }
rendered=$(attribute data-rows)
size=$(attribute data-page-size)
page=$((expected < size ? expected : size))
[ "$rendered" = "$page" ] || { echo "html_in_chromium: ${rendered:-no} rows rendered, expected $page (one page)" >&2; exit 1; }
# Rendered rows only: the script that renders them holds the same text up to the severity.
rows=$(grep -o '<tr class="finding sev-[a-z]*"' "$work/dom.html" | wc -l)
[ "$rows" -eq "$rendered" ] || { echo "html_in_chromium: $rows finding rows in the page, it says $rendered" >&2; exit 1; }
grep -q "显示 $expected / $expected 个问题" "$work/dom.html" || { echo "html_in_chromium: the filter count is missing" >&2; exit 1; }
if [ -n "$screenshot" ]; then
    # shellcheck disable=SC2086
    "$browser" $flags --hide-scrollbars --window-size=1400,1800 --screenshot="$screenshot" "file://$report" 2> /dev/null
fi
echo "html_in_chromium: $expected findings, $rows rows on the first page, no script errors"
