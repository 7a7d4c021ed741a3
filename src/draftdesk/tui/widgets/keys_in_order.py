"""Text fields whose own keys (backspace, ctrl+u, ctrl+a, the arrows) act in the order they were typed.

Textual inserts a typed character in the field at once, but runs a key the field binds only once the
key has bubbled up to the App: keys arriving together (tmux, a paste of keystrokes, a loaded machine)
were applied out of order, so ctrl+a then a new text selected all after part of the text was typed,
and replaced it (Textual issue 6605). Here the field runs its own binding as it reads the key.
A dialog's priority key (enter to preview, ctrl+s to save) is read by the App ahead of the keys
still waiting at its fields: ``after_typed`` runs its action once the fields have taken them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import events
from textual.screen import Screen
from textual.widgets import Input

if TYPE_CHECKING:
    from textual.widget import Widget

    _Widget = Widget
else:
    _Widget = object  # a mixin: as a Widget subclass it would make the field unfocusable


class KeysInOrder(_Widget):
    """Runs a key this widget binds when the key reaches it, not after the keys that follow it."""

    async def on_key(self, event: events.Key) -> None:
        if event.is_printable:
            return  # the field itself inserts it, in order
        active = self.screen.active_bindings.get(event.key)
        if active is None or active.node is not self or active.binding.priority or not active.enabled:
            return  # another's key (the dialog's, the App's): it goes on its way
        event.stop()
        event.prevent_default()  # handled: not again by the App once bubbled up
        await self.run_action(active.binding.action)


class Field(KeysInOrder, Input):
    """A one-line field (a file name, a reason, a rationale…)."""


def after_typed(screen: Screen[object], then: Callable[[], object]) -> None:
    """Call ``then`` once each text field of ``screen`` has handled the keys sent to it before (a
    callback posted to a field waits behind them), if ``screen`` is still the one on top."""
    fields = [widget for widget in screen.walk_children() if isinstance(widget, KeysInOrder)]

    def step(rest: list[KeysInOrder]) -> None:
        if rest:
            rest[0].call_later(step, rest[1:])
        elif screen.is_current:  # not left meanwhile (a second enter, escape)
            then()

    step(fields)
