#!/usr/bin/env python3
"""Test workbooks for Qingdan's spreadsheet reader, made from their YAML twins.

Each workbook in Tests/Filings/Workbooks/ has a twin, <name>.yaml: the filing a careful drafter
would type for the same content. This script reads the twin and lays it out the way drafters lay
out such a list in Excel (the LAYOUTS below: sheet names, title rows, Chinese column headers,
merged department cells, blank rows, 序号 formulas, a hidden drop-down sheet, an empty Sheet3 …),
so the workbook and the twin say the same thing and a reader can be tested against both.

  make_workbooks.py OUT                 write <name>.xlsx / <name>.csv, and the hostile files
                                        into OUT/hostile (see Tests/Hostile/Workbooks/README.md)
  make_workbooks.py --hostile DIR       only the hostile files
  make_workbooks.py --libreoffice OUT LO   re-save each OUT/<name>.xlsx|csv through soffice into
                                        LO/<name>.lo.xlsx (needs LibreOffice)
  make_workbooks.py --check [F H]       compare the committed files (default: the repository's
                                        Tests/Filings/Workbooks and Tests/Hostile/Workbooks) with
                                        what this script makes now: cell by cell, since zip bytes
                                        differ from run to run
  make_workbooks.py --expect QINGDAN [DIR]   run `QINGDAN check --format json` on each twin and
                                        write DIR/expect.jsonc and mark the twins: each finding with the cell where the
                                        same problem lives in the workbook
  make_workbooks.py --big-sheet FILE [ROWS]   a 协助事项 sheet with 200,000 rows (not committed)
  make_workbooks.py --zip-bomb FILE     a workbook whose sheet is 100 MB of zeros, deflated (~100 KB)

Deterministic: no clock, no randomness. Needs openpyxl and PyYAML.
"""

import csv
import datetime
import io
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile

import openpyxl
import yaml
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
FILINGS = os.path.join(REPO, "Tests", "Filings", "Workbooks")
HOSTILE = os.path.join(REPO, "Tests", "Hostile", "Workbooks")
FIXED_TIME = datetime.datetime(2024, 3, 1, 9, 0, 0)

# ---------------------------------------------------------------------------------------------
# Chinese values a drafter types (or picks from the drop-down) for the format's enumerations.

KIND_ZH = {
    "party_organization": "村党组织",
    "villagers_committee": "村民委员会",
    "collective_economy": "村集体经济组织",
    "supervision_committee": "村务监督委员会",
    "service_center": "村党群服务中心",
    "civilization_station": "村新时代文明实践站",
    "other": "其他",
    "award": "评比表彰、示范创建类牌匾",
}
ORIENTATION_ZH = {"vertical": "竖写", "horizontal": "横写"}
COLOUR_ZH = {"white": "白色", "red": "红色", "black": "黑色", "yellow": "黄色", "gold": "金色",
             "blue": "蓝色", "other": "其他"}
BASIS_LEVEL_ZH = {"central": "党中央、国务院明确要求", "law": "法律明文规定",
                  "statutory": "法律法规规定", "provincial_approval": "省级党委和政府同意", "none": "无"}
LEVEL_ZH = {"province": "省", "city": "市", "county": "区", "township": "乡镇", "village": "村"}


def bool_zh(v):
    return None if v is None else ("是" if v else "否")


def steps_cell(v):
    return None if v is None else "\n".join(v)          # Alt+Enter between steps


FORMATTERS = {
    "kind": lambda v: KIND_ZH.get(v, v),
    "orientation": lambda v: ORIENTATION_ZH.get(v, v),
    "background": lambda v: COLOUR_ZH.get(v, v),
    "text_color": lambda v: COLOUR_ZH.get(v, v),
    "basis_level": lambda v: BASIS_LEVEL_ZH.get(v, v),
    "dedicated_staff": bool_zh,
    "major": bool_zh,
    "steps": steps_cell,
}

# ---------------------------------------------------------------------------------------------
# Layouts. A sheet: name, source (dotted path in the twin), columns [(header, field, width)],
# and habits:
#   title       title rows above the header, each merged across the table
#   seq         "number" (1, 2, 3 typed), "formula" (=ROW()-k), "text" ("1" typed as text)
#   merge       fields whose equal values on consecutive rows share one vertically merged cell
#   blank_after item indexes followed by an empty row
#   trailing    item indexes whose 事项名称 carries a trailing space (and one a full-width space)
#   info        the 基本信息 label/value rows as a header block above the table (instead of a sheet)
#   date_text   write 基准日期 as the text "2024-03-01" instead of a date cell

Y_SELF = [("序号", "#", 6), ("事项名称", "name", 34), ("事项内容", "content", 46),
          ("法律依据", "basis", 40), ("备注", "note", 12)]
Y_ASSIST = [("序号", "#", 6), ("事项名称", "name", 32), ("法律法规依据", "basis", 40),
            ("责任部门", "department", 18), ("经费保障", "funding", 34), ("审批", "approval", 20),
            ("备注", "note", 10)]
Y_NEG = [("序号", "#", 6), ("事项名称", "name", 16), ("事项内容", "content", 50)]
Y_CERT = [("序号", "#", 6), ("事项名称", "name", 30), ("设定依据", "basis", 36),
          ("出具时限", "time_limit", 26), ("办理用途", "purpose", 28), ("办理流程", "process", 30),
          ("办事指南", "guide", 30), ("表单样本", "form_sample", 30)]

YUBEI_INFO = [("区划代码", "region.code"), ("地区名称", "region.name"), ("层级", "region.level"),
              ("基准日期", "as_of")]

