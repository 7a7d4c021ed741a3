"""A drop-down list whose keys act in the order they were typed.

Textual's Select hands the focus to its open list (``focus`` is itself a callback the App runs
later): keys typed together with the Enter that opens it were already on their way to the closed
Select, and those typed with the Enter that chooses went to the list being closed. So "enter up
enter tab" sent at once chose nothing, or typed into the next field first (Textual issue 6605's
kind). Here the list never takes the focus: the drop-down reads every key itself, in order, and
moves the open list's highlight, chooses or closes it as it reads them.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TypeVar

from rich.text import Text
from textual import events
from textual.widgets import OptionList, Select

from draftdesk.tui.widgets.keys_in_order import KeysInOrder

Value = TypeVar("Value", bound=Hashable)

_MOVES = {  # the open list's keys (OptionList's bindings) -> its public actions
    "up": "cursor_up",
    "down": "cursor_down",
    "home": "first",
    "end": "last",
    "pageup": "page_up",
    "pagedown": "page_down",
}


class DropDown(KeysInOrder, Select[Value]):
    """A Select that is never blank, its open list driven by the keys the drop-down reads."""

    DEFAULT_CSS = """
    DropDown.-expanded > OptionList > .option-list--option-highlighted {
        color: $block-cursor-foreground; background: $block-cursor-background;
        text-style: $block-cursor-text-style;
    }
    """

    def __init__(self, options: Sequence[tuple[str | Text, Value]], value: Value, *, id: str) -> None:
        super().__init__(options, value=value, allow_blank=False, id=id)
        self.choices = [(Text(label) if isinstance(label, str) else label, val) for label, val in options]

    def on_mount(self) -> None:
        self.query_one(OptionList).can_focus = False  # the focus stays here: see the module's docstring

    async def on_key(self, event: events.Key) -> None:
        listed = self.query_one(OptionList)
        if not self.expanded:
            if event.key not in ("enter", "space", "up", "down"):  # Select's keys that open the list
                return
            self.action_show_overlay()
        elif event.key in _MOVES:
            await listed.run_action(_MOVES[event.key])
        elif event.key in ("enter", "space"):
            if listed.highlighted is not None:
                self.value = self.choices[listed.highlighted][1]
            self.expanded = False
        elif event.key == "escape":
            self.expanded = False
        elif event.is_printable and event.character:
            self._jump(listed, event.character.lower())
        else:
            return  # another's key (ctrl+s, a dialog's): it goes on its way
        event.stop()
        event.prevent_default()

    def _jump(self, listed: OptionList, letter: str) -> None:
        """To the next option whose label starts with ``letter``, round from the highlighted one."""
        start = -1 if listed.highlighted is None else listed.highlighted
        count = len(self.choices)
        for step in range(1, count + 1):
            index = (start + step) % count
            if self.choices[index][0].plain.lower().startswith(letter):
                listed.highlighted = index
                return

    def on_blur(self) -> None:
        self.expanded = False  # tab went on: the list does not stay open over the next field
