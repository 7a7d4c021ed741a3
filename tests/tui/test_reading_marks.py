"""Colour is never the only cue: `o` puts organization codes on their words, `x` marks changes
[-old-]{+new+}; both remembered in config.toml. ``--marks on|off`` decides for one run; neither said,
marks are on only where $TERM is a terminal without strikethrough."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.geometry import Region
from textual.widget import Widget

from draftdesk.tui.app import DraftDeskApp
from draftdesk.tui.preferences import config_file, remember

from .conftest import make_app


def shown_text(widget: Widget) -> str:
    """What the widget shows, its lines joined and its runs of spaces made one (wrapping aside)."""
    return " ".join(" ".join(strip.text for strip in widget.render_lines(Region(0, 0, *widget.size))).split())


async def test_o_tags_each_organization_s_words_and_is_remembered(folder: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g", *"OP1", "enter", "3")
        await pilot.pause()
        view, legend = app.screen.query_one("#view"), app.screen.query_one("#legend")
        assert "[RCC:" not in shown_text(view)
        await pilot.press("o")
        await pilot.pause()
        assert "regional [RCC: and international] cooperation" in shown_text(view)
        assert "[ORG: words]" in shown_text(legend) and "SEECF (chair)" in shown_text(legend)
    assert "tags = true" in config_file().read_text(encoding="utf-8")
    again = make_app(folder, "UNDP")
    async with again.run_test(size=(120, 40)) as pilot:
        await pilot.press("g", *"OP1", "enter", "3")
        await pilot.pause()
        assert "[RCC:" in shown_text(again.screen.query_one("#view"))


async def test_x_marks_changes_in_the_view_the_panel_and_the_legend(folder: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g", *"OP4", "enter", "2", "x")
        await pilot.pause()
        view, panel = app.screen.query_one("#view"), app.screen.query_one("#panel")
        assert "[-note-]{+acknowledge+}" in shown_text(view)
        assert "[-note-]{+welcome+}" in shown_text(panel)
        assert "[-del-]{+ins+}" in shown_text(app.screen.query_one("#legend"))
        await pilot.press("x")
        await pilot.pause()
        assert "{+" not in shown_text(view) and "{+" not in shown_text(panel)
    assert "marks = false" in config_file().read_text(encoding="utf-8")


@pytest.mark.parametrize("term", ["linux", "vt100", "dumb"])
async def test_without_strikethrough_changes_never_run_together(
    folder: Path, monkeypatch: pytest.MonkeyPatch, term: str
) -> None:
    monkeypatch.setenv("TERM", term)
    app = make_app(folder, "SEECF")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g", *"OP4", "enter", "2")
        await pilot.pause()
        text = shown_text(app.screen.query_one("#view")) + shown_text(app.screen.query_one("#panel"))
        assert "{+welcome+}" in text and "notewelcome" not in text and "noteacknowledge" not in text


async def shows_marks(app: DraftDeskApp) -> bool:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g", *"OP4", "enter", "2")
        await pilot.pause()
        return "{+welcome+}" in shown_text(app.screen.query_one("#panel"))


async def test_the_marks_option_wins_over_the_config_and_the_terminal(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Predictable: --marks for this run, else the config, else $TERM; NO_COLOR (no colours, strikes
    still drawn) decides nothing."""
    monkeypatch.setenv("NO_COLOR", "1")
    assert not await shows_marks(make_app(folder, "SEECF"))
    monkeypatch.setenv("TERM", "linux")
    assert await shows_marks(make_app(folder, "SEECF"))
    assert not await shows_marks(DraftDeskApp(folder, "SEECF", watch=False, marks=False))
    remember("marks", False)
    assert not await shows_marks(make_app(folder, "SEECF"))
    assert await shows_marks(DraftDeskApp(folder, "SEECF", watch=False, marks=True))
    assert "marks = false" in config_file().read_text(encoding="utf-8")  # --marks is for one run
