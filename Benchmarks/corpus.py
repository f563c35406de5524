#!/usr/bin/env python3
"""Deterministic benchmark corpus: realistic village and district filings for the three
jurisdictions (Yubei, Haicang, Anshan), with violations planted at known rates.

usage: corpus.py OUT_DIR N [--seed S] [--mix benchmark|office]

Two mixes:

  benchmark  (default) six counties of villages, one district filing each for Yubei and Haicang,
             violations planted at fixed low rates (about one finding in four villages);
  office     what a filing office's first run looks like: about one file in ten is a county
             filing (Yubei, Haicang and the seven county-level divisions of Anshan), each followed
             by nine of its villages; a village carries 0 to 12 findings (15 % none, mean about
             five). A county files once per round, so a county's filings carry successive as_of
             dates and each village is checked against the county filing of its own round;
  office-clean  the office mix with nothing planted: what findings cost is the difference.

Writes N filings under OUT_DIR, and OUT_DIR.expected.json: how many findings of each rule the
corpus holds. The same N, seed and mix always give byte-identical files.
"""
import json
import os
import random
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.join(ROOT, "..", "Examples")

# County-level regions and the packs that judge them.
COUNTIES = [
    ("500112", "重庆市渝北区", "yubei"),
    ("350205", "福建省厦门市海沧区", "haicang"),
    ("210302", "鞍山市铁东区", "anshan"),
    ("210303", "鞍山市铁西区", "anshan"),
    ("210311", "鞍山市千山区", "anshan"),
    ("210381", "海城市", "anshan"),
]

# Tasks that are on the Yubei and Haicang district lists (Examples/*/district.yaml).
LISTED_TASKS = {
    "yubei": ["协助开展社会救助", "协助做好兵役登记和征兵宣传", "协助开展人口普查和统计调查",
              "协助做好城乡居民基本养老保险参保", "协助开展爱国卫生工作", "调解民间纠纷",
              "协助做好防汛抗旱和自然灾害防御", "协助开展法治宣传教育"],
    "haicang": ["协助开展社会救助", "协助做好最低生活保障入户调查", "协助做好兵役登记", "协助开展人口普查",
                "协助开展传染病防控", "协助做好防汛防台风", "监督村务公开", "村级财务台账"],
    "anshan": ["协助开展城乡居民基本医疗保险参保", "协助做好防汛抗旱和自然灾害防御",
               "协助开展社会救助", "协助做好老年人关爱服务"],
}
UNLISTED_TASK = "协助开展企业用工情况调查"
NEGATIVE_TASK = "负责辖区违法建筑拆除"

# Planted violation rates per village filing.
RATES = {
    "abbreviation": 0.05, "traditional": 0.03, "extra_outside": 0.04, "horizontal": 0.05,
    "small_facility": 0.05, "mechanism_without_basis": 0.03, "unlisted_task": 0.05,
    "negative_task": 0.02, "task_without_funding": 0.04,
}


