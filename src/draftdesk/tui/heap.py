"""The one collector policy of the TUI: keep the cyclic collector off the state loaded at start, and
let it run when the keys rest.

After a load, thousands of paragraphs, amendments, states and rendered views are alive, and every
full collection walks all of them, finding nothing, on the UI thread at a random key press.
``gc.freeze`` moves what is alive into a generation the collector never scans. The merged state
holds no reference cycles (tests/tui/test_heap.py), so when a reload replaces it, reference
counting still frees it.

Until the first frame, the collector is held off (``hold``, by ``draftdesk open``): starting
creates hundreds of thousands of objects that all live. ``release`` then freezes them and turns
the collector back on. Freezing is only at start: frozen cyclic garbage is never freed, and a
running screen always has some (Textual's events and messages), so reloaded states are left to
the collector.

Each frame makes thousands of tracked objects, and at Python's default threshold every step set
off young collections and, now and then, a full one. So the automatic thresholds are raised to
``BACKSTOP`` and ``FULL_BACKSTOP`` (keys held down that never rest still collect), and ``tidy``,
called when the screen has rested, collects the young objects, and everything every
``FULL_EVERY`` times. The figures behind each number are in docs/performance.md.
"""

from __future__ import annotations

import gc

BACKSTOP = 20_000
"""New tracked objects (net) after which the collector runs, rest or no rest: some five steps
through the text without a pause; a larger backstop makes a visible hitch in a held key's steps."""

FULL_EVERY = 10
"""Young collections between two full collections at rest (which walk every object made since
the start)."""

FULL_BACKSTOP = 100
"""Young collections after which the collector runs a full one, rest or no rest. Python's own
(10) counts the young collections made at rest too, so its next automatic collection, amid key
presses, was a full one; this one only bounds keys held down for minutes."""

YOUNG_ENOUGH = 1_000
"""Fewer new objects than this, and a rest has nothing worth collecting."""

_defaults = gc.get_threshold()


def hold() -> None:
    """No cyclic collection until ``release`` (see the module docstring)."""
    gc.disable()


def settle() -> None:
    """Everything alive now is long-lived: exempt it from the cyclic collector (at start only: see
    the module docstring)."""
    gc.freeze()


def release() -> None:
    """The first frame is up: what lives now is settled, and the collector runs again, mostly at
    rest (``tidy``)."""
    settle()
    gc.set_threshold(BACKSTOP, _defaults[1], FULL_BACKSTOP)
    gc.enable()


def tidy() -> None:
    """The screen rests: collect what the last steps left, and now and then everything."""
    young, _, collected_young = gc.get_count()
    if collected_young >= FULL_EVERY:
        gc.collect()
    elif young >= YOUNG_ENOUGH:
        gc.collect(1)


def restore() -> None:
    """The screen is gone: Python's own thresholds again (a process may run more than one App)."""
    gc.set_threshold(*_defaults)
