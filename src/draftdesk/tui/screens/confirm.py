"""Yes/no before what cannot be taken back: a decision (accept, reject, withdraw), or leaving a box
with typed text in it."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Static

from draftdesk.engine.inert import inert


class ConfirmScreen(ModalScreen[bool]):
    """Dismisses True on yes (y / enter on Yes), False on no (n / escape)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]
    DEFAULT_CSS = """
    ConfirmScreen { align: center middle; }
    ConfirmScreen > Vertical { width: 80; height: auto; border: thick $warning;
        background: $panel; padding: 1 2;
    }
    ConfirmScreen Horizontal { height: auto; margin-top: 1; }
    ConfirmScreen Button { margin-right: 2; }
    """

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(inert(self.question)))  # it names amendments: never markup
            with Horizontal():
                yield Button("Yes (y)", id="yes", variant="primary")
                yield Button("No (n)", id="no")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


def leave_asking(screen: Screen[object], changed: bool) -> None:
    """Dismiss ``screen`` with None at once when nothing was typed; else ask first, so nothing typed is
    lost unasked."""
    if not changed:
        screen.dismiss(None)
        return

    def answered(discard: bool | None) -> None:
        if discard:
            screen.dismiss(None)

    screen.app.push_screen(ConfirmScreen("Discard what you typed?"), answered)
