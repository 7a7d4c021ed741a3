"""Which organization this session acts as: the first screen when nobody said (``draftdesk serve``).

A browser session has no ``--as``: the person at it picks a delegation (or the chair) from the
draft's registered organizations. Only those whose key this machine holds can be acted as; one
whose key it lacks is refused in one line and the list stays, so they can pick again.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from draftdesk.engine.inert import inert
from draftdesk.engine.model import Draft


class ActingAsScreen(Screen[None]):
    """Lists the draft's organizations; Enter on one whose key is held posts ``Chosen``."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("q", "app.quit", "Quit")]
    DEFAULT_CSS = """
    ActingAsScreen { align: center middle; }
    ActingAsScreen > Vertical { width: 100; max-width: 100%; height: auto; max-height: 100%;
        border: thick $primary; background: $panel; padding: 0 1;
    }
    ActingAsScreen #title { text-style: bold; }
    ActingAsScreen #question { margin-top: 1; }
    ActingAsScreen OptionList { height: auto; max-height: 24; margin: 1 0; }
    ActingAsScreen #refusal { color: $error; text-style: bold; height: auto; display: none; }
    """

    class Chosen(Message):
        """The organization picked, whose key this machine holds."""

        def __init__(self, code: str) -> None:
            super().__init__()
            self.code = code

    def __init__(self, draft: Draft, held: Collection[str]) -> None:
        """``held``: the codes this machine can act as (it holds their registered keys)."""
        super().__init__()
        self.draft, self.held = draft, frozenset(held)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(inert(" ".join(self.draft.title) or self.draft.slug)), id="title")
            yield Static("Which delegation do you act as? Choose one and press Enter.", id="question")
            yield Static("", id="refusal")  # above the list: a long list would push it out of sight
            chair_first = sorted(self.draft.orgs, key=lambda org: org.code not in self.draft.chair)
            yield OptionList(*(self._option(org.code, org.name) for org in chair_first))
        yield Footer()

    def _option(self, code: str, name: str) -> Option:
        """One organization: its code, then its name, wrapped under itself."""
        about = Text(inert(name))
        if code in self.draft.chair:
            about.append(" · the chair", style="italic")
        if code not in self.held:
            about.append(" · no key here", style="dim")
        row = Table.grid(padding=(0, 1))
        row.add_column(width=10, style="bold", no_wrap=True, overflow="ellipsis")
        row.add_column()
        row.add_row(Text(inert(code)), about)
        return Option(row, id=code)

    def on_click(self) -> None:
        """A click beside the list (a browser page takes one to get the keyboard) leaves the keys on it."""
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        code = event.option.id or ""
        if code in self.held:
            self.post_message(self.Chosen(code))
            return
        refusal = f"This server does not hold {code}'s key for this draft: it cannot act as {code}."
        line = self.query_one("#refusal", Static)
        line.update(Text(inert(refusal)))
        line.display = True