def village(rng, code, name, jurisdiction, as_of, expected):
    def count(rule, n=1):
        expected[rule] = expected.get(rule, 0) + n

    short = name[-6:]
    plant = {key: rng.random() < rate for key, rate in RATES.items()}
    lines = ["# yaml-language-server: $schema=../../Docs/schemas/filing.schema.json",
             f"# {name}：村级申报（基准测试语料，自动生成）",
             "qingdan: 1", "region:", f'  code: "{code}"', f"  name: {name}", "  level: village",
             f"as_of: {as_of}", "", "signboards:", "  outside:"]
    outside = [
        (f"中国共产党{short}委员会", "party_organization", "red"),
        (f"{short}村民委员会", "villagers_committee", "black"),
        (f"{short}股份经济合作社", "collective_economy", "black"),
        (f"{short}村务监督委员会", "supervision_committee", "black"),
        (f"{short}党群服务中心", "service_center", "black"),
        (f"{short}新时代文明实践站", "civilization_station", "black"),
    ]
    anshan = jurisdiction == "anshan"
    if plant["abbreviation"]:
        outside[1] = (f"{short}村委会", "villagers_committee", "black")
        count("CN-NAME-ABBREVIATION")
    if plant["traditional"]:
        outside[3] = (f"{short}村務監督委員會", "supervision_committee", "black")
        count("CN-NAME-SCRIPT")
    if plant["extra_outside"]:
        outside.append((f"{short}综治中心", "other", "black"))
        count("CN-OUTSIDE-COUNT")
        count("CN-OUTSIDE-KIND")
    for index, (sign, kind, colour) in enumerate(outside):
        orientation = "horizontal" if plant["horizontal"] and index == 2 else "vertical"
        lines += [f"    - name: {sign}", f"      kind: {kind}", f"      orientation: {orientation}",
                  "      background: white", f"      text_color: {colour}"]
    if plant["horizontal"]:
        count("CN-STYLE-ORIENTATION")
    lines.append("  inside:")
    for room in ["便民服务大厅", "党员活动室", "图书阅览室", "文体活动室", "人民调解室", "卫生室", "老年人日间照料中心", "儿童之家"]:
        lines.append(f"    - {{name: {room}, kind: other}}")
    households = rng.randrange(300, 2500)
    needed = max(350, households * 30 / 100)
    area = int(needed * (0.85 if plant["small_facility"] else 1.1)) + 1
    if plant["small_facility"] and anshan:
        count("AS-FACILITY-AREA")
    activity = int(area * 0.62) + 1
    lines += ["", "facility:", f"  households: {households}", f"  building_area_m2: {area}",
              f"  activity_area_m2: {activity}", "", "mechanisms:",
              f"  - name: {short}人民调解委员会", f"    set_by: {short}村民委员会",
              "    basis: 《中华人民共和国人民调解法》第八条", "    basis_level: statutory",
              "    dedicated_staff: false", "    funded_by: 区司法局",
              f"  - name: {short}新时代文明实践站", "    set_by: 区委宣传部",
              "    basis: 中共中央办公厅《关于建设新时代文明实践中心试点工作的指导意见》",
              "    basis_level: central", "    dedicated_staff: false", "    funded_by: 区委宣传部"]
    if plant["mechanism_without_basis"]:
        lines += [f"  - name: {short}某某工作站", "    set_by: 区某某局", "    basis_level: none",
                  "    dedicated_staff: false"]
        count("CN-MECHANISM-BASIS")
    lines += ["", "tasks:"]
    # The corpus has no Anshan district filing: every Anshan village's tasks go unchecked (a notice).
    if anshan: count("CN-TASK-DEPLOYMENT-UNCHECKED")
    tasks = [(task, "区有关部门", True) for task in rng.sample(LISTED_TASKS[jurisdiction], 4)]
    if plant["unlisted_task"]:
        tasks.append((UNLISTED_TASK, "某镇人民政府", True))
        if jurisdiction == "yubei": count("YB-TASK-ADMISSION")
        if jurisdiction == "haicang": count("HC-TASK-ADMISSION")
    if plant["negative_task"]:
        tasks.append((NEGATIVE_TASK, "某镇人民政府", True))
        count({"yubei": "YB-NEGATIVE-CONFLICT", "haicang": "CN-NEGATIVE-CONFLICT", "anshan": "CN-NEGATIVE-CONFLICT"}[jurisdiction])
        if jurisdiction == "yubei": count("YB-TASK-ADMISSION")
        if jurisdiction == "haicang": count("HC-TASK-ADMISSION")
    if plant["task_without_funding"]:
        tasks[0] = (tasks[0][0], tasks[0][1], False)
        if jurisdiction == "haicang": count("HC-TASK-FUNDING")
    for task, by, funded in tasks:
        lines += [f"  - name: {task}", f"    assigned_by: {by}"]
        if funded:
            lines.append(f"    funding: {by}按年度拨付工作经费")
    return "\n".join(lines) + "\n"


def district(code, jurisdiction, as_of):
    source = os.path.join(EXAMPLES, jurisdiction, "district.yaml")
    with open(source, encoding="utf-8") as handle:
        text = handle.read()
    return text.replace("as_of: 2023-06-30", f"as_of: {as_of}").replace("as_of: 2023-12-31", f"as_of: {as_of}")


