"""Accept an amendment whole or in parts: a division of the question (rule 129), by keyboard.

When a delegation moved that parts of an amendment be voted on separately, the chair records the
outcome in one act: the parts adopted (engine/division.py says what the parts are). Every part
starts adopted, which is the amendment accepted whole; a part's number takes it out or back.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from draftdesk.engine.inert import inert


class PartsScreen(ModalScreen[tuple[int, ...] | None]):
    """Dismisses the parts adopted (y / enter), or None (n / escape); 1–9 adopt or reject a part."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "decide", "Decide"),
        Binding("n,escape", "cancel", "Cancel"),
    ]
    DEFAULT_CSS = """
    PartsScreen { align: center middle; }
    PartsScreen > Vertical { width: 80; height: auto; border: thick $warning;
        background: $panel; padding: 1 2;
    }
    PartsScreen #parts { margin-top: 1; }
    PartsScreen Horizontal { height: auto; margin-top: 1; }
    PartsScreen Button { margin-right: 2; }
    """

    def __init__(self, question: str, parts: list[tuple[int, str]]) -> None:
        """``parts``: each part's number and what it is ("OP2: delete the paragraph")."""
        super().__init__()
        self.question, self.parts = question, parts
        self.adopted = {number for number, _ in parts}

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(inert(self.question)))  # it names amendments: never markup
            yield Static(self._parts(), id="parts")
            with Horizontal():
                yield Button("Decide (y)", id="yes", variant="primary")
                yield Button("Cancel (n)", id="no")

    def _parts(self) -> Text:
        count = len(self.adopted)
        outcome = (
            "accepted whole"
            if count == len(self.parts)
            else "rejected (every part rejected)"
            if not count
            else "accepted in part (divided)"
        )
        text = Text("Division of the question: press a part's number to adopt or reject it.\n", "italic")
        for number, label in self.parts:
            mark = "adopted " if number in self.adopted else "rejected"
            text.append(f"\n {number}  {mark}  ", "bold" if number in self.adopted else "dim")
            text.append(inert(label))
        text.append(f"\n\nThe amendment is {outcome}.", "bold")
        return text

    def on_key(self, event: events.Key) -> None:
        """A part's number (1 to 9) adopts or rejects it."""
        number = int(event.character) if event.character and event.character in "123456789" else 0
        if any(n == number for n, _ in self.parts):
            event.stop()
            self.adopted ^= {number}
            self.query_one("#parts", Static).update(self._parts())

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "yes":
            self.action_decide()
        else:
            self.dismiss(None)

    def action_decide(self) -> None:
        self.dismiss(tuple(sorted(self.adopted)))

    def action_cancel(self) -> None:
        self.dismiss(None)
