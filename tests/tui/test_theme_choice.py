"""--theme, and the theme chosen while running remembered in the user's config (tomlkit, comments kept)."""

from __future__ import annotations

from pathlib import Path

from textual.color import Color
from textual.content import Content
from textual.style import Style

from draftdesk.tui.app import DraftDeskApp
from draftdesk.tui.preferences import config_file
from draftdesk.tui.themes import org_style


async def test_the_theme_asked_for_is_shown(folder: Path) -> None:
    app = DraftDeskApp(folder, "UNDP", watch=False, theme="draftdesk-light")
    async with app.run_test() as pilot:
        await pilot.pause()
        assert app.theme == "draftdesk-light"


async def test_a_theme_picked_is_remembered_and_the_config_keeps_its_comments(folder: Path) -> None:
    config_file().parent.mkdir(parents=True, exist_ok=True)
    config_file().write_text("# my settings\neditor = 'vi'  # kept\n", encoding="utf-8")
    app = DraftDeskApp(folder, "UNDP", watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()  # the legend drawn in the first theme
        assert app.theme != "draftdesk-high-contrast"
        app.theme = "draftdesk-high-contrast"
        await pilot.pause()
        legend = app.main.shown.legend.render()
        assert isinstance(legend, Content)
        swatches = {str(span.style.foreground) for span in legend.spans if isinstance(span.style, Style)}
        codes = [org.code for org in app.session.neg.draft.orgs]
        undp = org_style(app, codes, "UNDP").color
        assert undp is not None and undp.triplet is not None
        assert str(Color(*undp.triplet)) in swatches  # the legend redrawn in the theme's colours
    written = config_file().read_text(encoding="utf-8")
    assert (
        written.startswith("# my settings\neditor = 'vi'  # kept\n")
        and 'theme = "draftdesk-high-contrast"' in written
    )
    again = DraftDeskApp(folder, "UNDP", watch=False)
    async with again.run_test() as pilot:
        await pilot.pause()
        assert again.theme == "draftdesk-high-contrast"


async def test_an_unknown_theme_is_said_in_one_line(folder: Path) -> None:
    app = DraftDeskApp(folder, "UNDP", watch=False, theme="nope")
    async with app.run_test() as pilot:
        await pilot.pause()
        assert app.is_running
        assert any(n.message.startswith("no theme 'nope'; themes: ") for n in app._notifications)