LAYOUTS = {
    "yubei-district": {
        "info_sheet": {"name": "基本信息", "rows": YUBEI_INFO, "code_number": True,
                       "date_format": "yyyy-mm-dd"},
        "sheets": [
            {"name": "1.依法自治事项（2023年）", "source": "lists.self_governance",
             "title": ["渝北区村级组织依法自治事项清单"], "columns": Y_SELF, "seq": "formula",
             "blank_after": [7, 15], "trailing": [3, 12]},
            {"name": "附件2 协助事项", "source": "lists.assistance",
             "title": ["渝北区依法协助政府工作事项清单", "（共27项）"], "columns": Y_ASSIST[:5],
             "seq": "number", "merge": ["department", "funding"]},
            {"name": "负面事项", "source": "lists.negative",
             "title": ["渝北区村级组织负面事项清单"], "columns": Y_NEG, "seq": "number"},
            {"name": "证明事项", "source": "lists.certificates",
             "title": ["渝北区村级组织依法出具证明事项清单"], "columns": Y_CERT, "seq": "number"},
        ],
        "dropdowns": {"name": "下拉选项", "columns": {"责任部门": [
            "区民政局", "区公安分局", "区退役军人事务局", "区人民武装部", "区统计局", "区人力社保局",
            "区医保局", "区卫生健康委", "区残联", "区应急管理局", "区林业局", "区规划自然资源局",
            "区农业农村委", "区司法局", "区妇联", "区消防救援支队", "区文化旅游委",
            "区人大常委会选举工作机构"]}, "validate": {"附件2 协助事项": ("department", "责任部门")}},
        "empty_sheets": ["Sheet3"],
    },
    "yubei-district-bad": {
        "info_sheet": {"name": "基本信息", "rows": YUBEI_INFO, "code_number": False,
                       "date_text": True},
        "sheets": [
            {"name": "依法自治事项清单", "source": "lists.self_governance",
             "title": ["渝北区村级组织依法自治事项清单"],
             "columns": [("序号", "#", 6), ("事项名称", "name", 34), ("事项内容", "content", 46),
                         ("法律法规依据", "basis", 40)], "seq": "number", "blank_after": [11]},
            {"name": "依法协助政府工作事项", "source": "lists.assistance",
             "title": ["渝北区依法协助政府工作事项清单"],
             "columns": [("序号", "#", 6), ("事项名称", "name", 32), ("设定依据", "basis", 40),
                         ("主管部门", "department", 18), ("经费来源", "funding", 34),
                         ("审批", "approval", 22)], "seq": "formula",
             "merge": ["department", "funding"], "blank_after": [6, 16]},
            {"name": "负面清单", "source": "lists.negative",
             "title": ["渝北区村级组织负面事项清单"], "columns": Y_NEG, "seq": "text"},
            {"name": "依法出具证明事项", "source": "lists.certificates",
             "title": ["渝北区村级组织依法出具证明事项清单（保留7项）"],
             "columns": [("序号", "#", 6), ("事项名称", "name", 30), ("法律依据", "basis", 36),
                         ("办理时限", "time_limit", 26), ("办理用途", "purpose", 28),
                         ("具体流程", "process", 30), ("办事指南", "guide", 30),
                         ("表单样本", "form_sample", 30)], "seq": "number", "trailing": [7]},
        ],
        "empty_sheets": ["Sheet2", "Sheet3"],
    },
    "anshan-village-bad": {
        "info_sheet": {"name": "基本信息", "code_number": True, "date_format": 'yyyy"年"m"月"d"日"',
                       "rows": [("区划代码", "region.code"), ("地区名称", "region.name"),
                                ("层级", "region.level"), ("截至日期", "as_of"),
                                ("户数", "facility.households"),
                                ("总建筑面积（平方米）", "facility.building_area_m2"),
                                ("群众活动区域面积（平方米）", "facility.activity_area_m2")]},
        "sheets": [
            {"name": "外部标牌", "source": "signboards.outside",
             "title": ["某某村综合服务设施外部标牌"],
             "columns": [("序号", "#", 6), ("标牌名称", "name", 38), ("标牌类别", "kind", 24),
                         ("书写方向", "orientation", 10), ("底色", "background", 8),
                         ("字色", "text_color", 8), ("悬挂依据", "basis", 30),
                         ("依据层级", "basis_level", 22), ("备注", "note", 12)],
             "seq": "formula"},
            {"name": "内部标牌", "source": "signboards.inside",
             "columns": [("序号", "#", 6), ("标牌名称", "name", 30), ("标牌类别", "kind", 24)],
             "seq": "number", "trailing": [4]},
            {"name": "村级工作机制", "source": "mechanisms",
             "title": ["某某村村级工作机制"],
             "columns": [("序号", "#", 6), ("机制名称", "name", 26), ("设立单位", "set_by", 18),
                         ("设立依据", "basis", 36), ("依据层级", "basis_level", 22),
                         ("是否要求专人专岗", "dedicated_staff", 10),
                         ("经费和人员保障单位", "funded_by", 24)], "seq": "number"},
            {"name": "交办工作", "source": "tasks",
             "title": ["某某村承接交办工作情况（2024年一季度）"],
             "columns": [("序号", "#", 6), ("工作名称", "name", 30), ("交办单位", "assigned_by", 20),
                         ("工作内容和要求", "content", 30), ("对应的清单事项", "list_item", 24),
                         ("依据", "basis", 24), ("准入审批", "approval", 20),
                         ("经费保障", "funding", 30)], "seq": "number"},
        ],
        "dropdowns": {"name": "_lists", "columns": {
            "标牌类别": list(KIND_ZH.values()), "书写方向": list(ORIENTATION_ZH.values()),
            "颜色": list(COLOUR_ZH.values()), "依据层级": list(BASIS_LEVEL_ZH.values()),
            "是否": ["是", "否"]},
            "validate": {"外部标牌": [("kind", "标牌类别"), ("orientation", "书写方向"),
                                  ("background", "颜色"), ("text_color", "颜色"),
                                  ("basis_level", "依据层级")],
                         "内部标牌": [("kind", "标牌类别")],
                         "村级工作机制": [("basis_level", "依据层级"), ("dedicated_staff", "是否")]}},
        "empty_sheets": ["Sheet3"],
    },
    "haicang-district-bad": {
        "sheets": [
            {"name": "依法履行职责事项", "source": "lists.self_governance",
             "title": ["海沧区村（居）依法履行职责事项清单"],
             "info": {"rows": [("区划代码", "region.code"), ("地区名称", "region.name"),
                               ("层级", "region.level"), ("基准日期", "as_of")],
                      "level_key": True, "date_format": "yyyy/m/d"},
             "columns": [("序号", "#", 6), ("事项名称", "name", 30), ("依据", "basis", 36)],
             "seq": "number"},
            {"name": "协助事项", "source": "lists.assistance",
             "title": ["海沧区村（居）依法协助政府工作事项清单"],
             "columns": [("序号", "#", 6), ("事项名称", "name", 30), ("责任单位", "department", 18),
                         ("经费保障", "funding", 30)], "seq": "formula", "merge": ["department"],
             "trailing": [20]},
            {"name": "supervision", "source": "lists.supervision",
             "columns": [("序号", "#", 6), ("事项名称", "name", 30)], "seq": "number"},
            {"name": "台账报表", "source": "lists.reports",
             "columns": [("序号", "#", 6), ("事项名称", "name", 30), ("备注", "note", 20)],
             "seq": "number"},
            {"name": "评比达标活动", "source": "lists.evaluations",
             "columns": [("序号", "#", 6), ("事项名称", "name", 30)], "seq": "number"},
            {"name": "证明事项", "source": "lists.certificates",
             "columns": [("序号", "#", 6), ("事项名称", "name", 26), ("法律依据", "basis", 40),
                         ("出具时限", "time_limit", 12), ("办理用途", "purpose", 28),
                         ("办理流程", "process", 40)], "seq": "number"},
            {"name": "小微权力", "source": "lists.micro_powers",
             "title": ["海沧区村级小微权力清单"],
             "columns": [("序号", "#", 6), ("事项名称", "name", 24), ("事项类别", "category", 16),
                         ("办理流程环节", "steps", 30), ("是否重大事项", "major", 10)],
             "seq": "number"},
        ],
    },
}

