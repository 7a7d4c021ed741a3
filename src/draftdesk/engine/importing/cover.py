"""The cover block of a UN document: where the body starts, and the facts above it as metadata.

The body starts at the authoring line ("The General Assembly," with or without its comma, or
any other body: "The Economic and Social Council", "The Security Council", "The Conference of
the Parties", "The Commission on the Status of Women", "The Executive Board of …": a body's
noun last or among its first words), which may open a one-sentence decision on the same line.
A written amendment has none: its body starts after the title that follows "…: amendment to
draft resolution…".
Every cover line is kept: known facts under their keys, the rest under ``cover``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from draftdesk.engine.importing.cover_blocks import ENDS_SPONSORS, STARRED, blocked
from draftdesk.engine.importing.lines import join_lines
from draftdesk.engine.importing.pages import BARCODE, JOB, SYMBOL
from draftdesk.engine.model import Layout

_AUTHORING = re.compile(r"^(The [^,]+?)(?:(,)(?:\s+(\S.*))?)?$")
_CONNECTORS = {"of", "the", "and", "on", "for", "to", "in"}
_DECIDES = re.compile(
    r"^(The (?:[A-Z][\w-]* (?:(?:of|the|and|on|for|to|in) )*)*?"
    r"(?:Assembly|Council|Conference|Commission|Committee|Board|Meeting))\s+"
    r"(?:approves|decides|notes|takes note|adopts|endorses|requests|elects|appoints|authorizes|recommends"
    r"|welcomes|reaffirms|invites|urges|calls|confirms|defers)\b"
)
"""A body, then the verb of its decision with no comma: "The General Assembly approves", "… notes
that" (not a note's sentence about it: "The General Assembly has stressed …")."""
_BODIES = {"Assembly", "Council", "Conference", "Parties", "Commission", "Committee", "Board", "Meeting"}
_LETTERHEAD = {
    "United Nations",
    "General Assembly",
    "Economic and Social Council",
    "Security Council",
    "Framework Convention on Climate Change",
}
"""The lines of a UN letterhead: kept as the source prints them, so the exports print that one."""
_NUMBER_TITLE = re.compile(r"^(\d+/\d+|[A-Z]+-\d+/\d+)\.\s+(.+)$")
_SPONSORS = re.compile(
    r"(?:draft (?:resolution|decision)s?|amendments? to .*)$"
    r"|^Draft (?:resolution|decision|agreed conclusions)"
)
_DOC_TYPE = re.compile(r"\b(?:[Dd]raft )?(?:[Rr]esolution|[Dd]ecision|[Aa]greed conclusions)\b")
_COLUMNS = re.compile(r"\s{6,}")
"""Two columns of a cover printed on one line ("United Nations      E/CN.6/2025/L.3")."""
_LIMITED = re.compile(r"/L\.\d")
_INSTRUCTION = re.compile(r"^(?:\d{1,3}\.(?:\s|$)|(?:In|Delete|Replace|Insert|Add|After|Before|Amend)\b)")
"""How the first instruction of an amendment opens: its number, or its verb or place."""
_KIND_WORDS = 5
_COVER_LINES = 12
"""A line naming the document is short: "DECISION No. 4/25"."""
_NUMBERED_KIND = re.compile(r"^Draft (?:decision|resolution) [-\w]*/[A-Z]+\.\d+$")
"""A conference's draft decision, numbered when adopted: "Draft decision -/CP.30", "-/CMA.7"."""
_AMENDMENT = re.compile(r":\**\s*amendments?\b")
_ONE_LINE = {
    "session": re.compile(r"^[\w-]+ (?:special |emergency special )?session$"),
    "committee": re.compile(r"^\w+ Committee$"),
    "original": re.compile(r"^Original: .+$"),
}


