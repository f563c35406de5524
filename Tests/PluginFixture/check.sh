#!/bin/sh
# Builds the fixture package against this checkout of Qingdan: the clean target must build and
# the broken one must fail with qingdan's findings. Also runs the command plugin.
set -u
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A package's identity is its directory name: give the checkout the name the fixture uses.
ln -s "$repo" "$work/qingdan"
cp -R "$repo/Tests/PluginFixture" "$work/fixture"
export QINGDAN_ROOT="$work/qingdan"
cd "$work/fixture"

echo "== build-tool plugin: clean filings build"
swift build --target CleanFilings > "$work/clean.log" 2>&1 || { cat "$work/clean.log"; echo "FAIL: CleanFilings did not build" >&2; exit 1; }

echo "== build-tool plugin: broken filings fail the build"
if swift build --target BrokenFilings > "$work/broken.log" 2>&1; then
    cat "$work/broken.log"; echo "FAIL: BrokenFilings built despite its errors" >&2; exit 1
fi
grep -q "YB-CERT-COUNT" "$work/broken.log" || { cat "$work/broken.log"; echo "FAIL: the build log does not show the finding" >&2; exit 1; }

echo "== command plugin"
swift package qingdan check Sources/CleanFilings/Filings > "$work/command.log" 2>&1 || { cat "$work/command.log"; echo "FAIL: command plugin" >&2; exit 1; }
grep -q "未发现问题" "$work/command.log" || { cat "$work/command.log"; echo "FAIL: command plugin output" >&2; exit 1; }
if swift package qingdan check Sources/BrokenFilings/Filings > "$work/command-broken.log" 2>&1; then
    echo "FAIL: command plugin passed broken filings" >&2; exit 1
fi
echo "== plugins ok"
