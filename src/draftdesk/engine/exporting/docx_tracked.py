"""The tracked view as Word revisions: every pending amendment a ``w:ins``/``w:del`` by its delegation.

Revisions are authored by the delegation's full name and dated when the
amendment was tabled, so Word's and LibreOffice's per-author filters work.
"Reject all" gives the agreed text; "Accept all" gives the text the chair gets
by accepting every pending amendment in voting order. So of competing
amendments only the first in voting order is a revision; each other one is a
comment anchored on the same words, with its author, written form and
rationale (an amendment that loses in one paragraph loses in all of them).
Whole paragraphs inserted or deleted carry a paragraph-mark revision too; a
move is a deletion where the paragraph stands and an insertion where it goes.
"""

from __future__ import annotations

from datetime import datetime

from draftdesk.engine import instructions
from draftdesk.engine.amendments import Op
from draftdesk.engine.crossrefs import Renumbering
from draftdesk.engine.exporting.docx import (
    Progress,
    add_part_heading,
    new_document,
    paragraph_style,
    span_runs,
    title_block,
)
from draftdesk.engine.exporting.docx_notes import TrackedNotes
from draftdesk.engine.exporting.docx_package import WordDocument
from draftdesk.engine.exporting.ooxml import (
    PLAIN,
    Revision,
    comment_end,
    comment_start,
    paragraph,
    revised,
    signature,
)
from draftdesk.engine.markup import Piece, spans_from_pieces
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.numbering import number_paragraphs
from draftdesk.engine.outputs import Span, ViewParagraph
from draftdesk.engine.patches import Edit
from draftdesk.engine.title import shown_title, split_title
from draftdesk.engine.views import document

_EPOCH = datetime(1970, 1, 1)


def voted_first(neg: Negotiation) -> set[str]:
    """The pending amendments the chair would accept going down the voting order: each one none of
    whose competitors was accepted before it. These are the revisions; the others, comments."""
    states = neg.states()
    shown: set[str] = set()
    for aid in neg.pending():
        if shown.isdisjoint(states[aid].competes_with):
            shown.add(aid)
    return shown


