"""A small state machine from typed blocks to paragraphs; a layout is a table, not a loop.

States run cover → preamble → operative → closing, and a part (an annex) opens from any of
them with its own numbering: its title, then its own preamble and numbered paragraphs. Each
(state, block kind) pair of the layout's table says what the block becomes and the next state.
Paragraph numbers are checked against the part's count: a skipped or repeated number is a
warning naming the line, never a silent renumbering.
"""

from __future__ import annotations

import re
from typing import Literal

from draftdesk.engine.importing.inner_lists import InnerList
from draftdesk.engine.importing.kinds import PART, SECTION, Block, unnoted
from draftdesk.engine.importing.outcome import is_subject
from draftdesk.engine.importing.starts import LEAD_IN, named_opener
from draftdesk.engine.importing.structure import Builder
from draftdesk.engine.model import Layout

State = Literal["preamble", "operative", "closing", "part-title", "statement"]
Action = Literal[
    "preamble",
    "operative",
    "sub-item",
    "heading",
    "closing",
    "text",
    "part",
    "row",
    "adopts",
    "subject",
    "statement",
]
Table = dict[tuple[State, str], tuple[Action, State]]

_OPENING: Table = {
    ("preamble", "body"): ("preamble", "preamble"),
    ("preamble", "title"): ("heading", "preamble"),
    ("preamble", "number"): ("operative", "operative"),
    ("preamble", "sub"): ("sub-item", "preamble"),
    ("preamble", "heading"): ("heading", "preamble"),
    ("operative", "body"): ("text", "operative"),
    ("operative", "title"): ("heading", "operative"),
    ("operative", "number"): ("operative", "operative"),
    ("operative", "sub"): ("sub-item", "operative"),
    ("operative", "heading"): ("heading", "operative"),
    ("part-title", "title"): ("heading", "part-title"),
    ("part-title", "heading"): ("heading", "part-title"),
    ("part-title", "body"): ("preamble", "preamble"),
    ("part-title", "subject"): ("subject", "preamble"),
    ("part-title", "number"): ("operative", "operative"),
    ("part-title", "sub"): ("sub-item", "preamble"),
    ("closing", "number"): ("operative", "operative"),
    ("closing", "sub"): ("sub-item", "operative"),
    **{(state, "row"): ("row", state) for state in ("preamble", "operative", "closing", "part-title")},
}
"""What every layout of the UN family shares: preamble, numbered operative part, headings."""

RESOLUTION: Table = {
    **_OPENING,
    **{
        (state, "part"): ("part", "part-title")
        for state in ("preamble", "operative", "closing", "part-title", "statement")
    },
    **{
        (state, "closing"): ("closing", "closing")
        for state in ("preamble", "operative", "part-title", "statement")
    },
    ("closing", "closing"): ("closing", "closing"),
    ("closing", "body"): ("closing", "closing"),
    ("closing", "title"): ("closing", "closing"),
    ("closing", "heading"): ("heading", "closing"),
    ("preamble", "adopts"): ("adopts", "part-title"),
    ("part-title", "statement"): ("statement", "statement"),
    **{
        ("statement", kind): ("statement", "statement")
        for kind in ("body", "title", "heading", "number", "sub")
    },
}
"""Resolutions and decisions of any body, committee drafts, declarations in annexes."""

OUTCOME: Table = {**RESOLUTION, ("preamble", "lead-in"): ("text", "operative")}
"""Another body's outcome: its preamble ends on an operative lead-in ("Have agreed as follows:"),
an unnumbered line before the numbered paragraphs."""

LAYOUTS: dict[Layout, Table] = {"un-resolution": RESOLUTION, "conclusions": OUTCOME}

AMENDMENT: Table = {
    **RESOLUTION,
    ("preamble", "body"): ("operative", "operative"),
    ("operative", "body"): ("text", "operative"),
}
"""A written amendment: each instruction an operative paragraph, numbered or not; what follows
an instruction ending "reading:" is the quoted text."""

