"""``draftdesk serve`` in a real browser: headless Chromium (Debian's) driven by Playwright.

The page draws the terminal with xterm.js on a canvas, so what the app shows is read from the
websocket's frames (the app's terminal output, its escape sequences removed); keys go to the page
as a person's would.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path

import pytest

from draftdesk import signatures, storage

from . import fixture
from .serving import serving

CHROMIUM = shutil.which("chromium")
if not (os.environ.get("DRAFTDESK_CI") or os.environ.get("CI")):  # CI has both: no skip hiding a failure
    if CHROMIUM is None:
        pytest.skip("needs Debian's chromium (apt-get install chromium)", allow_module_level=True)
    pytest.importorskip("playwright.sync_api", reason="needs playwright (pip install -e '.[test]')")
elif CHROMIUM is None:
    raise RuntimeError("chromium is not installed (.ci/run installs it with apt-get)")

from playwright import sync_api  # noqa: E402  (after the skips)

ESCAPES = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[@-Z\\-_])")
"""CSI and OSC sequences and two-byte escapes: what is left is the text the terminal shows."""


class Terminal:
    """The page's terminal: keys in, the text the app drew out."""

    def __init__(self, page: sync_api.Page) -> None:
        self.page = page
        self.frames: list[str] = []
        page.on("websocket", lambda ws: ws.on("framereceived", self._received))

    def _received(self, frame: str | bytes) -> None:
        self.frames.append(frame if isinstance(frame, str) else frame.decode("utf-8", "replace"))

    def shown_since(self, mark: int) -> str:
        return ESCAPES.sub("", "".join(self.frames[mark:]))

    def press(self, *keys: str, until: str, seconds: float = 15.0) -> None:
        """Press ``keys``, then wait until the app draws ``until``."""
        mark = len(self.frames)
        for key in keys:
            self.page.keyboard.press(key)
        deadline = time.monotonic() + seconds
        while until not in self.shown_since(mark):
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"{until!r} never appeared; last drawn: {self.shown_since(mark)[-500:]!r}"
                )
            self.page.wait_for_timeout(50)


def test_a_delegation_tables_an_amendment_from_a_browser(folder: Path) -> None:
    """The fixture draft is founded: every act is signed, UNDP's with its key held by the server's user."""
    with serving(folder) as server, sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            off_machine = re.compile(r"^https?://(?!localhost[:/])")  # the page asks Google for a font
            page.route(off_machine, lambda route: route.abort())
            terminal = Terminal(page)
            page.goto(server.url())
            terminal.press(until="Which delegation do you act as?", seconds=30)  # a process starts
            page.click("#terminal", position={"x": 5, "y": 5})  # the page takes the keyboard
            terminal.press("ArrowDown", "Enter", until="acting as UNDP")  # SEECF (the chair), then UNDP
            terminal.press("g", until="Go to paragraph")
            terminal.press("O", "P", "4", "Enter", until="─ OP4 ─")
            terminal.press("p", until="ctrl+s: save")
            page.wait_for_timeout(500)  # the editor takes focus just after it is drawn
            terminal.press("End", *" Together.", until="Together.")
            terminal.press("Control+s", until="Table it (t)")
            terminal.press("t", until="UNDP tabled an amendment to OP4")
        finally:
            browser.close()
    known = {a.id for a in fixture.amendments()}
    (tabled,) = [a for a in storage.load(folder).amendments if a.id not in known]
    assert tabled.author == "UNDP" and [op.target for op in tabled.ops] == ["p-0007"]
    written = (folder / "amendments" / f"{tabled.id}.toml").read_text(encoding="utf-8")
    assert "Together." in written
    founded, rejected, _ = signatures.verify(folder)
    assert founded and rejected == []  # signed with UNDP's key, held by the server's user
