"""Body lines -> typed blocks: each line is classified (:mod:`.kinds`), then lines are joined
into blocks in a pass of their own (across page breaks and line-end hyphens).

The state machine (:mod:`.machine`) reads only blocks, so a reader of another format (Word) can
hand it blocks of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from draftdesk.engine.importing.kinds import NUMBERED, PREAMBLE, SECTION, SUB, Block, classify, unnoted
from draftdesk.engine.importing.lines import join_lines, rejoin_hyphens
from draftdesk.engine.importing.pages import Line, next_text
from draftdesk.engine.importing.starts import named_opener, opens_paragraph, opens_preamble, starts_paragraph
from draftdesk.engine.importing.tables import NOTE as TABLE_NOTE
from draftdesk.engine.importing.tables import find_tables, rows
from draftdesk.engine.importing.titles import (
    JOINING,
    MARKER_ONLY,
    TITLE_LINES,
    title_after_title,
    title_ends,
    title_line,
    title_so_far,
)
from draftdesk.engine.numbering import letters, roman

_BARE = re.compile(r"^(\d{1,3})$")
_ENDS = (",", ";", ".", ":")
_SHORT = 0.8
"""A line shorter than this share of a full line may end a paragraph that has no blank after it."""
_SPACED, _STARTS = 0.03, 4
"""A text with fewer blank lines than this share of its lines sets no paragraph apart by them
(when it has too few numbered paragraphs to tell by them)."""
_ITEM_END = re.compile(r"[;,]\s+(?:or|and)$")
"""A list item ends "…; or" / "…; and" before the next item ("(ii) A password…")."""


def read_blocks(lines: list[Line]) -> list[Block]:
    """Join classified lines into blocks. A paragraph number must run on from the previous one
    (or restart at 1) unless a blank line or a finished sentence comes before it; a number
    without its full stop counts only when it is the next one."""
    blocks: list[Block] = []
    texts: list[list[str]] = []  # the lines of each block, joined once at the end
    open_block = False
    last_number, page, blank = 0, -1, True
    items = _Items()
    lines = _split_markers(lines)
    widths = sorted(len(line.text) for line in lines if line.text) or [0]
    full = widths[len(widths) * 9 // 10]  # the width of a full line of this document
    spaced = _spaced(lines)
    width = measure = 0  # of the last line read, marker included; of the block's widest wrapped line
    tables, skip = dict(find_tables(lines, _bounds)), 0
    for index, line in enumerate(lines):
        text = line.text
        if index < skip:
            continue
        if index in tables:  # a table: its rows, each a block of its own
            skip = tables[index]
            blocks += [Block("row", row, number) for number, row in rows(lines[index:skip])]
            texts += [[block.text] for block in blocks[len(texts) :]]
            open_block, blank, page = False, False, lines[skip - 1].page
            continue
        if not text:
            blank = True
            continue
        new_page, page = line.page != page, line.page
        blank = blank and not new_page
        previous = _tail(texts[-1]) if open_block else ""
        kind = classify(text)
        if kind is None and blocks and blocks[-1].kind == "row" and TABLE_NOTE.match(text):
            kind = ("row", "", text)
        if (
            kind
            and (kind[0] in ("number", "sub", "heading") or SECTION.match(text))
            and not blank
            and previous
            and not _finished(previous)
        ):
            numbered = kind[0] == "number" and int(kind[1]) in (last_number + 1, 1)
            heading = kind[0] == "heading" and (  # after a title, or "I." or "Preamble" alone on its line
                bool(MARKER_ONLY.match(text) or PREAMBLE.match(text))
                or (blocks[-1].kind in ("body", "heading") and title_so_far(texts[-1], width < _SHORT * full))
            )
            listed = kind[0] == "sub" and (
                (blocks[-1].kind == "heading" and kind[1] in ("a", "i"))
                or (blocks[-1].kind == "sub" and items.next(kind[1]) and not kind[2][:1].islower())
            )  # "(a) Reform" after a heading; "(l) Recovering…" after an item "(k)" left unfinished
            titled = bool(SECTION.match(text)) and title_so_far(texts[-1], True)  # a title, "Article 1"
            kind = kind if numbered or heading or listed or titled else None  # "A. Build resilience"
        elif kind and kind[0] == "sub" and not blank and not items.follows(kind[1]):
            kind = None  # "(b)" of a list run into the sentence, wrapped to the start of a line
        elif (bare := _BARE.match(text)) and last_number and int(bare.group(1)) == last_number + 1:
            following = next_text(lines, index)
            finished = blank or not previous or _finished(previous)  # not a table's row number
            kind = ("number", bare.group(1), "") if finished and following[:1].isupper() else None
        if kind is None and open_block and blank and _broken(texts[-1], previous, blocks[-1].kind, text):
            blank = False  # a blank line left inside a sentence ("…Agriculture" / "" / "Organization…")
        elif (
            kind is None and open_block and blank and texts[-1] == [previous] and MARKER_ONLY.match(previous)
        ):
            blank = False  # "Chapter I" / "" / "General provisions": one heading
        if kind is None and open_block and not blank:
            if new_page:
                titled = title_line(lines, index, full) or _title_before_number(lines, index)
                runs_on = _continues(previous, text, titled=titled)
            else:
                ended = width < _SHORT * full  # a full line runs on: "Production, / Stockpiling"
                # what the line had to spare for this line's first word (< 0: it would not have fitted)
                spare = (min(measure or full, full) - width - 1 - len(text.split(" ", 1)[0])) / full
                starts = starts_paragraph(
                    previous, text, ended, body=blocks[-1].kind == "body", unspaced=not spaced, spare=spare
                )
                if not starts and previous.endswith((".", ";") if spaced else _ENDS):  # a sentence ended
                    starts = _title_before_number(lines, index) or title_line(lines, index, full)
                elif not starts and blocks[-1].kind in ("body", "heading") and text[:1].isupper():
                    starts = title_ends(texts[-1], text, ended, spare) or title_after_title(
                        texts[-1], lines, index, full
                    )
                runs_on = not previous or bool(MARKER_ONLY.match(previous)) or not starts
            if runs_on:
                measure = measure if MARKER_ONLY.match(texts[-1][-1]) else max(measure, width)
                texts[-1].append(text)
                width = len(text)
                continue
        kind = kind or ("body", "", text)
        if kind[0] == "sub":
            items.take(kind[1])
        elif kind[0] == "number":
            last_number, items = int(kind[1]), _Items()  # its list, if any, starts at "(a)"
        elif kind[0] == "part":  # a section ("II") may number on from the one before, or restart
            last_number = 0
        bullet = kind[0] == "sub" and not kind[1]
        blocks.append(Block(kind[0], kind[2], line.number, kind[1], depth=int(bullet)))
        texts.append([kind[2]])
        width, measure = len(text), 0
        open_block = kind[0] not in ("part", "section", "closing", "row")
        blank = False
    joined = rejoin_hyphens([join_lines(lines_of) for lines_of in texts])
    for block, text in zip(blocks, joined, strict=True):
        block.text = text
    return blocks


class _Items:
    """The sub-item markers seen in a row, to tell the next one ("(c)" after "(b)", "(ii)" after "(i)")."""

    def __init__(self) -> None:
        self.letter = self.numeral = 0

    def follows(self, marker: str) -> bool:
        return marker in ("", "a", "i") or self.next(marker)

    def next(self, marker: str) -> bool:
        """The marker after the last one seen ("(c)" after "(b)")."""
        return marker in (letters(self.letter + 1), roman(self.numeral + 1))

    def take(self, marker: str) -> None:
        if not marker:  # a dash item
            return
        if marker == letters(self.letter + 1) or marker == "a":
            self.letter = 1 if marker == "a" else self.letter + 1
        else:
            self.numeral = 1 if marker == "i" else self.numeral + 1


def _tail(lines_of: list[str]) -> str:
    """A block's last line, less a note reference ("…sessions;[^19]"); with the line before when it
    is a list's last word alone ("…this Convention;" / "and")."""
    last = unnoted(lines_of[-1])
    return f"{lines_of[-2]} {last}" if last in ("and", "or") and len(lines_of) > 1 else last


