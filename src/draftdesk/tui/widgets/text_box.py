"""A TextArea where ctrl+a selects everything, as in most editors a delegate pastes into.

Textual's TextArea binds ctrl+a to the line's start (as Emacs does; home does that too), so
replacing a pasted text took Escape and a new box. Every other key of TextArea is kept. Imported
by the screens that use it, not by ``widgets``: TextArea is not on the first screen.
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import TextArea

from draftdesk.tui.widgets.keys_in_order import KeysInOrder

SELECT_ALL_HELP = "ctrl+a: select all"
"""How the box's help line names the key."""


class TextBox(KeysInOrder, TextArea):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("ctrl+a", "select_all", "Select all", show=False)]
