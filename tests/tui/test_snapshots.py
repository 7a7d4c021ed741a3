"""Snapshots of each view of the fixture draft at 120x40 (look at the SVG before accepting one)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import make_app

VIEWS = {"agreed": "1", "tracked": "2", "attribution": "3", "compilation": "4", "base": "5"}


@pytest.mark.parametrize("view", list(VIEWS))
def test_view_snapshot(view: str, snap_compare, folder: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app(folder, "SEECF")

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        pilot.app.query_one("#view").focus()
        await pilot.press("g", *"OP4", "enter", VIEWS[view])
        await pilot.pause()

    assert snap_compare(app, terminal_size=(120, 40), run_before=run_before)
