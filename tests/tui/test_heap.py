"""The merged state the TUI freezes out of the cyclic collector's sight must hold no reference cycles:
frozen, a cycle would never be freed (see draftdesk.tui.heap)."""

from __future__ import annotations

import gc

from draftdesk.engine.merge import Negotiation
from draftdesk.engine.results import VIEW_NAMES
from draftdesk.tui.rendered import prepare

from . import fixture


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
