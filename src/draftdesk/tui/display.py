"""What the main screen shows: its widgets, the view, the selected paragraph and the current amendment.

A plain object the main screen holds: it paints the session's state and moves the
selection; it changes no state of the negotiation. ``stepped`` is told of each step
(a new selection or current amendment), so what waits for the keys to rest can wait.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.widgets import Static

from draftdesk.engine.amendments import Amendment
from draftdesk.engine.inert import inert
from draftdesk.engine.model import Paragraph
from draftdesk.engine.outputs import VIEW_NAMES, ViewName
from draftdesk.engine.title import TITLE_ID
from draftdesk.tui.reading import Reading
from draftdesk.tui.session import Change, Session
from draftdesk.tui.widgets import AmendmentPanel, Legend, MergedView, Outline
from draftdesk.tui.widgets.amendment_panel import EMPTY, EMPTY_TITLE

FormsWanted = tuple[int, list[Amendment], list[Paragraph]]
"""Written forms the panel lacks: for which state, of which amendments, on which agreed text."""
Working = Callable[[str, str | None], None]
"""A task under way, said for as long as it runs, then ended (None): ``Display.working``."""


class Display:
    """Bar, outline, merged view, amendment panel, legend; selection and view."""

    def __init__(self, session: Session, stepped: Callable[[], None], reading: Reading) -> None:
        self.session = session
        self.stepped = stepped
        self.view: ViewName = "agreed"
        self.selected = next((p.id for p in session.neg.agreed), "")
        """The paragraph (or the title, ``TITLE_ID``) selected: the text's first at the start."""
        self.current = ""
        """The amendment a/r/w/s act on (n goes through the selected paragraph's)."""
        self.forms_wanted: FormsWanted | None = None
        self._position = 0
        self._bar_text: tuple[str, ...] = ()
        self.under_way: dict[str, str] = {}
        """Work running in a thread (a revision, an export), each with what the header says meanwhile."""
        self.no_key = False
        """This machine does not hold the key of the organization acted as: it reads, it cannot act."""
        self.reading = reading
        """Marks and tags, shared by the merged view, the panel, the queue and the preview."""
        self.bar = Static(id="bar")
        self.outline = Outline(id="outline")
        orgs = [org.code for org in session.neg.draft.orgs]
        self.merged = MergedView(session.views, orgs, self.reading, id="view")
        self.panel = AmendmentPanel(self.reading, id="panel")
        self.legend = Legend(id="legend")

    def refresh_all(self) -> None:
        """Redraw bar, outline, view and legend from the session's state."""
        neg = self.session.neg
        self.outline.build(neg, self.session.pending_on)
        self.merged.views = self.session.views
        self.merged.orgs = [org.code for org in neg.draft.orgs]
        self.merged.show(self.view)
        self.legend.show(neg.draft.orgs, self.session.acting_as, self.reading)
        self.select(self.selected, force=True)

    def toggle(self, what: str) -> str:
        """Marks or tags on or off (reading.py), everything that draws them redrawn; a line saying so."""
        line = self.reading.toggle(what)
        self.merged.reread()
        self.legend.show(self.session.neg.draft.orgs, self.session.acting_as, self.reading)
        self.show_panel(self.session.on_paragraph(self.selected))
        return line

    def repaint(self, change: Change) -> None:
        """A record merged in place re-merged ``change.touched``: repaint only what shows them."""
        self.outline.build(self.session.neg, self.session.pending_on, change.touched)
        self.merged.changed(change.touched)
        self.select(self.selected, force=True)

    def _bar(self) -> None:
        """The header: who acts, what is under way, the view, the revision, the title (an unchanged one
        is not repainted). A title too long for the line ends in "…": the text's title block and the
        help show it whole."""
        session = self.session
        who = f"acting as {session.acting_as}{' (chair)' if session.is_chair else ''}"  # narrow cuts the end
        key = " · no key here: read only" if self.no_key else ""
        about = f" · view: {self.view} · Rev.{session.neg.draft.revision} · {self.title()}"
        parts = (who + key, *self.under_way.values(), about)
        if parts != self._bar_text:
            self._bar_text = parts
            bar = Text(inert(who + key))  # the draft's words: never markup
            for doing in self.under_way.values():
                bar.append(" · ").append(inert(doing), "reverse")
            self.bar.update(bar.append(inert(about)), layout=False)

    def working(self, task: str, doing: str | None) -> None:
        """``task`` is under way (``doing``: "issuing Rev.2…", in the header until it ends) or has ended,
        done or refused (None): a notice that outlived the work would say it still runs."""
        if doing is None:
            self.under_way.pop(task, None)
        else:
            self.under_way[task] = doing
        self._bar()

    def title(self) -> str:
        """The draft's title as agreed (its slug if it has none)."""
        title = self.session.neg.title
        return title.text if title else self.session.neg.draft.slug

    def key_missing(self) -> None:
        """This machine cannot sign as the organization acted as: the bar says so for good."""
        self.no_key = True
        self._bar()

    def select(self, paragraph_id: str, force: bool = False) -> None:
        """Select a paragraph (or, if it is gone, the one now at its place); repaint what shows it."""
        ids = self.merged.ids
        position = self.merged.position(paragraph_id)
        if position is None:
            position = min(self._position, len(ids) - 1)
            paragraph_id = ids[position] if ids else ""
        self._position = max(position, 0)
        amendments = self.session.on_paragraph(paragraph_id)
        current, moved = self.current, paragraph_id != self.selected
        if moved or current not in amendments:
            current = amendments[0] if amendments else ""
        self.selected = paragraph_id
        if force or moved or current != self.current:
            self.current = current
            self.show_panel(amendments)
        self.merged.select(paragraph_id)
        self.outline.show_paragraph(paragraph_id)
        self._bar()
        number = self.session.neg.numbers().get(paragraph_id)
        label = f" {number.label if number else 'title' if paragraph_id == TITLE_ID else '¶'} "
        if self.panel.border_title != label:
            self.panel.border_title = label
        self.stepped()

    def show_panel(self, amendments: list[str]) -> None:
        """Show the panel now; written forms it lacks follow once the selection rests."""
        session = self.session
        empty = EMPTY_TITLE if self.selected == TITLE_ID else EMPTY
        self.panel.show(session.neg, amendments, self.current, session.written, empty)
        missing = [session.neg.amendments[a] for a in amendments if a not in session.written]
        self.forms_wanted = (session.generation, missing, list(session.neg.agreed)) if missing else None

    def show_amendment(self, amendment_id: str) -> None:
        """Make an amendment the current one (a/r/w act on it), selecting its paragraph if need be."""
        amendment = self.session.neg.amendments.get(amendment_id)
        if amendment is None:
            return
        if amendment_id not in self.session.on_paragraph(self.selected):
            anchors = [*(op.after for op in amendment.ops if op.kind == "insert"), *amendment.targets]
            self.select(next((a for a in anchors if self.merged.position(a) is not None), self.selected))
        amendments = self.session.on_paragraph(self.selected)
        if amendment_id in amendments:
            self.current = amendment_id
            self.show_panel(amendments)
            self.panel.bring_into_sight(amendment_id)
            self.stepped()

    def move(self, step: int) -> None:
        ids = self.merged.ids
        if ids:
            self.select(ids[max(0, min(len(ids) - 1, (self.merged.position(self.selected) or 0) + step))])

    def next_amendment(self) -> None:
        ids = self.session.on_paragraph(self.selected)
        if ids:
            self.show_amendment(ids[(ids.index(self.current) + 1) % len(ids) if self.current in ids else 0])

    def pick_view(self, index: int) -> None:
        self.view = VIEW_NAMES[index]
        self.merged.show(self.view)
        self.select(self.selected)
