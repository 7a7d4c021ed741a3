"""The merged text as one Line API widget.

Hundreds of paragraphs as widgets repaint far too slowly. Here the widget keeps
only the paragraph order and a height per paragraph (a word-wrap count of the
text last rendered, computed once per paragraph, view and width); the
paragraphs about to be drawn are rendered by the engine (through
:class:`RenderedViews`, which re-renders only what a change touched) and
wrapped into Strips (paragraph_lines.py), cached per view and paragraph until
the paragraph, the width or the theme changes. ``render_line`` just looks a
line up.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import partial
from itertools import accumulate
from typing import ClassVar

from rich.style import Style
from textual.binding import Binding, BindingType
from textual.events import Click
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from draftdesk.engine.outputs import ViewName, ViewParagraph
from draftdesk.engine.title import TITLE_ID
from draftdesk.tui.messages import ParagraphSelected
from draftdesk.tui.reading import Reading
from draftdesk.tui.themes import org_style
from draftdesk.tui.view_cache import RenderedViews
from draftdesk.tui.widgets.paragraph_lines import Look, paragraph_lines, title_block, title_lines
from draftdesk.tui.widgets.sight import sight_line
from draftdesk.tui.widgets.sizing import set_virtual_size
from draftdesk.tui.widgets.wrapped import WrappedParagraphs


class MergedView(ScrollView, can_focus=True):
    """The title (with the title block), then every paragraph of the current view, the selected one
    highlighted."""

    BINDINGS: ClassVar[list[BindingType]] = [  # the arrows step through paragraphs, as j and k do
        Binding("down", "screen.move(1)", "Down", show=False),
        Binding("up", "screen.move(-1)", "Up", show=False),
    ]
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

    def __init__(
        self, views: RenderedViews, orgs: Sequence[str] = (), reading: Reading | None = None, **kwargs: object
    ) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.views = views
        self.orgs: list[str] = list(orgs)
        self.reading = reading or Reading()
        self.view: ViewName = "agreed"
        self.ids: list[str] = []
        self.selected = ""
        self._wrapped = WrappedParagraphs()
        self._measured_views: RenderedViews | None = None
        self._head_key: tuple[object, ...] = ()
        self._starts: list[int] = []
        self._head: list[Strip] = []
        """The title block (document type, place and date) of a draft without a title, above the text."""
        self._index: dict[str, int] = {}
        self._theme = ""
        self._base_style = Style()
        self._selected_style = Style()

    # -- data ------------------------------------------------------------
    @property
    def paragraphs(self) -> list[ViewParagraph]:
        """Every paragraph of the current view (renders what is stale: for tests and export, not drawing)."""
        return self.views.get(self.view, self.ids)

    def show(self, view: ViewName) -> None:
        """Show ``view`` in the order the engine gives; paragraphs are rendered when drawn."""
        self.view = view
        self.ids = self.views.order(view)
        self._index = {pid: i for i, pid in enumerate(self.ids)}
        self._layout()

    def select(self, paragraph_id: str) -> None:
        """Highlight a paragraph and scroll it into sight, repainting only what changed."""
        old, self.selected = self.selected, paragraph_id
        if not self.scroll_to_selected():
            self._repaint((old, paragraph_id))

    def _repaint(self, paragraph_ids: Iterable[str]) -> None:
        """Repaint the lines of these paragraphs that are on screen (not the whole widget)."""
        y, height = self.scroll_offset.y, self.size.height
        for pid in paragraph_ids:
            i = self._index.get(pid)
            if i is not None and self._starts[i] < y + height and self._starts[i] + self._height(pid) > y:
                self.refresh(Region(0, self._starts[i] - y, self.size.width, self._height(pid)))

    def scroll_to_selected(self) -> bool:
        """Bring the selected paragraph into sight (see :func:`sight_line`); True when that scrolled."""
        i = self._index.get(self.selected)
        if i is None or not self._starts:
            return False
        top, before = self._starts[i], self.scroll_offset.y
        height = self._height(self.selected)
        window = self.scrollable_content_region.height
        first = i <= (self.ids[0] == TITLE_ID) and top < window  # the text's start, the title above
        if first or top + height <= window:
            top, height = 0, height + top
        if before <= top and top + height <= before + window:
            return False
        self.scroll_to(y=sight_line(top, height, window, before), animate=False, immediate=True)
        return self.scroll_offset.y != before

    def position(self, paragraph_id: str) -> int | None:
        """Where a paragraph is in the view, None if the view does not show it."""
        return self._index.get(paragraph_id)

    def paragraph_at(self, line: int) -> str:
        """The id of the paragraph drawn on a virtual line, "" for none."""
        i = bisect_right(self._starts, line) - 1
        return self.ids[i] if 0 <= i < len(self.ids) else ""

    def changed(self, touched: Iterable[str]) -> None:
        """A change touched these paragraphs (the views marked them stale): re-measure and repaint.

        The paragraphs around the screen are rendered now; when the order and
        every line start stay the same (a word accepted), only the touched
        paragraphs on screen are repainted, not the whole view.
        """
        touched = set(touched)
        self._wrapped.forget(touched)
        old_ids, old_starts = self.ids, self._starts
        self.ids = self.views.order(self.view)
        if self.ids != old_ids:
            self._index = {pid: i for i, pid in enumerate(self.ids)}
            self._measure()
        # same order: the line starts stand until a touched paragraph, wrapped anew, changes height
        self._prepare_window()
        if self.ids == old_ids and self._starts == old_starts:
            self._repaint(touched)
        else:
            self.refresh()

    # -- layout ----------------------------------------------------------
    def _layout(self) -> None:
        width = max(self.scrollable_content_region.width, 20)
        if width != self._wrapped.width or self.views is not self._measured_views:
            self._wrapped.reset(width)
            self._measured_views = self.views
        neg = self.views.neg
        draft = neg.draft
        head_key = (width, neg.title is None, draft.doc_type, draft.place_date, draft.authoring)
        if head_key != self._head_key:  # under a title, the block is the title's (title_lines)
            self._head = [] if neg.title else title_block(draft, width, self.app.console)
            self._head_key = head_key
        self._measure()
        self.refresh()

    def _measure(self) -> None:
        """Line starts of every paragraph (after the title block) and the virtual size.

        Heights known in this view are looked up (a decision re-measures a
        thousand paragraphs): only those touched since are measured again.
        """
        known = self._wrapped.known(self.view)
        heights = (known[pid] if pid in known else self._height(pid) for pid in self.ids)
        self._starts = list(accumulate((h + 1 for h in heights), initial=len(self._head)))
        set_virtual_size(self, Size(self._wrapped.width, self._starts.pop()))

    def on_resize(self) -> None:
        self._layout()
        self.scroll_to_selected()

    def notify_style_update(self) -> None:
        """A theme change restyles everything: drop the cached Strips (heights do not change)."""
        super().notify_style_update()
        if self.app.theme != self._theme:
            self._theme = self.app.theme
            self._wrapped.restyle()
            self.refresh()

    def _height(self, pid: str) -> int:
        """Lines a paragraph takes (see WrappedParagraphs.height). The title is wrapped at once: its
        block's lines are not in its text, and the view starts there."""
        p = self.views.cached(self.view, pid)
        if pid == TITLE_ID:
            p = p or next(iter(self.views.get(self.view, [pid])), None)
            if p is not None:
                self._strips_of(p)
        return self._wrapped.height(self.view, pid, p, self.views.text)

    def _prepare_window(self) -> bool:
        """Render (one engine call) and wrap the paragraphs on screen and a screen either side.

        Their exact heights replace the estimates; if that moves anything, the
        line starts and the virtual size follow (True is returned).
        """
        y, height = self.scroll_offset.y, self.size.height
        first = max(bisect_right(self._starts, y - height) - 1, 0)
        last = bisect_right(self._starts, y + 2 * height)
        window = self.ids[first:last]
        before = [self._height(pid) for pid in window]
        for p in self.views.get(self.view, window):
            self._strips_of(p)
        if [self._height(pid) for pid in window] == before:
            return False
        self._measure()
        return True

    def _strips_of(self, p: ViewParagraph) -> list[Strip]:
        return self._wrapped.lines(self.view, p, self._wrap)

    def _wrap(self, p: ViewParagraph) -> list[Strip]:
        look = self._look()
        return title_lines(p, self.views.neg.draft, look) if p.id == TITLE_ID else paragraph_lines(p, look)

    def _look(self) -> Look:
        """What paragraphs are drawn with now (the view, the width, the theme's styles)."""
        return Look(
            self.app.console,
            self._wrapped.width,
            self.view,
            self.get_component_rich_style("merged-view--label"),
            self.get_component_rich_style("merged-view--heading"),
            partial(org_style, self.app, self.orgs),
            self.reading.marks,
            self.reading.tags,
        )

    def reread(self) -> None:
        """Marks or tags turned on or off (``reading`` changed): every paragraph is wrapped again."""
        self._measured_views = None  # the next layout drops the wrapped lines and heights
        self._layout()

    # -- drawing ---------------------------------------------------------
    def render_lines(self, crop: Region) -> list[Strip]:
        """Render what is about to be drawn, so heights are exact on screen; styles once per frame."""
        moved = self._prepare_window()  # a screen either side: one engine call, not one a key
        if moved and crop.height < self.size.height:
            self.refresh()  # line starts moved: the lines outside this crop are redrawn next frame
        self._base_style = self.rich_style  # computed by walking the DOM: not once per line
        self._selected_style = self.get_component_rich_style("merged-view--selected")
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        line = y + scroll_y
        i = bisect_right(self._starts, line) - 1
        width = self.scrollable_content_region.width
        if line < len(self._head):
            return self._head[line].crop(scroll_x, scroll_x + width).apply_style(self._base_style)
        if i < 0 or i >= len(self.ids):
            return Strip.blank(width, self._base_style)
        pid = self.ids[i]
        p = self.views.cached(self.view, pid)
        strips = self._strips_of(p) if p is not None else []
        offset = line - self._starts[i]
        if offset >= len(strips):
            return Strip.blank(width, self._base_style)
        strip = strips[offset]
        if pid == self.selected:
            strip = strip.apply_style(self._selected_style)
        return strip.crop(scroll_x, scroll_x + width).apply_style(self._base_style)

    def on_click(self, event: Click) -> None:
        pid = self.paragraph_at(event.y + self.scroll_offset.y)
        if pid:
            self.post_message(ParagraphSelected(pid))
