"""report.html: self-contained, hostile PDF text stays text, and in headless Chromium a click on a matrix cell lists
exactly that cell's recommendations with the evidence highlighted and the pages of both PDFs."""
from __future__ import annotations

import base64
import fcntl
import json
import os
import re
import select
import shutil
import subprocess
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.config import DEFAULT_REPORT, DEFAULT_RESPONSE
from pipeline.coverage import recommendations_by_cell
from pipeline.html_report import render_html, report_data, script_json, write_html_report
from pipeline.run import Settings, analyse

HOSTILE = ('</script><script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">'
           '<!-- & \u2028 "quotes" \'single\'')
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync")


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    """A real run (hashing encoder) with hostile text planted in the first recommendation and its evidence passage."""
    cache = tmp_path_factory.getbasetemp() / "reactiematrix-cache"
    result = analyse(DEFAULT_REPORT, DEFAULT_RESPONSE, Settings(encoder="hashing", spacy_model="blank",
                                                                cache_dir=cache))
    first = result.recommendations[0]
    recommendations = [replace(first, text=first.text + " " + HOSTILE), *result.recommendations[1:]]
    evidenced = next(a for a in result.assessments if a.evidence)
    passages = [replace(p, text=HOSTILE + " " + p.text) if p.id == evidenced.evidence.passage_id else p
                for p in result.passages]
    return replace(result, recommendations=recommendations, passages=passages)


@pytest.fixture(scope="module")
def page(result, tmp_path_factory) -> Path:
    return write_html_report(result, tmp_path_factory.mktemp("html") / "report.html")


def test_script_json_cannot_close_the_script_element():
    text = script_json({"t": HOSTILE})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"t": HOSTILE}


def test_page_is_self_contained_and_hostile_text_stays_inside_the_data(page):
    source = page.read_text(encoding="utf-8")
    assert source.count("<script") == 2 and source.count("</script>") == 2  # the data and the code, nothing injected
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", source), "loads something from the network"
    assert "<link" not in source and "@import" not in source
    assert "default-src 'none'" in source  # the browser refuses any request the page might still try
    assert 'lang="nl"' in source


def test_report_data_has_the_matrix_cells_and_both_pdfs_pages(result):
    data = report_data(result)
    cells = recommendations_by_cell(result.recommendations, result.assessments)
    overall = data["matrix"][-1]
    assert overall["department"] == "TOTAAL" and overall["total"] == len(result.recommendations)
    for row in data["matrix"]:
        for position, ids in row["cells"].items():
            assert ids == cells.get((row["department"], position), [])
            assert len(ids) == row["counts"][position]
    assert all(r["page"] >= 1 for r in data["recommendations"])
    evidenced = [r for r in data["recommendations"] if r["evidence"]]
    assert evidenced and all(r["evidence"]["page"] >= 1 for r in evidenced)
    assert all(p["page"] >= 1 for r in data["recommendations"] for p in r["passages"])


def test_the_title_is_escaped(result):
    hostile_name = replace(result, manifest={**result.manifest, "inputs": {
        "report": {"file": "/x/<b>rapport<i>.pdf", "pages": 1}, "response": {"file": "r.pdf", "pages": 1}}})
    assert "<title>Reactiematrix: &lt;b&gt;rapport&lt;i&gt;</title>" in render_html(report_data(hostile_name))


def _chromium() -> str:
    candidates = [os.environ.get("CHROMIUM")] if os.environ.get("CHROMIUM") else []
    candidates += [shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome")]
    found = next((path for path in candidates if path and Path(path).is_file()), None)
    if found:
        return found
    message = ("Chromium not found: install it (apt-get install chromium) or set CHROMIUM=/path/to/chrome "
               "to run the browser test")
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def test_without_chromium_the_browser_test_skips_except_on_ci(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setenv("CHROMIUM", "/nonexistent/chromium")
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="Chromium not found"):
        _chromium()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="Chromium not found"):
        _chromium()


class Chromium:
    """Headless Chromium over the DevTools protocol on a pipe (``--remote-debugging-pipe``): no driver, stdlib only."""

    def __init__(self, binary: str):
        self.profile = tempfile.mkdtemp(prefix="reactiematrix-chromium-")
        child_reads, self._to_child = os.pipe()
        self._from_child, child_writes = os.pipe()

        def wire():  # the protocol's pipe is fd 3 (commands in) and fd 4 (answers out)
            read_end = fcntl.fcntl(child_reads, fcntl.F_DUPFD, 10)
            write_end = fcntl.fcntl(child_writes, fcntl.F_DUPFD, 10)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        self.process = subprocess.Popen(
            [binary, *CHROMIUM_FLAGS, f"--user-data-dir={self.profile}", "--remote-debugging-pipe", "about:blank"],
            preexec_fn=wire, close_fds=False, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        os.close(child_reads)
        os.close(child_writes)
        self._buffer, self._id, self.events = b"", 0, []

    def send(self, method: str, params: dict | None = None, session: str | None = None, timeout: float = 30):
        self._id += 1
        message = {"id": self._id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_child, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            answer = self._read(deadline)
            if answer.get("id") == self._id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})
            self.events.append(answer)

    def wait_for(self, method: str, timeout: float = 30) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            for index, event in enumerate(self.events):
                if event.get("method") == method:
                    return self.events.pop(index)
            self.events.append(self._read(deadline))

    def _read(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("Chromium did not answer in time")
            if select.select([self._from_child], [], [], left)[0]:
                chunk = os.read(self._from_child, 1 << 20)
                if not chunk:
                    raise RuntimeError("Chromium closed the DevTools pipe")
                self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def close(self) -> None:
        try:
            self.send("Browser.close", timeout=5)
        except Exception:  # already gone: still reap it below
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._to_child)
        os.close(self._from_child)
        shutil.rmtree(self.profile, ignore_errors=True)