LAYOUTS["anshan-city-signboards"] = {
    "info_sheet": {"name": "基本信息", "code_number": True, "date_format": "yyyy-mm-dd",
                   "rows": [("区划代码", "region.code"), ("地区名称", "region.name"),
                            ("层级", "region.level"), ("基准日期", "as_of")]},
    "sheets": [
        {"name": "挂牌清单变更日期", "source": "signboard_list_revisions",
         "title": ["鞍山市村级组织挂牌清单制定和变更情况"],
         "columns": [("序号", "#", 6), ("变更日期", ".", 16)], "seq": "number",
         "date_text_rows": [1], "date_format": 'yyyy"年"m"月"d"日"'},
        {"name": "外部标牌", "source": "signboards.outside",
         "title": ["村级综合服务设施外部标牌（统一式样）"],
         "columns": [("序号", "#", 6), ("标牌名称", "name", 30), ("标牌类别", "kind", 22),
                     ("书写方向", "orientation", 10), ("底色", "background", 8), ("字色", "text_color", 8)],
         "seq": "number", "english_kind": True, "short_colours": True},
        {"name": "内部标牌", "source": "signboards.inside",
         "columns": [("序号", "#", 6), ("标牌名称", "name", 30), ("标牌类别", "kind", 22)],
         "seq": "number", "english_kind": True},
    ],
}

# The CSV: one table, a label/value block above it, a 清单 row naming the list, then the header.
CSV_LAYOUTS = {
    "nanchuan-assistance": {
        "info": [("区划代码", "region.code"), ("地区名称", "region.name"), ("层级", "region.level"),
                 ("截至日期", "as_of")],
        "list_label": "协助事项", "source": "lists.assistance",
        "columns": [("序号", "#"), ("事项名称", "name"), ("法律依据", "basis"),
                    ("责任单位", "department"), ("经费来源", "funding"), ("备注", "note")],
    },
}

# ---------------------------------------------------------------------------------------------

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def get(data, dotted):
    cur = data
    for part in dotted.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return None
        cur = cur[part]
    return cur


def load_twin(name, folder=FILINGS):
    with open(os.path.join(folder, name + ".yaml"), encoding="utf-8") as f:
        return yaml.safe_load(f)


def ref(sheet, col, row):
    return {"sheet": sheet, "cell": f"{get_column_letter(col)}{row}"}


class CellMap:
    """Where each part of the twin lives in the workbook: YAML path → cell."""

    def __init__(self):
        self.cells = {}          # path → {"sheet", "cell"}; item paths → their 事项名称 cell
        self.first_sheet = None

    def put(self, path, sheet, col, row):
        self.cells[path] = ref(sheet, col, row)


def info_value(path, value, opts):
    if path == "region.code":
        if opts.get("code_number"):
            return int(value)                  # typed as a number: 500112000000
        return str(value)
    if path == "region.level":
        return value if opts.get("level_key") else LEVEL_ZH.get(value, value)
    if path == "as_of":
        if opts.get("date_text"):
            return value.isoformat()
        return datetime.datetime(value.year, value.month, value.day)
    return value


def write_info_rows(ws, data, rows, opts, top, cmap, sheet):
    r = top
    for label, path in rows:
        value = get(data, path)
        if value is None:
            continue
        ws.cell(row=r, column=1, value=label).font = Font(bold=True)
        c = ws.cell(row=r, column=2, value=info_value(path, value, opts))
        if path == "as_of" and not opts.get("date_text"):
            c.number_format = opts.get("date_format", "yyyy-mm-dd")
        if path == "region.code" and opts.get("code_number"):
            c.number_format = "0"
        cmap.put(path, sheet, 2, r)
        r += 1
    return r


