"""The legend: what the marks mean, then each organization in its colour with its code, so colour is
never the only cue."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from draftdesk.engine.inert import inert
from draftdesk.engine.model import Org
from draftdesk.tui.reading import Reading
from draftdesk.tui.themes import org_style


def marks_line(reading: Reading) -> str:
    """What changes and the outline's badges look like, as the reading draws them."""
    changes = "[-del-]{+ins+}" if reading.marks else "ins=underline del=strike"
    tags = " [ORG: words]" if reading.tags else ""
    return f"{changes}{tags} [ORG]=whose change ●pending ⚔competing ✓agreed  "


class Legend(Static):
    """The marks (x: [-old-]{+new+}; o: codes on words), then ■ UNDP ■ OSCE …; the chair says so, the
    acting organization is in bold."""

    def show(self, orgs: Sequence[Org], acting_as: str, reading: Reading) -> None:
        codes = [org.code for org in orgs]
        text = Text(marks_line(reading), "dim")
        for org in orgs:
            text.append("■ ", org_style(self.app, codes, org.code))
            text.append(inert(org.code), "bold" if org.code == acting_as else "")
            text.append(" (chair) " if org.is_chair else " ")  # one space: 20 fit two lines at 80 columns
        self.update(text)
