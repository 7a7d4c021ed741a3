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
"""

from __future__ import annotations

import gc


def hold() -> None:
    """No cyclic collection until ``release`` (see the module docstring)."""
    gc.disable()


def settle() -> None:
    """Everything alive now is long-lived: exempt it from the cyclic collector (at start only: see
    the module docstring)."""
    gc.freeze()


def release() -> None:
    """The first frame is up: what lives now is settled, and the collector runs again."""
    settle()
    gc.enable()
