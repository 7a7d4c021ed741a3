"""The record of an amendment as tabled, and how a list cites it against today's text.

A negotiation's record is legal text: an amendment is cited as its delegation
wrote it ("In operative paragraph 4, replace …") and by the paragraph numbers of
the text it addressed, even after acceptances and revisions have renumbered
that text. So both are fixed once, when the amendment is made, and a list adds
today's number beside them ("OP4 of Rev.0, now OP5").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from draftdesk.engine import instructions
from draftdesk.engine.amendments import Amendment
from draftdesk.engine.instructions import InstructionError
from draftdesk.engine.model import Paragraph, plain_text
from draftdesk.engine.title import TITLE_ID

if TYPE_CHECKING:
    from draftdesk.engine.instructions.paragraphs import Paragraphs


OPENING_WORDS = 4
"""How many words name an unnumbered paragraph ("the paragraph beginning “Welcomes the …”")."""


def as_tabled(
    amendment: Amendment, paragraphs: Sequence[Paragraph] | Paragraphs, written: str = ""
) -> Amendment:
    """``amendment`` with its record fixed against ``paragraphs``, the text it addresses.

    ``written`` is the instruction as the delegation typed or circulated it; without
    one, the form generated from the operations now, once, is kept.
    """
    paragraphs = instructions.numbered_text(paragraphs)
    form = written.strip()
    if not form:
        try:
            form = instructions.written_form(amendment, paragraphs)
        except InstructionError:  # a list generates one later rather than refusing the amendment
            form = ""
    return amendment._replace(written=form, cited=tuple(cited_addresses(amendment, paragraphs).items()))


def cited_addresses(amendment: Amendment, paragraphs: Sequence[Paragraph] | Paragraphs) -> dict[str, str]:
    """The address of every paragraph the amendment names, in ``paragraphs``: the number of a
    numbered one, the opening words of another, "new after OP3" for one it inserts."""
    text = instructions.numbered_text(paragraphs)
    numbered, by_id = text.label_of, text.by_id
    new = {op.new_id: op.after for op in amendment.ops if op.kind == "insert"}
    out: dict[str, str] = {}

    def address(pid: str) -> str:
        if pid == TITLE_ID:
            return "the title"
        if pid in numbered:
            return numbered[pid]
        if pid in by_id:
            words = plain_text(by_id[pid].text).split()
            more = "…" if len(words) > OPENING_WORDS else ""
            return f"the paragraph beginning “{' '.join(words[:OPENING_WORDS])}{more}”"
        if pid in new:
            return f"new after {address(new[pid])}" if new[pid] else "new at the start"
        return pid

    for op in amendment.ops:
        for pid in (op.target, op.after, op.parent, op.new_id):
            if pid and pid not in out:
                out[pid] = address(pid)
    return out


def cited_name(symbol: str, aid: str) -> str:
    """An amendment as lists and the log name it: its symbol first when it has one."""
    return f"{symbol} ({aid})" if symbol else aid


def citation(amendment: Amendment, pid: str, address_now: Callable[[str], str | None], revision: int) -> str:
    """How a list names a paragraph the amendment addressed: as tabled, and today's address beside
    it when that differs ("OP4 of Rev.0, now OP5"; "OP4 of Rev.0, no longer in the text"; a new
    paragraph not inserted yet: "new after OP89 of Rev.0, now after OP88").

    ``address_now`` gives a paragraph's address in today's agreed text ("" for an unnumbered one,
    None when it is not there), ``revision`` is today's revision.
    """
    tabled = amendment.cited_as(pid)
    current = address_now(pid)
    if not tabled:  # a record older than the tabled addresses: today's address is all there is
        return current or pid
    if current == "":  # an unnumbered paragraph still in the text: its opening words name it
        current = tabled
    if current is None and tabled.startswith("new "):  # not inserted (yet): where it would go today
        anchor = next((op.after for op in amendment.ops if op.new_id == pid), "")
        placed = address_now(anchor) if anchor else None
        current = tabled if not placed else f"new after {placed}"
    of = f" of Rev.{amendment.base_revision}"
    if current == tabled:
        return tabled + (of if amendment.base_revision != revision else "")
    if tabled.startswith("new ") and current and current.startswith("new "):
        current = current.removeprefix("new ")
    return f"{tabled}{of}, " + (f"now {current}" if current else "no longer in the text")
