"""Views of a draft: each a pure function from state to paragraphs of styled spans.

``paragraph_views`` shows paragraphs as written, one hand per paragraph: it is
the base view. ``render`` draws the merged views from a Negotiation: agreed
(clean, cross-references renumbered), attribution (each span's org is its
author), tracked and compilation (pending proposals drawn in, see proposals.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from typing import TYPE_CHECKING

from draftdesk.engine.amendments import Op
from draftdesk.engine.crossrefs import Renumbering
from draftdesk.engine.markup import Piece, spans_from_pieces, spans_of
from draftdesk.engine.model import BASE_AUTHOR, FOOTNOTE_REF_RE, Footnote, Paragraph
from draftdesk.engine.moved_words import MovesOf, arrival, pending_moves
from draftdesk.engine.new_numbers import numbered_new
from draftdesk.engine.note_order import citation_order, cited_as, notes_as, numbered_in_order
from draftdesk.engine.numbering import Number, number_paragraphs
from draftdesk.engine.outputs import Mark, Span, ViewName, ViewParagraph
from draftdesk.engine.proposals import Proposal, compiled_pieces, tracked_pieces
from draftdesk.engine.title import title_paragraph

if TYPE_CHECKING:
    from draftdesk.engine.merge import Negotiation


def paragraph_views(paragraphs: Sequence[Paragraph], org: str = BASE_AUTHOR) -> list[ViewParagraph]:
    """Every paragraph numbered in order, its text as spans attributed to ``org``."""
    numbers = number_paragraphs(paragraphs)
    views = []
    for p in paragraphs:
        number = numbers.get(p.id)
        views.append(
            ViewParagraph(
                id=p.id,
                kind=p.kind,
                label=number.label if number else "",
                marker=number.marker if number else "",
                depth=number.depth if number else 0,
                spans=tuple(spans_of(p.text, org)),
                part=p.part,
                footnotes=p.footnotes,
            )
        )
    return views


def render(neg: Negotiation, view: ViewName, ids: Iterable[str] | None = None) -> list[ViewParagraph]:
    """A view of the negotiation; with ``ids``, only those paragraphs (the TUI's incremental refresh)."""
    wanted = None if ids is None else set(ids)
    if view == "base":
        return [v for v in paragraph_views(neg.draft.paragraphs) if wanted is None or v.id in wanted]
    numbers = neg.numbers()
    renumber = _cross_references(neg)
    pending = view in ("tracked", "compilation")
    amendment_of: dict[str, str] = {}  # a pending new paragraph's amendment
    inserts = _pending_inserts(neg, amendment_of) if pending else {}
    brought = _pending_notes(neg) if pending else {}
    order = _note_order(neg, view, inserts, brought)
    moved = pending_moves(neg)
    out: list[ViewParagraph] = []
    for item in _in_view_order(neg.agreed, inserts):
        if isinstance(item, Paragraph):
            if wanted is None or item.id in wanted:
                pieces = _pieces(neg, view, item, renumber, moved)
                notes = (*item.footnotes, *brought[item.id]) if item.id in brought else item.footnotes
                if order:
                    pieces = [(cited_as(text, order), org, mark) for text, org, mark in pieces]
                    notes = notes_as(notes, order)
                out.append(_view(item, numbers.get(item.id), spans_from_pieces(pieces), notes))
        elif wanted is None or item[2].new_id in wanted or item[0] in wanted:
            from_words = arrival(moved(amendment_of[item[2].new_id]), item[2])
            out.append(_inserted(item[1], item[2], view, order, from_words))
    if inserts:
        new_ids = {op.new_id for ops in inserts.values() for _, op in ops}
        return numbered_new(out, new_ids, neg.last_of_siblings())
    return out


def document(neg: Negotiation, view: ViewName) -> list[ViewParagraph]:
    """A whole view as exports print it: the title (its amendments drawn in), then the text."""
    heading = title_view(neg, view)
    return render(neg, view) if heading is None else [heading, *render(neg, view)]


def title_view(neg: Negotiation, view: ViewName) -> ViewParagraph | None:
    """The title in a view, its pending amendments drawn in as in a paragraph (None: no title)."""
    title = neg.title
    if title is None:
        return None
    if view == "base":
        return paragraph_views([title_paragraph(neg.draft) or title])[0]
    pieces = _pieces(neg, view, title, lambda text: text, pending_moves(neg))
    return _view(title, None, spans_from_pieces(pieces), title.footnotes)


def note_numbers(neg: Negotiation, view: ViewName) -> dict[str, str]:
    """Stored mark -> the number the view prints ({} when every mark is its number)."""
    pending = view in ("tracked", "compilation")
    inserts = _pending_inserts(neg) if pending else {}
    return _note_order(neg, view, inserts, _pending_notes(neg) if pending else {})


def _note_order(
    neg: Negotiation,
    view: ViewName,
    inserts: dict[str, list[tuple[str, Op]]],
    brought: dict[str, list[Footnote]],
) -> dict[str, str]:
    """The notes' numbers as the view prints them: the agreed text's in the order it cites them; a
    view with the pending changes drawn in counts the notes they bring or strike where they stand."""
    if view in ("agreed", "attribution"):
        return citation_order(neg.agreed)
    if view not in ("tracked", "compilation"):
        return {}
    moved = pending_moves(neg)

    def shown(item: Paragraph | tuple[str, str, Op]) -> str:
        if not isinstance(item, Paragraph):
            return item[2].text
        if item.id in brought:  # the new words' notes among the old ones, where the change puts them
            return "".join(text for text, _, _ in _pieces(neg, view, item, str, moved))
        return item.text if item.footnotes else ""

    if any(op.notes for ops in inserts.values() for _, op in ops):  # new paragraphs' notes, in place
        items: Iterable[Paragraph | tuple[str, str, Op]] = _in_view_order(neg.agreed, inserts)
    else:
        items = (p for p in neg.agreed if p.footnotes or p.id in brought)
    cited = (mark for item in items for mark in FOOTNOTE_REF_RE.findall(shown(item)))
    return numbered_in_order(cited, [p for p in neg.agreed if p.footnotes])


def _cross_references(neg: Negotiation) -> Callable[[str], str]:
    """Rewrites the cross-references of a text to the agreed numbering.

    The Renumbering (both numberings of every paragraph) is made
    only for a text that may hold a reference: the TUI renders a few paragraphs
    at each decision, and most paragraphs name no other.
    """
    made: list[Renumbering] = []

    def rewrite(text: str) -> str:
        if "paragraph" not in text:
            return text
        if not made:
            made.append(Renumbering(number_paragraphs(neg.draft.paragraphs), neg.numbers()))
        return made[0].rewrite(text)

    return rewrite


def _in_view_order(
    agreed: Sequence[Paragraph], inserts: dict[str, list[tuple[str, Op]]]
) -> Iterable[Paragraph | tuple[str, str, Op]]:
    """The agreed paragraphs in order, each pending insertion as (the paragraph it follows, its
    author, its op) after the block (the paragraph and its sub-items) it follows."""
    return _with_inserts(agreed, inserts) if inserts else agreed


def _with_inserts(
    agreed: Sequence[Paragraph], inserts: dict[str, list[tuple[str, Op]]]
) -> Iterator[Paragraph | tuple[str, str, Op]]:
    yield from _inserted_after(inserts, "")
    parents = {p.id: p.parent for p in agreed}
    for i, p in enumerate(agreed):
        yield p
        for anchor in _blocks_ending_at(agreed, parents, i):
            if anchor in inserts:
                yield from _inserted_after(inserts, anchor)


def _inserted_after(inserts: dict[str, list[tuple[str, Op]]], anchor: str) -> Iterator[tuple[str, str, Op]]:
    """The pending insertions after ``anchor``, each followed by those after it."""
    for org, op in inserts.get(anchor, ()):
        yield anchor, org, op
        yield from _inserted_after(inserts, op.new_id)


def _pending_notes(neg: Negotiation) -> dict[str, list[Footnote]]:
    """The footnotes pending changes would bring to paragraphs (cited by their new words)."""
    brought: dict[str, list[Footnote]] = {}
    for aid in neg.pending():
        for op in neg.amendments[aid].ops:
            if op.notes and op.kind == "modify":
                brought.setdefault(op.target, []).extend(op.notes)
    return brought


def _view(
    p: Paragraph, number: Number | None, spans: Sequence[Span], notes: tuple[Footnote, ...]
) -> ViewParagraph:
    return ViewParagraph(
        id=p.id,
        kind=p.kind,
        label=number.label if number else "",
        marker=number.marker if number else "",
        depth=number.depth if number else 0,
        spans=tuple(spans),
        part=p.part,
        footnotes=notes,
    )


def _blocks_ending_at(agreed: Sequence[Paragraph], parents: dict[str, str], i: int) -> list[str]:
    """Ids whose block (the paragraph and its sub-items) ends at index ``i``, innermost first."""
    ending = [agreed[i].id]
    following = agreed[i + 1].parent if i + 1 < len(agreed) else ""
    pid = agreed[i].parent
    while pid and pid != following:
        ending.append(pid)
        pid = parents.get(pid, "")
    return ending if agreed[i].id != following else []


def _pending_inserts(
    neg: Negotiation, amendment_of: dict[str, str] | None = None
) -> dict[str, list[tuple[str, Op]]]:
    """Pending new paragraphs by the paragraph they follow (and their amendments by their ids, in
    ``amendment_of``). An amendment's inserts after the same paragraph are listed last first: each is
    placed right after that paragraph, as the merge does."""
    inserts: dict[str, list[tuple[str, Op]]] = {}
    for aid in neg.pending():
        amendment = neg.amendments[aid]
        mine: dict[str, list[tuple[str, Op]]] = {}
        for op in amendment.ops:
            if op.kind == "insert":
                mine.setdefault(op.after, []).insert(0, (amendment.author, op))
                if amendment_of is not None:
                    amendment_of[op.new_id] = aid
        for after, ops in mine.items():
            inserts.setdefault(after, []).extend(ops)
    return inserts


def _inserted(org: str, op: Op, view: ViewName, order: dict[str, str], moved: str) -> ViewParagraph:
    """A pending new paragraph; ``moved``: "moved here from OP3" when it is words moved out of one."""
    text = cited_as(op.text, order) if order else op.text
    if view == "tracked":
        pieces: list[Piece] = [
            (text, org, "ins"),
            (f" [{org}: {moved}]" if moved else f" [{org}]", org, "tag"),
        ]
    else:
        pieces = [(f"[New ({org}), {moved}: {text}]" if moved else f"[New ({org}): {text}]", org, "bracket")]
    depth = 1 if op.new_kind == "sub-item" else 0
    spans = tuple(spans_from_pieces(pieces))
    notes = notes_as(op.notes, order) if order else op.notes
    return ViewParagraph(op.new_id, op.new_kind, "", "", depth, spans, footnotes=notes)


def _pieces(
    neg: Negotiation, view: ViewName, p: Paragraph, renumber: Callable[[str], str], moved: MovesOf
) -> list[Piece]:
    if view == "attribution":
        return [(run.text, run.org, "") for run in neg.runs(p.id)]
    if view == "agreed":
        return [(renumber(p.text), "", "")]
    proposals, notes = [], []
    for aid in neg.pending(p.id):
        claim = neg.claims(aid).get(p.id)
        org = neg.amendments[aid].author
        if claim is not None and claim.kind == "edit":
            moves = moved(aid)
            proposals.append(Proposal(org, claim.edits, partial(moves.tag, p.id) if moves else None))
        elif claim is not None and claim.kind == "delete":
            notes.append((org, "delete"))
        elif claim is not None and claim.kind == "move":
            notes.append((org, _move_note(neg, aid, p.id)))
    mark: Mark = "tag" if view == "tracked" else "bracket"
    if notes and not proposals and all(kind == "delete" for _, kind in notes):
        whole: list[Piece] = (
            [(p.text, notes[0][0], "del")] if view == "tracked" else [(f"[{p.text}]", "", mark)]
        )
        return whole + [(f" [{org}: delete]", org, mark) for org, _ in notes]
    build = tracked_pieces if view == "tracked" else compiled_pieces
    return build(p.text, proposals, renumber) + [(f" [{org}: {kind}]", org, mark) for org, kind in notes]


def _move_note(neg: Negotiation, aid: str, pid: str) -> str:
    """ "move to follow OP1": where a pending move would put the paragraph, in today's numbers."""
    after = next(op.after for op in neg.amendments[aid].ops if op.kind == "move" and op.target == pid)
    return f"move to follow {neg.label(after)}" if after else "move to the start"


def plain_text(paragraphs: Sequence[ViewParagraph]) -> str:
    """Numbered plain text, one paragraph a block: "4. …" and "   (c) …"."""
    blocks = []
    for v in paragraphs:
        prefix = ""
        if v.kind == "operative" and v.marker:
            prefix = f"{v.marker}. "
        elif v.kind == "sub-item" and v.marker:
            prefix = "   " * v.depth + f"({v.marker}) "
        blocks.append(prefix + v.text)
    return "\n\n".join(blocks) + "\n"
