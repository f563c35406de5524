#!/usr/bin/env python3
"""The language server under a real LSP client (pygls): `python3 Tests/Tools/lsp_client_test.py
.build/debug/qingdan`.

A workspace holds Yubei's district filing and a village filing with the mistakes drafters make
(Tests/Fixtures/lsp/village.yaml: a traditional 務, the short name 村委会, a date written
2024年3月1日, a task the district never listed). The client opens the village filing and checks
that the diagnostics are those `qingdan check` reports for it in that folder, hovers a finding,
completes a key and a choice value, applies the waiver code action (full sync) and any fix the
server offers (incremental sync) and sees the diagnostics go, and times didOpen → diagnostics.
Then malformed messages go to the bare process, which must answer each and keep serving.
Exits 1 on the first failure.
"""
import asyncio
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

from lsprotocol import types
from pygls.lsp.client import LanguageClient

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TIMEOUT = 20


def fail(message):
    print(f"lsp_client_test: FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def utf16_offset(text, position):
    """The index into `text` (a str) of an LSP position counted in UTF-16 code units."""
    lines = text.splitlines(keepends=True)
    index = sum(len(line) for line in lines[: position.line])
    line = lines[position.line] if position.line < len(lines) else ""
    units = 0
    for offset, character in enumerate(line):
        if units >= position.character or character in "\r\n":
            return index + offset
        units += 2 if ord(character) > 0xFFFF else 1
    return index + len(line)


def apply_edits(text, edits):
    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        start, end = utf16_offset(text, edit.range.start), utf16_offset(text, edit.range.end)
        text = text[:start] + edit.new_text + text[end:]
    return text


def position_of(text, needle, after=0):
    """The UTF-16 position of the first `needle` in `text`, `after` characters further."""
    index = text.index(needle) + after
    line = text.count("\n", 0, index)
    column = index - (text.rfind("\n", 0, index) + 1)
    units = sum(2 if ord(c) > 0xFFFF else 1 for c in text[index - column : index])
    return types.Position(line=line, character=units)


def check_codes(binary, workspace, path):
    """The finding codes `qingdan check` reports for `path`, checked with its folder."""
    run = subprocess.run(
        [binary, "check", "--no-progress", "--format", "json", workspace], capture_output=True, text=True
    )
    check(run.returncode in (0, 1, 2), f"qingdan check exited {run.returncode}: {run.stderr}")
    report = json.loads(run.stdout)
    for file in report["files"]:
        if os.path.realpath(file["path"]) == os.path.realpath(path):
            return [finding["rule_id"] for finding in file["findings"]]
    return []


async def client_session(binary, workspace):
    village_path = os.path.join(workspace, "village.yaml")
    uri = "file://" + village_path
    text = open(village_path, encoding="utf-8").read()
    expected = check_codes(binary, workspace, village_path)
    check(len(expected) >= 3, f"the fixture should have findings, qingdan check gave {expected}")

    client = LanguageClient("qingdan-lsp-test", "1.0")
    published = {}
    arrived = asyncio.Condition()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    async def on_diagnostics(params):
        async with arrived:
            published.setdefault(params.uri, []).append((time.perf_counter(), params))
            arrived.notify_all()

    async def next_diagnostics(count_before):
        async with arrived:
            await asyncio.wait_for(
                arrived.wait_for(lambda: len(published.get(uri, [])) > count_before), TIMEOUT
            )
            return published[uri][-1]

    await client.start_io(binary, "lsp")
    result = await asyncio.wait_for(
        client.initialize_async(
            types.InitializeParams(
                capabilities=types.ClientCapabilities(
                    general=types.GeneralClientCapabilities(position_encodings=["utf-16"])
                ),
                root_uri="file://" + workspace,
                workspace_folders=[types.WorkspaceFolder(uri="file://" + workspace, name="filings")],
            )
        ),
        TIMEOUT,
    )
    capabilities = result.capabilities
    check(capabilities.position_encoding == "utf-16", "the server should speak UTF-16 positions")
    check(capabilities.hover_provider, "no hover")
    check(capabilities.completion_provider is not None, "no completion")
    check(capabilities.code_action_provider, "no code actions")
    client.initialized(types.InitializedParams())

    # didOpen → publishDiagnostics: the round trip a drafter waits for.
    sent = time.perf_counter()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="yaml", version=1, text=text)
        )
    )
    arrived_at, diagnostics = await next_diagnostics(0)
    round_trip = (arrived_at - sent) * 1000
    codes = [d.code for d in diagnostics.diagnostics]
    check(codes == expected, f"diagnostics {codes} differ from qingdan check's {expected}")
    for diagnostic in diagnostics.diagnostics:
        check(diagnostic.source == "qingdan", "source should be qingdan")
        check(diagnostic.code_description and diagnostic.code_description.href, f"{diagnostic.code} has no href")
    by_code = {d.code: d for d in diagnostics.diagnostics}
    check("CN-NAME-SCRIPT" in by_code and "CN-NAME-ABBREVIATION" in by_code, f"missing signboard findings: {codes}")
    check("YB-TASK-ADMISSION" in by_code, f"the unlisted task is not reported against the district: {codes}")
    admission = by_code["YB-TASK-ADMISSION"]
    check(
        admission.related_information and admission.related_information[0].location.uri.endswith("district.yaml"),
        "the admission finding should name the district filing it was checked against",
    )
    script = by_code["CN-NAME-SCRIPT"]
    check("依据：" in script.message and "建议：" in script.message, "the message lacks basis or hint")
    # The range covers 「河坝村党群服務中心」 in UTF-16 units.
    check(script.range.start == position_of(text, "河坝村党群服務中心"), f"wrong start {script.range.start}")
    check(script.range.end == position_of(text, "河坝村党群服務中心", len("河坝村党群服務中心")), f"wrong end {script.range.end}")
    print(f"didOpen → publishDiagnostics: {round_trip:.1f} ms ({len(codes)} diagnostics, {len(text.encode())} bytes)")

    # Hover on the finding, and on a waiver's rule id later.
    hover = await asyncio.wait_for(
        client.text_document_hover_async(
            types.HoverParams(
                text_document=types.TextDocumentIdentifier(uri=uri),
                position=types.Position(line=script.range.start.line, character=script.range.start.character + 2),
            )
        ),
        TIMEOUT,
    )
    check(hover is not None, "no hover on a finding")
    value = hover.contents.value
    for part in ("CN-NAME-SCRIPT", "依据：", "> ", "文件状态", "有效期"):
        check(part in value, f"hover lacks {part!r}: {value}")

    # Completion: a choice value with its Chinese name, and the keys of a signboard.
    completion = await asyncio.wait_for(
        client.text_document_completion_async(
            types.CompletionParams(
                text_document=types.TextDocumentIdentifier(uri=uri),
                position=position_of(text, "kind: party_organization", len("kind: ")),
            )
        ),
        TIMEOUT,
    )
    items = {item.label: item for item in completion.items}
    check(items.get("party_organization") and items["party_organization"].detail == "村党组织", f"values: {list(items)}")
    check(items.get("villagers_committee") and items["villagers_committee"].detail == "村民委员会", "no 村民委员会")
    completion = await asyncio.wait_for(
        client.text_document_completion_async(
            types.CompletionParams(
                text_document=types.TextDocumentIdentifier(uri=uri),
                position=position_of(text, "orientation: horizontal"),
            )
        ),
        TIMEOUT,
    )
    labels = [item.label for item in completion.items]
    check("background" in labels and "text_color" in labels and "name" not in labels, f"keys: {labels}")

    async def actions_for(diagnostic):
        return await asyncio.wait_for(
            client.text_document_code_action_async(
                types.CodeActionParams(
                    text_document=types.TextDocumentIdentifier(uri=uri),
                    range=diagnostic.range,
                    context=types.CodeActionContext(diagnostics=[diagnostic]),
                )
            ),
            TIMEOUT,
        )

    # The waiver action, applied as a full-text change: the finding goes, no waiver finding comes.
    version = 1
    actions = await actions_for(by_code["CN-NAME-ABBREVIATION"])
    waiver = next((a for a in actions if a.title.startswith("添加豁免（写明理由）")), None)
    check(waiver is not None, f"no waiver action: {[a.title for a in actions]}")
    text = apply_edits(text, waiver.edit.changes[uri])
    check("# qingdan: allow CN-NAME-ABBREVIATION reason=" in text, "the waiver comment was not inserted")
    version += 1
    count = len(published[uri])
    sent = time.perf_counter()
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )
    arrived_at, diagnostics = await next_diagnostics(count)
    codes = [d.code for d in diagnostics.diagnostics]
    check(diagnostics.version == version, f"diagnostics for version {diagnostics.version}, not {version}")
    check("CN-NAME-ABBREVIATION" not in codes, f"the waived finding is still reported: {codes}")
    check(not any(c.startswith("waiver.") for c in codes), f"the inserted waiver is itself a finding: {codes}")
    print(f"didChange → publishDiagnostics (300 ms debounce): {(arrived_at - sent) * 1000:.1f} ms")

    # Hover on the rule id in the waiver comment.
    hover = await asyncio.wait_for(
        client.text_document_hover_async(
            types.HoverParams(
                text_document=types.TextDocumentIdentifier(uri=uri),
                position=position_of(text, "allow CN-NAME-ABBREVIATION", len("allow CN-")),
            )
        ),
        TIMEOUT,
    )
    check(hover is not None and "标牌名称写全称" in hover.contents.value, "no hover on the waiver's rule id")

    # Fixes, where the server offers them, applied as incremental changes.
    fixed = []
    tried = set()
    pending = list(diagnostics.diagnostics)
    while pending:
        diagnostic = pending.pop(0)
        tried.add((diagnostic.code, diagnostic.message))
        fixes = [a for a in await actions_for(diagnostic) if a.is_preferred]
        if not fixes:
            continue
        edits = fixes[0].edit.changes[uri]
        text = apply_edits(text, edits)
        version += 1
        count = len(published[uri])
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[
                    types.TextDocumentContentChangePartial(range=e.range, text=e.new_text)
                    for e in sorted(
                        edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True
                    )
                ],
            )
        )
        _, after = await next_diagnostics(count)
        remaining = [d for d in after.diagnostics if d.code == diagnostic.code and d.range.start.line == diagnostic.range.start.line]
        check(not remaining, f"the fix 「{fixes[0].title}」 left {diagnostic.code}")
        fixed.append(f"{diagnostic.code}: {fixes[0].title}")
        # The others' ranges moved with the edit: go on with the new diagnostics.
        pending = [d for d in after.diagnostics if (d.code, d.message) not in tried]
        diagnostics = after
    print("fixes applied: " + ("; ".join(fixed) if fixed else "none offered"))
    if "--require-fix" in sys.argv:
        # The traditional 務 and the date written 2024年3月1日 both have certain fixes.
        for code in ("CN-NAME-SCRIPT", "schema.type"):
            check(any(f.startswith(code + ":") for f in fixed), f"no fix was offered for {code}: {fixed}")

    # Closing clears the diagnostics.
    count = len(published[uri])
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    _, closed = await next_diagnostics(count)
    check(len(closed.diagnostics) == 0, f"didClose should clear the diagnostics: {closed}")

    await asyncio.wait_for(client.shutdown_async(None), TIMEOUT)
    client.exit(None)
    await client.stop()
    return round_trip