def write_list_sheet(ws, spec, data, cmap):
    sheet = spec["name"]
    items = get(data, spec["source"]) or []
    cols = spec["columns"]
    ncol = len(cols)
    row = 1
    if "info" in spec:
        row = write_info_rows(ws, data, spec["info"]["rows"], spec["info"], row, cmap, sheet)
        row += 1                                       # an empty row under the block
    for title in spec.get("title", []):
        ws.cell(row=row, column=1, value=title)
        ws.cell(row=row, column=1).font = Font(bold=True, size=14 if title == spec["title"][0] else 11)
        ws.cell(row=row, column=1).alignment = CENTER
        if ncol > 1:
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        row += 1
    cmap.put(spec["source"], sheet, 1, 1)
    header_row = row
    for j, (header, _field, width) in enumerate(cols, start=1):
        c = ws.cell(row=row, column=j, value=header)
        c.font = Font(bold=True)
        c.fill = HEADER_FILL
        c.border = BORDER
        c.alignment = CENTER
        ws.column_dimensions[get_column_letter(j)].width = width
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    row += 1
    item_rows = []
    for i, item in enumerate(items):
        item_rows.append(row)
        for j, (_header, field, _w) in enumerate(cols, start=1):
            c = ws.cell(row=row, column=j)
            c.border = BORDER
            c.alignment = CENTER if field == "#" else WRAP
            path = f"{spec['source']}[{i}]"
            if field == "#":
                seq = spec.get("seq", "number")
                if seq == "formula":
                    # =ROW()-k, k fixed up by hand below each blank row, as drafters do
                    c.value = f"=ROW()-{row - i - 1}"
                elif seq == "text":
                    c.value = str(i + 1)
                else:
                    c.value = i + 1
                continue
            value = item if field == "." else item.get(field)
            fmt = FORMATTERS.get(field)
            if field == "kind" and spec.get("english_kind"):
                fmt = None                                  # the key itself, as in the YAML
            if field in ("background", "text_color") and spec.get("short_colours"):
                fmt = lambda v: COLOUR_ZH.get(v, v).rstrip("色")   # 白 / 红
            if fmt:
                value = fmt(value)
            if isinstance(value, datetime.date):
                if i in spec.get("date_text_rows", []):
                    value = value.isoformat()
                else:
                    value = datetime.datetime(value.year, value.month, value.day)
                    c.number_format = spec.get("date_format", "yyyy-mm-dd")
            if field == "name" and i in spec.get("trailing", []):
                value = value + ("\u3000" if i == spec["trailing"][-1] and len(spec["trailing"]) > 1 else " ")
            c.value = value
            if field == ".":
                cmap.put(path, sheet, j, row)
                continue
            cmap.put(f"{path}.{field}", sheet, j, row)
            if field == "name":
                cmap.put(path, sheet, j, row)
        row += 1
        if i in spec.get("blank_after", []):
            row += 1
    # merged cells: equal consecutive values (not across a blank row) share the first cell
    for field in spec.get("merge", []):
        j = next(k for k, (_h, f, _w) in enumerate(cols, start=1) if f == field)
        i = 0
        while i < len(items):
            k = i
            while (k + 1 < len(items) and items[k + 1].get(field) is not None
                   and items[k + 1].get(field) == items[i].get(field)
                   and item_rows[k + 1] == item_rows[k] + 1):
                k += 1
            if k > i and items[i].get(field) is not None:
                for m in range(i + 1, k + 1):
                    ws.cell(row=item_rows[m], column=j).value = None
                    # the value lives in the merge's first cell
                    cmap.put(f"{spec['source']}[{m}].{field}", sheet, j, item_rows[i])
                ws.merge_cells(start_row=item_rows[i], start_column=j, end_row=item_rows[k], end_column=j)
            i = k + 1
    return header_row, item_rows


def make_workbook(name, out_dir):
    layout = LAYOUTS[name]
    data = load_twin(name)
    cmap = CellMap()
    wb = openpyxl.Workbook()
    wb.properties.creator = "某某区民政局"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.remove(wb.active)
    if "info_sheet" in layout:
        spec = layout["info_sheet"]
        ws = wb.create_sheet(spec["name"])
        ws.column_dimensions["A"].width = 28
        ws.column_dimensions["B"].width = 36
        write_info_rows(ws, data, spec["rows"], spec, 1, cmap, spec["name"])
    headers = {}
    for spec in layout["sheets"]:
        ws = wb.create_sheet(spec["name"])
        headers[spec["name"]] = (spec, ) + write_list_sheet(ws, spec, data, cmap)
    dd = layout.get("dropdowns")
    if dd:
        ws = wb.create_sheet(dd["name"])
        anchors = {}
        for j, (label, values) in enumerate(dd["columns"].items(), start=1):
            ws.cell(row=1, column=j, value=label)
            for r, v in enumerate(values, start=2):
                ws.cell(row=r, column=j, value=v)
            L = get_column_letter(j)
            anchors[label] = f"{quote_sheet(dd['name'])}!${L}$2:${L}${len(values) + 1}"
        ws.sheet_state = "hidden"
        for sheet, pairs in dd.get("validate", {}).items():
            if isinstance(pairs, tuple):
                pairs = [pairs]
            spec, header_row, item_rows = headers[sheet]
            target = wb[sheet]
            for field, label in pairs:
                j = next(k for k, (_h, f, _w) in enumerate(spec["columns"], start=1) if f == field)
                L = get_column_letter(j)
                dv = DataValidation(type="list", formula1=anchors[label], allow_blank=True)
                dv.add(f"{L}{header_row + 1}:{L}{header_row + 200}")
                target.add_data_validation(dv)
    for extra in layout.get("empty_sheets", []):
        wb.create_sheet(extra)
    wb.active = 0
    cmap.first_sheet = wb.sheetnames[0]
    path = os.path.join(out_dir, name + ".xlsx")
    wb.save(path)
    return path, cmap


