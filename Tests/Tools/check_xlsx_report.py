#!/usr/bin/env python3
"""Checks a `--report xlsx:` workbook the way a filing office opens it.

  check_xlsx_report.py REPORT.xlsx FINDINGS [--libreoffice]

With openpyxl: sheets 问题/汇总/说明; the header frozen and filtered; every 区划代码, 指纹 and
基准日期 cell stored as text (data type 's'), 12-digit codes unchanged; one row per finding
(FINDINGS of them) and the summary's total equal to it. With --libreoffice: LibreOffice opens the
workbook (converted to UTF-8 CSV) and keeps every code as written. Exits 1 on a difference.
"""

import csv
import os
import subprocess
import sys
import tempfile

import openpyxl


def main(argv):
    path, expected = argv[1], int(argv[2])
    problems = []
    workbook = openpyxl.load_workbook(path)
    if workbook.sheetnames != ["问题", "汇总", "说明"]:
        problems.append(f"sheets {workbook.sheetnames}")
    sheet = workbook["问题"]
    header = [cell.value for cell in sheet[1]]
    if sheet.freeze_panes != "A2":
        problems.append(f"freeze panes {sheet.freeze_panes}")
    if not sheet.auto_filter.ref:
        problems.append("no autofilter")
    if sheet.max_row - 1 != expected:
        problems.append(f"{sheet.max_row - 1} finding rows, expected {expected}")
    codes = []
    for name in ("区划代码", "指纹", "基准日期"):
        column = header.index(name)
        for row in sheet.iter_rows(min_row=2):
            cell = row[column]
            if cell.value is not None and cell.data_type != "s":
                problems.append(f"{cell.coordinate} ({name}) stored as {cell.data_type}: {cell.value!r}")
            if name == "区划代码" and cell.value:
                codes.append(cell.value)
    totals = workbook["汇总"]
    last = [cell.value for cell in totals[totals.max_row]]
    if last[0] != "合计" or last[-1] != expected:
        problems.append(f"summary total row {last}")
    if "--libreoffice" in argv:
        out = tempfile.mkdtemp(prefix="qingdan-xlsx-")
        subprocess.run(["soffice", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir",
                        out, path], check=True, capture_output=True)
        name = os.path.splitext(os.path.basename(path))[0] + ".csv"
        rows = list(csv.reader(open(os.path.join(out, name), encoding="utf-8")))
        column = rows[0].index("区划代码")
        seen = [row[column] for row in rows[1:] if row[column]]
        if seen != codes:
            problems.append(f"LibreOffice changed the codes: {seen[:5]} … for {codes[:5]} …")
    for problem in problems:
        print(f"{path}: {problem}")
    print(f"check_xlsx_report: {sheet.max_row - 1} findings, {len(codes)} codes, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
