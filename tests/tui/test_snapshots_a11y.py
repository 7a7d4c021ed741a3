"""Snapshots of `/` narrowing the outline and the queue, and of the organization colours on a light
theme (look at the SVG before accepting one)."""

from __future__ import annotations

from pathlib import Path

from draftdesk.tui.app import DraftDeskApp

from .conftest import make_app
from .test_snapshots import RESTED, steady_cursors


def test_outline_filter_prompt_at_80_by_24_snapshot(snap_compare, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """`/osce`: the outline keeps OP4 (OSCE's pending amendment) under the line saying how many."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("slash", *"osce")
        await pilot.pause(RESTED)
        steady_cursors(pilot.app)

    assert snap_compare(make_app(folder, "UNDP"), terminal_size=(80, 24), run_before=run_before)


def test_queue_filtered_snapshot(snap_compare, folder: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("c", "slash", *"undp", "enter")
        await pilot.pause(RESTED)

    assert snap_compare(make_app(folder, "SEECF"), terminal_size=(120, 40), run_before=run_before)


def test_attribution_on_the_light_theme_snapshot(snap_compare, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """Organization colours of the light family: dark enough for 3:1 on the near-white ground."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("g", *"OP4", "enter", "3")
        await pilot.pause(RESTED)

    app = DraftDeskApp(folder, "SEECF", watch=False, theme="draftdesk-light")
    assert snap_compare(app, terminal_size=(120, 40), run_before=run_before)


def test_attribution_with_organization_codes_snapshot(snap_compare, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """`o`: "regional [RCC: and international] cooperation"; the legend says what the tags are."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("g", *"OP1", "enter", "3", "o")
        await pilot.pause(RESTED)

    assert snap_compare(make_app(folder, "SEECF"), terminal_size=(120, 40), run_before=run_before)


def test_tracked_with_change_marks_at_80_by_24_snapshot(snap_compare, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """`x`: OP4's competing changes read [-note-]{+acknowledge+} in the view and the panel."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("g", *"OP4", "enter", "2", "x")
        await pilot.pause(RESTED)

    assert snap_compare(make_app(folder, "SEECF"), terminal_size=(80, 24), run_before=run_before)
