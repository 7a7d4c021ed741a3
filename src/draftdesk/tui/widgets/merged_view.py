"""The merged text as one Line API widget.

Hundreds of paragraphs as widgets repaint far too slowly; here each paragraph is
wrapped once into Strips and cached per view (a paragraph whose rendering is
unchanged keeps its Strips, so only what changed is re-wrapped), and
``render_line`` just looks a line up. Colours come from component classes and
the theme's ``$org-N`` variables, and every pending change also carries a tag
or an underline/strike so colour is never the only cue.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import ClassVar

from rich._wrap import divide_line
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.events import Click
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from draftdesk.engine.model import BASE_AUTHOR
from draftdesk.engine.results import Span, ViewName, ViewParagraph
from draftdesk.tui.messages import ParagraphSelected
from draftdesk.tui.themes import org_style

INDENT = 4


class MergedView(ScrollView, can_focus=True):
    """Every paragraph of the current view, the selected one highlighted."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "merged-view--selected",
        "merged-view--label",
        "merged-view--heading",
    }
    DEFAULT_CSS = """
    MergedView { background: $surface; }
    MergedView > .merged-view--selected { background: $boost; }
    MergedView > .merged-view--label { color: $text-muted; text-style: bold; }
    MergedView > .merged-view--heading { text-style: bold; }
    """

    def __init__(self, orgs: Sequence[str] = (), **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.orgs: list[str] = list(orgs)
        self.view: ViewName = "agreed"
        self.paragraphs: list[ViewParagraph] = []
        self.selected = ""
        self._cache: dict[ViewName, dict[str, tuple[ViewParagraph, list[Strip]]]] = {}
        self._starts: list[int] = []
        self._index: dict[str, int] = {}
        self._width = 0
        self._theme = ""
        self._heights: dict[ViewName, dict[str, tuple[ViewParagraph, int]]] = {}

    # -- data ------------------------------------------------------------
    def show(self, paragraphs: list[ViewParagraph], view: ViewName) -> None:
        """Show ``paragraphs`` in ``view``; only paragraphs that render differently are re-wrapped."""
        self.view = view
        self.paragraphs = paragraphs
        self._index = {p.id: i for i, p in enumerate(paragraphs)}
        self._layout()

    def select(self, paragraph_id: str) -> None:
        """Highlight a paragraph and scroll it into sight."""
        self.selected = paragraph_id
        self.scroll_to_selected()
        self.refresh()

    def scroll_to_selected(self) -> None:
        i = self._index.get(self.selected)
        if i is None or not self._starts:
            return
        top = self._starts[i]
        height = self._height(self.paragraphs[i])
        self.scroll_to_region(Region(0, top, 1, height), animate=False, immediate=True)

    def paragraph_at(self, line: int) -> str:
        """The id of the paragraph drawn on a virtual line, "" for none."""
        i = bisect_right(self._starts, line) - 1
        return self.paragraphs[i].id if 0 <= i < len(self.paragraphs) else ""

    # -- layout ----------------------------------------------------------
    def _layout(self) -> None:
        width = max(self.scrollable_content_region.width, 20)
        if width != self._width:
            self._cache.clear()
            self._heights.clear()
            self._width = width
        starts, y = [], 0
        for p in self.paragraphs:
            starts.append(y)
            y += self._height(p) + 1
        self._starts = starts
        self.virtual_size = Size(width, y)
        self.refresh()

    def on_resize(self) -> None:
        self._layout()
        self.scroll_to_selected()

    def notify_style_update(self) -> None:
        """A theme change restyles everything: drop the cached Strips (heights do not change)."""
        super().notify_style_update()
        if self.app.theme != self._theme:
            self._theme = self.app.theme
            self._cache.clear()
            self.refresh()

    def _height(self, p: ViewParagraph) -> int:
        """Lines a paragraph takes, from a word-wrap count of its plain text (no styling, no Strips)."""
        heights = self._heights.setdefault(self.view, {})
        entry = heights.get(p.id)
        if entry is None or not (entry[0] is p or entry[0] == p):
            width = max(self._width - INDENT * (p.depth + 1), 10)
            entry = heights[p.id] = (p, len(divide_line(p.text, width)) + 1 if p.text else 1)
        return entry[1]

    def _strips(self, p: ViewParagraph) -> list[Strip]:
        cache = self._cache.setdefault(self.view, {})
        entry = cache.get(p.id)
        if entry is None or not (entry[0] is p or entry[0] == p):
            entry = cache[p.id] = (p, self._wrap(p))
        return entry[1]

    def _wrap(self, p: ViewParagraph) -> list[Strip]:
        indent = INDENT * (p.depth + 1)
        prefix = f"({p.marker})" if p.depth and p.marker else p.label
        text = Text(no_wrap=False)
        if p.kind == "heading":
            text.stylize(self.get_component_rich_style("merged-view--heading"))
        for span in p.spans:
            text.append(span.text, self._span_style(span))
        width = max(self._width - indent, 10)
        lines = text.divide(divide_line(text.plain, width)) if text.plain else [Text("")]
        label_style = self.get_component_rich_style("merged-view--label")
        strips = []
        for n, line in enumerate(lines):
            line.rstrip()
            head = prefix[: indent - 1].ljust(indent) if n == 0 else " " * indent
            segments = [Segment(head, label_style), *line.render(self.app.console)]
            strips.append(Strip(segments).extend_cell_length(self._width).crop(0, self._width))
        return strips

    def _span_style(self, span: Span) -> Style:
        org = span.org
        if self.view == "base" or (self.view == "agreed" and span.mark == ""):
            style = Style()
        elif org and org != BASE_AUTHOR:
            style = org_style(self.app, self.orgs, org)
        else:
            style = Style()
        if span.mark == "ins":
            style += Style(underline=True)
        elif span.mark == "del":
            style += Style(strike=True)
        elif span.mark in ("tag", "bracket"):
            style += Style(bold=True)
        if span.italic:
            style += Style(italic=True)
        return style

    # -- drawing ---------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        line = y + scroll_y
        i = bisect_right(self._starts, line) - 1
        width = self.scrollable_content_region.width
        if i < 0 or i >= len(self.paragraphs):
            return Strip.blank(width, self.rich_style)
        p = self.paragraphs[i]
        strips = self._strips(p)
        offset = line - self._starts[i]
        if offset >= len(strips):
            return Strip.blank(width, self.rich_style)
        strip = strips[offset]
        if p.id == self.selected:
            strip = strip.apply_style(self.get_component_rich_style("merged-view--selected"))
        return strip.crop(scroll_x, scroll_x + width).apply_style(self.rich_style)

    def on_click(self, event: Click) -> None:
        pid = self.paragraph_at(event.y + self.scroll_offset.y)
        if pid:
            self.post_message(ParagraphSelected(pid))
