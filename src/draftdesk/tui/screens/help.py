"""The help screen: the keys of the role one acts as, read from the bindings themselves; it scrolls."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from draftdesk.engine.inert import inert


class HelpScreen(ModalScreen[None]):
    """Lists the keys passed in; arrows and page keys scroll; escape, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,question_mark", "dismiss", "Close")]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 72; max-width: 100%; height: auto; max-height: 100%;
        border: thick $primary; background: $panel; padding: 0 2;
    }
    HelpScreen > VerticalScroll:focus { border: thick $accent; }
    """

    def __init__(self, bindings: list[tuple[str, str]], role: str = "", about: str = "") -> None:
        """``about``: the draft, its title whole (the header cuts a long one at 80 columns)."""
        super().__init__()
        self.rows, self.role, self.about = bindings, role, about

    def compose(self) -> ComposeResult:
        table = Table(title=f"DraftDesk keys{self.role}", show_header=False, box=None, expand=True)
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for key, text in self.rows:
            table.add_row(key, text)
        table.add_row("ctrl+a", "In the instruction box (t) and the editor (p): select all")
        table.add_row("ctrl+p", "Command palette: propose, accept, export, views, jump, theme")
        table.add_row("mouse", "Click an outline node or a paragraph to select it")
        table.add_row("", "↑ ↓ pgup pgdn scroll this list · escape closes it")
        with VerticalScroll():
            if self.about:
                yield Static(Text(inert(self.about), "italic"), id="about")  # the draft's words: never markup
            yield Static(table)
