"""The outline: title block, preamble, headings, operative paragraphs with sub-items, closing, and each
part with its own numbering (an annex, an article) a group of its own, titled by its heading (the
articles of an annex nested in it); with badges.

Labels are drawn lazily (``render_label``) from the current state, so a
decision repaints the visible lines instead of rebuilding a thousand nodes;
the Tree is rebuilt only when the paragraph order changed. Labels are
``rich.text.Text``: a Textual ``Content`` label crashes when drawn in 8.2.8.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from draftdesk.engine.inert import inert
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import BASE_AUTHOR
from draftdesk.engine.title import TITLE_ID
from draftdesk.tui.filtering import matching_paragraphs
from draftdesk.tui.themes import status_style
from draftdesk.tui.widgets.sight import sight_line

SECTIONS = {
    "heading": "Heading",
    "text": "Preamble",
    "preamble": "Preamble",
    "operative": "Operative",
    "sub-item": "Operative",
    "closing": "Closing",
}
CONTAINERS = ("annex", "appendix", "attachment", "enclosure")
"""Parts that hold others: the articles after an annex are the annex's, nested under it."""
SNIPPET = 36
TOGGLE = Style.from_meta({"toggle": True})
"""What makes a click on the expand icon toggle the node (as Tree's own labels do)."""
Pending = Callable[[str], list[str]]
"""Pending amendment ids on a paragraph."""


def badges(
    neg: Negotiation, pid: str, pending: list[str], competing: set[str], style: Callable[[str], Style]
) -> Text:
    """Pending count (●N), competing (⚔) and agreed change (✓), as text not just colour; ``style``
    gives each mark's colour (themes.status_style)."""
    out = Text()
    if pending:
        out.append(f" ●{len(pending)}", style("pending"))
    if competing.intersection(pending):
        out.append(" ⚔", style("competing"))
    if any(run.org != BASE_AUTHOR for run in neg.runs(pid)):
        out.append(" ✓", style("agreed"))
    return out


