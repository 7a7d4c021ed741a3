"""The chair's ruling on the voting order: which rival an amendment is voted before, and why.

Rule 130 leaves the order to the chair where "furthest removed" does not settle it; the
ruling is recorded with its reason (services.order refuses one without), so the box asks for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from draftdesk.engine.inert import inert
from draftdesk.tui.widgets.drop_down import DropDown
from draftdesk.tui.widgets.keys_in_order import Field


@dataclass(frozen=True)
class Ruling:
    """What the chair ruled: the amendment is voted ``before`` this one, for ``reason``."""

    before: str
    reason: str


class RulingScreen(ModalScreen[Ruling | None]):
    """Pick the rival (those of its competing group), give the reason; enter rules, escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]
    DEFAULT_CSS = """
    RulingScreen { align: center middle; }
    RulingScreen > Vertical { width: 80; height: auto; border: thick $primary; background: $panel;
        padding: 1 2;
    }
    RulingScreen Horizontal { height: auto; margin-top: 1; }
    RulingScreen Button { margin-right: 2; }
    RulingScreen #missing { color: $error; }
    """

    def __init__(self, question: str, rivals: list[tuple[str, str]], chosen: str) -> None:
        """``rivals``: (label, amendment id) in voting order; ``chosen``: the one offered first."""
        super().__init__()
        self.question, self.rivals, self.chosen = question, rivals, chosen

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(inert(self.question)))  # it names amendments: never markup
            options = [(Text(inert(label)), aid) for label, aid in self.rivals]
            yield DropDown(options, self.chosen, id="before")
            yield Field(placeholder="Reason (recorded with the ruling)", id="reason")
            yield Static("", id="missing")
            with Horizontal():
                yield Button("Rule (enter)", id="rule", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#reason", Input).focus()

    def _rule(self) -> None:
        reason = self.query_one("#reason", Input).value.strip()
        if not reason:
            self.query_one("#missing", Static).update("A ruling is recorded with its reason: give one.")
            self.query_one("#reason", Input).focus()
            return
        self.dismiss(Ruling(str(self.query_one("#before", Select).value), reason))

    def on_input_submitted(self) -> None:
        self._rule()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "rule":
            self._rule()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)
