"""The legend: what the marks mean, then each organization in its colour with its code, so colour is
never the only cue.

Twenty organizations take three or four lines at 80 columns: on a short screen (a laptop's 80×24)
that is a sixth of the text's room for good, so there it is one line: what the marks mean (the
outline's badges at least), the organizations that fit and how many more, until ``l`` opens it
whole (and closes it again).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.text import Text
from textual.events import Resize
from textual.theme import Theme
from textual.widgets import Static

from draftdesk.engine.inert import inert
from draftdesk.engine.model import Org
from draftdesk.tui.reading import Reading
from draftdesk.tui.themes import org_style

SHORT = 32
"""Screens fewer rows high than this show the legend on one line at first."""


BADGES = "●pending ⚔competing ✓agreed"
"""What the outline's badges mean: the least of the key a line holds."""


def marks_line(reading: Reading) -> str:
    """What changes and the outline's badges look like, as the reading draws them."""
    changes = "[-del-]{+ins+}" if reading.marks else "ins=underline del=strike"
    tags = " [ORG: words]" if reading.tags else ""
    return f"{changes}{tags} [ORG]=whose change {BADGES}  "


class Legend(Static):
    """The marks (x: [-old-]{+new+}; o: codes on words), then ■ UNDP ■ OSCE …; the chair says so, the
    acting organization is in bold. One line on a short screen (``l`` opens it)."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._orgs: Sequence[Org] = ()
        self._acting_as = ""
        self._reading = Reading()
        self.whole: bool | None = None
        """Shown whole (True), on one line (False), or as the screen's height decides (None)."""
        self.short = False
        """The screen is short (fewer than ``SHORT`` rows)."""
        self._width = 0
        """The width the one line was fitted to."""

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)

    def _theme_changed(self, theme: Theme) -> None:
        self._draw()  # its swatches are the organizations' colours in the theme shown

    def show(self, orgs: Sequence[Org], acting_as: str, reading: Reading) -> None:
        self._orgs, self._acting_as, self._reading = orgs, acting_as, reading
        self._draw()

    def toggle(self) -> str:
        """Whole <-> one line; a line saying which."""
        self.whole = not self.is_whole
        self._draw()
        return "Legend: every organization" if self.whole else "Legend: one line (l: every organization)"

    @property
    def is_whole(self) -> bool:
        return self.whole if self.whole is not None else not self.short

    def fit(self, screen_height: int) -> None:
        """The screen's height changed: one line on a short one, unless the user chose."""
        short = screen_height < SHORT
        if short != self.short:
            self.short = short
            self._draw()

    def on_resize(self, event: Resize) -> None:
        if not self.is_whole and event.size.width != self._width:
            self._draw()  # how many organizations fit depends on the width

    def _draw(self) -> None:
        codes = [org.code for org in self._orgs]
        if self.is_whole:
            text = Text()
            text.append(marks_line(self._reading), "dim")  # the codes after it in the text's colour
            for org in self._orgs:
                self._append(text, org, codes)
            self.update(text)
            return
        self._width = self.content_region.width
        room = max(self._width, 20)
        cells = [cell_len(f"■ {org.code}{' (chair)' if org.is_chair else ''} ") for org in self._orgs]
        tail = lambda shown: self._tail(len(cells) - shown, shown)  # noqa: E731
        marks = f"{BADGES} "  # the whole key when it fits beside the tail, else the badges'
        if cell_len(marks_line(self._reading)) + cell_len(tail(0)) <= room:
            marks = marks_line(self._reading)
        shown = len(cells)
        while shown and cell_len(marks) + sum(cells[:shown]) + cell_len(tail(shown)) > room:
            shown -= 1  # as many as fit beside the key and how many more there are
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(marks, "dim")
        for org in self._orgs[:shown]:
            self._append(text, org, codes)
        text.append(tail(shown), "dim")
        self.update(text)

    @staticmethod
    def _tail(more: int, shown: int) -> str:
        """ "+16 more · l: legend" after four organizations; "+20 orgs · l: legend" after none."""
        return f"+{more} {'more' if shown else 'orgs'} · l: legend" if more else "· l: legend"

    def _append(self, text: Text, org: Org, codes: list[str]) -> None:
        text.append("■ ", org_style(self.app, codes, org.code))
        text.append(inert(org.code), "bold" if org.code == self._acting_as else "")
        text.append(" (chair) " if org.is_chair else " ")  # one space: 20 fit two lines at 80 columns