_ENDS_SENTENCE = (",", ";", ".", ":")
_CAPITALS_WORDS = 5
_ATTRIBUTION = re.compile(r"^By the (?:delegations?|representatives?) of\b.*:$")
"""A statement attached to a decision ("By the delegation of Canada:" / "Mr. Chairperson, …"): a
delegation's words, not negotiated text; kept as text, with one warning."""
_ADOPTS = re.compile(
    r"^(?:Adopts|Approves|Endorses|Proclaims) the following "
    r"(?P<name>[a-z]+(?: (?!of\b|on\b|and\b)[a-z]+)?)\b.*:$"
)
"""A resolution that adopts a document printed after it, in its body ("Adopts the following
outcome document of the high-level meeting …:"): its one operative paragraph; the document is a
part of its own, named as the line names it ("outcome document"), numbered as printed."""


def _kind(block: Block) -> str:
    """A body block that does not read as a sentence (no closing punctuation) is a title; one that
    reads as an operative lead-in ("Have agreed as follows:") is one."""
    ended = unnoted(block.text).endswith(_ENDS_SENTENCE)  # "…Response Fund,2": a note's digit
    if block.kind == "body" and not ended and "[^" not in block.text[-6:]:
        return "title"
    if block.kind == "body" and block.text.isupper() and len(block.text.split()) <= _CAPITALS_WORDS:
        return "title"  # "CONCLUSIONS:", a heading in capitals whatever ends it
    if block.kind == "body" and _ATTRIBUTION.match(block.text):
        return "statement"
    if block.kind in ("body", "number") and _ADOPTS.match(block.text):
        return "adopts"  # unnumbered as printed, "1." as DraftDesk prints a text's one operative paragraph
    if block.kind == "body" and LEAD_IN.match(block.text):
        return "lead-in"
    return block.kind


class _Run:
    """One pass of a layout's table over blocks, into a builder."""

    def __init__(self, table: Table, builder: Builder) -> None:
        self.table, self.builder = table, builder
        self.state: State = "preamble"
        self.numbers: dict[str, int] = {}
        self.opened: tuple[Block, int] | None = None  # the last part's line, and the paragraphs before it
        self.names: dict[str, int] = {}
        self.last = ""  # the kind of the block fed before
        self.inner = InnerList()

    def open_part(self, block: Block, name: str = "") -> None:
        """Numbering restarts in a part of its own; a part left with no paragraph ("Annex" right
        before "Article 1") keeps its line as a heading, so its words stay."""
        self.close_part()
        self.close_list()
        name = name or _part_name(block.text)
        seen = self.names[name] = self.names.get(name, 0) + 1
        self.builder.part = (
            name if seen == 1 else f"{name} ({seen})"
        )  # a convention's own annex, its article 2
        self.opened = (block, len(self.builder))

    def close_list(self) -> None:
        if warning := self.inner.close():
            self.builder.warnings.append(warning)

    def close_part(self) -> None:
        if self.opened and len(self.builder) == self.opened[1]:
            self.builder.add("heading", self.opened[0].text, self.opened[0].line)

    def feed(self, block: Block, kind: str, action: Action | None = None) -> None:
        builder = self.builder
        if kind == "lead-in" and (self.state, kind) not in self.table:
            kind = "body"  # a layout without a lead-in reads it as any sentence
        if kind == "adopts" and self.state == "operative":
            kind = block.kind  # "11. Approves the following provisional agenda …:": a lead-in, no part
        if kind == "title" and self.state == "preamble" and named_opener(block.text):
            kind = "body"  # a preambular paragraph that lost its comma: "Considering the positions …"
        if (
            self.state == "part-title"
            and kind == "body"
            and block.text.endswith(",")
            and is_subject(block.text)
        ):
            kind = "subject"  # a part's own authoring line: "We, the Ministers …, held in …,"
        if self.state == "part-title" and kind == "body" and not unnoted(block.text).endswith(_ENDS_SENTENCE):
            kind = "title"  # a rule's title with its note: "Associate members of regional commissions[^17]"
        found, self.state = self.table.get((self.state, kind), ("text", self.state))
        action = action or found
        self.last, previous = kind, self.last
        if action == "part":
            self.open_part(block)
        elif action == "adopts":
            _check_number(block, self.numbers, builder)
            builder.add("operative", block.text, block.line)
            self.open_part(block, _ADOPTS.match(block.text)["name"])  # type: ignore[index]
            self.opened = None  # the document's title follows: no heading for the line that named it
        elif action == "operative" and block.kind == "number" and self.in_list(block):
            builder.add_sub_item("", block.text, block.line, 1)
        elif action == "operative":
            _check_number(block, self.numbers, builder)
            builder.add("operative", block.text, block.line)
        elif action == "subject":
            builder.add("text", block.text, block.line, warn=False)
        elif action == "statement":
            if kind == "statement":
                builder.warnings.append(f"line {block.line}: a statement attached to the text, kept as text")
            builder.add("text", block.text, block.line, warn=False)
        elif action == "row":
            if previous != "row":
                builder.warnings.append(table_warning(block.line))
            builder.add("text", block.text, block.line, warn=False)
        elif action == "sub-item":
            builder.add_sub_item(block.marker, block.text, block.line, block.depth)
        elif action == "heading" or kind == "section":
            builder.add("heading", block.text, block.line)
        else:
            builder.add(action, block.text, block.line)

    def in_list(self, block: Block) -> bool:
        """Whether a numbered block is an item of a list inside the paragraph before (see
        :mod:`.inner_lists`); a list it does not go on ends."""
        if self.inner.takes(block, self.numbers.get(self.builder.part, 0) + 1, self.builder.lead_in()):
            return True
        self.close_list()
        return False

    def section(self, held: list[Block], first: Block | None) -> None:
        """A section ("II", "Article 4") and what follows it up to its first numbered paragraph:
        its own part or a heading of the current part, as that paragraph's number says."""
        if _opens_part(held[0], first, self.numbers.get(self.builder.part, 0)):
            self.open_part(held[0])
            self.state, held = "part-title", held[1:]  # the section's number names the part
        for block in held:
            self.feed(block, _kind(block))


