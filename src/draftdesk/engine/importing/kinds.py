"""Line classification, the pipeline's third stage: the lines that always start a block, and
the kind each starts (a paragraph number, a list item, a heading, a part, a closing line).

Kinds of block: ``number`` (a paragraph number: "12." with the text on its line or the next,
or "12" alone when it is the next number of the run), ``sub`` ("(a)", "(ii)"), ``heading``
("I. Scope", "A. Context"), ``part`` ("Annex", "Annex II", "Appendix"), ``closing`` ("64th
plenary meeting") and ``body``; the Word reader adds ``row`` (a table's row, kept as text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

BlockKind = Literal["number", "sub", "heading", "part", "section", "closing", "body", "row"]

_DASH = r"(?:[-–]\s*)?"
"""A stray dash before a marker, as conference texts print their items ("- 5.", " - a.")."""
NUMBERED = re.compile(rf"^{_DASH}(?P<marker>\d{{1,3}})[.)](?:\s+(?P<text>\S.*))?$")
"""A paragraph number: "12." (the UN's), "12)" (a declaration's)."""
SUB = re.compile(
    rf"^{_DASH}(?:\((?P<marker>[a-z]{{1,4}})\)|(?P<bare>[a-z]|([a-z])\3|[ivx]{{2,4}})[.)])(?:\s+(?P<text>\S.*))?$"
)
"""A list item's marker: "(a)", "(ii)" (the UN's), "a)", "b.", "ii)" (other bodies')."""
BULLET = re.compile(r"^[-–]\s+(?P<text>\S.*)$")
"""A dash item ("-    an independent judiciary;"), as councils list: a sub-item, lettered in its
turn as Word's dashes are; a "•" list stays text (UN targets under "Targets:" are no paragraph's)."""
_HEADING = re.compile(r"^(?:[IVXL]+|[A-Z]|[A-Z][a-z]{2,14} \d{1,3})\.(?:\s+\S|$)")
"""A heading's marker: "II.", "B.", or a word and a number ("Action 6. We will invest in people…",
"Objective 1. …", "Item 1."): a label of the text, not a paragraph number."""
PREAMBLE = re.compile(r"^(?:Preamble|PREAMBLE)$")
"""A convention's "Preamble", a heading of its own even right after its title's last line."""
PART = re.compile(
    r"^(Annex|Appendix|Attachment|Enclosure|ANNEX|APPENDIX)(?:\s+([IVXL]+|\d+|[A-Z]|[ivxl]+))?$"
)
SECTION = re.compile(r"^(?:(Article|Rule) (\d+)\.?|([A-HJ-UWYZ])|([IVX]+))$")
"""A part that only a blank line (or a finished sentence) may open: an article of a convention
("Article 4", paragraphs 1…N), a resolution "A", "B" of a document that adopts several; a
section "I", "II" (group 4) is a part only when its paragraph numbers restart at 1, an article
unless they run on from the part before (interpretative notes on articles 2, 17 and 35, numbered
1…5 across them)."""
PLACE_DATE = re.compile(r"^[A-Z][\w .'-]*, \d{1,2} [A-Z][a-z]+ \d{4}$")
"""A place and date: "Belgrade, 2 December 2011"."""
CLOSING = re.compile(r"^\d+(?:st|nd|rd|th) (?:\(\w+\) )?(?:plenary )?meeting$")
ADOPTED = re.compile(
    r"^(?:Adopted|Done|Signed) (?:at|in) [A-Z][\w .'-]*?,? (?:on )?\d{1,2} [A-Z][a-z]+ \d{4}\.?$"
)
"""Where and when an outcome was adopted, after its text: "Adopted in Vienna on 12 March 2025."."""
_NOTE_END = re.compile(r"(?:\[\^[^\]]+\])+$|(?<=[,;.:])\d{1,2}$")


def unnoted(text: str) -> str:
    """A text less the note reference at its end, marked ("…sessions;[^19]") or a digit left after
    the punctuation by a conversion that dropped the notes ("…Response Fund,2")."""
    return _NOTE_END.sub("", text) if text[-1:] == "]" or text[-1:].isdigit() else text


@dataclass(slots=True)
class Block:
    """A paragraph-sized piece of the body: kind, marker ("12", "a", "II"), text, first line."""

    kind: BlockKind
    text: str
    line: int
    marker: str = ""
    depth: int = 0
    """A sub-item's depth when the source says it (Word's list level), 0 when read from its marker."""


def classify(text: str) -> tuple[BlockKind, str, str] | None:
    """A line that always starts a block: (kind, marker, text after the marker)."""
    if " | " in text:  # a table's row as DraftDesk and the Word reader write it
        return "row", "", text
    if match := NUMBERED.match(text):
        return "number", match["marker"], match["text"] or ""
    if match := SUB.match(text):
        return "sub", match["marker"] or match["bare"], match["text"] or ""
    if match := BULLET.match(text):
        return "sub", "", match["text"]
    if PART.match(text):
        return "part", "", text
    if section := SECTION.match(text):
        return "part" if section.group(3) else "section", "", text
    if CLOSING.match(text) or PLACE_DATE.match(text) or ADOPTED.match(text):  # "64th plenary meeting"
        return "closing", "", text
    if _HEADING.match(text) or PREAMBLE.match(text):
        return "heading", "", text
    return None
