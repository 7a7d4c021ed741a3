"""What a user typed in a dialog, kept whole so that nothing typed is lost on the way to the preview,
nor when the terminal drops (``KeptAsTyped``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.screen import Screen
    from textual.timer import Timer


@dataclass(frozen=True)
class Typed:
    """The amendment as typed (new wording or an instruction) and why."""

    text: str
    rationale: str = ""


NOTHING = Typed("")
"""Nothing typed yet."""

Keep = Callable[[Typed], None]
"""Keeps what is typed as it is typed (storage/unsent.py): a dropped terminal loses none of it."""
KEEP_DELAY = 0.4
"""Seconds the typing must pause before what is typed is kept: not a write at every key."""


class KeptAsTyped:
    """A dialog's typing, handed to ``keep`` once it pauses, and at once when the dialog is left."""

    def __init__(self, screen: Screen[object], now: Callable[[], Typed], keep: Keep | None) -> None:
        self.screen, self.now, self.keep = screen, now, keep
        self._timer: Timer | None = None

    def changed(self) -> None:
        if self.keep is None:
            return
        if self._timer is None:
            self._timer = self.screen.set_timer(KEEP_DELAY, self.flush)
        else:
            self._timer.reset()

    def flush(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if self.keep is not None:
            self.keep(self.now())
