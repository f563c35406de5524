#!/usr/bin/env python3
"""Every target declares what it imports: each `import M` of a package module in a target's
sources names a module the target depends on directly in Package.swift (not one it reaches
through another target). Run from the repository root; prints each undeclared import and exits 1.
"""
import json
import os
import re
import subprocess
import sys

package = json.loads(subprocess.run(["swift", "package", "dump-package"], check=True,
                                    capture_output=True, text=True).stdout)
targets = {t["name"]: t for t in package["targets"]}
products = {}  # module names that products of dependencies provide
external = {"ArgumentParser"}

def declared(target):
    names = set()
    for dependency in target.get("dependencies", []):
        for kind in ("byName", "target", "product"):
            if kind in dependency:
                name = dependency[kind][0]
                names.add(name)
    return names

import_line = re.compile(r"^\s*(?:@testable\s+|@_exported\s+)?import\s+(\w+)", re.M)
problems = []
for name, target in targets.items():
    if target["type"] in ("system", "plugin"):
        continue
    path = target.get("path") or os.path.join("Tests" if target["type"] == "test" else "Sources", name)
    deps = declared(target)
    for root, _, files in os.walk(path):
        for file in files:
            if not file.endswith(".swift"):
                continue
            source = open(os.path.join(root, file), encoding="utf-8").read()
            for module in import_line.findall(source):
                if (module in targets or module in external) and module != name and module not in deps:
                    problems.append(f"{os.path.join(root, file)}: imports {module}, which target {name} does not declare")
for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
