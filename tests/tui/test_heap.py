"""The cyclic collector in the TUI (see draftdesk.tui.heap): the merged state it freezes out of the
collector's sight must hold no reference cycles (frozen, a cycle would never be freed); the collector
runs when the steps rest."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from draftdesk.engine.merge import Negotiation
from draftdesk.engine.outputs import VIEW_NAMES
from draftdesk.tui import heap
from draftdesk.tui.rest import REST_DELAY
from draftdesk.tui.view_cache import prepare

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
            assert gc.get_threshold()[0] == heap.BACKSTOP
        assert gc.get_threshold()[0] < heap.BACKSTOP  # Python's own again once the App is gone
    finally:
        gc.enable()


class Cycle:
    """Cyclic garbage: only the collector frees it."""

    def __init__(self) -> None:
        self.itself = self


def _young_cycles(count: int) -> weakref.ref[Cycle]:
    """``count`` new cycles, dropped at once; a reference that says whether the first is freed."""
    cycles = [Cycle() for _ in range(count)]
    first = weakref.ref(cycles[0])
    del cycles
    return first


def test_tidy_collects_young_cycles_once_there_are_enough() -> None:
    gc.disable()  # only tidy collects here
    try:
        gc.collect()
        few = _young_cycles(10)
        heap.tidy()
        assert few() is not None  # too few new objects to be worth a collection
        many = _young_cycles(heap.YOUNG_ENOUGH)
        heap.tidy()
        assert few() is None and many() is None
    finally:
        gc.enable()


def test_tidy_collects_everything_every_tenth_time() -> None:
    gc.disable()  # only tidy collects here
    try:
        gc.collect()
        kept = [Cycle()]
        old = weakref.ref(kept[0])
        gc.collect(1)  # it survives: into the oldest generation, which young collections leave alone
        del kept
        for _ in range(heap.FULL_EVERY - 1):
            _young_cycles(heap.YOUNG_ENOUGH)
            heap.tidy()
        assert old() is not None
        _young_cycles(heap.YOUNG_ENOUGH)
        heap.tidy()
        assert old() is None
    finally:
        gc.enable()


async def test_the_app_collects_when_the_steps_rest(folder: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        garbage = _young_cycles(heap.YOUNG_ENOUGH)  # far below the backstop: only a rest collects
        await pilot.press("down")
        await pilot.pause(REST_DELAY * 3)
        assert garbage() is None
