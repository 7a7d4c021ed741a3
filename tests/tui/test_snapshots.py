"""Snapshots of each view of the fixture draft at 120x40 (look at the SVG before accepting one).

Each is taken once the keys have rested (``REST_DELAY`` and more): what waits for rest (written
forms, the footer's keys, the panel's scrollbar) is then always on screen, never half the time.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from draftdesk import signatures, storage
from draftdesk.engine.title import TITLE_ID
from draftdesk.tui.rest import REST_DELAY

from . import fixture
from .conftest import make_app

RESTED = REST_DELAY * 3


def steady_cursors(app) -> None:  # type: ignore[no-untyped-def]
    """Text cursors shown steadily: a blinking one is drawn or not depending on the moment."""
    for field in app.screen.query("Input, TextArea"):
        field.cursor_blink = False
        # A TextArea's cached lines are keyed without the cursor once it no longer blinks: a line drawn
        # in the blink's hidden half would stay cursorless. notify_style_update empties that cache.
        field.notify_style_update()
        field.refresh()


VIEWS = {"agreed": "1", "tracked": "2", "attribution": "3", "compilation": "4", "base": "5"}


@pytest.mark.parametrize("view", list(VIEWS))
def test_view_snapshot(view: str, snap_compare, folder: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app(folder, "SEECF")

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.pause()
        pilot.app.screen.query_one("#view").focus()
        await pilot.press("g", *"OP4", "enter", VIEWS[view])
        await pilot.pause(RESTED)

    assert snap_compare(app, terminal_size=(120, 40), run_before=run_before)


def test_chair_queue_snapshot(snap_compare, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """The queue: OSCE's and UNDP's competing amendments to OP4 in voting order, side by side."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("c")
        await pilot.pause(RESTED)

    assert snap_compare(make_app(folder, "SEECF"), terminal_size=(120, 40), run_before=run_before)


def test_help_snapshot(snap_compare, folder: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("question_mark")
        await pilot.pause(RESTED)

    assert snap_compare(make_app(folder, "SEECF"), terminal_size=(120, 40), run_before=run_before)


def test_delegate_help_at_80_by_24_snapshot(snap_compare, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """A delegate's keys (no accept, reject, queue, revision), the list scrolled to its end."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("question_mark", "end")
        await pilot.pause(RESTED)

    assert snap_compare(make_app(folder, "UNDP"), terminal_size=(80, 24), run_before=run_before)


def test_export_dialog_focus_snapshot(snap_compare, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """The export dialog at 80x24 with the focus on its Export button, reached with Tab."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("e", "tab", "tab", "tab")
        await pilot.pause(RESTED)

    assert snap_compare(make_app(folder, "UNDP"), terminal_size=(80, 24), run_before=run_before)


def test_export_list_open_snapshot(snap_compare, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """The format's list open over the dialog, its highlight drawn though the list has no focus."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("e", "enter", "up")
        await pilot.pause(RESTED)

    assert snap_compare(make_app(folder, "UNDP"), terminal_size=(80, 24), run_before=run_before)


def test_accept_confirmation_at_80_by_24_snapshot(snap_compare, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """What the chair reads before accepting: the organization by name, what will fall."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("g", *"OP4", "enter")
        await pilot.pause(RESTED)
        await pilot.press("a")
        await pilot.pause(RESTED)

    assert snap_compare(make_app(folder, "SEECF"), terminal_size=(80, 24), run_before=run_before)


def test_instruction_not_read_snapshot(snap_compare, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """An instruction that could not be read, back in its box: the reason, the words not found marked."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("t", *"In operative paragraph 4, replace 'greet' with 'welcome'", "enter")
        for _ in range(200):  # the box comes back, focused, once the instruction is read: later when busy
            focused = pilot.app.focused
            # has_focus comes with the Focus event, after app.focused: steady_cursors draws the cursor by it
            ready = focused is not None and focused.id == "instruction" and focused.has_focus
            if pilot.app.screen.query("#error") and ready:
                break
            await pilot.pause(0.05)
        await pilot.pause(RESTED)
        steady_cursors(pilot.app)
        await pilot.pause()
        assert pilot.app.focused.id == "instruction", pilot.app.focused

    assert snap_compare(make_app(folder, "UNDP"), terminal_size=(80, 24), run_before=run_before)


def test_editor_with_rationale_snapshot(snap_compare, folder: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("g", *"OP3", "enter", "p", "tab", *"Stronger wording")
        await pilot.pause(RESTED)
        steady_cursors(pilot.app)

    assert snap_compare(make_app(folder, "UNDP"), terminal_size=(80, 24), run_before=run_before)


def test_title_with_a_pending_change_at_80_by_24_snapshot(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The chair on the title (tracked view): OSCE's change drawn in, listed in the panel; every key
    of the chair in the key bar, on two lines."""
    draft = fixture.draft()
    title = " ".join(draft.title)
    to_title = fixture.modify("OSCE-0002", "OSCE", TITLE_ID, title, title.replace("ANNUAL", "YEARLY"), 4)
    folder = tmp_path / "belgrade-2011"
    storage.create(folder, draft, [*fixture.amendments(), to_title], fixture.decisions())
    signatures.found(folder)

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("2", "up")
        await pilot.pause(RESTED)

    assert snap_compare(make_app(folder, "SEECF"), terminal_size=(80, 24), run_before=run_before)
