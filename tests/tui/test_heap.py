"""The merged state the TUI freezes out of the cyclic collector's sight must hold no reference cycles:
frozen, a cycle would never be freed (see draftdesk.tui.heap)."""

from __future__ import annotations

import gc
from pathlib import Path

from draftdesk.engine.merge import Negotiation
from draftdesk.engine.results import VIEW_NAMES
from draftdesk.tui import heap
from draftdesk.tui.rendered import prepare

from . import fixture
from .conftest import make_app


def _loaded_and_dropped() -> int:
    """Build a state as a load does, render every view, drop it: the cyclic garbage it leaves."""
    gc.collect()
    loaded = prepare(
        Negotiation(fixture.draft(), fixture.amendments(), fixture.decisions()), "agreed", "UNDP"
    )
    for view in VIEW_NAMES:
        loaded.views.get(view, loaded.views.order(view))
    loaded.neg.competing_groups()
    del loaded
    return gc.collect()


def test_a_dropped_state_leaves_no_cyclic_garbage() -> None:
    assert _loaded_and_dropped() == 0


def test_the_check_sees_a_cycle(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The check above can fail: a state that refers back to itself is found."""
    original = prepare

    def cyclic(*args):  # type: ignore[no-untyped-def]
        loaded = original(*args)
        loaded.neg.__dict__["itself"] = loaded.neg
        return loaded

    monkeypatch.setattr(__name__ + ".prepare", cyclic)
    assert _loaded_and_dropped() > 0


async def test_the_collector_held_off_at_start_runs_again_once_the_screen_is_up(folder: Path) -> None:
    heap.hold()  # as draftdesk open does
    try:
        app = make_app(folder, "UNDP")
        assert not gc.isenabled()
        async with app.run_test() as pilot:
            await pilot.pause()
            assert gc.isenabled()
    finally:
        gc.enable()
