"""An amendment document as printed (an L. document) -> the instruction it carries.

A written amendment reaches the secretariat as a whole document: cover block,
"Sponsors:* amendment to draft resolution A/80/L.25", the draft's title, the
instructions, and page furniture (job number, barcode, "2/2", the symbol again)
with footnote blocks at the foot of each page. The passes are separate: drop the
furniture and the notes, find the heading, keep what follows the title. Notes
cited from the instructions become definitions ``[^1]: text`` after the
instruction and their marks (the document's ``**`` or glued digits) become
``[^1]``, so a quote that carries one still matches and new words can bring one.

Text without an amendment heading is taken as an instruction already.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from draftdesk.engine.importing.lines import join_lines
from draftdesk.engine.instructions.structure import STARTS

_HEADING = re.compile(
    r"^(?:(?P<sponsors>.+?):\s*\**\s*)?(?:proposed\s+)?amendments?\s+to\s+(?P<amends>.+?)\s*$", re.S | re.I
)
_SYMBOL = re.compile(r"^[A-Z]+(?:/[A-Z0-9.]+)+(?:/Rev\.\d+)?$")
_FURNITURE = (
    re.compile(r"^\d{2}-\d{5}(?:\s*\(E\))?(?:\s+\d{6})?$"),  # job number
    re.compile(r"^\*\d{5,}\*$"),  # barcode
    re.compile(r"^\d+/\d+$"),  # page "2/2"
    re.compile(r"^_{5,}$"),  # footnote rule
)
_NOTE = re.compile(r"^(?P<mark>\*+|\d{1,3})\s+(?P<text>\S.*)$")
_STARTS = re.compile(rf"^(?:\d+[.)]?$|\d+[.)]\s|{STARTS})")


_ITEM = re.compile(rf"(?:^|(?<=[.;:,”\"’])[^\S\n]+)(?=(?P<n>\d+)[.)]\s+{STARTS})", re.M)


@dataclass(frozen=True, slots=True)
class AmendmentDocument:
    """What an amendment document says: who, to what, and the instruction (with note definitions)."""

    instruction: str
    printed: str = ""
    """The instruction as the document prints it, its notes' own marks ("Court*") and the notes
    after it ("* United Nations, …"): what the record keeps and lists show ("" when the same)."""
    symbol: str = ""
    sponsors: str = ""
    amends: str = ""
    """What it amends as the heading says it ("draft resolution A/80/L.25")."""


def _blocks(lines: list[str]) -> list[list[str]]:
    out: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def _reference(mark: str) -> re.Pattern[str]:
    """Where the text cites a note: its asterisks, or its digits, glued to the word before."""
    if mark.startswith("*"):
        return re.compile(rf"(?<=[^\s*]){re.escape(mark)}(?!\*)")
    return re.compile(rf"(?<=[^\s\d(/.\-]){mark}(?=\s|$|[,;.:”\"’])")


def one_item_a_line(text: str) -> str:
    """Each numbered change on a line of its own, as printed ("1. Replace …" / "2. In …"): the numbers
    follow one another from 1, after the end of the change before them, so "operative paragraph 4.
    In …" is not taken for one."""
    out, last, expected = [], 0, 1
    for m in _ITEM.finditer(text):
        if int(m["n"]) == expected:
            out += [text[last : m.start()], "\n" if m.start() != m.end() else ""]
            last, expected = m.end(), expected + 1
    return "".join([*out, text[last:]])


def _split_notes(blocks: list[list[str]]) -> tuple[str, dict[str, str]]:
    """The body's text, and the notes it cites by mark (footnote blocks "* text", "1 text" cut out)."""
    body: list[list[str]] = []
    notes: dict[str, str] = {}
    for block in blocks:
        m = _NOTE.match(block[0])
        if m and m["mark"] not in notes:
            notes[m["mark"]] = join_lines([m["text"], *block[1:]])
        else:
            body.append(block)
    text = one_item_a_line("\n\n".join(join_lines(block) for block in body))
    for mark in [mark for mark in notes if not mark.startswith("*") and not _reference(mark).search(text)]:
        text += f"\n\n{mark} {notes.pop(mark)}"  # a number starting a line, not a note anybody cites
    return text, {mark: note for mark, note in notes.items() if _reference(mark).search(text)}


def _in_citation_order(text: str, notes: dict[str, str]) -> list[str]:
    first = {mark: min(m.start() for m in _reference(mark).finditer(text)) for mark in notes}
    return sorted(notes, key=first.__getitem__)


def _citing(text: str, notes: dict[str, str]) -> str:
    """The text with each note's mark as ``[^n]`` (n in order of citation), then the definitions."""
    definitions: list[str] = []
    for n, mark in enumerate(_in_citation_order(text, notes), 1):
        text = _reference(mark).sub(f"[^{n}]", text)
        definitions.append(f"[^{n}]: {notes[mark]}")
    return "\n\n".join([text, *definitions])


def read_document(text: str) -> AmendmentDocument:
    """The instruction of an amendment document; text without an amendment heading is returned whole."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    symbol = next((line for line in lines if _SYMBOL.match(line)), "")
    kept = ["" if (line == symbol or any(p.match(line) for p in _FURNITURE)) else line for line in lines]
    blocks = _blocks(kept)
    at = next((i for i, block in enumerate(blocks) if _HEADING.match(join_lines(block))), None)
    if at is None:
        if not any(line.startswith("Distr.:") for line in lines):
            return AmendmentDocument(instruction=text.strip())
        # a UN cover without the usual heading: the instructions start at the first block that reads as one
        at = next((i - 1 for i, block in enumerate(blocks) if _STARTS.match(block[0])), len(blocks))
        heading = None
    else:
        heading = _HEADING.match(join_lines(blocks[at]))
    rest = blocks[at + 1 :]
    if rest and not _STARTS.match(rest[0][0]):
        rest = rest[1:]  # the title of the draft amended
    body, notes = _split_notes(rest)
    printed = [f"{mark} {notes[mark]}" for mark in _in_citation_order(body, notes)]
    return AmendmentDocument(
        instruction=_citing(body, notes),
        printed="\n\n".join([body, *printed]) if notes else "",
        symbol=symbol,
        sponsors=(heading["sponsors"] or "").strip() if heading else "",
        amends=heading["amends"].strip() if heading else "",
    )
