"""The state loaded at start is a large heap that lives on: keep the cyclic collector off it.

After a load, a thousand paragraphs, thousands of amendments, their states and
the rendered views are alive, and every full collection of the cyclic garbage
collector walks all of them, finding nothing: 100-200 ms on the UI thread,
at a random key press. ``gc.freeze`` moves everything alive into a generation
the collector never scans. The merged state holds no reference cycles (checked
in tests/tui/test_heap.py), so when a reload replaces it, reference counting
still frees it.

Until the first frame, the collector is held off (``hold``, by ``draftdesk open``): starting
creates some hundreds of thousands of objects (imported modules, the state, the widgets) that
all live, and its 151 young collections took 86-140 ms of a launch (measured). Then
``release`` freezes what lives and turns the collector back on.

Freezing is only at start: once the state is loaded (before the screen is built, else the
collector walks all of it first: the first open of the synthetic folder went
from 1.4-1.9 s to 1.1-1.3 s) and once the first frame is up (the widgets).
Frozen cyclic garbage is never freed, and a running screen always has some
(Textual's events and messages): freezing again at each reload kept about
1,500 such objects a reload (measured), so reloaded states are left to the
collector.

Once the screen is up, the collector runs when the screen rests, not amid key presses. Each
frame makes thousands of objects the collector tracks (every Strip Textual draws brings seven
small caches), and at Python's default threshold (700) a step through the text set off 5-11
young collections: about 4 ms of each step, and now and then a full one (30-80 ms) at a key
press. Textual itself turns the collector off during smooth scrolling (``PAUSE_GC_ON_SCROLL``)
for the same reason. So the automatic thresholds are raised to ``BACKSTOP`` and
``FULL_BACKSTOP`` (keys held down that never rest still collect), and ``tidy``, called when the
screen has rested, collects the young objects, and everything every ``FULL_EVERY`` times.
"""

from __future__ import annotations

import gc

BACKSTOP = 20_000
"""New tracked objects (net) after which the collector runs, rest or no rest: some five steps
through the text without a pause (measured: 3,600 a step). Such a collection takes 10-17 ms
(measured); at 50,000 it took 37-49 ms, a visible hitch in a held key's steps."""

FULL_EVERY = 10
"""Young collections between two full collections at rest (which walk every object made since
the start: 30-110 ms after some minutes of use, measured)."""

FULL_BACKSTOP = 100
"""Young collections after which the collector runs a full one, rest or no rest. Python's own
(10) counts the young collections made at rest too, so its next automatic collection, amid key
presses, was a full one (105 ms, measured); this one only bounds keys held down for minutes."""

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
