#!/bin/sh
# Puts the official SARIF 2.1.0 JSON Schema (OASIS, as shipped in the sarif-pydantic source
# package on PyPI) at $1, downloading it once. Used by the SARIF reporter test.
set -eu
dest="$1"
[ -s "$dest" ] && exit 0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m pip download --quiet --disable-pip-version-check --no-deps --no-binary :all: \
    sarif-pydantic==0.6.2 -d "$work"
tar -xzf "$work/sarif_pydantic-0.6.2.tar.gz" -C "$work"
mkdir -p "$(dirname "$dest")"
cp "$work/sarif_pydantic-0.6.2/sarif-schema-2.1.0.json" "$dest"
