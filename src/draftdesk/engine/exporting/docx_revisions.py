"""The paragraphs of the tracked Word document: each with the pending amendments on it drawn in.

An amendment voted first (:func:`voted_first`) is a revision (``w:ins``/``w:del``, and
``w:moveFrom``/``w:moveTo`` for what it moves) signed by its delegation's full name and dated when
it was tabled; one voted after a competitor is a comment on
the same words, saying who, why it is not a revision, what it says and why (its rationale). The
document's order of paragraphs, insertions and moves is ``docx_tracked``'s.
"""

from __future__ import annotations

from datetime import datetime
from functools import cached_property

from draftdesk.engine import instructions
from draftdesk.engine.crossrefs import Renumbering
from draftdesk.engine.exporting.docx import span_runs
from draftdesk.engine.exporting.docx_notes import TrackedNotes
from draftdesk.engine.exporting.docx_package import WordDocument
from draftdesk.engine.exporting.ooxml import (
    PLAIN,
    Revision,
    comment_end,
    comment_start,
    move_range,
    revised,
    signature,
)
from draftdesk.engine.instructions.paragraphs import Paragraphs, numbered_text
from draftdesk.engine.markup import Piece, spans_from_pieces
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.moved_words import pending_moves
from draftdesk.engine.numbering import number_paragraphs
from draftdesk.engine.outputs import Span, ViewParagraph
from draftdesk.engine.patches import Edit

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


class TrackedParagraphs:
    """Writes the paragraphs of one tracked document."""

    def __init__(self, neg: Negotiation, doc: WordDocument, views: list[ViewParagraph]) -> None:
        self.neg, self.doc = neg, doc
        self.shown = voted_first(neg)
        self.rewrite = Renumbering(number_paragraphs(neg.draft.paragraphs), neg.numbers()).rewrite
        self.notes_waiting: list[int] = []  # comments with no words to sit on: they go on the next paragraph
        self.names = {org.code: org.name or org.code for org in neg.draft.orgs}
        self.signatures: dict[str, str] = {}
        self.notes = TrackedNotes(neg, views)
        self.moved = pending_moves(neg)
        self.move_names: dict[tuple[str, str], str] = {}

    @cached_property
    def text(self) -> Paragraphs:
        """The agreed text numbered once, for the written form of every amendment in a comment."""
        return numbered_text(self.neg.text)

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

    def move_end(self, aid: str, old: str, new: str) -> tuple[str, str] | None:
        """("moveFrom" or "moveTo", the move's name) when a change from ``old`` to ``new`` is one end of
        words the amendment moves (:mod:`..moved_words`): Word marks both ends a move."""
        moves = self.moved(aid)
        end = moves.end(old, new) if moves else None
        return None if end is None else ("moveFrom" if end[0] else "moveTo", self.move_name(aid, end[1]))

    def move_name(self, aid: str, what: str) -> str:
        """The name pairing the two ends of one move (``what``: the words, or the moved paragraph)."""
        return self.move_names.setdefault((aid, what), f"move{len(self.move_names) + 1}")

    def moving(self, revision: Revision, name: str, xml: str) -> str:
        """Runs of one end of a move inside the range marks that pair it with the other end."""
        start, end = move_range(revision, self.doc.new_id(), name)
        return start + xml + end

    def comment(self, aid: str) -> int:
        """A competing amendment as a comment: who, why it is not a revision, what it says and why."""
        neg, amendment = self.neg, self.neg.amendments[aid]
        name = self.names.get(amendment.author, amendment.author)
        state = neg.state(aid)
        first = [c for c in state.competes_with if c in self.shown]
        who = f"{amendment.author} ({name})" if name != amendment.author else amendment.author
        sponsors = f", co-sponsored by {', '.join(state.cosponsors)}" if state.cosponsors else ""
        written = amendment.written or instructions.written_form(amendment, self.text)
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
        away = ""  # the name of its move when it moves it
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
                away = self.move_name(aid, view.id) if claim.kind == "move" else ""
        edits.sort(key=lambda pair: (pair[0].start, pair[0].end))
        for aid, own in later:
            start, end = _anchor(own, edits, len(text)) if own and not whole else (0, len(text))
            comments.append((start, end, self.comment(aid)))
        mark = self.revision(whole, "moveFrom" if away else "del") if whole else None
        if whole:
            edits = [(Edit(0, len(text), ""), whole)] if text else []
        return self.content(view, text, edits, comments, away), mark

    def content(
        self,
        view: ViewParagraph,
        text: str,
        edits: list[tuple[Edit, str]],
        comments: list[tuple[int, int, int]],
        away: str = "",
    ) -> str:
        """Runs for ``text`` with ``edits`` as revisions and the comments' anchors in place; ``away``:
        the name of the move taking the whole paragraph elsewhere."""
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
                old = text[edit.start : edit.end]
                kind, name = ("moveFrom", away) if away else self.move_end(aid, old, edit.text) or ("", "")
                for words, plain, moved in ((old, "del", "moveFrom"), (edit.text, "ins", "moveTo")):
                    if not words:
                        continue
                    revision = self.revision(aid, moved if kind == moved else plain)
                    if kind == moved:
                        start, end = move_range(revision, self.doc.new_id(), name)
                        mark(start)
                    tokens.append(((words, "", plain), revision))
                    if kind == moved:
                        mark(end)
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
        claim = self.neg.claims(aid).get(view.id)
        moved = ("moveTo", self.move_name(aid, view.id)) if claim and claim.kind == "move" else None
        kind, name = moved or self.move_end(aid, "", text) or ("ins", "")
        revision = self.revision(aid, kind)
        notes = self.notes.of(view)
        xml = "".join(self.drawn(span, notes, revision) for span in spans_from_pieces([(text, "", "ins")]))
        if name:
            xml = self.moving(revision, name, xml)
        return xml, revision if moved or not name else self.revision(aid, "ins")


def _anchor(own: list[Edit], shown: list[tuple[Edit, str]], length: int) -> tuple[int, int]:
    """The words a comment sits on: its own edits' range, widened over the revisions it overlaps."""
    start, end = min(e.start for e in own), max(e.end for e in own)
    for edit, _ in shown:
        if edit.start <= end and start <= edit.end:
            start, end = min(start, edit.start), max(end, edit.end)
    return start, min(end, length)