def quote_sheet(name):
    return "'" + name.replace("'", "''") + "'" if re.search(r"[^A-Za-z0-9_]", name) else name


def csv_rows(name):
    layout = CSV_LAYOUTS[name]
    data = load_twin(name)
    cmap = CellMap()
    ncol = len(layout["columns"])
    rows = []
    for label, path in layout["info"]:
        v = get(data, path)
        if path == "region.level":
            v = "县（区）"
        elif isinstance(v, datetime.date):
            v = v.isoformat()
        rows.append([label, str(v)] + [""] * (ncol - 2))
        cmap.put(path, None, 2, len(rows))
    rows.append([""] * ncol)
    rows.append(["清单", layout["list_label"]] + [""] * (ncol - 2))
    cmap.put(layout["source"], None, 1, 1)
    rows.append([h for h, _f in layout["columns"]])
    for i, item in enumerate(get(data, layout["source"])):
        row = []
        for j, (_h, field) in enumerate(layout["columns"], start=1):
            if field == "#":
                row.append(str(i + 1))
                continue
            row.append("" if item.get(field) is None else str(item[field]))
            cmap.put(f"{layout['source']}[{i}].{field}", None, j, len(rows) + 1)
            if field == "name":
                cmap.put(f"{layout['source']}[{i}]", None, j, len(rows) + 1)
        rows.append(row)
    cmap.first_sheet = None
    return rows, cmap


def make_csv(name, out_dir):
    rows, cmap = csv_rows(name)
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)   # Excel: CRLF, quotes only when needed
    path = os.path.join(out_dir, name + ".csv")
    with open(path, "wb") as f:
        f.write(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))   # 「CSV UTF-8（逗号分隔）」
    return path, cmap


def make_gbk_csv(out_dir):
    """The same CSV saved as plain 「CSV（逗号分隔）」 on Chinese Windows: GBK, no BOM."""
    rows, _ = csv_rows("nanchuan-assistance")
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows[:12])
    path = os.path.join(out_dir, "gbk.csv")
    with open(path, "wb") as f:
        f.write(buf.getvalue().encode("gbk"))
    return path


# ---------------------------------------------------------------------------------------------
# Hostile files


def small_assistance_workbook(header_basis="法律依据", extra_sheet=None, formulas=False):
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    info = wb.active
    info.title = "基本信息"
    for r, (k, v) in enumerate([("区划代码", "500112"), ("地区名称", "重庆市渝北区"), ("层级", "区"),
                                ("基准日期", "2023-06-30")], start=1):
        info.cell(row=r, column=1, value=k)
        info.cell(row=r, column=2, value=v)
    ws = wb.create_sheet("协助事项")
    ws.append(["渝北区依法协助政府工作事项清单"])
    ws.merge_cells("A1:E1")
    ws.append(["序号", "事项名称", header_basis, "责任部门", "经费保障"])
    rows = [("协助开展社会救助", "《社会救助暂行办法》", "区民政局", "区民政局按年度拨付村级协助工作经费"),
            ("协助维护辖区社会治安", "《中华人民共和国村民委员会组织法》第二条", "区公安分局",
             "区公安分局按年度拨付村级协助工作经费"),
            ("协助做好兵役登记和征兵宣传", "《中华人民共和国兵役法》", "区人民武装部",
             "区人民武装部按年度拨付村级协助工作经费")]
    for i, r in enumerate(rows, start=1):
        ws.append([i] + list(r))
    if formulas:
        # content computed by formulas, saved by openpyxl: no cached values in the file
        ws["B4"] = '="协助维护"&"辖区社会治安"'
        ws["D5"] = "=D3"
        ws["E5"] = '=D5&"按年度拨付村级协助工作经费"'
    if extra_sheet:
        x = wb.create_sheet(extra_sheet)
        x.append(["序号", "事项名称", "备注"])
        x.append([1, "协助开展人口普查和统计调查", ""])
    return wb


def cfb(streams):
    """A minimal OLE2 compound file (512-byte sectors) holding the given streams
    (name → bytes, each padded to 4096 bytes so no mini stream is needed)."""
    SEC = 512
    ENDOFCHAIN, FREESECT, FATSECT = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    names = list(streams)
    datas = [streams[n] + b"\0" * ((4096 - len(streams[n]) % 4096) % 4096 or 0) for n in names]
    datas = [d if len(d) >= 4096 else d + b"\0" * (4096 - len(d)) for d in datas]
    # layout: sector 0 = FAT, sector 1 = directory, then the streams
    fat = [FATSECT, ENDOFCHAIN]
    starts = []
    for d in datas:
        n = len(d) // SEC
        start = len(fat)
        starts.append(start)
        fat += [start + k + 1 for k in range(n - 1)] + [ENDOFCHAIN]
    assert len(fat) <= SEC // 4
    fat += [FREESECT] * (SEC // 4 - len(fat))

    def entry(name, typ, start, size, child=0xFFFFFFFF, left=0xFFFFFFFF, right=0xFFFFFFFF):
        raw = name.encode("utf-16-le") + b"\0\0"
        return (raw.ljust(64, b"\0") + struct.pack("<HBB", len(raw), typ, 1)
                + struct.pack("<III", left, right, child) + b"\0" * 16 + b"\0" * 4 + b"\0" * 16
                + struct.pack("<IIi", start, size, 0))[:128]
    # a degenerate tree: root's child is entry 1, each entry's right sibling is the next one
    dirs = [entry("Root Entry", 5, ENDOFCHAIN, 0, child=1 if names else 0xFFFFFFFF)]
    for k, (n, d) in enumerate(zip(names, datas)):
        right = k + 2 if k + 1 < len(names) else 0xFFFFFFFF
        dirs.append(entry(n, 2, starts[k], len(streams[n]), right=right))
    dirs += [b"\0" * 128] * ((4 - len(dirs) % 4) % 4)
    assert len(dirs) == 4, "one directory sector"
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16 + struct.pack("<HH", 0x3E, 3)
              + struct.pack("<HHH", 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, ENDOFCHAIN, 0, ENDOFCHAIN, 0)
              + struct.pack("<I", 0) + struct.pack("<I", FREESECT) * 108)
    assert len(header) == SEC, len(header)
    return header + struct.pack("<128I", *fat) + b"".join(dirs) + b"".join(datas)