# The office mix: county-level divisions of the three jurisdictions, one county filing a round.
OFFICE_COUNTIES = [
    ("500112", "重庆市渝北区", "yubei"),
    ("350205", "福建省厦门市海沧区", "haicang"),
    ("210302", "辽宁省鞍山市铁东区", "anshan"),
    ("210303", "辽宁省鞍山市铁西区", "anshan"),
    ("210304", "辽宁省鞍山市立山区", "anshan"),
    ("210311", "辽宁省鞍山市千山区", "anshan"),
    ("210321", "辽宁省鞍山市台安县", "anshan"),
    ("210323", "辽宁省鞍山市岫岩满族自治县", "anshan"),
    ("210381", "辽宁省海城市", "anshan"),
]
VILLAGES_PER_COUNTY = 9
# Rounds are dated one day apart, the latest first, all after the rules took effect.
LAST_ROUND = (2024, 6, 30)
ROUNDS = 660

# Tasks on the Anshan county filing's assistance list (made from Haicang's, below).
OFFICE_LISTED = dict(LISTED_TASKS, anshan=["协助开展社会救助", "协助做好最低生活保障入户调查",
                                           "协助做好兵役登记", "协助开展人口普查", "协助开展传染病防控",
                                           "协助做好防汛防台风"])
# Work handed down that no county list holds, each distinct.
OFFICE_UNLISTED = ["协助开展企业用工情况调查", "协助做好城市燃气用户入户安全检查", "协助开展网约车平台经营情况摸底",
                   "协助开展商品房销售价格监测", "协助做好工业企业能耗统计填报", "协助开展校外培训机构排查"]
ADMISSION_RULE = {"yubei": "YB-TASK-ADMISSION", "haicang": "HC-TASK-ADMISSION", "anshan": "CN-TASK-DEPLOYMENT"}
NEGATIVE_RULE = {"yubei": "YB-NEGATIVE-CONFLICT", "haicang": "CN-NEGATIVE-CONFLICT", "anshan": "CN-NEGATIVE-CONFLICT"}


def round_date(index):
    """The as_of date of round `index` (0 is the latest)."""
    import datetime
    day = datetime.date(*LAST_ROUND) - datetime.timedelta(days=index)
    return day.isoformat()


def office_violations(jurisdiction):
    """What can be planted in a village of `jurisdiction`: (name, {rule: findings}); a name
    may be planted once per village."""
    menu = [("abbreviation", {"CN-NAME-ABBREVIATION": 1}), ("extra_outside", {"CN-OUTSIDE-COUNT": 1, "CN-OUTSIDE-KIND": 1}),
            ("negative_task", {NEGATIVE_RULE[jurisdiction]: 1, ADMISSION_RULE[jurisdiction]: 1})]
    menu += [(f"traditional{index}", {"CN-NAME-SCRIPT": 1}) for index in range(3)]
    menu += [(f"horizontal{index}", {"CN-STYLE-ORIENTATION": 1}) for index in range(3)]
    menu += [(f"mechanism{index}", {"CN-MECHANISM-BASIS": 1}) for index in range(3)]
    menu += [(f"unlisted{index}", {ADMISSION_RULE[jurisdiction]: 1}) for index in range(len(OFFICE_UNLISTED))]
    if jurisdiction == "anshan":
        menu.append(("small_facility", {"AS-FACILITY-AREA": 1}))
    if jurisdiction == "haicang":
        menu += [(f"unfunded{index}", {"HC-TASK-FUNDING": 1}) for index in range(3)]
    return menu


