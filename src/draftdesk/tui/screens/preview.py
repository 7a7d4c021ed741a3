"""Before an amendment is written: its tracked change and written instruction; table, keep, or edit."""

from __future__ import annotations

from typing import ClassVar, Literal

from rich.console import Group, RenderableType
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

Choice = Literal["table", "private", "edit", "cancel"]


class PreviewScreen(ModalScreen[Choice]):
    """t tables, k keeps a private draft, e goes back to the editor; escape cancels (the caller goes back
    to the editor instead when something was typed, so that nothing typed is dropped unasked)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("t", "choose('table')", "Table"),
        Binding("k", "choose('private')", "Keep private"),
        Binding("e", "choose('edit')", "Back to edit"),
        Binding("escape", "choose('cancel')", "Cancel"),
    ]
    DEFAULT_CSS = """
    PreviewScreen { align: center middle; }
    PreviewScreen > Vertical { width: 90%; height: auto; border: thick $accent; background: $panel;
        padding: 1 2;
    }
    PreviewScreen Horizontal { height: auto; margin-top: 1; }
    PreviewScreen Button { margin-right: 2; }
    """

    def __init__(self, instruction: str, diff: list[RenderableType]) -> None:
        super().__init__()
        self.instruction, self.diff = instruction, diff

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text.assemble(("Amendment: ", "bold"), self.instruction))
            yield Static(Group(*self.diff))
            with Horizontal():
                yield Button("Table it (t)", id="table", variant="primary")
                yield Button("Keep private (k)", id="private")
                yield Button("Back to edit (e)", id="edit")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id)  # type: ignore[arg-type]

    def action_choose(self, choice: Choice) -> None:
        self.dismiss(choice)