def _finished(previous: str) -> bool:
    return previous.endswith(_ENDS) or bool(_ITEM_END.search(previous))


def _split_markers(lines: list[Line]) -> list[Line]:
    """A list that opens on the line of its paragraph's number or list item ("12. (a) Each State",
    "(a) (i) The conversion") is two lines: "12." or "(a)", then "(a) Each State"."""
    out: list[Line] = []
    for line in lines:
        while (outer := SUB.match(line.text) or NUMBERED.match(line.text)) and SUB.match(outer["text"] or ""):
            out.append(replace(line, text=line.text[: outer.start("text")].rstrip()))
            line = replace(line, text=outer["text"])
        out.append(line)
    return out


def _spaced(lines: list[Line]) -> bool:
    """Whether the text sets paragraphs apart by blank lines: blank lines are not rare, or most
    lines that open with a paragraph number or list item come after one."""
    if sum(not line.text for line in lines) >= _SPACED * len(lines):
        return True
    starts = [i for i, line in enumerate(lines) if i and (NUMBERED.match(line.text) or SUB.match(line.text))]
    return len(starts) >= _STARTS and sum(not lines[i - 1].text for i in starts) * 2 >= len(starts)


def _bounds(text: str) -> bool:
    """A line that opens a part or closes a text ("Annex", "55th plenary meeting"): no table's."""
    kind = classify(text)
    return kind is not None and kind[0] in ("part", "section", "closing")


