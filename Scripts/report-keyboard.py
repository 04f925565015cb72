#!/usr/bin/env python3
"""Drive a subkit report page in headless Chromium with real key presses and print what happened.

usage: report-keyboard.py PAGE.html

Chromium (Debian's `chromium`) is started with the DevTools protocol on a pipe (no network port,
no extra package): the page is loaded, the first row of the findings table is focused (the row a
Tab reaches), and keys are pressed as a keyboard would press them. Prints one JSON object:
the positions focus moved to, what Enter showed, what a rule filter left, what the timeline's
keys did, and every console message and uncaught exception (there should be none).
ReportCommandTests runs it; its exit status is 0 unless Chromium could not be driven.
"""

import json
import os
import select
import subprocess
import sys
import time

KEYS = {
    "ArrowDown": 40, "ArrowUp": 38, "ArrowRight": 39, "ArrowLeft": 37, "End": 35, "Home": 36,
    "PageDown": 34, "Enter": 13, "+": 187,
}


class Browser:
    """Chromium on the DevTools pipe: commands on fd 3, replies and events on fd 4, NUL-separated."""

    def __init__(self):
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()
        # The child's fds 3 and 4 must be the pipe's ends: dup them there before exec (dup2 makes
        # them inheritable; the pipes' own fds close on exec).
        def fds():
            reading, writing = os.dup(to_chrome_r), os.dup(from_chrome_w)  # above 4, so no clash
            os.dup2(reading, 3)
            os.dup2(writing, 4)
        self.process = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
             "--window-size=1400,1000", "about:blank"],
            close_fds=False, preexec_fn=fds,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.session = None

    def send(self, method, params=None, session=True):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self.to_chrome, json.dumps(message).encode() + b"\0")
        while True:
            reply = self.receive()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def receive(self, timeout=30):
        while b"\0" not in self.buffer:
            if not select.select([self.from_chrome], [], [], timeout)[0]:
                raise RuntimeError(f"chromium said nothing for {timeout} s")
            chunk = os.read(self.from_chrome, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def wait_for(self, method, timeout=20):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for event in self.events:
                if event.get("method") == method:
                    self.events.remove(event)
                    return event
            self.events.append(self.receive(timeout=max(0.1, deadline - time.time())))
        raise RuntimeError(f"no {method} within {timeout} s")

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        return result.get("result", {}).get("value")

    def press(self, key):
        code = KEYS[key]
        text = {"Enter": "\r", "+": "+"}.get(key)
        for kind in ("keyDown", "keyUp"):
            params = {"type": kind, "key": key, "code": key, "windowsVirtualKeyCode": code}
            if text and kind == "keyDown":
                params["text"] = text
            self.send("Input.dispatchKeyEvent", params)

    def close(self):
        try:
            self.send("Browser.close", session=False)
        except RuntimeError:
            pass
        self.process.wait(timeout=10)


def main():
    page = os.path.abspath(sys.argv[1])
    browser = Browser()
    target = browser.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
    browser.session = browser.send(
        "Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)["sessionId"]
    for domain in ("Page", "Runtime", "Log"):
        browser.send(domain + ".enable")
    browser.send("Page.navigate", {"url": "file://" + page})
    browser.wait_for("Page.loadEventFired")
    report = {}
    focused = "document.activeElement && document.activeElement.dataset.position"
    rows = "+document.getElementById('findings').getAttribute('aria-rowcount') - 1"
    report["findings"] = browser.evaluate(rows)
    report["rowHeight"] = browser.evaluate("(document.querySelector('#findings tbody tr.finding') || {}).offsetHeight")
    report["tabStops"] = browser.evaluate("document.querySelectorAll('#findings tbody tr[tabindex=\"0\"]').length")
    browser.evaluate("document.querySelector('#findings tbody tr[tabindex=\"0\"]').focus()")
    for _ in range(3):
        browser.press("ArrowDown")
    report["afterThreeDown"] = browser.evaluate(focused)
    browser.press("ArrowUp")
    report["afterUp"] = browser.evaluate(focused)
    browser.press("PageDown")
    report["afterPageDown"] = browser.evaluate(focused)
    browser.press("End")
    report["afterEnd"] = browser.evaluate(focused)
    report["rowsInDocument"] = browser.evaluate("document.querySelectorAll('#findings tbody tr.finding').length")
    browser.press("Home")
    report["afterHome"] = browser.evaluate(focused)
    browser.press("Enter")
    report["detailAfterEnter"] = browser.evaluate("document.getElementById('cue-detail').textContent")
    report["firstFinding"] = browser.evaluate("document.querySelector('#findings tbody tr.finding').textContent")
    rule = browser.evaluate("document.getElementById('filter-rule').options[1] && "
                            "document.getElementById('filter-rule').options[1].value")
    if rule:
        browser.evaluate("const f = document.getElementById('filter-rule'); f.value = " + json.dumps(rule) +
                         "; f.dispatchEvent(new Event('change'))")
        report["filteredRule"] = rule
        report["filteredCount"] = browser.evaluate(rows)
        report["filteredRowsAllOfRule"] = browser.evaluate(
            "Array.from(document.querySelectorAll('#findings tbody tr.finding'))"
            ".every(r => r.children[1].textContent === " + json.dumps(rule) + ")")
    browser.evaluate("document.getElementById('timeline').focus()")
    before = browser.evaluate("document.getElementById('view-range').textContent")
    browser.press("+")
    report["viewBeforeZoom"] = before
    report["viewAfterZoom"] = browser.evaluate("document.getElementById('view-range').textContent")
    report["drawMsAfterZoom"] = browser.evaluate("+document.getElementById('timeline').dataset.drawMs")
    browser.evaluate("document.getElementById('cue-detail').textContent = ''")
    browser.press("ArrowRight")
    report["detailAfterArrowRight"] = browser.evaluate("document.getElementById('cue-detail').textContent")
    report["console"] = [
        event["params"] for event in browser.events
        if event.get("method") in ("Runtime.consoleAPICalled", "Runtime.exceptionThrown", "Log.entryAdded")
    ]
    browser.close()
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main()