def office_village(rng, code, name, jurisdiction, as_of, expected, planting=True):
    """A village with 0 to 12 planted findings (15 % none, else 1 + binomial(11, 0.45)); without
    `planting`, the same village with none (the random draws are the same)."""
    wanted = 0 if rng.random() < 0.15 else 1 + sum(rng.random() < 0.45 for _ in range(11))
    wanted = wanted if planting else 0
    menu = office_violations(jurisdiction)
    rng.shuffle(menu)
    plant, total = set(), 0
    for violation, findings in menu:
        cost = sum(findings.values())
        if total + cost <= wanted:
            plant.add(violation)
            total += cost
            for rule, count in findings.items():
                expected[rule] = expected.get(rule, 0) + count
    short = name[-6:]
    lines = ["# yaml-language-server: $schema=../../../Docs/schemas/filing.schema.json",
             f"# {name}：村级申报（基准测试语料，自动生成）",
             "qingdan: 1", "region:", f'  code: "{code}"', f"  name: {name}", "  level: village",
             f"as_of: {as_of}", "", "signboards:", "  outside:"]
    outside = [
        (f"中国共产党{short}委员会", "party_organization", "red"),
        (f"{short}村民委员会", "villagers_committee", "black"),
        (f"{short}股份经济合作社", "collective_economy", "black"),
        (f"{short}村务监督委员会", "supervision_committee", "black"),
        (f"{short}党群服务中心", "service_center", "black"),
        (f"{short}新时代文明实践站", "civilization_station", "black"),
    ]
    traditional = {3: f"{short}村務監督委員會", 4: f"{short}黨群服務中心", 5: f"{short}新時代文明實踐站"}
    if "abbreviation" in plant:
        outside[1] = (f"{short}村委会", "villagers_committee", "black")
    for index, position in enumerate(sorted(traditional)):
        if f"traditional{index}" in plant:
            outside[position] = (traditional[position], outside[position][1], outside[position][2])
    if "extra_outside" in plant:
        outside.append((f"{short}综治中心", "other", "black"))
    # Of the four organisations' signboards, which the national rule wants vertical.
    horizontal = {1 + index for index in range(3) if f"horizontal{index}" in plant}
    for index, (sign, kind, colour) in enumerate(outside):
        orientation = "horizontal" if index in horizontal else "vertical"
        lines += [f"    - name: {sign}", f"      kind: {kind}", f"      orientation: {orientation}",
                  "      background: white", f"      text_color: {colour}"]
    lines.append("  inside:")
    for room in ["便民服务大厅", "党员活动室", "图书阅览室", "文体活动室", "人民调解室", "卫生室", "老年人日间照料中心", "儿童之家"]:
        lines.append(f"    - {{name: {room}, kind: other}}")
    households = rng.randrange(300, 2500)
    needed = max(350, households * 30 / 100)
    area = int(needed * (0.85 if "small_facility" in plant else 1.1)) + 1
    activity = int(area * 0.62) + 1
    lines += ["", "facility:", f"  households: {households}", f"  building_area_m2: {area}",
              f"  activity_area_m2: {activity}", "", "mechanisms:",
              f"  - name: {short}人民调解委员会", f"    set_by: {short}村民委员会",
              "    basis: 《中华人民共和国人民调解法》第八条", "    basis_level: statutory",
              "    dedicated_staff: false", "    funded_by: 区司法局",
              f"  - name: {short}新时代文明实践站", "    set_by: 区委宣传部",
              "    basis: 中共中央办公厅《关于建设新时代文明实践中心试点工作的指导意见》",
              "    basis_level: central", "    dedicated_staff: false", "    funded_by: 区委宣传部"]
    for index, station in enumerate(["网格化服务管理工作站", "食品安全工作站", "河长制工作站"]):
        if f"mechanism{index}" in plant:
            lines += [f"  - name: {short}{station}", "    set_by: 区某某局", "    basis_level: none",
                      "    dedicated_staff: false"]
    lines += ["", "tasks:"]
    tasks = [(task, "区有关部门", True) for task in rng.sample(OFFICE_LISTED[jurisdiction], 4)]
    for index in range(3):
        if f"unfunded{index}" in plant:
            tasks[index] = (tasks[index][0], tasks[index][1], False)
    for index, task in enumerate(OFFICE_UNLISTED):
        if f"unlisted{index}" in plant:
            tasks.append((task, "某镇人民政府", True))
    if "negative_task" in plant:
        tasks.append((NEGATIVE_TASK, "某镇人民政府", True))
    for task, by, funded in tasks:
        lines += [f"  - name: {task}", f"    assigned_by: {by}"]
        if funded:
            lines.append(f"    funding: {by}按年度拨付工作经费")
    return "\n".join(lines) + "\n"


