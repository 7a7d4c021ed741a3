"""The views of one negotiation, each rendered once, then re-rendered only where a change touched it.

Rendering a whole view of a long draft takes the engine far longer than a frame; a
screen shows about ten paragraphs. So each view keeps its paragraphs by id and a set of stale
ids: a decision marks what it touched (often hundreds, renumbered), and only
the stale paragraphs about to be drawn are rendered again, in one engine call.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from draftdesk.engine.merge import Negotiation
from draftdesk.engine.outputs import ViewName, ViewParagraph
from draftdesk.engine.title import TITLE_ID
from draftdesk.engine.views import render, title_view
from draftdesk.tui.amendment_lists import by_paragraph

ORDER_FROM_AGREED: frozenset[ViewName] = frozenset({"agreed", "attribution"})
"""Views whose paragraphs are exactly the agreed text, in order (no pending insertions)."""


class RenderedViews:
    """Per view: the paragraph order, the ViewParagraphs rendered so far, and which are stale."""

    def __init__(self, neg: Negotiation) -> None:
        self.neg = neg
        self._order: dict[ViewName, list[str]] = {}
        self._paragraphs: dict[ViewName, dict[str, ViewParagraph]] = {}
        self._stale: dict[ViewName, set[str]] = {}
        self._texts: dict[str, str] | None = None
        self._agreed: list[str] | None = None
        """The agreed order when last touched."""

    def order(self, view: ViewName) -> list[str]:
        """Paragraph ids in the order the view shows them.

        Views of the agreed text are in its order; for the others (pending insertions placed among
        the paragraphs) the first call renders the whole view.
        """
        if view not in self._order:
            if view in ORDER_FROM_AGREED:
                self._order[view] = self._titled([p.id for p in self.neg.agreed])
                self._paragraphs.setdefault(view, {})
            else:
                rendered = render(self.neg, view)
                self._order[view] = self._titled([p.id for p in rendered])
                self._paragraphs[view] = {p.id: p for p in rendered}
            self._stale[view] = set()
        return self._order[view]

    def _titled(self, ids: list[str]) -> list[str]:
        """A view's paragraph ids after the title, which is selected and amended like a paragraph."""
        return [TITLE_ID, *ids] if self.neg.title is not None else ids

    def cached(self, view: ViewName, paragraph_id: str) -> ViewParagraph | None:
        """The paragraph as last rendered (possibly stale), without rendering."""
        return self._paragraphs.get(view, {}).get(paragraph_id)

    def text(self, paragraph_id: str) -> str:
        """The agreed (else base) text of a paragraph never rendered yet: enough to estimate its height."""
        if self._texts is None:
            self._texts = {p.id: p.text for p in (*self.neg.draft.paragraphs, *self.neg.text)}
        return self._texts.get(paragraph_id, "")

    def get(self, view: ViewName, ids: Sequence[str]) -> list[ViewParagraph]:
        """The paragraphs ``ids`` of ``view``, rendering in one call those missing or stale."""
        have = self._paragraphs.setdefault(view, {})
        stale = self._stale.setdefault(view, set())
        missing = [pid for pid in ids if pid not in have or pid in stale]
        if missing:
            body = [pid for pid in missing if pid != TITLE_ID]
            rendered = render(self.neg, view, body) if body else []
            title = title_view(self.neg, view) if len(body) < len(missing) else None
            for p in [*rendered, title] if title else rendered:
                have[p.id] = p
            stale.difference_update(missing)
        return [have[pid] for pid in ids if pid in have]

    def touched(self, ids: Iterable[str], reorder: bool = False) -> None:
        """A change re-merged ``ids``: mark them stale and follow a changed paragraph order.

        ``reorder`` says pending insertions may have come or gone (a new amendment inserts).
        """
        self._texts = None
        agreed = [p.id for p in self.neg.agreed]
        moved = agreed != self._agreed  # else, with no insertion come or gone, every order stands
        self._agreed = agreed
        known = set(agreed) if moved else set()
        for view in [v for v in self._order if v != "base"]:
            if view in ORDER_FROM_AGREED:
                self._order[view] = self._titled(agreed)
            elif reorder or (moved and agreed != [pid for pid in self._order[view] if pid in known]):
                del self._order[view]  # the engine places pending insertions anew
                self._paragraphs.pop(view, None)
        for view in self._paragraphs:
            if view != "base":
                self._stale.setdefault(view, set()).update(ids)


@dataclass(frozen=True)
class Loaded:
    """A freshly loaded negotiation with what the screen needs first already worked out."""

    neg: Negotiation
    views: RenderedViews
    index: dict[str, list[str]]
    """Amendment ids per paragraph, as the viewer may see them."""


def prepare(neg: Negotiation, view: ViewName, viewer: str) -> Loaded:
    """Merge states, competition and the order of the view on screen now (placing the pending
    insertions of a long draft takes the engine a while), and what the
    next decision asks for: in the watcher's thread, on a Negotiation no one else holds yet, so
    the UI thread only swaps it in."""
    neg.states()
    neg.prepare_decisions()
    views = RenderedViews(neg)
    views.order(view)
    return Loaded(neg, views, by_paragraph(neg, viewer))