class _Writer:
    """Writes the paragraphs of one tracked document."""

    def __init__(self, neg: Negotiation, doc: WordDocument, views: list[ViewParagraph]) -> None:
        self.neg, self.doc = neg, doc
        self.shown = voted_first(neg)
        self.rewrite = Renumbering(number_paragraphs(neg.draft.paragraphs), neg.numbers()).rewrite
        self.notes_waiting: list[int] = []  # comments with no words to sit on: they go on the next paragraph
        self.names = {org.code: org.name or org.code for org in neg.draft.orgs}
        self.signatures: dict[str, str] = {}
        self.notes = TrackedNotes(neg, views)

    def signed(self, aid: str) -> str:
        """The amendment's author (the delegation's full name) and tabling time, as attributes."""
        if aid not in self.signatures:
            amendment = self.neg.amendments[aid]
            date = self.neg.tabled_at(aid) or amendment.created or _EPOCH
            self.signatures[aid] = signature(self.names.get(amendment.author, amendment.author), date)
        return self.signatures[aid]

    def revision(self, aid: str, kind: str) -> Revision:
        return Revision(kind, self.doc.new_id(), self.signed(aid))

    def drawn(self, span: Span, notes: dict[str, str], revision: Revision | None) -> str:
        """A span's runs, as a revision when it is one: under an id of its own, since a change
        drawn in several runs (cut at a note or an emphasis) is several ``w:ins`` and Word wants
        every id once."""
        if revision is None:
            return span_runs(self.doc, span, notes, PLAIN, numbered=self.notes.numbered)
        kind = revision.kind
        xml = span_runs(self.doc, span, notes, PLAIN, deleted=kind == "del", numbered=self.notes.numbered)
        return revised(Revision(kind, self.doc.new_id(), revision.signature), xml)

    def comment(self, aid: str) -> int:
        """A competing amendment as a comment: who, why it is not a revision, what it says and why."""
        neg, amendment = self.neg, self.neg.amendments[aid]
        name = self.names.get(amendment.author, amendment.author)
        state = neg.state(aid)
        first = [c for c in state.competes_with if c in self.shown]
        who = f"{amendment.author} ({name})" if name != amendment.author else amendment.author
        sponsors = f", co-sponsored by {', '.join(state.cosponsors)}" if state.cosponsors else ""
        written = amendment.written or instructions.written_form(amendment, neg.text)
        name_it = f"{amendment.symbol} ({aid})" if amendment.symbol else aid
        rival = ", ".join(first) or "another amendment"
        lines = [f"{name_it}, {who}{sponsors}: competes with {rival}, voted on first.", written]
        if amendment.rationale:
            lines.append(f"Rationale: {amendment.rationale}")
        return self.doc.comment(self.signed(aid), amendment.author, lines)

    # -- paragraphs of the agreed text ----------------------------------------
    def agreed(self, view: ViewParagraph, text: str) -> tuple[str, Revision | None]:
        """An agreed paragraph with the pending amendments on it drawn in."""
        edits: list[tuple[Edit, str]] = []
        whole: str = ""  # the shown amendment that deletes or moves the paragraph away
        comments: list[tuple[int, int, int]] = []
        later: list[tuple[str, list[Edit]]] = []
        for aid in self.neg.pending(view.id):
            claim = self.neg.claims(aid).get(view.id)
            if claim is None or claim.kind == "anchor":
                continue
            if aid not in self.shown:
                later.append((aid, list(claim.edits) if claim.kind == "edit" else []))
            elif claim.kind == "edit":
                edits += [(edit, aid) for edit in claim.edits]
            else:
                whole = aid
        edits.sort(key=lambda pair: (pair[0].start, pair[0].end))
        for aid, own in later:
            start, end = _anchor(own, edits, len(text)) if own and not whole else (0, len(text))
            comments.append((start, end, self.comment(aid)))
        mark = self.revision(whole, "del") if whole else None
        if whole:
            edits = [(Edit(0, len(text), ""), whole)] if text else []
        return self.content(view, text, edits, comments), mark

    def content(
        self,
        view: ViewParagraph,
        text: str,
        edits: list[tuple[Edit, str]],
        comments: list[tuple[int, int, int]],
    ) -> str:
        """Runs for ``text`` with ``edits`` as revisions and the comments' anchors in place."""
        tokens: list[tuple[Piece, Revision | None]] = []
        markers: dict[int, list[str]] = {}  # before the token of that index

        def mark(xml: str) -> None:
            markers.setdefault(len(tokens), []).append(xml)

        cuts = sorted(
            {0, len(text), *(c for s, e, _ in comments for c in (s, e)), *(e.start for e, _ in edits)}
        )
        by_start = {edit.start: (edit, aid) for edit, aid in edits}
        pos = 0
        for cut in cuts:
            if cut < pos:
                continue
            if cut > pos:
                tokens.append(((self.rewrite(text[pos:cut]), "", ""), None))
                pos = cut
            for start, end, cid in comments:
                if end == cut and start < end:
                    mark(comment_end(cid))
            for start, end, cid in comments:
                if start == cut:
                    mark(comment_start(cid) + (comment_end(cid) if start == end else ""))
            if cut in by_start:
                edit, aid = by_start[cut]
                if edit.end > edit.start:
                    tokens.append(((text[edit.start : edit.end], "", "del"), self.revision(aid, "del")))
                if edit.text:
                    tokens.append(((edit.text, "", "ins"), self.revision(aid, "ins")))
                pos = edit.end
                for start, end, cid in comments:
                    if end == pos and start < end and pos not in cuts:
                        mark(comment_end(cid))
        return self.runs(view, tokens, markers)

    def runs(
        self, view: ViewParagraph, tokens: list[tuple[Piece, Revision | None]], markers: dict[int, list[str]]
    ) -> str:
        """The tokens' runs (markup read across them: an emphasis may span a revision's edge)."""
        pieces = [(raw, str(i), mark) for i, ((raw, _, mark), _) in enumerate(tokens)]
        notes = self.notes.of(view)
        out = [comment_start(c) + comment_end(c) for c in self.notes_waiting]
        out += markers.pop(0, [])
        self.notes_waiting = []
        index = 0
        for span in spans_from_pieces(pieces):
            at = int(span.org)
            while index < at:
                index += 1
                out += markers.pop(index, [])
            out.append(self.drawn(span, notes, tokens[at][1]))
        for key in sorted(markers):
            out += markers[key]
        return "".join(out)

    # -- paragraphs proposed by pending amendments ------------------------------
    def inserted(self, view: ViewParagraph, aid: str, text: str) -> tuple[str, Revision | None]:
        """A paragraph the amendment adds (or moves here), with the notes it brings; one that lost
        its vote waits as a comment."""
        if aid not in self.shown:
            self.notes_waiting.append(self.comment(aid))
            return "", None
        revision = self.revision(aid, "ins")
        notes = self.notes.of(view)
        xml = "".join(self.drawn(span, notes, revision) for span in spans_from_pieces([(text, "", "ins")]))
        return xml, revision


def _anchor(own: list[Edit], shown: list[tuple[Edit, str]], length: int) -> tuple[int, int]:
    """The words a comment sits on: its own edits' range, widened over the revisions it overlaps."""
    start, end = min(e.start for e in own), max(e.end for e in own)
    for edit, _ in shown:
        if edit.start <= end and start <= edit.end:
            start, end = min(start, edit.start), max(end, edit.end)
    return start, min(end, length)


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
    writer = _Writer(neg, doc, shown)
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