def raw_session(binary):
    """Malformed messages straight to the process: each gets a JSON-RPC error, none ends it."""
    process = subprocess.Popen([binary, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def send(body):
        data = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
        process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        process.stdin.flush()

    def receive():
        header = b""
        while not header.endswith(b"\r\n\r\n"):
            byte = process.stdout.read(1)
            check(byte, "the server closed its output")
            header += byte
        length = int(header.split(b"Content-Length:")[1].split(b"\r\n")[0])
        return json.loads(process.stdout.read(length))

    for bad in [b"{not json", b"[]", b'"text"', b"\xff\xfe", b'{"jsonrpc":"2.0","id":{},"method":"x"}']:
        send(bad)
        answer = receive()
        check(answer.get("error", {}).get("code") in (-32700, -32600), f"{bad!r} got {answer}")
    process.stdin.write(b"Content-Lenght: 2\r\n\r\n")
    process.stdin.flush()
    check(receive()["error"]["code"] == -32700, "a header without Content-Length should be a parse error")
    send({"jsonrpc": "2.0", "id": 1, "method": "textDocument/hover", "params": {}})
    check(receive()["error"]["code"] == -32002, "a request before initialize should be refused")
    send({"jsonrpc": "2.0", "id": 2, "method": "initialize", "params": {"capabilities": {}}})
    check("capabilities" in receive()["result"], "initialize after malformed messages failed")
    send({"jsonrpc": "2.0", "id": 3, "method": "workspace/notThere"})
    check(receive()["error"]["code"] == -32601, "an unknown request should be MethodNotFound")
    send({"jsonrpc": "2.0", "method": "workspace/notThere"})
    # Requests with parameters of every wrong shape, and documents edited out of range: each
    # request is answered (with a result or an error), the process stays up.
    random_session(send, receive)
    send({"jsonrpc": "2.0", "id": 4, "method": "shutdown"})
    answer = receive()
    check(answer["id"] == 4 and answer["result"] is None, f"shutdown answered {answer}")
    send({"jsonrpc": "2.0", "method": "exit"})
    check(process.wait(timeout=TIMEOUT) == 0, "exit after shutdown should end with status 0")


def random_session(send, receive, count=400):
    generator = random.Random(14)
    uri = "file:///tmp/qingdan-lsp-random/village.yaml"
    text = open(os.path.join(ROOT, "Tests/Fixtures/lsp/village.yaml"), encoding="utf-8").read()
    send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
          "params": {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}}})
    check(receive()["method"] == "textDocument/publishDiagnostics", "didOpen should publish diagnostics")
    odd = [None, True, -1, 2**40, 1.5, "x", "😀務", [], {}, {"line": -3, "character": 10**9},
           {"line": 10**6, "character": 0}, {"line": 3, "character": 7}, {"start": 1}]
    methods = ["textDocument/hover", "textDocument/completion", "textDocument/codeAction", "shutdownX", "initialize"]
    for number in range(count):
        position = generator.choice(odd[9:12] + [{"line": generator.randrange(40), "character": generator.randrange(60)}])
        params = {"textDocument": generator.choice([{"uri": uri}, {"uri": generator.choice(odd)}, generator.choice(odd)]),
                  "position": generator.choice([position, generator.choice(odd)]),
                  "range": generator.choice([{"start": position, "end": position}, generator.choice(odd)]),
                  "context": {"diagnostics": generator.choice(odd)}}
        if generator.random() < 0.3:
            # An edit anywhere, even past the end or backwards: the document stays text.
            start = {"line": generator.randrange(45), "character": generator.randrange(80)}
            end = {"line": generator.randrange(45), "character": generator.randrange(80)}
            change = generator.choice([{"range": {"start": start, "end": end}, "text": generator.choice(["", "務", "😀\n", "- {", "  kind: "])},
                                       {"text": generator.choice([text, "", "{[", "\ufeffqingdan: 1\n"])}, generator.choice(odd)])
            send({"jsonrpc": "2.0", "method": "textDocument/didChange",
                  "params": {"textDocument": {"uri": uri, "version": number + 2}, "contentChanges": [change]}})
        identifier = generator.choice([number + 100, f"r{number}"])
        send({"jsonrpc": "2.0", "id": identifier, "method": generator.choice(methods),
              "params": generator.choice([params, generator.choice(odd)])})
        while True:
            answer = receive()
            if answer.get("id") == identifier:
                break
            check(answer.get("method") == "textDocument/publishDiagnostics", f"unexpected message {answer}")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    binary = os.path.abspath(args[0] if args else os.path.join(ROOT, ".build/debug/qingdan"))
    check(os.access(binary, os.X_OK), f"{binary} is not an executable")
    workspace = tempfile.mkdtemp(prefix="qingdan-lsp-")
    try:
        shutil.copy(os.path.join(ROOT, "Examples/yubei/district.yaml"), workspace)
        shutil.copy(os.path.join(ROOT, "Tests/Fixtures/lsp/village.yaml"), workspace)
        asyncio.run(client_session(binary, os.path.realpath(workspace)))
        raw_session(binary)
    finally:
        shutil.rmtree(workspace, ignore_errors=True)
    print("lsp_client_test: ok")


if __name__ == "__main__":
    main()
