#!/usr/bin/env python3
"""Workbooks made afresh by openpyxl and re-saved by LibreOffice check like their YAML twins.

  workbook_twins.py QINGDAN [WORK]

Makes every workbook of Tests/Filings/Workbooks with make_workbooks.py (openpyxl), re-saves each
through LibreOffice (soffice --headless), and runs `QINGDAN check --format json` on each: its
findings (rule, path, message) must be its twin's, at the cells expect.jsonc names. Also exports
each twin with `QINGDAN export`, opens the export in LibreOffice (re-saved), and checks that too.
Exits 1 on a difference, 2 when LibreOffice or openpyxl is missing.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
FOLDER = os.path.join(REPO, "Tests", "Filings", "Workbooks")


def findings(qingdan, path):
    result = subprocess.run([qingdan, "check", "--format", "json", "--no-progress", "--today", "2024-06-30", path],
                            capture_output=True, text=True)
    report = json.loads(result.stdout)
    return result.returncode, report["files"][0]["findings"]


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    qingdan = os.path.abspath(argv[1])
    if shutil.which("soffice") is None:
        print("workbook_twins: soffice (LibreOffice) is not installed")
        return 2
    work = argv[2] if len(argv) > 2 else tempfile.mkdtemp(prefix="qingdan-twins-")
    made, saved, exported = (os.path.join(work, name) for name in ("openpyxl", "libreoffice", "exported"))
    for folder in (made, saved, exported):
        os.makedirs(folder, exist_ok=True)
    maker = os.path.join(HERE, "make_workbooks.py")
    subprocess.run([sys.executable, maker, made], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, maker, "--libreoffice", made, saved], check=True, stdout=subprocess.DEVNULL)
    expected = json.load(open(os.path.join(FOLDER, "expect.jsonc"), encoding="utf-8"))
    problems = 0
    checked = 0
    for name, entry in sorted(expected.items()):
        twin_path = os.path.join(FOLDER, entry["twin"])
        status, twin = findings(qingdan, twin_path)
        want = sorted((f["rule_id"], f["path"], f["message"]) for f in twin)
        cells = {(f["rule_id"], f["path"]): f for f in entry["findings"]}
        export = os.path.join(exported, name + ".xlsx")
        if os.path.exists(export):
            os.remove(export)
        result = subprocess.run([qingdan, "export", twin_path, "-o", export], capture_output=True, text=True)
        if result.returncode != 0:
            print(f"{name}: export failed ({result.returncode}): {result.stderr.strip()}")
            problems += 1
        resaved_export = os.path.join(exported, "lo")
        os.makedirs(resaved_export, exist_ok=True)
        subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", resaved_export, export],
                       check=True, capture_output=True)
        files = [os.path.join(made, entry["file"]), os.path.join(saved, name + ".lo.xlsx"), export,
                 os.path.join(resaved_export, name + ".xlsx")]
        for path in files:
            checked += 1
            got_status, got = findings(qingdan, path)
            have = sorted((f["rule_id"], f["path"], f["message"]) for f in got)
            if got_status != status or have != want:
                problems += 1
                print(f"{path}: exit {got_status} (twin {status})")
                for item in sorted(set(have) - set(want)):
                    print("  only in the workbook:", item)
                for item in sorted(set(want) - set(have)):
                    print("  only in the twin:", item)
            if path.startswith(exported):
                continue  # an export has its own layout: cells are those of its rows, not the fixture's
            stem = os.path.basename(path).split(".")[0]
            for finding in got:
                place = cells.get((finding["rule_id"], finding["path"]))
                if place is None:
                    continue
                # A CSV table's one sheet has no name: its places are bare cells.
                wanted = place["cell"] if path.endswith(".csv") else f'{place["sheet"] or stem}!{place["cell"]}'
                found = (f'{finding["sheet"]}!' if finding.get("sheet") else "") + str(finding.get("cell"))
                if wanted != found:
                    problems += 1
                    print(f"{path}: {finding['rule_id']} {finding['path']} at {found}, expected {wanted}")
    print(f"workbook_twins: {checked} workbooks checked against {len(expected)} twins, {problems} differences")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
