"""After a revision: the concordance, old number -> new number for every paragraph."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


class ConcordanceScreen(ModalScreen[None]):
    """Lists (old, new) labels; changed ones in bold; escape, enter or q closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,enter,q", "dismiss", "Close")]
    DEFAULT_CSS = """
    ConcordanceScreen { align: center middle; }
    ConcordanceScreen > VerticalScroll { width: 60; height: 80%; border: thick $primary;
        background: $panel; padding: 0 2;
    }
    """

    def __init__(self, revision: int, concordance: list[tuple[str, str]]) -> None:
        super().__init__()
        self.revision, self.rows = revision, concordance

    def compose(self) -> ComposeResult:
        table = Table(title=f"Rev.{self.revision} issued: concordance", expand=True)
        table.add_column(f"Rev.{self.revision - 1}")
        table.add_column(f"Rev.{self.revision}")
        for old, new in self.rows:
            style = "" if old == new else "bold"
            table.add_row(old or "(new)", new or "(deleted)", style=style)
        with VerticalScroll():
            yield Static(table)