def _title_before_number(lines: list[Line], index: int) -> bool:
    """In a text with no blank lines: up to four lines that end no sentence, right before a
    paragraph number, heading or part, are a title ("Capacity-building" / "10. Recognizes…";
    "Building confidence and security in the use of information and" / "communications
    technologies" / "54."), or a lead-in when the last ends ":" ("As a follow-up to the present
    political declaration, we:" / "77."); the last line does not stop on a joining word."""
    if not lines[index].text[:1].isupper():
        return False
    for at in range(index, min(index + TITLE_LINES, len(lines) - 1)):
        text = unnoted(lines[at].text)
        if text.endswith((",", ";", ".")):
            return False
        kind = classify(lines[at + 1].text)
        if kind is not None:
            last = text.rsplit(" ", 1)[-1].casefold()
            return kind[0] in ("number", "heading", "part", "section") and last not in JOINING
        if text.endswith(":"):
            return False
    return False


def _broken(lines_of: list[str], previous: str, kind: str, text: str) -> bool:
    """A paragraph cut by a blank line on its page: it stops mid-sentence, and the line after the
    blank opens in lowercase ("…the region and" / "" / "hinder economic growth…"), or the paragraph
    opened with a preambular word the UN uses (a title "Financing of appropriations" does not) and
    the line opens no paragraph of its own ("Agreed upon the following:")."""
    if _finished(previous):
        return False
    return text[:1].islower() or (kind == "body" and named_opener(lines_of[0]) and not opens_paragraph(text))


def _continues(previous: str, text: str, *, titled: bool) -> bool:
    """After a page break: the text runs on when the last block stopped mid-sentence, or on a comma
    before words that open no paragraph ("…including neo-Nazism, Islamophobia," / "Christianophobia
    and antisemitism, is a threat…", A/RES/80/192: a preambular paragraph's comma is followed by
    the next one's opener) and are no title (``titled``: "…gross domestic product," / "Final report")."""
    if previous.endswith(",") and not (opens_paragraph(text) or opens_preamble(text) or titled):
        return True
    return not previous.endswith(_ENDS) or text[:1].islower() or text[:1].isdigit()
