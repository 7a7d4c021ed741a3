"""Footnotes of a paginated document: cut out of the pages, then matched to their references.

A page's notes are the lines after its rule ("_____"), and, without a rule, a closing block of
"* …" notes (the sponsor notes of a first page). A reference is looked for only on the page its
note is printed on or the page before, after the previous note's reference, and only where a
reference can stand: glued to a word or a closing mark ("Convention,1", "Pelindaba)1"), one or
two spaces after a punctuation mark that does not follow a number ("Nations, 2" but not
"5, 12"), at the start of a line after such a mark ("Assembly," / "12 including"), or glued to
the year of a date ("16 April 20044"). So a date, an article number or a list of paragraphs is
never taken for a reference. Only when
the page has no such place is a reference looked for spaced after a word or number, and last
glued to a number that stays whole without it: a resolution number has at most three digits
("59/3009": 59/300 and note 9), a name's number is not a year ("Agenda 217": Agenda 21, note 7).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from draftdesk.engine.importing.lines import join_lines
from draftdesk.engine.importing.pages import Line

RULE = re.compile(r"^_{5,}$")
_STAR_LINES = 6
_NOTE = re.compile(r"^(\d{1,3}|\*{1,3})\s+(\S.*)$")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_ABBREVIATION = re.compile(r"\b(?:vol|para|paras|chap|No|art|p|pp|sect|sects)\.$")
_NUMBER_LIST = re.compile(r"\d[,.;:]$")
_DECIMAL = re.compile(r"\d\.$")
_YEAR_ENDS = re.compile(r"(?<![\d.,])(?:19|20)\d\d\.$")
"""A year ending a sentence: the number after its full stop is a reference, not a decimal."""
_NOT_BEFORE = re.compile(rf"^\s*(?:{_MONTHS}|per cent|%|/)")


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
    for page_lines in by_page.values():
        rule = next((i for i, line in enumerate(page_lines) if RULE.match(line.text)), None)
        if rule is None:
            rule = _star_notes(page_lines)
            kept, noted = page_lines[:rule], page_lines[rule:]
        else:
            kept, noted = page_lines[:rule], page_lines[rule + 1 :]
        body += kept
        notes += _notes(noted, next((int(n.mark) for n in reversed(notes) if n.mark.isdigit()), 0))
    return body, notes


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


def _notes(lines: list[Line], last: int) -> list[Note]:
    """The notes of a page's note lines: a note starts after a blank line, at a "*" mark, or at
    the next number after ``last`` (the document's last note so far) when no blank line is printed
    between notes; any other line goes on with the note before ("…Group of / 77 and China.")."""
    notes: list[tuple[Note, list[str]]] = []
    after_blank = True
    for line in lines:
        match = _NOTE.match(line.text)
        mark = match.group(1) if match else ""
        if match and (after_blank or mark.startswith("*") or mark == str(last + 1)):
            notes.append((Note(mark, "", line.page, line.number), [match.group(2)]))
            last = int(mark) if mark.isdigit() else last
        elif line.text and notes:
            notes[-1][1].append(line.text)
        after_blank = not line.text
    return [replace(note, text=join_lines(texts)) for note, texts in notes]


_END = r"(?=\s|$|[,;:)]|\.(?!\d))"  # "1.3 billion" is a number, not note 1
_STRONG = (
    ("glued", re.compile(rf"(?<=[^\W\d_]|[,.;:)\]”’])(?P<ref>\d{{1,3}}){_END}")),
    ("spaced", re.compile(rf"(?<=[,.;:)”’])(?P<ref>\s{{1,2}}\d{{1,3}}){_END}")),
    ("year", re.compile(rf"(?<![\d,./-])(?:19|20)\d\d(?P<ref>\d{{1,3}}){_END}")),
    ("line-start", re.compile(r"^(?P<ref>\d{1,3})(?=$|\s+\w)")),  # "Assembly," / "12 including"
)
_STARS = (("glued", re.compile(r"(?<=[^\s*])(?P<ref>\*{1,3})(?!\*)")),)
_WEAK = (
    ("weak", re.compile(rf"(?<=[\w,;.)”’])(?P<ref>\s{{1,2}}\d{{1,3}}){_END}")),
    ("weak", re.compile(r"^(?P<ref>\d{1,3})(?=\s+[a-z])")),
)
"""A reference spaced after a word or a number ("of 1990 3 and 1995, 4 and", "Development 2
and"), on the same line or at the start of the next: taken only when the page has no better
place for it."""
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _glued_to_number(mark: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """A reference glued to the end of a number: after a resolution's session ("59/300" + "9",
    "VII/11" + "16") or after a capitalized name ("Agenda 21" + "7")."""
    number = rf"(?P<num>[1-9]\d{{0,2}})(?P<ref>{re.escape(mark)}){_END}"
    return (
        ("resolution", re.compile(rf"(?<=[\dIVX]/){number}")),
        ("name", re.compile(rf"(?<=[^\W\d_] ){number}")),
    )


_COUNTED = re.compile(
    r"\b(?:[Aa]rticles?|[Pp]aragraphs?|[Rr]esolutions?|[Dd]ecisions?|[Ss]ections?|[Cc]hapters?|[Rr]ules?"
    r"|[Pp]rinciples?|Goals?|[Tt]argets?|[Pp]arts?|[Aa]nnex(?:es)?|[Pp]ages?|[Ii]tems?|from|to|and|of)$"
)


def _candidates(mark: str, tier: int) -> tuple[tuple[str, re.Pattern[str]], ...]:
    if mark.startswith("*"):
        return _STARS if tier == 0 else ()
    return _glued_to_number(mark) if tier == 2 else (_STRONG, _WEAK)[tier]


def _glued_number_fits(how: str, match: re.Match[str], line: str) -> bool:
    """The number left without the reference is still one: a resolution number keeps at most
    three digits; a name's number follows a capitalized word that does not count things, and
    is not a year."""
    run = match.group("num") + match.group("ref")
    if _YEAR.match(run):
        return False
    if how == "resolution":
        return len(run) > 3
    word = line[: match.start("num")].rstrip().rsplit(" ", 1)[-1]
    return word[:1].isupper() and not _COUNTED.search(word)


def _ends_for_reference(previous: str, after: str) -> bool:
    """A reference printed at the start of a line follows punctuation that ends no number, and
    the sentence goes on after it ("Assembly," / "12 including"), or a new one starts after a
    full stop ("prevention." / "8 When")."""
    if not previous.endswith((",", ";", ".", ":", ")", "”")) or _NUMBER_LIST.search(previous):
        return False
    return not after or after[:1].islower() or previous.endswith((".", ".”"))


def _find(line: str, mark: str, start: int, previous: str, tier: int) -> re.Match[str] | None:
    """The first place in ``line`` from ``start`` where the reference of ``mark`` can stand."""
    found = None
    for how, pattern in _candidates(mark, tier):
        for match in pattern.finditer(line, start):
            ref = match.start("ref")
            if match.group("ref").strip() != mark:
                continue
            if how == "line-start" and not _ends_for_reference(previous, line[match.end("ref") :].strip()):
                continue
            before = line[:ref] if ref else previous
            if how in ("glued", "spaced") and _ABBREVIATION.search(before.rstrip()):
                continue
            if (
                how == "glued"
                and _DECIMAL.search(before)
                and not _YEAR_ENDS.search(before)
                and not line[match.end("ref") :].strip()[:1].isupper()
            ):
                continue  # "1.3 billion"; but "strategy 10.24 Furthermore" and "in 2025.1" end a sentence
            if how == "spaced" and _NUMBER_LIST.search(before.rstrip()):
                continue
            if how == "weak" and (not before.strip() or _COUNTED.search(before.rstrip())):
                continue
            if how in ("resolution", "name") and not _glued_number_fits(how, match, line):
                continue
            if _NOT_BEFORE.match(line[match.end("ref") :]):
                continue
            if found is None or ref < found.start("ref"):
                found = match
            break
    return found


def mark_references(body: list[Line], notes: list[Note]) -> tuple[list[Line], list[Note]]:
    """Write each note's reference as ``[^mark]`` into the body; the notes whose reference was not
    found are returned."""
    lines = list(body)
    missing: list[Note] = []
    at = (0, 0)  # line index, column: references run in the order of their notes
    for note in notes:
        star = note.mark.startswith("*")
        origin = (0, 0) if star else at
        hit = _search(lines, note, origin)
        if hit is None:
            missing.append(note)
            continue
        index, match = hit
        start, end = match.start("ref"), match.end("ref")
        if start == 0 and index:  # printed at the start of a line, it marks the end of the line before
            rest = lines[index].text[end:].lstrip()
            if rest:
                lines[index] = replace(lines[index], text=rest)
            else:
                del lines[index]
            index -= 1
            start = end = len(lines[index].text)
        line = lines[index]
        lines[index] = replace(line, text=f"{line.text[:start]}[^{note.mark}]{line.text[end:]}")
        if not star:
            at = (index, start + len(note.mark) + 3)
    return lines, missing


def _search(lines: list[Line], note: Note, origin: tuple[int, int]) -> tuple[int, re.Match[str]] | None:
    """The reference of ``note`` on its page or the one before, after ``origin``."""
    for tier in range(3):
        for index in range(origin[0], len(lines)):
            line = lines[index]
            if line.page > note.page:
                break
            if line.page < note.page - 1:
                continue
            if note.mark not in line.text:
                continue
            previous = lines[index - 1].text if index else ""
            match = _find(line.text, note.mark, origin[1] if index == origin[0] else 0, previous, tier)
            if match:
                return index, match
    return None
