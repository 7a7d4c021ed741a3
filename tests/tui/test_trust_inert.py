"""Escape sequences in a draft reach the TUI's screen as visible characters, never as commands."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from pathlib import Path

from draftdesk import signatures, storage
from draftdesk.engine.amendments import Amendment, Op
from draftdesk.engine.patches import make_patch

from . import fixture
from .conftest import make_app

HOSTILE = "\x1b]52;c;cHduZWQ=\x07\x1b[2J\x1b]0;pwned\x07\x9b31m"
OBEYED = ("\x1b", "\x07", "\x9b")


def hostile(folder: Path) -> None:
    base = next(p.text for p in fixture.draft().paragraphs if p.id == "p-0004")
    op = Op("modify", target="p-0004", base_text=base, patch=make_patch(base, f"{base} {HOSTILE}"))
    amendment = Amendment("UNDP-0666", "UNDP", (op,), fixture.T0.replace(minute=40), rationale=HOSTILE)
    storage.add_amendment(folder, amendment, signatures.signer(folder, "UNDP"))  # believed: signed


async def test_the_queue_the_views_and_the_panel_show_escapes_inertly(folder: Path) -> None:
    hostile(folder)
    app = make_app(folder, "SEECF")
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.press("v", "g", *"OP1", "enter")
        await pilot.pause()
        screens = [app.export_screenshot()]
        await pilot.press("c")
        await pilot.pause()
        screens.append(app.export_screenshot())
    for screen in screens:
        assert not any(character in screen for character in OBEYED)
        assert "␛]52" in screen


async def test_a_title_with_brackets_and_escapes_is_shown_as_written(tmp_path: Path) -> None:
    folder = tmp_path / "titled"
    title = f"Conclusions [draft] [/] {HOSTILE}"  # "[/]" as markup is an error, "[draft]" a style
    storage.create(folder, replace(fixture.draft(), title=[title]), fixture.amendments(), fixture.decisions())
    signatures.found(folder)
    app = make_app(folder, "SEECF")
    async with app.run_test(size=(220, 40)) as pilot:
        await pilot.pause()
        screen = html.unescape(re.sub(r"<[^>]*>", "", app.export_screenshot())).replace("\xa0", " ")
    assert "Conclusions [draft] [/] ␛]52" in screen
    assert not any(character in screen for character in OBEYED)
