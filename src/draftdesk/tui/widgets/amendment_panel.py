"""The amendment panel: for the selected paragraph, every amendment with its status and diff.

A Line API widget: its lines are rendered once per selection, and a new
selection repaints the panel alone (a Static in a scrolling container would
lay out the whole screen again on every arrow key).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.events import Click
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from draftdesk.engine.inert import inert
from draftdesk.engine.merge import Negotiation
from draftdesk.tui.amendment_text import divided, op_diff
from draftdesk.tui.reading import Reading
from draftdesk.tui.themes import org_style, status_style
from draftdesk.tui.widgets.sizing import set_virtual_size

STATUS_MARK = {
    "tabled": "● pending",
    "accepted": "✓ accepted",
    "rejected": "✗ rejected",
    "withdrawn": "↶ withdrawn",
    "fallen": "⊘ fell",
    "draft": "✎ private draft",
    "superseded": "⇢ superseded",
}


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th…"""
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


EMPTY = "No amendments on this paragraph. p propose · i insert · d delete · m move"
EMPTY_TITLE = "No amendments to the title. p propose a new wording"
BODY_INDENT = 4
"""Cells the written form, the reason it fell and the diff are indented under the head line."""
CACHE_SIZE = 500


class AmendmentPanel(ScrollView):
    """Lists the paragraph's amendments; ``current`` is the one a/r/w act on (marked ▶).

    A block is built and rendered only when it scrolls into sight: a paragraph
    may carry dozens of amendments, each with a word diff.
    """

    DEFAULT_CSS = "AmendmentPanel { overflow-x: hidden; overflow-y: scroll; }"
    ESTIMATE = 4
    """Lines an amendment block not yet rendered is assumed to take."""

    def __init__(self, reading: Reading | None = None, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.reading = reading or Reading()
        self._blocks: list[Callable[[], tuple[Hashable, list[tuple[int, Text]]]]] = []
        self._lines: list[Strip] = []
        self._done = 0
        self._ids: list[str] = []
        self._starts: list[int] = []
        """The first line of each block rendered so far."""
        self._width = 0
        self._style = Style()
        self._cache: dict[Hashable, list[Strip]] = {}
        """Rendered blocks by what they show: a decision or a key press redraws only what changed."""
        self._cache_width = 0
        self._theme = ""
        self._unsettled = False
        """Shown since the scroll range last followed (see ``settle``)."""

    @dataclass
    class Chosen(Message):
        """The user clicked an amendment: make it the current one."""

        amendment_id: str

    @property
    def text(self) -> str:
        """What the panel shows, as plain text (for tests): renders every block."""
        self._render_upto(len(self._blocks) * 1000)
        return "\n".join(strip.text.rstrip() for strip in self._lines)

    def show(
        self,
        neg: Negotiation,
        ids: Sequence[str],
        current: str,
        written: Mapping[str, str],
        empty: str = EMPTY,
    ) -> None:
        """The amendments ``ids`` (in that order); ``written`` holds the written forms known so far;
        ``empty`` is said when there are none.

        Only the lines that differ from what was on screen are repainted: stepping from one
        paragraph to the next, the panel's blank lines and an amendment shown in both stay.
        """
        orgs = [org.code for org in neg.draft.orgs]
        same = list(ids) == self._ids  # the same amendments again (a written form came, a decision)
        self._ids = list(ids)
        self._blocks = [partial(self._block, neg, orgs, aid, aid == current, written) for aid in ids]
        if not ids:
            self._blocks = [lambda: (f"({empty})", [(0, Text(empty, "dim"))])]
        width, height, top = self.scrollable_content_region.width, self.size.height, self.scroll_offset.y
        if width <= 0 or top:  # not laid out yet, or scrolled: drawn whole, from the top if new
            self._width = 0
            if not same:
                self.scroll_to(0, 0, animate=False, immediate=True)
            self._layout()
        else:
            before = self._lines[:height]
            self._draw(width)
            self._unsettled = True
            after = self._lines[:height]
            changed = [
                Region(0, y, self.size.width, 1)
                for y in range(max(len(before), len(after)))
                if y >= len(before) or y >= len(after) or before[y] != after[y]
            ]
            if changed:
                self.refresh(*changed)  # one call: each call also drops the widget's cached styles

    def bring_into_sight(self, amendment_id: str) -> None:
        """Scroll so that an amendment's head is on screen, if it is not (n goes through a
        paragraph's amendments, past the window and round to the first again)."""
        if amendment_id not in self._ids or self._width <= 0:
            return
        block = self._ids.index(amendment_id)
        self._render_upto(0, block)
        start, top = self._starts[block], self.scroll_offset.y
        if not top <= start < top + self.scrollable_content_region.height:
            self._unsettled = False
            self._resize()
            self.scroll_to(y=start, animate=False, immediate=True)

    def _block(
        self, neg: Negotiation, orgs: list[str], aid: str, current: bool, written: Mapping[str, str]
    ) -> tuple[Hashable, list[tuple[int, Text]]]:
        """What identifies the block's look (its cache key), and its lines as (indent, text)."""
        amendment, state = neg.amendments[aid], neg.state(aid)
        form = written.get(aid) or inert(amendment.written) or "…"
        reason = neg.fall_reason(aid)  # cites paragraphs by number: a renumbering changes it, not the state
        reason = f"falls: {reason}" if reason else divided(neg, aid) if state.status == "accepted" else ""
        key = (aid, current, state, reason, form, tuple(orgs), self.reading.marks)
        if key in self._cache:
            return key, []
        colour = org_style(self.app, orgs, amendment.author)
        head = Text("▶ " if current else "  ", "bold")
        head.append(inert(f"[{amendment.author}]"), colour + Style(bold=True))
        symbol = f" {amendment.symbol}" if amendment.symbol else ""
        head.append(inert(f" {aid}{symbol}  {STATUS_MARK.get(state.status, state.status)}"), "bold")
        if state.vote_rank:
            rivals = ", ".join(dict.fromkeys(neg.amendments[a].author for a in state.competes_with))
            vote = inert(f"  ⚔ voted {ordinal(state.vote_rank)}, competes with {rivals}")
            head.append(vote, status_style(self.app, "pending"))
        cosponsors = dict.fromkeys([*amendment.cosponsors, *state.cosponsors])
        if cosponsors:
            head.append(inert(f"  co-sponsors: {', '.join(cosponsors)}"))
        if amendment.supersedes:
            head.append(inert(f"  revises {amendment.supersedes}"), "dim")
        lines = [(0, head)]
        if reason:
            lines.append((BODY_INDENT, Text(inert(reason), "italic")))
        lines.append((BODY_INDENT, Text(form, "italic")))  # written forms come inert
        if amendment.rationale:
            lines.append((BODY_INDENT, Text.assemble(("Rationale: ", "bold"), inert(amendment.rationale))))
        lines.extend(
            (BODY_INDENT, op_diff(op, colour, neg.numbers(), self.reading.marks)) for op in amendment.ops
        )
        return key, lines

    def _render_upto(self, line: int, block: int = -1) -> None:
        """Render blocks until ``line`` lines exist and ``block`` is drawn (or none are left); a block
        seen before is reused."""
        while (len(self._lines) < line or self._done <= block) and self._done < len(self._blocks):
            strips = self._strips(*self._blocks[self._done]())
            self._done += 1
            self._starts.append(len(self._lines))
            self._lines.extend(strips)

    def _strips(self, key: Hashable, lines: list[tuple[int, Text]]) -> list[Strip]:
        """A block's lines rendered at the panel's width, from the cache if it was drawn before."""
        strips = self._cache.get(key)
        if strips is None:
            if len(self._cache) > CACHE_SIZE:
                self._cache.clear()
            console, width = self.app.console, max(self._width, 10)
            strips = self._cache[key] = [
                Strip([Segment(" " * indent), *wrapped.render(console)]).extend_cell_length(width)
                for indent, text in lines
                for wrapped in text.wrap(console, max(width - indent, 10))
            ]
        return strips

    def settle(self) -> None:
        """The steps rest: the scroll range, and so the scrollbar, follow what is shown now.

        Not at each step: a new range repaints the whole scrollbar, and held arrow keys change
        it at nearly every paragraph. Until then the
        panel scrolls over the range it had; what it shows is drawn at once all the same.
        """
        if self._unsettled:
            self._unsettled = False
            self._resize()

    def _layout(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._width:
            return
        self._draw(width)
        self._resize()
        self.refresh()

    def _draw(self, width: int) -> None:
        """Render the blocks that fill the window at ``width``."""
        if width != self._cache_width:
            self._cache.clear()
            self._cache_width = width
        self._width, self._lines, self._starts, self._done = width, [], [], 0
        self._render_upto(self.size.height)

    def _resize(self) -> None:
        """Scroll over the lines, and at least the window: content that fits leaves the scrollbar
        as it was (a new size repaints it)."""
        height = len(self._lines) + self.ESTIMATE * (len(self._blocks) - self._done)
        window = self.scrollable_content_region.height
        set_virtual_size(self, Size(self._width, max(height, window)), repaint=False)

    def notify_style_update(self) -> None:
        """A theme change recolours the organizations: blocks are drawn anew."""
        super().notify_style_update()
        if self.app.theme != self._theme:
            self._theme = self.app.theme
            self._cache.clear()

    def on_resize(self) -> None:
        self._layout()

    def render_lines(self, crop: Region) -> list[Strip]:
        self._style = self.rich_style  # computed by walking the DOM: once per frame, not per line
        done = self._done
        self._render_upto(self.scroll_offset.y + self.size.height)
        if self._done != done:  # scrolled down to blocks not drawn yet
            self._resize()
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        line = y + self.scroll_offset.y
        width = self.scrollable_content_region.width
        if line >= len(self._lines):
            return Strip.blank(width, self._style)
        return self._lines[line].crop(0, width).apply_style(self._style)

    def on_click(self, event: Click) -> None:
        line = event.y + self.scroll_offset.y
        block = bisect_right(self._starts, line) - 1
        if 0 <= block < len(self._ids):
            self.post_message(self.Chosen(self._ids[block]))
