"""The outline: title block, preamble, operative paragraphs with sub-items, closing; with badges.

Labels are ``rich.text.Text``: a Textual ``Content`` label crashes when drawn in 8.2.8.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import BASE_AUTHOR

SECTIONS = {
    "heading": "Title block",
    "text": "Preamble",
    "preamble": "Preamble",
    "operative": "Operative",
    "sub-item": "Operative",
    "closing": "Closing",
}
SNIPPET = 36


def pending_by_paragraph(neg: Negotiation) -> dict[str, list[str]]:
    """Pending amendment ids per paragraph, computed once per outline build."""
    out: dict[str, list[str]] = {}
    for aid in neg.pending():
        for pid in neg.amendments[aid].targets:
            out.setdefault(pid, []).append(aid)
        for op in neg.amendments[aid].ops:
            if op.kind == "insert" and op.after:
                out.setdefault(op.after, []).append(aid)
    return out


def badges(neg: Negotiation, paragraph_id: str, pending: list[str]) -> Text:
    """Pending count (●N), competing (⚔) and agreed change (✓), as text not just colour."""
    out = Text()
    if pending:
        out.append(f" ●{len(pending)}", "bold yellow")
    states = neg.states()
    if any(states[a].competes_with for a in pending):
        out.append(" ⚔", "bold red")
    if any(run.org != BASE_AUTHOR for run in neg.runs(paragraph_id)):
        out.append(" ✓", "bold green")
    return out


class Outline(Tree[str]):
    """A Tree of the agreed text; node data is the paragraph id ("" for section nodes)."""

    DEFAULT_CSS = "Outline { width: 36; overflow-x: hidden; }"

    def __init__(self, **kwargs: object) -> None:
        super().__init__("Draft", data="", **kwargs)  # type: ignore[arg-type]
        self.show_root = False
        self.guide_depth = 2
        self.nodes_by_id: dict[str, TreeNode[str]] = {}

    def build(self, neg: Negotiation) -> None:
        """Rebuild from the agreed text, keeping expansion as it was."""
        self.clear()
        self.nodes_by_id = {}
        numbers = neg.numbers()
        sections: dict[str, TreeNode[str]] = {}
        pending = pending_by_paragraph(neg)
        for p in neg.agreed:
            section = SECTIONS.get(p.kind, "Preamble")
            if section not in sections:
                sections[section] = self.root.add(Text(section, "bold"), data="", expand=True)
            parent = self.nodes_by_id.get(p.parent) if p.parent else None
            number = numbers.get(p.id)
            label = Text(number.label if number else "¶", "bold")
            label.append_text(badges(neg, p.id, pending.get(p.id, [])))
            label.append(" " + p.text[:SNIPPET].replace("\n", " "), "")
            owner = parent or sections[section]
            node = owner.add(label, data=p.id, expand=True, allow_expand=False)
            if parent is not None:
                parent.allow_expand = True
            self.nodes_by_id[p.id] = node

    def show_paragraph(self, paragraph_id: str) -> None:
        """Move the cursor to a paragraph's node without posting a selection back."""
        node = self.nodes_by_id.get(paragraph_id)
        if node is not None and self.cursor_node is not node:
            with self.prevent(Tree.NodeHighlighted):
                self.move_cursor(node)
