"""Snapshots of what the room sees at 80x24: a notification above the two-line key bar, the chair's
queue (a withdrawn amendment in it), an annex in the outline (look at the SVG before accepting one)."""

from __future__ import annotations

from pathlib import Path

from draftdesk import services

from .conftest import make_app
from .test_snapshots import RESTED


async def test_a_notification_leaves_the_key_bar_readable(folder: Path) -> None:
    """A delegate pressing the chair's `a`, then typing an instruction that cannot be read: the line
    saying why stands above every line of keys, on the main screen and over the dialog."""
    for size in ((80, 24), (120, 40), (44, 30)):
        app = make_app(folder, "UNDP")
        async with app.run_test(size=size, notifications=True) as pilot:
            bar = app.main.query_one("KeyBar")  # under the box, it shows the box's keys
            await pilot.press("a")
            await pilot.pause(RESTED)
            toasts = [(toast.region, bar.region) for toast in app.screen.query("Toast")]
            await pilot.press("t", *"Delete the paragraph about greetings.", "enter")
            await pilot.pause(RESTED)
            assert app.screen is not app.main  # the box, open again over the main screen
            toasts += [(toast.region, bar.region) for toast in app.screen.query("Toast")]
            assert len(toasts) >= 2, size
            assert all(toast.bottom <= keys.y for toast, keys in toasts), (size, toasts)
            await pilot.press("escape", "y")  # discarded: the next session is not offered it back


def test_a_notification_above_the_key_bar_at_80_by_24_snapshot(snap_compare, folder: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("a")
        await pilot.pause(RESTED)

    assert snap_compare(make_app(folder, "UNDP"), terminal_size=(80, 24), run_before=run_before)


def test_chair_queue_at_80_by_24_snapshot(snap_compare, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """Every row and its change in view; why OSCE's is voted first is said in its group below."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("c")
        await pilot.pause(RESTED)

    assert snap_compare(make_app(folder, "SEECF"), terminal_size=(80, 24), run_before=run_before)


def test_an_annex_in_the_outline_at_80_by_24_snapshot(snap_compare, annexed: Path) -> None:  # type: ignore[no-untyped-def]
    """The annex a group of its own, titled by its heading, its preamble and operative inside."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("g", *"ANNEX OP2(a)", "enter")
        await pilot.pause(RESTED)

    assert snap_compare(make_app(annexed, "SEECF"), terminal_size=(80, 24), run_before=run_before)


def test_the_queue_offers_to_reinstate_a_withdrawn_amendment_at_80_by_24_snapshot(
    snap_compare, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    """Listed below the pending ones, set apart; its row offers u (reinstate), not a, r or o."""
    services.decide(folder, "OSCE", "OSCE-0001", "withdraw")

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("c", "down", "down")
        await pilot.pause(RESTED)

    assert snap_compare(make_app(folder, "SEECF"), terminal_size=(80, 24), run_before=run_before)