def office_county(code, name, jurisdiction, as_of):
    """A clean county filing: Yubei's and Haicang's examples, and for Anshan Haicang's lists with
    the content Liaoning requires of every work item."""
    if jurisdiction != "anshan":
        return district(code, jurisdiction, as_of)
    lines, section = [], None
    for line in district(code, "haicang", as_of).splitlines():
        if line.startswith("  code: "):
            line = f'  code: "{code}"'
        elif line.startswith("  name: "):
            line = f"  name: {name}"
        elif line.startswith("  ") and line[2] != " " and line.split("#")[0].rstrip().endswith(":"):
            section = line.split(":")[0].strip()
        lines.append(line)
        if section in ("self_governance", "assistance") and line.startswith("    - name: "):
            lines.append(f"      content: 依法{line.split(': ', 1)[1]}，按规定程序办理")
            if section == "assistance":  # Haicang's assistance items name a department, not a basis
                lines.append("      basis: 《中华人民共和国村民委员会组织法》第五条")
    return "\n".join(lines) + "\n"


def office_mix(out, total, rng, expected, planting=True):
    written, unit = 0, 0
    rounds = {}
    while written < total:
        county, county_name, jurisdiction = OFFICE_COUNTIES[unit % len(OFFICE_COUNTIES)]
        round_index = rounds.get(county, 0)
        if round_index >= ROUNDS:
            sys.exit(f"corpus.py: more than {ROUNDS} rounds a county; ask for fewer files")
        rounds[county] = round_index + 1
        as_of = round_date(round_index)
        folder = os.path.join(out, county, as_of)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"{county}.yaml"), "w", encoding="utf-8") as handle:
            handle.write(office_county(county, county_name, jurisdiction, as_of))
        written += 1
        for number in range(VILLAGES_PER_COUNTY):
            if written >= total:
                break
            serial = round_index * VILLAGES_PER_COUNTY + number
            township, village_number = divmod(serial, 900)
            code = f"{county}{101 + township:03d}{100 + village_number:03d}"
            name = f"{county_name}第{101 + township}镇第{100 + village_number}村"
            with open(os.path.join(folder, f"{code}.yaml"), "w", encoding="utf-8") as handle:
                handle.write(office_village(rng, code, name, jurisdiction, as_of, expected, planting))
            written += 1
        unit += 1
    return written


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    out, total = argv[1], int(argv[2])
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 2024
    mix = argv[argv.index("--mix") + 1] if "--mix" in argv else "benchmark"
    rng = random.Random(seed)
    expected = {}
    if mix in ("office", "office-clean"):
        written = office_mix(out, total, rng, expected, planting=mix == "office")
        return finish(out, written, seed, mix, expected)
    if mix != "benchmark":
        print(f"corpus.py: unknown mix {mix!r} (benchmark, office, office-clean)", file=sys.stderr)
        return 2
    written = 0
    districts = [county for county in COUNTIES if county[2] in ("yubei", "haicang")]
    per_county = max(1, (total - len(districts)) // len(COUNTIES))
    for index, (county, county_name, jurisdiction) in enumerate(COUNTIES):
        folder = os.path.join(out, county)
        os.makedirs(folder, exist_ok=True)
        if jurisdiction in ("yubei", "haicang") and written < total:
            with open(os.path.join(folder, f"{county}.yaml"), "w", encoding="utf-8") as handle:
                handle.write(district(county, jurisdiction, "2024-01-01"))
            written += 1
        villages = per_county if index < len(COUNTIES) - 1 else total - written
        for number in range(villages):
            if written >= total:
                break
            township, village_number = divmod(number, 900)
            code = f"{county}{101 + township:03d}{100 + village_number:03d}"
            name = f"{county_name}第{101 + township}镇第{100 + village_number}村"
            with open(os.path.join(folder, f"{code}.yaml"), "w", encoding="utf-8") as handle:
                handle.write(village(rng, code, name, jurisdiction, "2024-06-30", expected))
            written += 1
    return finish(out, written, seed, mix, expected)


def finish(out, written, seed, mix, expected):
    with open(out.rstrip("/") + ".expected.json", "w", encoding="utf-8") as handle:
        json.dump({"files": written, "seed": seed, "mix": mix, "findings": dict(sorted(expected.items()))}, handle,
                  ensure_ascii=False, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