@dataclass(slots=True)
class Cover:
    """What the cover says and where the body starts (index into the lines; a one-sentence
    decision's text after its authoring line is ``inline``)."""

    metadata: dict[str, str] = field(default_factory=dict)
    title: str = ""
    authoring: str = ""
    inline: str = ""
    body: int = 0
    amendment: bool = False
    layout: Layout = "un-resolution"
    kind: str = ""
    """The line naming the document when it is no UN one ("JOINT DECLARATION", "DECISION No. 4/25")."""
    place_date: str = ""
    lines: list[str] = field(default_factory=list)
    """Such an outcome's title block, line by line."""

    def doc_type(self) -> str:
        """What the document is, as its cover says: "amendment"; "draft resolution" or "draft
        decision" as its sponsors line names it; "decision" or "resolution" as adopted; a
        limited-distribution symbol ("…/L.5") with no such line is a draft resolution."""
        if self.layout == "conclusions":
            return self.kind
        if self.amendment:
            return "amendment"
        printed = (line for line in self.metadata.get("cover", "").split(" / ") if _NUMBERED_KIND.match(line))
        if named := _DOC_TYPE.search((self.kind or next(printed, "")).casefold()):
            return named.group(0)
        said = _DOC_TYPE.search(self.metadata.get("sponsors", "")) or _DOC_TYPE.search(
            self.metadata.get("adopted", "")
        )
        if said:
            return said.group(0).casefold()
        return "draft resolution" if _LIMITED.search(self.metadata.get("symbol", "")) else "resolution"


def authoring_line(text: str) -> tuple[str, str] | None:
    """("The General Assembly,", text after it) when ``text`` opens with an authoring body; a
    decision of one sentence may follow the body with no comma ("The General Assembly approves,
    subject to …": ("The General Assembly", "approves, subject to …"))."""
    match = _AUTHORING.match(text)
    if match and (decided := _DECIDES.match(match.group(1))):
        return decided.group(1), text[decided.end(1) :].strip()
    if not match:
        return None
    words = match.group(1).split()
    named = words[-1] in _BODIES or any(w in _BODIES for w in words[1:3])  # "The Executive Board of …"
    if not named or not all(w[:1].isupper() or w in _CONNECTORS for w in words):
        return None
    return f"{match.group(1)}{match.group(2) or ''}", match.group(3) or ""


def read_cover(texts: list[str]) -> Cover | None:
    """The cover of a document given as stripped lines, or None when no body start is found."""
    cover = Cover()
    for i, text in enumerate(texts):
        if found := authoring_line(text):
            cover.authoring, cover.inline = found
            cover.body = i + 1
            break
        if _AMENDMENT.search(f"{texts[i - 1] if i else ''} {text}"):
            cover.amendment = True
            cover.body = _after_title(texts, i)
            break
    else:
        cover.body = _first_paragraph(texts)
        if not cover.body:
            return None
    end = cover.body - (0 if cover.amendment or not cover.authoring else 1)
    _facts([column for t in texts[:end] for column in _COLUMNS.split(t)], cover)
    return cover


def _first_paragraph(texts: list[str]) -> int:
    """A UN document with no authoring line (agreed conclusions, each paragraph "The Commission
    …"): its body starts at the first paragraph numbered 1, under a cover that has the
    distribution line; 0 when there is none."""
    if not any(text.startswith("Distr.:") or "  Distr.:" in text for text in texts[:_COVER_LINES]):
        return 0
    return next((i for i, text in enumerate(texts) if re.match(r"1\.\s", text)), 0)


def _after_title(texts: list[str], at: int) -> int:
    """The line after the title block that follows the sponsors block holding line ``at``: blocks
    end at blank lines; a text printed with none ends the sponsors at the symbol they amend
    ("…: amendment to draft resolution A/80/L.18") and the title before the first instruction."""
    i = at
    if not any(not text for text in texts[at : at + 12]):
        while i < len(texts) - 1 and not ENDS_SPONSORS.search(texts[i]):
            i += 1
        i += 1
        while i < len(texts) and not _INSTRUCTION.match(texts[i]):
            i += 1
        return i
    while i < len(texts) and texts[i]:
        i += 1
    while i < len(texts) and not texts[i]:
        i += 1
    while i < len(texts) and texts[i]:
        i += 1
    return i


