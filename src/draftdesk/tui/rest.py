"""What the main screen does only once the keys rest: arrow keys held down skip it all.

A footer rebuild lays out the whole screen and written forms take the engine
milliseconds each; neither may slow a step.
"""

from __future__ import annotations

from functools import partial

from textual.screen import Screen
from textual.timer import Timer

from draftdesk.tui import heap, role_keys, workers
from draftdesk.tui.display import Display

REST_DELAY = 0.15
"""Seconds the selection must rest before what can wait is done (written forms, the footer's keys,
the panel's scroll range, the cyclic collector's work)."""


class Rest:
    """Told of each step (``stepped``); at rest, brings the footer, the panel and the forms up to date."""

    def __init__(self, host: Screen[None], shown: Display) -> None:
        self.host, self.shown = host, shown
        self._keys: tuple[bool, ...] = ()
        self._footer_stale = False
        self._timer: Timer | None = None

    def start(self) -> None:
        """From the first frame on: every REST_DELAY without a step, ``rested`` runs."""
        self._timer = self.host.set_interval(REST_DELAY, self.rested)

    def stepped(self) -> None:
        """A step: the footer is rebuilt when what it offers changes, but only at rest (a rebuild
        lays out the whole screen); the keys themselves are checked at each press."""
        keys = role_keys.offered(self.shown.session, self.shown.current)
        if keys != self._keys:
            self._keys, self._footer_stale = keys, True
        if self._timer is not None:
            self._timer.reset()

    def rested(self) -> None:
        """No step for REST_DELAY (and again every REST_DELAY while the keys rest)."""
        if self._footer_stale and self.host.is_current:
            self._footer_stale = False
            self.host.refresh_bindings()
        if self.shown.forms_wanted is not None:
            forms = partial(workers.write_forms, self.host.post_message, *self.shown.forms_wanted)
            self.host.run_worker(forms, thread=True, exclusive=True, exit_on_error=False, group="written")
            self.shown.forms_wanted = None
        self.shown.panel.settle()
        heap.tidy()