def run(blocks: list[Block], table: Table, builder: Builder, *, decision: bool = False) -> None:
    """Feed ``blocks`` through the layout's table into ``builder``. With ``decision``, the first
    block is a one-sentence decision that began on the authoring line: one operative paragraph."""
    machine = _Run(table, builder)
    held: list[Block] = []
    for index, block in enumerate(blocks):
        kind = _kind(block)
        if held and kind == "section" and _article(held[0]):  # an article with no numbered paragraph
            machine.section(held, None)
            held = []
        if kind == "section" or (held and kind not in ("number", "part", "closing")):
            held.append(block)
            continue
        if held:
            machine.section(held, block if kind == "number" else None)
            held = []
        if decision and index == 0:
            machine.state = "operative"
            machine.feed(block, kind, "operative")
        else:
            machine.feed(block, kind)
    if held:
        machine.section(held, None)
    machine.close_part()
    machine.close_list()
    builder.promote_single_decision()


def _opens_part(section: Block, first: Block | None, numbered: int) -> bool:
    """An article is a part unless its first paragraph number runs on from the current part's;
    a section "II" is a part only when its first paragraph restarts at 1 after numbered ones."""
    if _article(section):
        return first is None or first.marker == "1" or first.marker != str(numbered + 1)
    return first is not None and first.marker == "1" and numbered > 0


def _article(block: Block) -> bool:
    return bool((match := SECTION.match(block.text)) and match.group(1))


def table_warning(line: int) -> str:
    """The one warning a table gets, at its first row."""
    return f"line {line}: a table, kept as text: a row a paragraph, its cells joined by ' | '"


def _check_number(block: Block, numbers: dict[str, int], builder: Builder) -> None:
    """Warn when the printed number is not the next one of its part."""
    part = builder.part
    expected = numbers.get(part, 0) + 1
    numbers[part] = expected
    if block.kind == "number" and block.marker != str(expected):
        builder.warnings.append(f"line {block.line}: paragraph numbered {block.marker}, expected {expected}")


def _part_name(text: str) -> str:
    """ "Annex" -> "annex", "Annex II" -> "annex ii", "Article 4." -> "article 4", "B" -> "b":
    numbering restarts in each part."""
    match = PART.match(text) or SECTION.match(text)
    if not match:
        return text.casefold()
    return " ".join(filter(None, match.groups())).casefold()
