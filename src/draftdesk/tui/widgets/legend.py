"""The legend: each organization in its colour, with its code so colour is never the only cue."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from draftdesk.engine.inert import inert
from draftdesk.engine.model import Org
from draftdesk.tui.themes import org_style


class Legend(Static):
    """What the marks mean, then ■ UNDP ■ OSCE … (* holds the chair); the acting org in bold."""

    def show(self, orgs: Sequence[Org], acting_as: str) -> None:
        codes = [org.code for org in orgs]
        text = Text("ins=underline del=strike [tag] ●pending ⚔competing ✓agreed  ", "dim")
        text.append("Orgs (* chair): ")
        for org in orgs:
            text.append("■ ", org_style(self.app, codes, org.code))
            code = inert(org.code) + ("*" if org.is_chair else "")
            text.append(code, "bold" if org.code == acting_as else "")
            text.append("  ")
        self.update(text)
