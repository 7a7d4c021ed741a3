"""Amendments described for the panel: written instruction and a word-level tracked diff.

Pure functions of the engine state (no widgets), so they are easy to test.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.style import Style
from rich.text import Text

from draftdesk.engine.amendments import Amendment, Op
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Paragraph
from draftdesk.engine.patches import apply_edits, edits_from_patch, word_diff

INS = Style(underline=True, bold=True)
DEL = Style(strike=True, dim=True)


def instruction(amendment: Amendment, paragraphs: Sequence[Paragraph]) -> str:
    """The written form, when the instructions module is there; a plain summary otherwise."""
    try:
        from draftdesk.engine.instructions import written_form
    except ImportError:
        return "; ".join(f"{op.kind} {op.target or op.after or op.new_id}" for op in amendment.ops)
    try:
        return written_form(amendment, paragraphs)
    except Exception as error:  # a form that cannot be written must not hide the amendment
        return f"(no written form: {error})"


def op_diff(op: Op, colour: Style) -> Text:
    """One op as tracked text: insertions underlined, deletions struck, in the author's colour."""
    if op.kind == "modify":
        try:
            new = apply_edits(op.base_text, edits_from_patch(op.base_text, op.patch))
        except Exception as error:  # a corrupt patch is shown, not raised
            return Text(f"(unreadable patch: {error})")
        out = Text()
        for kind, chunk in word_diff(op.base_text, new):
            out.append(chunk, colour + INS if kind > 0 else colour + DEL if kind < 0 else Style())
        return out
    if op.kind == "insert":
        return Text("+ ", "bold") + Text(op.text, colour + INS)
    if op.kind == "delete":
        return Text("− ", "bold") + Text(op.base_text, colour + DEL)
    return Text(f"move after {op.after or 'start'}", colour)


def by_paragraph(neg: Negotiation) -> dict[str, list[str]]:
    """Amendment ids per paragraph they touch: built once per state, so selecting stays cheap."""
    out: dict[str, list[str]] = {}
    for amendment in neg.amendments.values():
        anchors = [op.after for op in amendment.ops if op.kind == "insert" and op.after]
        for pid in dict.fromkeys([*amendment.targets, *anchors]):
            out.setdefault(pid, []).append(amendment.id)
    return out


def on_paragraph(neg: Negotiation, paragraph_id: str, index: dict[str, list[str]] | None = None) -> list[str]:
    """Ids of amendments touching a paragraph: competing groups in voting order, then the rest by time."""
    ids = (index if index is not None else by_paragraph(neg)).get(paragraph_id, [])
    order = [a for a in neg.pending(paragraph_id) if a in ids] if ids else []
    pending = sorted(order, key=lambda a: (neg.state(a).vote_rank == 0, order.index(a)))
    rest = sorted((a for a in ids if a not in pending), key=lambda a: (neg.amendments[a].created, a))
    return [*pending, *rest]
