"""Tables in text extracted from a PDF: found by their amounts, read as rows.

A PDF's table comes out one cell a line: "1" / "Overall policymaking…" / "92 738 500". Its lines
are not prose: amounts ("92 738 500", "(1 323 600)", "–", "12.5%") recur among short labels that
end no sentence. A table is a run of such lines holding at least two amounts, each within a few
lines of the one before, with no sentence ending between them. It starts after the lead-in
above it (the first line back that ends a sentence, ":" included) or after the two blank lines
that set it apart from its title; it ends at its last amount, or the notes printed under it
("a See A/79/555."). Its rows end at an amount (the last of the amounts in a row: "62 287 400" /
"57 451 300"), the cells of a row joined by " | ", as the Word reader joins a row's cells;
nothing of it is left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from draftdesk.engine.importing.pages import Line, next_text
from draftdesk.engine.importing.titles import JOINING

AMOUNT = re.compile(
    r"^(?:\(?\d{1,3}(?:[ ,\u00a0]\d{3})+(?:\.\d+)?\)?|\(?\d+\.\d+\)?|\d+(?:\.\d+)?\s?%|[–—-])[a-z]?$"
)
"""An amount as a table prints it: digits in groups ("92 738 500", "3,450,426"), in brackets
when negative, a decimal, a percentage, or a dash for none; a note letter may follow ("62 287 400a")."""
NOTE = re.compile(r"^[a-z] \S")
"""A table's own note, printed under it: "a See A/79/555." (a row of its own)."""
_GAP = 8
"""At most this many lines between two amounts of one table (labels, or a page's repeated header)."""
_SENTENCE = (".", ";")
_ENDS = (".", ";", ":", ",")


def find_tables(lines: list[Line], bounds: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The tables among ``lines``: (first index, index after the last) of each; a line that
    ``bounds`` a text ("Annex", "55th plenary meeting") is never in a table."""
    texts = [i for i, line in enumerate(lines) if line.text]
    amounts = [n for n, i in enumerate(texts) if AMOUNT.match(lines[i].text)]  # positions among texts
    tables: list[tuple[int, int]] = []
    run: list[int] = []
    for n in [*amounts, len(texts) + _GAP + 1]:
        between = [lines[i] for i in texts[run[-1] + 1 : n]] if run else []
        if run and (n - run[-1] > _GAP + 1 or any(line.text.endswith(_SENTENCE) for line in between)):
            if len(run) > 1:
                start, end = _start(lines, texts[run[0]], bounds), run[-1] + 1
                while end < len(texts) and NOTE.match(lines[texts[end]].text):
                    end += 1
                if not tables or start >= tables[-1][1]:
                    tables.append((start, texts[end - 1] + 1))
            run = []
        run.append(n)
    return tables


def rows(lines: list[Line]) -> list[tuple[int, str]]:
    """A table's rows: (the source line of its first cell, its cells joined by " | ")."""
    out: list[tuple[int, str]] = []
    cells: list[Line] = []
    for index, line in enumerate(lines):
        if not line.text:
            continue
        cells.append(line)
        following = next_text(lines, index)
        if (AMOUNT.match(line.text) and not AMOUNT.match(following)) or NOTE.match(line.text):
            out.append((cells[0].number, " | ".join(cell.text for cell in cells)))
            cells = []
    if cells:
        out.append((cells[0].number, " | ".join(cell.text for cell in cells)))
    return out


def _start(lines: list[Line], first: int, bounds: Callable[[str], bool]) -> int:
    """The table's first line: the one after the last line before its first amount that ends a
    sentence (its lead-in or the paragraph above: ":" included, or a paragraph's number alone),
    or after two blank lines (which set the table apart from its title)."""
    start = first
    while start and not lines[start - 1].text.endswith(_ENDS) and not bounds(lines[start - 1].text):
        if start > 1 and not lines[start - 1].text and not lines[start - 2].text:
            return _first_text(lines, start, first)
        start -= 1
    start = _first_text(lines, start, first)
    if start and bounds(lines[start - 1].text):  # "Annex", then its title, then the table
        while start < first and (lines[start].text.rsplit(" ", 1)[-1] in JOINING or _runs_on(lines, start)):
            start += 1
        start = _first_text(lines, min(start + 1, first), first)
    return start


def _first_text(lines: list[Line], start: int, first: int) -> int:
    while start < first and not lines[start].text:
        start += 1
    return start


def _runs_on(lines: list[Line], index: int) -> bool:
    """The line after ``index`` goes on with its words: it opens in lowercase ("…Tribunals" / "for 2024")."""
    return next_text(lines, index)[:1].islower()
