#!/usr/bin/env python3
"""Measures an HTML report in headless Chromium through the DevTools protocol (stdlib only).

usage: html_performance.py REPORT.html [--search TEXT] [--max-ready-ms N] [--max-filter-ms N]
                           [--screenshots DIR] [--browser PATH] [--timeout S]

Prints one line per figure:

  size       the report's size in bytes
  ready      from navigation start until the page marks itself usable (body[data-ready]) and the
             frame after it is painted
  keystroke  for each character of --search typed one at a time (Input.insertText): from the
             input event until the filtered rows are painted. A page that debounces its search
             (body[data-debounce-ms]) also gets "filter": the same minus the debounce delay, that
             is from the moment the debounced search starts until the rows are painted
  overflow   whether the page is wider than the viewport at 390 px (a phone)

Exits 1 when ready exceeds --max-ready-ms, the slowest filter (keystroke for a page without a
debounce) exceeds --max-filter-ms, or the page overflows at 390 px; 2 when the browser cannot
be driven.
"""
import argparse
import base64
import http.client
import json
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time

# Installed before the page's own scripts: records when body[data-ready] appears and when the frame
# after it is painted, and when each input event reaches the page.
OBSERVER = """
(() => {
  const marks = window.__perf = {inputs: []};
  const afterPaint = (done) => requestAnimationFrame(() => setTimeout(done, 0));
  new MutationObserver((records, observer) => {
    if (!document.body || document.body.dataset.ready !== 'true') return;
    observer.disconnect();
    marks.ready = performance.now();
    afterPaint(() => { marks.readyPainted = performance.now(); });
  }).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-ready'], childList: true});
  document.addEventListener('input', () => marks.inputs.push(performance.now()), true);
})();
"""

# Resolves after the page has handled the last input: at once for a page that filters in the input
# handler, else when body[data-filtered] counts up to `seq`; then waits for the next painted frame.
AWAIT_FILTER = """
new Promise((resolve) => {
  const body = document.body, seq = %d, started = performance.now();
  const painted = () => requestAnimationFrame(() => setTimeout(() => resolve(JSON.stringify({
    input: window.__perf.inputs[window.__perf.inputs.length - 1],
    start: body.dataset.filterStart === undefined ? null : Number(body.dataset.filterStart),
    painted: performance.now(),
  })), 0));
  const poll = () => {
    if (body.dataset.filtered === undefined || Number(body.dataset.filtered) >= seq) return painted();
    if (performance.now() - started > 20000) return resolve('null');
    setTimeout(poll, 1);
  };
  poll();
})
"""


