"""The help screen: every key the app answers to, read from the bindings themselves."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen
from textual.widgets import Static


class HelpScreen(ModalScreen[None]):
    """Lists the bindings passed in; any of escape, q, ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,question_mark", "dismiss", "Close")]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > Static { width: 72; height: auto; max-height: 90%; border: thick $primary;
        background: $panel; padding: 1 2;
    }
    """

    def __init__(self, bindings: list[tuple[str, str]]) -> None:
        super().__init__()
        self.rows = bindings

    def compose(self) -> ComposeResult:
        table = Table(title="DraftDesk keys", show_header=False, box=None, expand=True)
        table.add_column(style="bold")
        table.add_column()
        for key, text in self.rows:
            table.add_row(key, text)
        table.add_row("ctrl+p", "Command palette: propose, accept, export, views, jump, theme")
        table.add_row("mouse", "Click an outline node or a paragraph to select it")
        yield Static(table)
