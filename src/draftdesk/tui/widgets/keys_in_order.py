"""Text fields whose own keys (backspace, ctrl+u, ctrl+a, the arrows) act in the order they were typed.

Textual inserts a typed character in the field at once, but runs a key the field binds only once the
key has bubbled up to the App: keys arriving together (tmux, a paste of keystrokes, a loaded machine)
were applied out of order, so ctrl+a then a new text selected all after part of the text was typed,
and replaced it (Textual issue 6605). Here the field runs its own binding as it reads the key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
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
