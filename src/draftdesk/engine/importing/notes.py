"""Footnotes of a paginated document, cut out of its pages (their references are placed by
:mod:`references`).

A page's notes are the lines after its rule ("_____"), and, without a rule, a closing block of
"* …" notes (the sponsor notes of a first page).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from draftdesk.engine.importing.lines import join_lines
from draftdesk.engine.importing.pages import Line

RULE = re.compile(r"^_{5,}$")
_STAR_LINES = 6
_NOTE = re.compile(r"^(\d{1,3}|\*{1,3})\s+(\S.*)$")


@dataclass(frozen=True, slots=True)
class Note:
    """A footnote as printed: its mark ("1", "*"), text, page and source line."""

    mark: str
    text: str
    page: int
    line: int


def cut_notes(lines: list[Line]) -> tuple[list[Line], list[Note]]:
    """The body lines (notes cut out) and the notes, in the order they are printed."""
    body: list[Line] = []
    notes: list[Note] = []
    by_page: dict[int, list[Line]] = {}
    for line in lines:
        by_page.setdefault(line.page, []).append(line)
    blocks: list[list[Line]] = []
    for page_lines in by_page.values():
        rule = next((i for i, line in enumerate(page_lines) if RULE.match(line.text)), None)
        if rule is None:
            rule = _star_notes(page_lines)
            kept, noted = page_lines[:rule], page_lines[rule:]
        else:
            kept, noted = page_lines[:rule], page_lines[rule + 1 :]
        body += kept
        blocks.append(noted)
    spaced = any(_spaced(block) for block in blocks)
    for block in blocks:
        notes += _notes(block, next((int(n.mark) for n in reversed(notes) if n.mark.isdigit()), 0), spaced)
    return body, notes


def _spaced(block: list[Line]) -> bool:
    """A page's notes printed with blank lines between them: a blank line among the note lines."""
    texts = [bool(line.text) for line in block]
    return any(not texts[i] and any(texts[:i]) and any(texts[i:]) for i in range(len(texts)))


def _star_notes(page: list[Line]) -> int:
    """Where an unruled block of "* …" notes closing the page starts (len(page) if none): the
    blocks (lines between blank ones) at the end of the page that open with a "*" note; in a
    text printed with no blank line, the first "* …" line among the page's last lines."""
    start = end = len(page)
    while True:
        while end and not page[end - 1].text:
            end -= 1
        first = end
        while first and page[first - 1].text:
            first -= 1
        match = _NOTE.match(page[first].text) if first < end else None
        if not (match and match.group(1).startswith("*")):
            break
        start = end = first
    if start == len(page) and all(line.text for line in page):
        tail = range(max(0, len(page) - _STAR_LINES), len(page))
        start = next((i for i in tail if (m := _NOTE.match(page[i].text)) and m.group(1)[0] == "*"), start)
    return start


def _notes(lines: list[Line], last: int, spaced: bool) -> list[Note]:
    """The notes of a page's note lines: a note starts after a blank line, at a "*" mark, or, in a
    document that prints no blank line between notes (not ``spaced``), at the next number after
    ``last`` (the document's last note so far); any other line goes on with the note before
    ("…Group of / 77 and China.", "Rio de Janeiro, / 3–14 June 1992" in a spaced document)."""
    notes: list[tuple[Note, list[str]]] = []
    after_blank = True
    for line in lines:
        match = _NOTE.match(line.text)
        mark = match.group(1) if match else ""
        if match and (after_blank or mark.startswith("*") or (not spaced and mark == str(last + 1))):
            notes.append((Note(mark, "", line.page, line.number), [match.group(2)]))
            last = int(mark) if mark.isdigit() else last
        elif line.text and notes:
            notes[-1][1].append(line.text)
        after_blank = not line.text
    return [replace(note, text=join_lines(texts)) for note, texts in notes]
