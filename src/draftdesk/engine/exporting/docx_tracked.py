"""The tracked view as Word revisions: every pending amendment a ``w:ins``/``w:del`` by its delegation.

Revisions are authored by the delegation's full name and dated when the
amendment was tabled, so Word's and LibreOffice's per-author filters work.
"Reject all" gives the agreed text; "Accept all" gives the text the chair gets
by accepting every pending amendment in voting order. So of competing
amendments only the first in voting order is a revision; each other one is a
comment anchored on the same words, with its author, written form and
rationale (an amendment that loses in one paragraph loses in all of them).
Whole paragraphs inserted or deleted carry a paragraph-mark revision too; a
move is Word's: a ``w:moveFrom`` where the paragraph stands and a ``w:moveTo`` where it goes, paired
by name (as are words an amendment moves: :mod:`..moved_words`).
"""

from __future__ import annotations

from draftdesk.engine.amendments import Op
from draftdesk.engine.exporting.docx import (
    Progress,
    add_part_heading,
    new_document,
    paragraph_style,
    title_block,
)
from draftdesk.engine.exporting.docx_revisions import TrackedParagraphs
from draftdesk.engine.exporting.ooxml import Revision, paragraph
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.outputs import ViewParagraph
from draftdesk.engine.title import shown_title, split_title
from draftdesk.engine.views import document


def _inserts(neg: Negotiation) -> dict[str, tuple[str, Op]]:
    """Pending insertions by the id of the paragraph they would create."""
    return {
        op.new_id: (aid, op) for aid in neg.pending() for op in neg.amendments[aid].ops if op.kind == "insert"
    }


def _moves(neg: Negotiation, shown: set[str]) -> dict[str, list[tuple[str, Op]]]:
    """Moves shown as revisions, by the paragraph they go after ("" for the start)."""
    out: dict[str, list[tuple[str, Op]]] = {}
    for aid in neg.pending():
        if aid in shown:
            for op in neg.amendments[aid].ops:
                if op.kind == "move":
                    out.setdefault(op.after, []).append((aid, op))
    return out


Group = tuple[str, int, list[tuple[ViewParagraph, str, str]]]
"""Paragraphs one amendment adds after one anchor: (anchor id, voting rank, [(view, amendment, text)])."""


def export_tracked_docx(neg: Negotiation, *, progress: Progress | None = None) -> bytes:
    """The draft with every pending amendment as a Word revision (or a comment, see the module).

    Paragraphs added after the same anchor stand in reverse voting order: accepted one after
    another, each new one goes right after the anchor, so that is where Accept all leaves them.
    """
    doc = new_document(neg.draft)
    shown = document(neg, "tracked")
    writer = TrackedParagraphs(neg, doc, shown)
    agreed = {p.id: p for p in neg.text}
    inserts = _inserts(neg)
    moves = _moves(neg, writer.shown)
    rank = {aid: n for n, aid in enumerate(neg.pending())}
    title, order = split_title(shown)
    drawn = writer.agreed(title, agreed[title.id].text)[0] if title is not None else ""
    changed = title is not None and shown_title(neg.draft, title, lambda _: drawn) != list(neg.draft.title)
    title_block(doc, neg.draft, drawn if changed else "")
    views = {view.id: view for view in order}
    queued: list[tuple[int, str, Op]] = []  # moved paragraphs waiting for their anchor's block to end
    groups: list[Group] = [
        (op.after, rank[aid], [(views[op.target], aid, agreed[op.target].text)])
        for aid, op in moves.get("", ())
    ]
    state = {"marked": False, "part": ""}

    def add(view: ViewParagraph, content: str, mark: Revision | None) -> None:
        state["part"] = add_part_heading(doc, view.part, state["part"])
        style, numbered = paragraph_style(doc, view)
        doc.add(paragraph(content, style, numbered, mark))
        state["marked"] = mark is not None

    def flush(depth: int) -> None:
        while queued and queued[-1][0] >= depth:
            _, aid, op = queued.pop()
            groups.append((op.after, rank[aid], [(views[op.target], aid, agreed[op.target].text)]))

    def emit() -> None:
        for anchor in dict.fromkeys(anchor for anchor, _, _ in groups):
            for _, _, items in sorted((g for g in groups if g[0] == anchor), key=lambda g: -g[1]):
                for view, aid, text in items:
                    content, mark = writer.inserted(view, aid, text)
                    if content:
                        add(view, content, mark)
        groups.clear()

    for n, view in enumerate(order, 1):
        flush(view.depth)
        if view.id in agreed:
            emit()
            add(view, *writer.agreed(view, agreed[view.id].text))
        else:
            aid, op = inserts[view.id]
            chained = next((g for g in groups if any(v.id == op.after for v, _, _ in g[2])), None)
            if chained is not None:  # a paragraph after one the same run adds: it follows it
                chained[2].append((view, aid, op.text))
            else:
                groups.append((op.after, rank[aid], [(view, aid, op.text)]))
        queued += [(view.depth, aid, op) for aid, op in moves.get(view.id, ())]
        if progress is not None and n % 50 == 0:
            progress(n, len(order))
    flush(-1)
    emit()
    if state["marked"] or writer.notes_waiting:  # Word keeps the last paragraph mark: give it one of its own
        doc.add(paragraph(writer.runs(ViewParagraph("", "text", "", "", 0), [], {})))
    return doc.to_bytes()
