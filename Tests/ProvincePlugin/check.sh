#!/bin/sh
# Builds the out-of-tree plugin package against this checkout of Qingdan and runs its own
# `province-qingdan`: the plugin's pack loads, its examples pass, its filing key is accepted,
# and its check finds what it should in a filing. The standard `qingdan` cannot load the pack.
set -u
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A package's identity is its directory name: give the checkout the name the fixture uses.
ln -s "$repo" "$work/qingdan"
cp -R "$repo/Tests/ProvincePlugin" "$work/province"
export QINGDAN_ROOT="$work/qingdan"
cd "$work/province"
fail() { cat "$work/out.log"; echo "FAIL: $1" >&2; exit 1; }

echo "== out-of-tree plugin: build province-qingdan"
swift build > "$work/out.log" 2>&1 || fail "the plugin package did not build"
bin=$(swift build --show-bin-path)/province-qingdan

echo "== the plugin's check kind is listed and its pack's examples pass"
"$bin" explain PV-CERT-TIME-LIMIT --rules Rules > "$work/out.log" 2>&1 || fail "explain"
grep -q "certificates.time-limit" "$work/out.log" || fail "explain does not name the plugin's kind"
"$bin" packs test --rules Rules > "$work/out.log" 2>&1 || fail "packs test"

echo "== the plugin's check finds the two vague time limits, at their lines"
"$bin" check --no-progress --rules Rules --format json Filings/ > "$work/out.json" 2> "$work/out.log"
status=$?
[ "$status" -eq 1 ] || fail "expected exit 1 from check, got $status"
python3 - "$work/out.json" <<'PY' || { cat "$work/out.json"; exit 1; }
import json, sys
report = json.load(open(sys.argv[1]))
findings = [f for file in report["files"] for f in file["findings"]]
got = sorted((f["rule_id"], f["line"]) for f in findings)
assert got == [("PV-CERT-TIME-LIMIT", 19), ("PV-CERT-TIME-LIMIT", 24)], got
assert "「尽快」不是确定的时限" in findings[0]["message"] or "「尽快」不是确定的时限" in findings[1]["message"]
PY

echo "== the standard qingdan knows neither the plugin's kind nor its filing key"
"$repo/.build/debug/qingdan" check --no-progress --pack cn Filings/ > "$work/out.log" 2>&1
grep -q "未知的键「time_limit_days」" "$work/out.log" || fail "the standard qingdan accepted the plugin's filing key"
if "$repo/.build/debug/qingdan" packs lint --rules Rules > "$work/out.log" 2>&1; then
    fail "the standard qingdan loaded a pack that needs the plugin"
fi
grep -q "pack.unknown-kind" "$work/out.log" || fail "no pack.unknown-kind from the standard qingdan"
echo "== out-of-tree plugin ok"
