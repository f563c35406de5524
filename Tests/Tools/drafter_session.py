#!/usr/bin/env python3
"""A township drafter's first hour with Qingdan, on a pseudo-terminal (issue 14).

    drafter_session.py QINGDAN WORK_DIR

Every command runs on a pty, as in a terminal: `qingdan init` asks for the region code and the
level in Chinese and is answered at its prompts; the drafter fills the starter filing the way
people do (the header kept, the sections typed by hand, with the usual slips: traditional
characters, a short name, a full-width colon, a date written the Chinese way, a unit after a
number); `qingdan check` shows the problems; `qingdan fix` fixes the slips; `qingdan check`
passes. Only `init`, `check` and `fix` are used. Exits non-zero with the transcript on the first
step that does not behave.
"""
import os
import pty
import re
import select
import signal
import sys
import time

QINGDAN, WORK = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def run(arguments, answers=(), timeout=60):
    """Runs qingdan on a pty, answering each (prompt pattern, reply) in turn; (status, text)."""
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(WORK)
        os.environ["COLUMNS"] = "100"
        os.environ["LANG"] = "C.UTF-8"
        os.execv(QINGDAN, [QINGDAN] + arguments)
    output = b""
    pending = list(answers)
    answered_up_to = 0
    deadline = time.time() + timeout
    while True:
        if time.time() > deadline:
            os.kill(pid, signal.SIGKILL)
            fail(f"qingdan {' '.join(arguments)} did not finish in {timeout} s", output.decode("utf-8", "replace"))
        ready, _, _ = select.select([fd], [], [], 0.2)
        if fd in ready:
            try:
                data = os.read(fd, 65536)
            except OSError:
                data = b""
            if not data:
                break
            output += data
        text = output.decode("utf-8", "replace")
        if pending and re.search(pending[0][0], text[answered_up_to:]):
            answered_up_to = len(text)
            os.write(fd, pending.pop(0)[1].encode())
    _, status = os.waitpid(pid, 0)
    text = ANSI.sub("", output.decode("utf-8", "replace")).replace("\r\n", "\n")
    if pending:
        fail(f"qingdan {' '.join(arguments)} never asked {pending[0][0]!r}", text)
    return os.waitstatus_to_exitcode(status), text


def fail(why, transcript=""):
    print(f"drafter session: {why}\n--- transcript ---\n{transcript}", file=sys.stderr)
    sys.exit(1)


def expect(condition, why, transcript):
    if not condition:
        fail(why, transcript)


# 0. Ctrl-D at the first prompt cancels and writes nothing.
status, text = run(["init"], answers=[(r"区划代码.*：", "\x04")])
expect(status == 1 and "已取消" in text, f"Ctrl-D did not cancel init (exit {status})", text)
expect(not os.path.exists(os.path.join(WORK, "filing.yaml")), "a cancelled init wrote a file", text)

# 1. init, answered at its prompts: a village of 宁海县 (its region code typed with a Chinese input
#    method's full-width digits, the level it suggests).
status, text = run(["init"], answers=[(r"区划代码.*：", "３３０２２６１０２２０１\n"), (r"层级.*：", "\n")])
expect(status == 0, f"init exited {status}", text)
expect("已生成 filing.yaml" in text and "cn/zhejiang/ningbo/ninghai" in text, "init did not say what it made", text)
starter = open(os.path.join(WORK, "filing.yaml"), encoding="utf-8").read()
expect("请填写" in starter and 'code: "330226102201"' in starter, "the starter lacks its placeholders or code", starter)

# 2. check on the untouched starter: every placeholder is a problem to fill, located, in Chinese.
status, text = run(["check", "filing.yaml"])
expect(status == 2 and "请填写" in text and "filing.yaml:" in text, "check did not point at the placeholders", text)

# 3. The drafter keeps the header, writes the village's name and date, and types the sections
#    this village has, with the slips people make.
header = starter[: starter.index("\nas_of:")]
header = header.replace("name: 请填写：地区名称", "name: 浙江省宁波市宁海县桃源街道下畈村")
body = """
as_of: 2024年5月20日

signboards:
  outside:
    - name: 中国共产党宁海县桃源街道下畈村委员会
      kind: party_organization
      orientation: vertical
      background: white
      text_color: red
    - name: 下畈村村委会
      kind: villagers_committee
      orientation： vertical
    - name: 宁海县桃源街道下畈村股份經濟合作社
      kind: collective_economy
      orientation: vertical
    - name: 下畈村村务监督委员会
      kind: supervision_committee
      orientation: vertical
    - name: 下畈村黨群服務中心
      kind: service_center
      orientation: horizontal
  inside:
    - name: 便民服务大厅
      kind: other
    - name: 老年活動室
      kind: other

facility:
  households: 612户
  building_area_m2: 480平方米
  activity_area_m2: 300
"""
with open(os.path.join(WORK, "filing.yaml"), "w", encoding="utf-8") as file:
    file.write(header + body)
typed = header + body

# 4. check points at the full-width colon, at its own line and in Chinese only: until it is
#    mended the file is not YAML, so no rule can read it yet.
colon_line = typed[: typed.index("orientation：")].count("\n") + 1
status, text = run(["check", "filing.yaml"])
expect(status == 2, f"check on the typed filing exited {status}", text)
expect(f"filing.yaml:{colon_line}:" in text and "全角冒号" in text, f"check did not point at line {colon_line}", text)
expect("libyaml" not in text, "check showed libyaml's English", text)

# 5. fix resolves them all (the colon first, then what the rules find once the file parses)
#    and checks again: nothing left.
status, text = run(["fix", "filing.yaml"])
expect("已修正 filing.yaml" in text, "fix did not say what it fixed", text)
expect(status == 0, f"fix left problems (exit {status})", text)
fixed = open(os.path.join(WORK, "filing.yaml"), encoding="utf-8").read()
for before, after in [
    ("下畈村村委会", "下畈村村民委员会"),
    ("股份經濟合作社", "股份经济合作社"),
    ("黨群服務中心", "党群服务中心"),
    ("老年活動室", "老年活动室"),
    ("orientation： vertical", "orientation: vertical"),
    ("as_of: 2024年5月20日", "as_of: 2024-05-20"),
    ("households: 612户", "households: 612"),
    ("building_area_m2: 480平方米", "building_area_m2: 480"),
]:
    expect(before not in fixed and after in fixed, f"fix did not turn {before!r} into {after!r}", fixed)
expect(fixed.count("\n") == typed.count("\n"), "fix added or removed lines", fixed)

# 6. A last check, as the drafter would run it before sending the filing: clean.
status, text = run(["check", "filing.yaml"])
expect(status == 0 and "✓" in text, f"the fixed filing is not clean (exit {status})", text)
print("drafter session: init → check → fix → check passed")
if os.environ.get("DRAFTER_VERBOSE"):
    print(text)
