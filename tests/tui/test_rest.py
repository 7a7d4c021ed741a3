"""What waits for the steps to rest: the footer's keys (a rebuild lays out the whole screen) and the
amendment panel's scroll range (a new one repaints its scrollbar). Held arrow keys must not pay them
at every paragraph; once the keys rest, both follow what is shown."""

from __future__ import annotations

from pathlib import Path

from draftdesk.tui.app import DraftDeskApp
from draftdesk.tui.rest import REST_DELAY
from draftdesk.tui.widgets import KeyBar

from .conftest import make_app
from .test_flows import goto


def offered(app: DraftDeskApp) -> list[str]:
    """The descriptions the key bar shows."""
    return [key.description for key in app.main.query_one(KeyBar).shown_keys()]


async def test_the_footer_follows_the_current_amendment_once_the_steps_rest(folder: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(160, 40)) as pilot:
        await goto(pilot, "OP4")
        await pilot.pause(REST_DELAY * 3)
        assert "Co-sponsor" in offered(app)  # OSCE's amendment is current: UNDP may co-sponsor it
        rebuilds: list[list[str]] = []
        rebuild = app.main.refresh_bindings
        app.main.refresh_bindings = lambda: rebuilds.append(offered(app)) or rebuild()  # type: ignore[method-assign]
        for _ in range(8):  # up to the top through paragraphs without amendments: nothing to co-sponsor
            await pilot.press("up")  # steps that keep coming, for longer than the rest delay, each sooner
            await pilot.pause(REST_DELAY / 6)
        assert rebuilds == []
        await pilot.pause(REST_DELAY * 3)
        assert len(rebuilds) == 1 and "Co-sponsor" not in offered(app)


async def test_the_panels_scroll_range_follows_what_it_shows_once_the_steps_rest(folder: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(120, 24)) as pilot:  # a panel of six lines
        await goto(pilot, "OP3")  # no amendments: nothing to scroll
        await pilot.pause(REST_DELAY * 3)
        assert app.main.shown.panel.max_scroll_y == 0
        await pilot.press("down")  # OP4: two amendments, eight lines
        assert (
            "OSCE-0001" in app.main.shown.panel.text and app.main.shown.panel.max_scroll_y == 0
        )  # shown at once
        await pilot.pause(REST_DELAY * 3)
        assert app.main.shown.panel.max_scroll_y > 0
        app.main.shown.panel.scroll_end(animate=False, immediate=True)
        assert app.main.shown.panel.scroll_y == app.main.shown.panel.max_scroll_y > 0


async def test_every_key_of_the_chair_is_on_screen_at_80_columns(folder: Path) -> None:
    """The key bar wraps between keys: at 80x24 the chair's o, x, g and q are not cut (the footer was
    one line and cut them); a click on a key presses it."""
    app = make_app(folder, "SEECF")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g", *"OP4", "enter")  # a pending amendment: a and r act on it
        await pilot.pause(REST_DELAY * 3)
        bar = app.main.query_one(KeyBar)
        shown = bar.render().plain
        for key in ("o Org tags", "x Marks", "g Go to", "q Quit", "a Accept", "c Queue"):
            assert key in shown
        assert bar.size.height == len(bar.rows(80)) == 2
        row = bar.rows(80)[1]
        x = sum(len(k.shown) + len(k.description) + 2 for k in row[: [k.key for k in row].index("o")])
        await pilot.click(KeyBar, offset=(x, 1))
        assert app.main.shown.reading.tags
