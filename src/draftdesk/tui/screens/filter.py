"""`/`: a one-line prompt at the foot of the screen; the list behind it narrows at each key."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen
from textual.widgets import Input

from draftdesk.tui.widgets.keys_in_order import Field


class FilterScreen(ModalScreen[str]):
    """Each change calls ``narrow`` with the query; enter keeps it, escape clears it (dismissed
    with the query kept, "" when cleared)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "clear", "Clear the filter")]
    DEFAULT_CSS = """
    FilterScreen { align: left bottom; background: $background 0%; }
    FilterScreen > Input { width: 100%; border: tall $accent; background: $panel; }
    """

    def __init__(self, what: str, query: str, narrow: Callable[[str], None]) -> None:
        super().__init__()
        self.what, self.filter_text, self.narrow = what, query, narrow

    def compose(self) -> ComposeResult:
        prompt = Field(self.filter_text, placeholder=f"Filter {self.what}: words, organization, number")
        prompt.border_title = f"/ filter {self.what} · enter keeps it · escape clears it"
        yield prompt

    def on_input_changed(self, event: Input.Changed) -> None:
        self.narrow(event.value.strip())

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip())

    def action_clear(self) -> None:
        self.narrow("")
        self.dismiss("")