class Outline(Tree[str]):
    """A Tree of the agreed text; node data is the paragraph id ("" for section nodes).

    Narrowed by a query (`/`, filtering.py), it shows only the paragraphs that match, under a line
    saying how many; escape here shows them all again.
    """

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "narrow('')", "Clear the filter", show=False)]
    DEFAULT_CSS = "Outline { width: 36; overflow-x: hidden; }"

    def __init__(self, **kwargs: object) -> None:
        super().__init__("Draft", data="", **kwargs)  # type: ignore[arg-type]
        self.show_root = False
        self.guide_depth = 2
        self.nodes_by_id: dict[str, TreeNode[str]] = {}
        self._order: list[str] = []
        self._labels: dict[str, Text] = {}
        self._neg: Negotiation | None = None
        self._pending: Pending = lambda pid: []
        self._competing: set[str] = set()
        self._texts: dict[str, str] = {}
        self._part_heads: dict[str, str] = {}
        """The heading that titles a part (its group's node) -> the part's name ("ANNEX")."""
        self.filter_text = ""
        self._kept: set[str] | None = None
        """The paragraphs the query matches (None: no query, all are shown)."""
        self._built_for = ""
        self._theme = ""
        """The query the nodes were built for (their first line says it)."""

    def build(self, neg: Negotiation, pending: Pending, touched: Iterable[str] | None = None) -> None:
        """Follow a new state: rebuild the nodes if the paragraph order changed, else relabel.

        ``touched`` are the paragraphs whose label may have changed (None: any).
        """
        self._neg, self._pending = neg, pending
        self._competing = {aid for group in neg.competing_groups() for aid in group}
        matched = matching_paragraphs(neg, self.filter_text, pending) if self.filter_text else None
        if matched != self._kept or self.filter_text != self._built_for:
            self._kept, self._order = matched, []  # another set shown: the nodes are rebuilt
            self._built_for = self.filter_text
        order = [p.id for p in neg.agreed]
        if order != self._order:
            kept = set(order)
            gone = [pid for pid in self._order if pid not in kept]
            removable = gone and self._kept is None and not self._part_heads.keys() & gone  # a group's own
            if [pid for pid in self._order if pid in kept] == order and removable:
                for pid in gone:  # a deletion: remove its nodes rather than rebuild a thousand
                    node = self.nodes_by_id.pop(pid)
                    if node.tree is self and node.parent is not None and node in node.parent.children:
                        node.remove()
            else:
                self._rebuild(neg)
                touched = None
            self._order = order
        self._texts = {p.id: p.text for p in neg.text}
        self._relabel(touched)

    def _relabel(self, ids: Iterable[str] | None) -> None:
        """Labels of ``ids`` (None: all) are drawn anew from the state when next visible.

        Only lines already drawn are repainted: a decision touches hundreds of
        paragraphs (renumbered), the screen shows about forty.
        """
        if ids is None:
            self._labels.clear()
            for section in self.root.children:  # on every line's path (the root is not): cached lines expire
                section.refresh()
            self.refresh()
            return
        for pid in ids:
            node = self.nodes_by_id.get(pid)
            if self._labels.pop(pid, None) is not None and node is not None:
                node.refresh()

    @contextmanager
    def _invalidated_once(self) -> Iterator[None]:
        """Tree.add invalidates the whole tree at each node (docs/performance.md); while the body
        adds them, that happens once, at the end."""
        # Tree._invalidate is private: Textual is pinned to 8.2 in pyproject.toml for it
        self._invalidate = lambda: None  # type: ignore[method-assign]  # shadows the method
        try:
            yield
        finally:
            del self._invalidate
            self._invalidate()

    def _rebuild(self, neg: Negotiation) -> None:
        with self._invalidated_once():
            self._add_nodes(neg)

    def _add_nodes(self, neg: Negotiation) -> None:
        self.clear()
        self.nodes_by_id = {}
        draft = neg.draft
        heads = [draft.doc_type, draft.authoring, draft.place_date]
        if neg.title is not None or any(heads):
            block = self.root.add(Text("Title block", "bold"), data="", expand=True)
            shown = self._kept is None or TITLE_ID in self._kept
            if neg.title is not None and shown:  # one node: selected and amended like a paragraph
                self.nodes_by_id[TITLE_ID] = block.add(Text(TITLE_ID), data=TITLE_ID, allow_expand=False)
            for line in filter(None, heads):
                block.add_leaf(Text(inert(line[:SNIPPET]), "italic"), data="")
        if self._kept is not None:
            found = f"/{self.filter_text} · {len(self._kept)} of {len(neg.agreed)}"
            self.root.add_leaf(Text(inert(found), "italic"), data="")
        self._part_heads = {}
        part, top, container = "", self.root, self.root
        section, group = "", self.root
        for p in neg.agreed:
            if self._kept is not None and p.id not in self._kept:
                continue
            if p.part != part:  # a part (an annex) is a group of its own, its sections inside
                part, section = p.part, ""
                name = part.upper()  # as numbering prefixes the part's labels: "ANNEX OP3"
                titled = p.kind == "heading" and not p.parent  # the part's title names the group
                holds = part.split(" ", 1)[0] in CONTAINERS
                if not part:  # the body again, after a part
                    top = container = self.root
                else:  # an annex at the top; an article in the annex before it, if any
                    owner = self.root if holds else container
                    top = owner.add(Text(name, "bold"), data=p.id if titled else "", expand=True)
                    container = top if holds else container
                if titled and part:
                    self._part_heads[p.id] = name
                    self.nodes_by_id[p.id] = top
                    continue
            name = SECTIONS.get(p.kind, "Preamble")
            if name != section:  # a section node each time the kind changes, in document order
                section, group = name, top.add(Text(name, "bold"), data="", expand=True)
            parent = self.nodes_by_id.get(p.parent) if p.parent else None
            owner = parent or group
            node = owner.add(Text(p.id), data=p.id, expand=True, allow_expand=False)
            if parent is not None:
                parent.allow_expand = True
            self.nodes_by_id[p.id] = node

    def _label(self, pid: str) -> Text:
        label = self._labels.get(pid)
        if label is None:
            neg = self._neg
            node = self.nodes_by_id.get(pid)
            if neg is None or node is None:
                return Text(pid)
            number = neg.numbers().get(pid)
            unnumbered = "title" if pid == TITLE_ID else self._part_heads.get(pid, "¶")
            label = Text(number.label if number else unnumbered, "bold")
            marks = partial(status_style, self.app)
            label.append_text(badges(neg, pid, self._pending(pid), self._competing, marks))
            label.append(" " + inert(self._texts.get(pid, "")[:SNIPPET].replace("\n", " ")))
            self._labels[pid] = label
        return label

    def notify_style_update(self) -> None:
        """A theme change recolours the marks: labels are drawn anew."""
        super().notify_style_update()
        if self.app.theme != self._theme:
            self._theme = self.app.theme
            self._relabel(None)

    def process_label(self, label: str | Text) -> Text:
        """The labels given here are one-line Texts (ids, section names, title lines; a paragraph's
        is drawn by render_label): Tree's own splits each into lines, much of adding a node."""
        return label if isinstance(label, Text) else super().process_label(label)

    def render_label(self, node: TreeNode[str], base_style: Style, style: Style) -> Text:
        """A paragraph's label from the current state (cached until relabelled)."""
        if not node.data:
            return super().render_label(node, base_style, style)
        label = self._label(node.data).copy()
        label.stylize(style)
        if node.allow_expand:
            icon = self.ICON_NODE_EXPANDED if node.is_expanded else self.ICON_NODE
            return Text.assemble((icon, base_style + TOGGLE), label)
        return label

    def get_label_width(self, node: TreeNode[str]) -> int:
        """Cheap: the outline never scrolls sideways, so widths need not be exact."""
        return SNIPPET + 12

    def scroll_to_line(self, line: int, animate: bool = True) -> None:
        """Keep the cursor in sight as the merged view does (see :mod:`.sight`): not a scroll a key."""
        top, window = self.scroll_offset.y, self.scrollable_content_region.height
        if not top <= line < top + window:
            self.scroll_to(y=sight_line(line, 1, window, top), animate=False, immediate=True)

    def action_narrow(self, query: str) -> None:
        """Show only the paragraphs ``query`` matches; "" shows them all again."""
        if query == self.filter_text:
            return
        self.filter_text = query
        if self._neg is not None:
            self.build(self._neg, self._pending)

    def filtered(self, query: str | None) -> None:
        """The filter's prompt closed: a query kept, the focus goes to its first match."""
        if not query:
            return
        first = next((pid for pid in self._order if self._kept is None or pid in self._kept), "")
        node = self.nodes_by_id.get(first)
        if node is not None:
            self.focus()
            self.move_cursor(node)

    def show_paragraph(self, paragraph_id: str) -> None:
        """Move the cursor to a paragraph's node without posting a selection back."""
        node = self.nodes_by_id.get(paragraph_id)
        if node is not None and self.cursor_node is not node:
            with self.prevent(Tree.NodeHighlighted):
                self.move_cursor(node)
