"""An amendment as the panel, the queue and the preview show it: written form, tracked diff, short change.

Pure functions of engine records (no widgets), so they are easy to test.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text

from draftdesk.engine import division, instructions
from draftdesk.engine.amendments import Amendment, Op
from draftdesk.engine.inert import inert
from draftdesk.engine.marks import marked
from draftdesk.engine.markup import Piece, span_words, spans_from_pieces, spans_of
from draftdesk.engine.model import Paragraph
from draftdesk.engine.numbering import Number
from draftdesk.engine.outputs import Span
from draftdesk.engine.patches import PatchError, edits_from_patch

if TYPE_CHECKING:
    from draftdesk.engine.instructions.paragraphs import Paragraphs
    from draftdesk.engine.merge import Negotiation

INS = Style(underline=True, bold=True)
DEL = Style(strike=True, dim=True)
MARK_STYLES = {"ins": INS, "del": DEL, "tag": Style(bold=True)}


def instruction(amendment: Amendment, paragraphs: Sequence[Paragraph] | Paragraphs) -> str:
    """The written form ("In OP4, replace …"), inert: as tabled when the record keeps it, else
    generated against ``paragraphs`` (numbered once by a caller writing several:
    ``instructions.numbered_text``); an amendment it cannot be written for still shows."""
    if amendment.written:
        return inert(amendment.written)
    try:
        return inert(instructions.written_form(amendment, paragraphs))
    except Exception as error:  # a form that cannot be written must not hide the amendment
        return inert(f"(no written form: {error})")


def _pieces(op: Op) -> list[Piece]:
    """A modify op as pieces of raw text: unchanged, deleted ("del"), inserted ("ins").

    Read straight off the patch's exact edits (no new diff): the words the amendment really
    changes. Raises PatchError for a patch that does not describe its base text.
    """
    base = op.base_text
    pieces: list[Piece] = []
    pos = 0
    for edit in edits_from_patch(base, op.patch):
        pieces += [(base[pos : edit.start], "", ""), (base[edit.start : edit.end], "", "del")]
        pieces.append((edit.text, "", "ins"))
        pos = edit.end
    pieces.append((base[pos:], "", ""))
    return [piece for piece in pieces if piece[0]]


def op_diff(op: Op, colour: Style, numbers: Mapping[str, Number], marks: bool = False) -> Text:
    """One op as tracked text: insertions underlined, deletions struck, in the author's colour, and
    with ``marks`` read {+new+} and [-old-] too (engine/marks.py); the paragraph's markup read as
    the view reads it (emphasis in italics, no asterisks). ``numbers`` (the agreed numbering) name
    the paragraph a move puts another after."""
    if op.kind == "modify":
        try:
            spans = spans_from_pieces(_pieces(op))
        except PatchError as error:  # a corrupt patch is shown, not raised
            return Text(f"(unreadable patch: {error})")
    elif op.kind == "insert":
        spans = [Span("+ ", mark="tag"), *spans_of(op.text, mark="ins")]
    elif op.kind == "delete":
        spans = [Span("− ", mark="tag"), *spans_of(op.base_text, mark="del")]
    else:
        where = numbers[op.after].label if op.after in numbers else "a paragraph no longer in the text"
        return Text(f"↷ move after {where}" if op.after else "↷ move to the start", colour)
    out = Text()
    for span in spans:
        style = MARK_STYLES.get(span.mark, Style())
        style = colour + style if span.mark in ("ins", "del") else style
        words = inert(span_words(span))
        words = marked(words, span.mark) if marks else words
        out.append(words, style + Style(italic=True) if span.italic else style)
    return out


def short_change(op: Op) -> str:
    """One op in a few words for a table row: "−note +welcome", "+ new: …", "delete"."""
    if op.kind == "modify":
        try:
            pieces = _pieces(op)
        except PatchError:  # a corrupt patch is listed, not raised
            return "(unreadable patch)"
        return " ".join(f"{'+' if mark == 'ins' else '−'}{text.strip()}" for text, _, mark in pieces if mark)
    if op.kind == "insert":
        return f"+ new {op.new_kind or 'paragraph'}: {op.text[:60]}"
    return "delete the paragraph" if op.kind == "delete" else "move the paragraph"


def divided(neg: Negotiation, aid: str) -> str:
    """What a division of the question did to an accepted amendment, each part cited as tabled
    ("divided: part 2 (OP2) adopted, part 1 (PP3) rejected"); "" if it was not divided."""
    acceptance = neg.acceptance(aid)
    if acceptance is None or not acceptance.parts:
        return ""
    return f"divided: {division.outcome(neg.amendments[aid], acceptance.parts, neg.label)}"


def sponsors(amendment: Amendment, cosponsors: Sequence[str] = ()) -> str:
    """The author, then the co-sponsors (in the record, then by decision): "UNDP, OSCE"."""
    return ", ".join(dict.fromkeys([amendment.author, *amendment.cosponsors, *cosponsors]))