class WebSocket:
    """The client side of RFC 6455, enough for DevTools: text frames, masked, no extensions."""

    def __init__(self, url):
        match = re.match(r"ws://([^/:]+):(\d+)(/.*)", url)
        host, port, path = match.group(1), int(match.group(2)), match.group(3)
        self.sock = socket.create_connection((host, port))
        key = base64.b64encode(os.urandom(16)).decode()
        request = (f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
                   f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n")
        self.sock.sendall(request.encode())
        response = b""
        while b"\r\n\r\n" not in response:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError("the browser closed the connection during the handshake")
            response += chunk
        head, self.buffer = response.split(b"\r\n\r\n", 1)
        if b" 101 " not in head.split(b"\r\n", 1)[0]:
            raise ConnectionError(head.decode(errors="replace"))

    def send(self, text):
        payload = text.encode()
        header = bytes([0x81])
        if len(payload) < 126:
            header += bytes([0x80 | len(payload)])
        elif len(payload) < 1 << 16:
            header += bytes([0x80 | 126]) + struct.pack(">H", len(payload))
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", len(payload))
        mask = os.urandom(4)
        masked = bytes(byte ^ mask[index % 4] for index, byte in enumerate(payload))
        self.sock.sendall(header + mask + masked)

    def _read(self, count):
        while len(self.buffer) < count:
            chunk = self.sock.recv(1 << 16)
            if not chunk:
                raise ConnectionError("the browser closed the connection")
            self.buffer += chunk
        data, self.buffer = self.buffer[:count], self.buffer[count:]
        return data

    def receive(self):
        message = b""
        while True:
            first, second = self._read(2)
            length = second & 0x7F
            if length == 126:
                length = struct.unpack(">H", self._read(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", self._read(8))[0]
            payload = self._read(length)
            opcode = first & 0x0F
            if opcode == 0x8:
                raise ConnectionError("the browser closed the connection")
            if opcode == 0x9:  # ping: answer, keep reading
                self.sock.sendall(bytes([0x8A, 0x80 | len(payload)]) + b"\0\0\0\0" + payload)
                continue
            message += payload
            if first & 0x80:
                return message.decode()


class Page:
    """One page target: commands by id, events kept for `wait_for`."""

    def __init__(self, url):
        self.ws = WebSocket(url)
        self.next_id = 0
        self.events = []

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.receive())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"script error: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, method, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for event in self.events:
                if event["method"] == method:
                    self.events.remove(event)
                    return event
            message = json.loads(self.ws.receive())
            if "method" in message:
                self.events.append(message)
        raise TimeoutError(method)


def launch(browser, profile):
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
             "--disable-extensions", "--remote-debugging-port=0", f"--user-data-dir={profile}", "about:blank"]
    process = subprocess.Popen([browser, *flags], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    for line in process.stderr:
        match = re.search(r"DevTools listening on (ws://\S+)", line)
        if match:
            return process, match.group(1)
    raise RuntimeError("the browser did not print its DevTools address")


def page_url(browser_url):
    host, port = re.match(r"ws://([^/:]+):(\d+)", browser_url).groups()
    for _ in range(100):
        connection = http.client.HTTPConnection(host, int(port))
        connection.request("GET", "/json/list")
        targets = json.loads(connection.getresponse().read())
        pages = [target for target in targets if target.get("type") == "page"]
        if pages:
            return pages[0]["webSocketDebuggerUrl"]
        time.sleep(0.05)
    raise RuntimeError("the browser opened no page")


def measure(page, report, arguments):
    figures = {"size": os.path.getsize(report)}
    page.call("Page.enable")
    page.call("Runtime.enable")
    page.call("Page.addScriptToEvaluateOnNewDocument", source=OBSERVER)
    page.call("Emulation.setDeviceMetricsOverride", width=1400, height=1000, deviceScaleFactor=1, mobile=False)
    page.call("Page.navigate", url="file://" + os.path.abspath(report))
    page.wait_for("Page.loadEventFired", arguments.timeout)
    deadline = time.monotonic() + arguments.timeout
    while page.evaluate("window.__perf && window.__perf.readyPainted || 0") == 0:
        if time.monotonic() > deadline:
            raise TimeoutError("the page never set body[data-ready]")
        time.sleep(0.02)
    figures["ready"] = page.evaluate("window.__perf.readyPainted")
    exceptions = [event for event in page.events if event["method"] == "Runtime.exceptionThrown"]
    if exceptions:
        raise RuntimeError(f"the page raised: {exceptions[0]['params']['exceptionDetails']}")
    screenshot(page, arguments, "desktop")

    debounce = page.evaluate("Number(document.body.dataset.debounceMs || 0)")
    figures["debounce"] = debounce
    page.evaluate("(document.getElementById('q') || document.querySelector('input[type=search]')).focus()")
    keystrokes, filters = [], []
    for character in arguments.search:
        seq = page.evaluate("Number(document.body.dataset.filtered || 0)") + 1
        page.call("Input.insertText", text=character)
        timing = json.loads(page.evaluate(AWAIT_FILTER % seq))
        if timing is None:
            raise TimeoutError("the page did not filter after a keystroke")
        keystrokes.append(timing["painted"] - timing["input"])
        if timing["start"] is not None:  # the page says when its debounced search started
            filters.append(timing["painted"] - timing["start"])
    figures["keystrokes"] = keystrokes
    figures["filters"] = filters or keystrokes
    figures["shown"] = page.evaluate("(document.getElementById('shown') || {}).textContent || ''")
    screenshot(page, arguments, "search")

    page.evaluate("(() => { const q = document.getElementById('q'); q.value = '';"
                  " q.dispatchEvent(new Event('input', {bubbles: true})); })()")
    page.call("Emulation.setDeviceMetricsOverride", width=390, height=844, deviceScaleFactor=2, mobile=True)
    time.sleep(0.3 + debounce / 1000)
    # Compared with the emulated width: a phone browser widens its layout viewport to a page
    # that overflows, so window.innerWidth would grow with the page.
    figures["width"] = page.evaluate("document.documentElement.scrollWidth")
    figures["viewport"] = 390
    screenshot(page, arguments, "phone")
    if arguments.screenshots:
        page.evaluate("(document.getElementById('problems') || document.getElementById('findings')).scrollIntoView()")
        screenshot(page, arguments, "phone-findings")
    return figures


def screenshot(page, arguments, name):
    if not arguments.screenshots:
        return
    os.makedirs(arguments.screenshots, exist_ok=True)
    data = page.call("Page.captureScreenshot", format="png")["data"]
    with open(os.path.join(arguments.screenshots, f"{name}.png"), "wb") as handle:
        handle.write(base64.b64decode(data))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("report")
    parser.add_argument("--search", default="城市燃气", help="typed one character at a time (default: 城市燃气)")
    parser.add_argument("--max-ready-ms", type=float)
    parser.add_argument("--max-filter-ms", type=float)
    parser.add_argument("--screenshots", help="a folder for desktop, search, phone and phone-findings .png")
    parser.add_argument("--browser", default=shutil.which("chromium") or shutil.which("chromium-browser")
                        or shutil.which("google-chrome"))
    parser.add_argument("--timeout", type=float, default=120, help="seconds to wait for the page (default 120)")
    arguments = parser.parse_args()
    if not arguments.browser:
        print("html_performance: no Chromium found (apt-get install chromium fonts-noto-cjk)", file=sys.stderr)
        return 2
    profile = tempfile.mkdtemp(prefix="qingdan-perf-")
    process = None
    try:
        process, browser_url = launch(arguments.browser, profile)
        figures = measure(Page(page_url(browser_url)), arguments.report, arguments)
    except (RuntimeError, TimeoutError, ConnectionError, OSError) as error:
        print(f"html_performance: {error}", file=sys.stderr)
        return 2
    finally:
        if process:
            process.kill()
            process.wait()
        shutil.rmtree(profile, ignore_errors=True)

    overflow = figures["width"] > figures["viewport"]
    slowest = max(figures["filters"])
    print(f"size       {figures['size']} bytes ({figures['size'] / 1e6:.1f} MB)")
    print(f"ready      {figures['ready']:.0f} ms")
    print("keystroke  " + " ".join(f"{ms:.0f}" for ms in figures["keystrokes"])
          + f" ms (search {arguments.search!r}, debounce {figures['debounce']:.0f} ms)")
    print("filter     " + " ".join(f"{ms:.0f}" for ms in figures["filters"]) + f" ms (slowest {slowest:.0f})")
    print(f"shown      {figures['shown']}")
    print(f"overflow   {'yes' if overflow else 'no'} at 390 px (page {figures['width']} px wide)")
    failures = []
    if arguments.max_ready_ms is not None and figures["ready"] > arguments.max_ready_ms:
        failures.append(f"ready {figures['ready']:.0f} ms > {arguments.max_ready_ms:.0f} ms")
    if arguments.max_filter_ms is not None and slowest > arguments.max_filter_ms:
        failures.append(f"filter {slowest:.0f} ms > {arguments.max_filter_ms:.0f} ms")
    if overflow:
        failures.append(f"the page is {figures['width']} px wide at a 390 px viewport")
    for failure in failures:
        print(f"html_performance: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