def _start(line: str, meta: dict[str, str]) -> tuple[str, str] | None:
    """(key, value) when ``line`` opens a cover fact."""
    if line in _LETTERHEAD and "distribution" not in meta:
        return "letterhead", line
    if SYMBOL.match(line) and "symbol" not in meta:
        return "symbol", line
    if line.startswith("Distr.:"):
        return "distribution", line
    if JOB.match(line):
        return "job", line
    if BARCODE.match(line):
        return "barcode", line
    if line.startswith("Agenda item"):
        return "agenda_item", line
    if line.startswith("Resolution adopted by"):
        return "adopted", line
    if line.startswith("["):
        return "report", line
    if STARRED.match(line):
        return "notes", line
    if match := _NUMBER_TITLE.match(line):
        return "number", match.group(1)
    return next(
        ((key, line) for key, pattern in _ONE_LINE.items() if key not in meta and pattern.match(line)), None
    )


_RUNS_ON = {"distribution": "date", "agenda_item": "agenda_title", "adopted": "adopted", "report": "report"}
"""A fact whose next lines (up to a blank or another fact) belong to a key: the date under
"Distr.", the agenda title under its item, the rest of a two-line "adopted" or report."""


def _facts(texts: list[str], cover: Cover) -> None:
    meta = cover.metadata
    rest: list[str] = []
    key = ""
    pending: list[str] = []  # lines of a sponsors block or of a title
    last: list[str] = []  # the last block that was none of them
    for line in [*blocked(texts, lambda text: bool(_start(text, {}))), ""]:
        if not line:
            if pending:
                last = pending if _sponsors_or_title(pending, cover, rest, last) else last
                pending = []
            key = ""
            continue
        found = _start(line, meta)
        if found:
            key, value = found
            if key == "number":
                cover.title = _NUMBER_TITLE.match(line).group(2)  # type: ignore[union-attr]
                meta["number"] = value
                key = "title"
            elif key == "letterhead":  # "United Nations", then the organ under the symbol
                meta[key] = " / ".join(filter(None, (meta.get(key), value)))
            elif key:
                meta[key] = value
        elif key == "title":
            cover.title = join_lines([cover.title, line])
        elif key in _RUNS_ON:
            target = _RUNS_ON[key]
            meta[target] = join_lines([meta.get(target, ""), line])
            key = "" if key == "distribution" else key
        elif "sponsors" in meta and _DOC_TYPE.fullmatch(line):
            cover.kind = line  # "draft resolution" printed under the title, as DraftDesk's Word export does
        else:
            pending.append(line)
    if not cover.title and last and last == rest[-len(last) :]:
        _untitled(last, cover, rest)
    if rest:
        meta["cover"] = " / ".join(rest)


def _sponsors_or_title(lines: list[str], cover: Cover, rest: list[str], last: list[str]) -> bool:
    """A block that is no fact: the sponsors ("…: draft resolution"), then the title after them; a
    document type numbered as a conference numbers its decisions ("Draft decision -/CP.30") names
    the block above it as the title ("Guidance to the Green Climate Fund"). False when it is none
    of them (kept as it is)."""
    text = join_lines(lines)
    if _NUMBERED_KIND.match(text) and not cover.title and last and last == rest[-len(last) :]:
        cover.kind, cover.title = text, join_lines(last)
        rest[-len(last) :] = lines  # the document type stays printed on the cover
    elif "sponsors" not in cover.metadata and _SPONSORS.search(text):
        cover.metadata["sponsors"] = text
    elif "sponsors" in cover.metadata and not cover.title:
        cover.title = text
    else:
        rest.extend(lines)
        return True
    return False


def _untitled(block: list[str], cover: Cover, rest: list[str]) -> None:
    """A cover with neither sponsors nor a numbered title (another body's decision): its title is
    the block right above the authoring line, after the line that names the document ("DECISION
    No. 4/25"), which stays on the cover."""
    named = 1 if _DOC_TYPE.search(block[0].casefold()) and len(block) > 1 else 0
    cover.title = join_lines(block[named:])
    del rest[len(rest) - len(block) + named :]
    above = rest[-1] if rest else ""  # the naming line, when a blank line sets the title apart
    cover.kind = above if _DOC_TYPE.search(above.casefold()) and len(above.split()) <= _KIND_WORDS else ""