def zip_part_bytes(wb):
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def rezip(src_bytes, transform):
    """Copy a zip, letting transform(name, data) return (name, data) or a list of them."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(src_bytes)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            res = transform(info.filename, zin.read(info.filename))
            if res is None:
                continue
            for n, d in (res if isinstance(res, list) else [res]):
                zi = zipfile.ZipInfo(n, date_time=(2024, 3, 1, 9, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                zout.writestr(zi, d)
    return out.getvalue()


def fixed_zip(entries):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in entries:
            zi = zipfile.ZipInfo(n, date_time=(2024, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, d)
    return out.getvalue()


def declare_size(zip_bytes, member, size):
    """Patch the declared uncompressed size of one member (local header and central directory)."""
    b = bytearray(zip_bytes)
    name = member.encode()
    i = 0
    while True:
        i = b.find(b"PK\x03\x04", i)
        if i < 0:
            break
        n = struct.unpack_from("<H", b, i + 26)[0]
        if bytes(b[i + 30:i + 30 + n]) == name:
            struct.pack_into("<I", b, i + 22, size)
        i += 4
    i = 0
    while True:
        i = b.find(b"PK\x01\x02", i)
        if i < 0:
            break
        n = struct.unpack_from("<H", b, i + 28)[0]
        if bytes(b[i + 46:i + 46 + n]) == name:
            struct.pack_into("<I", b, i + 24, size)
        i += 4
    return bytes(b)


def zip_bomb_bytes(megabytes=100):
    """A workbook whose sheet1.xml is `megabytes` MB of zeros after a valid start."""
    base = zip_part_bytes(small_assistance_workbook())
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED,
                                                                   compresslevel=9) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            if info.filename == "xl/worksheets/sheet2.xml":
                with zout.open(zi, "w") as w:
                    w.write(data[:data.index(b"<sheetData>") + len(b"<sheetData>")])
                    chunk = b"0" * (1 << 20)
                    for _ in range(megabytes):
                        w.write(chunk)
            else:
                zout.writestr(zi, data)
    return out.getvalue()


def write_big_sheet(path, rows=200_000):
    """基本信息 and a 协助事项 sheet of `rows` items, written as raw XML (inline strings): ~2 s."""
    from xml.sax.saxutils import escape
    base = zip_part_bytes(small_assistance_workbook())

    def cell(ref_, v):
        if isinstance(v, int):
            return f'<c r="{ref_}"><v>{v}</v></c>'
        return f'<c r="{ref_}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'

    def sheet_xml():
        yield ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns='
               '"http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        header = ["序号", "事项名称", "法律依据", "责任部门", "经费保障"]
        yield '<row r="1">' + "".join(cell(f"{c}1", h) for c, h in zip("ABCDE", header)) + "</row>"
        for i in range(1, rows + 1):
            r = i + 1
            values = [i, f"协助开展第{i}项工作", "《社会救助暂行办法》", "区民政局", "区民政局按年度拨付村级协助工作经费"]
            yield f'<row r="{r}">' + "".join(cell(f"{c}{r}", v) for c, v in zip("ABCDE", values)) + "</row>"
        yield "</sheetData></worksheet>"

    with zipfile.ZipFile(io.BytesIO(base)) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            if info.filename == "xl/worksheets/sheet2.xml":
                with zout.open(zi, "w") as w:
                    buf = []
                    for chunk in sheet_xml():
                        buf.append(chunk)
                        if len(buf) >= 4096:
                            w.write("".join(buf).encode("utf-8"))
                            buf = []
                    w.write("".join(buf).encode("utf-8"))
            else:
                zout.writestr(zi, zin.read(info.filename))
    return path


def make_hostile(out_dir):
    made = {}
    base = zip_part_bytes(small_assistance_workbook())

    def put(name, data):
        with open(os.path.join(out_dir, name), "wb") as f:
            f.write(data)
        made[name] = data

    put("truncated.xlsx", base[: len(base) * 3 // 5])
    put("empty.xlsx", b"")
    put("not-a-workbook.xlsx", fixed_zip([
        ("说明.txt", "这是一个普通的压缩包，不是 Excel 工作簿。\n".encode("utf-8")),
        ("data/items.json", json.dumps({"协助事项": ["协助开展社会救助"]}, ensure_ascii=False).encode("utf-8"))]))
    put("zip-bomb-declared.xlsx", declare_size(base, "xl/worksheets/sheet2.xml", 0xFFFFFFF0))

    def macro(n, d):
        if n == "[Content_Types].xml":
            d = d.replace(b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                          b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            d = d.replace(b"</Types>", b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
            return (n, d)
        if n == "xl/_rels/workbook.xml.rels":
            d = d.replace(b"</Relationships>", b'<Relationship Id="rIdVBA" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
            return [(n, d), ("xl/vbaProject.bin", cfb({"VBA": b"Attribute VB_Name = \"Module1\"\r\nSub AutoOpen()\r\nEnd Sub\r\n", "PROJECT": b"ID=\"{00000000-0000-0000-0000-000000000000}\"\r\n"}))]
        return (n, d)
    put("macro.xlsm", rezip(base, macro))
    put("macro-renamed.xlsx", made["macro.xlsm"])
    put("legacy.xls", cfb({"Workbook": b"\x09\x08\x10\x00\x00\x06\x05\x00" + b"\0" * 24,
                           "\x05SummaryInformation": b"\xfe\xff" + b"\0" * 46}))
    put("encrypted.xlsx", cfb({"EncryptionInfo": struct.pack("<HHI", 4, 4, 0x40) + b"<?xml version=\"1.0\"?><encryption/>",
                               "EncryptedPackage": struct.pack("<Q", 8192) + bytes(range(256)) * 4,
                               "\x06DataSpaces": b"\x08\0\0\0\x01\0\0\0"}))
    put("formulas.xlsx", zip_part_bytes(small_assistance_workbook(formulas=True)))
    put("typo.xlsx", zip_part_bytes(small_assistance_workbook(header_basis="法律依椐", extra_sheet="随便什么")))

    def entities(n, d):
        # a billion-laughs DOCTYPE in the sheet: a reader must not expand it
        if n != "xl/worksheets/sheet2.xml":
            return (n, d)
        body = d.split(b"?>", 1)[1].lstrip() if d.startswith(b"<?xml") else d
        bomb = (b'<!DOCTYPE worksheet [<!ENTITY lol "lol">'
                + b"".join(b'<!ENTITY lol%d "%s">' % (k, (b"&lol%d;" % (k - 1) if k > 1 else b"&lol;") * 10)
                           for k in range(1, 10)) + b"]>\n")
        body = body.replace(b"</sheetData>",
                            b'<row r="9"><c r="B9" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData>', 1)
        return (n, b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + bomb + body)
    put("entity-expansion.xlsx", rezip(base, entities))
    put("path-traversal.xlsx", rezip(base, lambda n, d: [(n, d), ("../../../../tmp/qingdan-evil.txt", b"written outside")] if n == "xl/workbook.xml" else (n, d)))
    make_gbk_csv(out_dir)
    made["gbk.csv"] = open(os.path.join(out_dir, "gbk.csv"), "rb").read()
    return made


# ---------------------------------------------------------------------------------------------


def generate(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    maps = {}
    for name in LAYOUTS:
        _, maps[name] = make_workbook(name, out_dir)
    for name in CSV_LAYOUTS:
        _, maps[name] = make_csv(name, out_dir)
    return maps


def libreoffice(src_dir, lo_dir):
    os.makedirs(lo_dir, exist_ok=True)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found")
    with tempfile.TemporaryDirectory() as tmp:
        profile = "file://" + os.path.join(tmp, "profile")
        for name in list(LAYOUTS) + list(CSV_LAYOUTS):
            ext = ".csv" if name in CSV_LAYOUTS else ".xlsx"
            src = os.path.join(src_dir, name + ext)
            args = [soffice, f"-env:UserInstallation={profile}", "--headless"]
            if ext == ".csv":
                args += ["--infilter=CSV:44,34,76,1"]      # comma, double quote, UTF-8, from line 1
            args += ["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", tmp, src]
            subprocess.run(args, check=True, stdout=subprocess.DEVNULL, timeout=180)
            shutil.move(os.path.join(tmp, name + ".xlsx"), os.path.join(lo_dir, name + ".lo.xlsx"))


def norm(v):
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, datetime.datetime) and v.time() == datetime.time(0):
        return v.date()
    if v == "":
        return None
    return v


def snapshot(path):
    """What a reader sees: sheet names and states, cell values, merged ranges."""
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        cells = {}
        for row in ws.iter_rows():
            for c in row:
                v = norm(c.value)
                if v is not None:
                    cells[c.coordinate] = v
        out.append((ws.title, ws.sheet_state, cells, sorted(str(m) for m in ws.merged_cells.ranges)))
    return out


def compare(a_path, b_path, label, lo=False):
    a, b = snapshot(a_path), snapshot(b_path)
    problems = []
    if [x[:2] for x in a] != [x[:2] for x in b]:
        problems.append(f"{label}: sheets {[x[:2] for x in a]} != {[x[:2] for x in b]}")
    for (ta, _sa, ca, ma), (tb, _sb, cb, mb) in zip(a, b):
        for k in sorted(set(ca) | set(cb)):
            va, vb = ca.get(k), cb.get(k)
            if lo and isinstance(vb, str) and vb.startswith("="):
                vb = vb.replace(" ", "")
            if lo and isinstance(va, str) and va.startswith("="):
                va = va.replace(" ", "")
            if va != vb:
                problems.append(f"{label}: {ta}!{k}: {va!r} != {vb!r}")
        if ma != mb:
            problems.append(f"{label}: {ta} merges {ma} != {mb}")
    return problems


def check(filings=FILINGS, hostile=HOSTILE):
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        generate(tmp)
        for name in LAYOUTS:
            problems += compare(os.path.join(filings, name + ".xlsx"), os.path.join(tmp, name + ".xlsx"), name + ".xlsx")
            lo = os.path.join(filings, name + ".lo.xlsx")
            if os.path.exists(lo):
                problems += compare(lo, os.path.join(tmp, name + ".xlsx"), name + ".lo.xlsx", lo=True)
            else:
                problems.append(f"{name}.lo.xlsx missing")
        for name in CSV_LAYOUTS:
            with open(os.path.join(filings, name + ".csv"), "rb") as f, open(os.path.join(tmp, name + ".csv"), "rb") as g:
                if f.read() != g.read():
                    problems.append(f"{name}.csv differs")
            lo = os.path.join(filings, name + ".lo.xlsx")
            if os.path.exists(lo):
                rows, _ = csv_rows(name)
                wb = openpyxl.load_workbook(lo)
                ws = wb.worksheets[0]
                for r, row in enumerate(rows, start=1):
                    for c, v in enumerate(row, start=1):
                        got = ws.cell(row=r, column=c).value
                        want = v if v != "" else None
                        if norm(got) != want and str(norm(got)) != str(want) and not (
                                isinstance(got, datetime.datetime) and got.date().isoformat() == want):
                            problems.append(f"{name}.lo.xlsx: {get_column_letter(c)}{r}: {got!r} != {want!r}")
            else:
                problems.append(f"{name}.lo.xlsx missing")
        hdir = os.path.join(tmp, "hostile")
        os.makedirs(hdir)
        made = make_hostile(hdir)
        for n, data in made.items():
            p = os.path.join(hostile, n)
            if not os.path.exists(p):
                problems.append(f"hostile {n} missing")
                continue
            committed = open(p, "rb").read()
            if n.endswith((".xlsx", ".xlsm")) and data[:2] == b"PK" and n not in ("truncated.xlsx", "zip-bomb-declared.xlsx"):
                try:
                    with zipfile.ZipFile(io.BytesIO(committed)) as za, zipfile.ZipFile(io.BytesIO(data)) as zb:
                        names = sorted(za.namelist())
                        if names != sorted(zb.namelist()):
                            problems.append(f"hostile {n}: parts differ")
                        for part in names:
                            if part.startswith("docProps/"):
                                continue
                            if za.read(part) != zb.read(part):
                                problems.append(f"hostile {n}: {part} differs")
                except zipfile.BadZipFile as e:
                    problems.append(f"hostile {n}: {e}")
            elif n in ("truncated.xlsx", "zip-bomb-declared.xlsx"):
                if len(committed) == 0 or committed[:2] != b"PK":
                    problems.append(f"hostile {n}: not a zip start")
            elif committed != data:
                problems.append(f"hostile {n} differs")
    for p in problems:
        print(p)
    print("ok" if not problems else f"{len(problems)} differences")
    return not problems


FIELD_IN_MESSAGE = re.compile(r"（([a-z_]+)）")


def expect(qingdan, folder=FILINGS):
    """expect.json: the findings each twin yields, located at the workbook cell of the problem."""
    with tempfile.TemporaryDirectory() as tmp:
        maps = generate(tmp)
    result = {}
    for name, cmap in maps.items():
        kind = "csv" if name in CSV_LAYOUTS else "xlsx"
        proc = subprocess.run([qingdan, "check", "--format", "json", os.path.join(folder, name + ".yaml")],
                              capture_output=True, text=True)
        report = json.loads(proc.stdout)
        findings = []
        for f in report["files"][0]["findings"]:
            path = f.get("path") or ""
            m = FIELD_IN_MESSAGE.search(f["message"])
            where = None
            if m and f"{path}.{m.group(1)}" in cmap.cells:
                where = cmap.cells[f"{path}.{m.group(1)}"]      # a missing field: its (empty) cell
            elif path in cmap.cells:
                where = cmap.cells[path]
            else:
                where = {"sheet": cmap.first_sheet, "cell": "A1"}   # a missing section
            row_ref = None
            item = re.match(r"^(.*\[\d+\])", path)
            if item and item.group(1) in cmap.cells:
                row_ref = int(re.sub(r"^[A-Z]+", "", cmap.cells[item.group(1)]["cell"]))
            entry = {"rule_id": f["rule_id"], "topic": f["topic"], "severity": f["severity"],
                     "path": path, "sheet": where["sheet"], "cell": where["cell"]}
            if row_ref is not None:
                entry["row"] = row_ref
            entry["ref"] = (f"{name}.{kind}:" + (f"{where['sheet']}!" if where["sheet"] else "") + where["cell"])
            findings.append(entry)
        result[name] = {"file": f"{name}.{kind}", "lo_file": f"{name}.lo.xlsx",
                        "twin": f"{name}.yaml", "status": report["files"][0]["status"],
                        "findings": findings}
        mark_twin(os.path.join(folder, name + ".yaml"), report["files"][0]["findings"])
    # .jsonc, not .json: `qingdan check FOLDER` would take a .json file for a filing
    with open(os.path.join(folder, "expect.jsonc"), "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=2)
        f.write("\n")


def mark_twin(path, findings):
    """Put `# expect: RULE` on each finding's line of the twin (the marks RealisticFilingTests reads)."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    lines = [re.sub(r"\s+# expect:.*$", "", line) for line in lines]
    by_line = {}
    for finding in findings:
        if finding["severity"] != "info":
            by_line.setdefault(finding["line"], []).append(finding["rule_id"])
    for line, rules in by_line.items():
        lines[line - 1] += "  # expect: " + ", ".join(dict.fromkeys(rules))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    if argv[0] == "--libreoffice":
        libreoffice(argv[1], argv[2])
    elif argv[0] == "--check":
        return 0 if check(*(argv[1:3] if len(argv) > 1 else [])) else 1
    elif argv[0] == "--expect":
        expect(argv[1], *(argv[2:3]))
    elif argv[0] == "--big-sheet":
        write_big_sheet(argv[1], int(argv[2]) if len(argv) > 2 else 200_000)
    elif argv[0] == "--zip-bomb":
        with open(argv[1], "wb") as f:
            f.write(zip_bomb_bytes())
    elif argv[0] == "--hostile":
        os.makedirs(argv[1], exist_ok=True)
        make_hostile(argv[1])
    else:
        generate(argv[0])
        os.makedirs(os.path.join(argv[0], "hostile"), exist_ok=True)
        make_hostile(os.path.join(argv[0], "hostile"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