class Tab:
    def __init__(self, browser: Chromium):
        self.browser = browser
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]

    def send(self, method: str, params: dict | None = None):
        return self.browser.send(method, params, self.session)

    def js(self, expression: str):
        answer = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True})
        if "exceptionDetails" in answer:
            raise AssertionError(f"{expression}: {answer['exceptionDetails']}")
        return answer["result"].get("value")

    def click(self, selector: str) -> None:
        """A real mouse click in the middle of the element (after scrolling it into view)."""
        box = self.js(f"""(() => {{ const e = document.querySelector({json.dumps(selector)});
            e.scrollIntoView({{block: 'center'}}); const r = e.getBoundingClientRect();
            return {{x: r.x + r.width / 2, y: r.y + r.height / 2}}; }})()""")
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": box["x"], "y": box["y"], "button": "left",
                                                   "clickCount": 1})

    def screenshot(self, path: Path, top: bool = False) -> Path:
        if top:
            self.js("window.scrollTo(0, 0)")
        path.write_bytes(base64.b64decode(self.send("Page.captureScreenshot", {"format": "png"})["data"]))
        return path


@pytest.fixture(scope="module")
def browser():
    chromium = Chromium(_chromium())
    yield chromium
    chromium.close()


@pytest.mark.browser
def test_in_chromium_a_cell_click_lists_its_recommendations_with_evidence_and_pages(browser, page, result,
                                                                                     tmp_path):
    tab = Tab(browser)
    tab.send("Page.enable")
    tab.send("Network.enable")
    tab.send("Emulation.setDeviceMetricsOverride", {"width": 1280, "height": 1100, "deviceScaleFactor": 1,
                                                    "mobile": False})
    tab.send("Page.navigate", {"url": page.as_uri()})
    browser.wait_for("Page.loadEventFired")

    # rendered, and the hostile text is shown as text, never run
    assert tab.js("document.querySelectorAll('#matrix-body tr').length") == len(report_data(result)["matrix"])
    assert tab.js("window.pwned === undefined && document.querySelectorAll('img').length === 0")
    assert HOSTILE.split("<!--")[0] in tab.js("document.getElementById('R01').textContent")
    assert tab.js("document.querySelectorAll('article.card').length") == len(result.recommendations)

    # click the fullest cell of a department row: the list shows exactly that cell's recommendations
    cells = recommendations_by_cell(result.recommendations, result.assessments)
    (department, position), ids = max(((key, value) for key, value in cells.items() if key[0] != "TOTAAL"),
                                      key=lambda item: (len(item[1]), item[0]))
    tab.click(f'td.cell[data-department="{department}"][data-position="{position}"]')
    shown = tab.js("Array.from(document.querySelectorAll('article.card')).map(a => a.id)")
    assert shown == ids
    assert tab.js("document.querySelector('td.cell.selected').dataset.department") == department
    assert tab.js("document.getElementById('count').textContent").startswith(f"{len(ids)} van ")

    # each listed recommendation: report page, and every passage with its response page; evidence highlighted
    assessment_of = {a.recommendation_id: a for a in result.assessments}
    recommendation_of = {r.id: r for r in result.recommendations}
    for rid in ids:
        card = tab.js(f"""(() => {{ const c = document.getElementById({json.dumps(rid)});
            return {{text: c.textContent, marks: Array.from(c.querySelectorAll('mark')).map(m => m.textContent),
                     passages: Array.from(c.querySelectorAll('.passages li')).map(l => l.dataset.passage)}}; }})()""")
        assert f"rapport p. {recommendation_of[rid].page}" in card["text"] or \
            f", {recommendation_of[rid].page}" in card["text"]
        evidence = assessment_of[rid].evidence
        if evidence:
            assert card["marks"] == [evidence.text]
            assert f"reactie p. {evidence.page}" in card["text"]
        assert card["passages"][:len(assessment_of[rid].passage_ids)] == list(assessment_of[rid].passage_ids)
    for screenshot in (tab.screenshot(tmp_path / "report-cell-list.png"),
                       tab.screenshot(tmp_path / "report-matrix.png", top=True)):
        assert screenshot.stat().st_size > 10_000
        if os.environ.get("REACTIEMATRIX_SCREENSHOTS"):  # to look at them
            shutil.copy(screenshot, Path(os.environ["REACTIEMATRIX_SCREENSHOTS"]) / screenshot.name)

    # filters: reset, then only the ones that need review
    tab.click("#filter-reset")
    tab.click("#filter-review")
    review = [a.recommendation_id for a in result.assessments if a.needs_review]
    assert tab.js("Array.from(document.querySelectorAll('article.card')).map(a => a.id)") == review
    tab.js("const s = document.getElementById('filter-position'); s.value = 'agree';"
           "s.dispatchEvent(new Event('change'))")
    agree_review = [a.recommendation_id for a in result.assessments if a.needs_review and a.position.value == "agree"]
    assert tab.js("Array.from(document.querySelectorAll('article.card')).map(a => a.id)") == agree_review

    # print: no filter bar, the selection written out; the page never asked the network for anything
    tab.send("Emulation.setEmulatedMedia", {"media": "print"})
    assert tab.js("getComputedStyle(document.querySelector('.filters')).display") == "none"
    assert tab.js("getComputedStyle(document.getElementById('print-filter')).display") == "block"
    assert base64.b64decode(tab.send("Page.printToPDF", {})["data"]).startswith(b"%PDF")
    requests = [e["params"]["request"]["url"] for e in browser.events if e.get("method") == "Network.requestWillBeSent"]
    assert all(url.startswith(("file:", "data:")) for url in requests), requests
