"""Footnote references of a paginated document: where each note's mark stands in the body.

A reference is looked for only on the page its
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
from dataclasses import replace
from typing import NamedTuple

from draftdesk.engine.importing.notes import Note
from draftdesk.engine.importing.pages import Line

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_ABBREVIATION = re.compile(r"\b(?:vol|para|paras|chap|No|art|p|pp|sect|sects)\.$")
_NUMBER_LIST = re.compile(r"\d[,.;:]$")
_DECIMAL = re.compile(r"\d\.$")
_YEAR_ENDS = re.compile(r"(?<![\d.,])(?:19|20)\d\d\.$")
"""A year ending a sentence: the number after its full stop is a reference, not a decimal."""
_NOT_BEFORE = re.compile(rf"^\s*(?:{_MONTHS}|per cent|%|/)")
_END = r"(?=\s|$|[,;:)]|\.(?!\d))"  # "1.3 billion" is a number, not note 1
_STRONG = (
    ("glued", re.compile(rf"(?<=[^\W\d_]|[,.;:)\]”’])(?P<ref>\d{{1,3}}){_END}")),
    ("spaced", re.compile(rf"(?<=[,.;:)”’])(?P<ref>\s{{1,2}}\d{{1,3}}){_END}")),
    ("year", re.compile(rf"(?<![\d,./-])(?:19|20)\d\d(?P<ref>\d{{1,3}}){_END}")),
    ("line-start", re.compile(r"^(?P<ref>\d{1,3})(?=$|\s+\w)")),  # "Assembly," / "12 including"
    ("word-after", re.compile(r"(?<![\d/.\-])(?P<ref>\s{0,2}\d{1,3})(?=[a-z]{2})(?!(?:st|nd|rd|th)\b)")),
)
"""A number glued to the word after it is a reference whatever comes before ("Agreement 5and",
"Rights,1as", "16including"): no number is printed so, but an ordinal ("21st")."""
_STARS = (("glued", re.compile(r"(?<=[^\s*])(?P<ref>\*{1,3})(?!\*)")),)
_WEAK = (
    ("weak", re.compile(rf"(?<=[\w,;.)”’])(?P<ref>\s{{1,2}}\d{{1,3}}){_END}")),
    ("weak", re.compile(r"^(?P<ref>\d{1,3})(?=\s+[a-z])")),
)
"""A reference spaced after a word or a number ("of 1990 3 and 1995, 4 and", "Development 2
and"), on the same line or at the start of the next: taken only when the page has no better
place for it. After a word that counts things ("Goals", "resolution"), a number is one of them
unless it stands alone: followed by the wider gap the extractor leaves after a superscript
("decision 20  on"), or after a plural that no list goes on from ("Goals 5 and to make",
"resolutions 3 on")."""
_LIST_GOES_ON = re.compile(r"^\s*(?:[,;–\-/]\s*\d|(?:and|or|to)\s+\d|\(|\d)")
_GAP = re.compile(r"^\s{2,}[a-z]")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _glued_to_number(mark: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """A reference glued to the end of a number: after a resolution's session ("59/300" + "9",
    "VII/11" + "16") or a report's chapter ("VIII.74" + "41"), after a capitalized name
    ("Agenda 21" + "7") or in a hyphenated one ("COVID-19" + "16")."""
    number = rf"(?P<num>[1-9]\d{{0,2}})(?P<ref>{re.escape(mark)}){_END}"
    return (
        ("resolution", re.compile(rf"(?<=[\dIVX]/){number}")),
        ("resolution", re.compile(rf"(?<=[IVX]\.){number}")),
        ("name", re.compile(rf"(?<=[^\W\d_] ){number}")),
        ("hyphenated", re.compile(rf"(?<=[^\W\d_][-‑]){number}")),
    )


_COUNTED = re.compile(
    r"\b(?:[Aa]rticles?|[Pp]aragraphs?|[Rr]esolutions?|[Dd]ecisions?|[Ss]ections?|[Cc]hapters?|[Rr]ules?"
    r"|[Pp]rinciples?|Goals?|[Tt]argets?|[Pp]arts?|[Aa]nnex(?:es)?|[Pp]ages?|[Ii]tems?|from|to|and|of)$"
)


def _candidates(mark: str, tier: int) -> tuple[tuple[str, re.Pattern[str]], ...]:
    if mark.startswith("*"):
        return _STARS if tier == 0 else ()
    return _glued_to_number(mark) if tier == 2 else (_STRONG, _WEAK)[tier]


class _Around(NamedTuple):
    """What a candidate reference is judged by besides its line: the lines before and after it,
    and the whole document as printed (body and notes)."""

    previous: str
    following: str
    printed: str


def _glued_number_fits(how: str, match: re.Match[str], line: str, printed: str) -> bool:
    """The number left without the reference is still one: the document prints it so elsewhere
    ("COVID-19" of "COVID-1916", "S-35/1"); or, not a year, a resolution number keeps at most
    three digits, or a name's number follows a capitalized word that does not count things."""
    token = (line[: match.start("num")].rsplit(" ", 1)[-1] + match.group("num")).lstrip('(“‘"')
    if not token.isdigit() and re.search(rf"(?<![\w/.\-‑]){re.escape(token)}(?![\d/])", printed):
        return True
    run = match.group("num") + match.group("ref")
    if _YEAR.match(run):
        return False
    if how == "resolution":
        return len(run) > 3
    word = line[: match.start("num")].rstrip().rsplit(" ", 1)[-1]
    return how == "name" and word[:1].isupper() and not _COUNTED.search(word)


def _ends_for_reference(previous: str, after: str) -> bool:
    """A reference printed at the start of a line follows punctuation that ends no number, and
    the sentence goes on after it ("Assembly," / "12 including"), or a new one starts after a
    full stop ("prevention." / "8 When")."""
    if not previous.endswith((",", ";", ".", ":", ")", "”")) or _NUMBER_LIST.search(previous):
        return False
    return not after or after[:1].islower() or previous.endswith((".", ".”"))


def _stands_alone(before: str, after: str, following: str) -> bool:
    """A number after a counting word is a reference: see ``_WEAK``."""
    if _GAP.match(after):
        return True
    word = _COUNTED.search(before)
    return bool(word) and word.group().endswith("s") and not _LIST_GOES_ON.match(f"{after} {following}")


def _find(line: str, mark: str, start: int, around: _Around, tier: int) -> re.Match[str] | None:
    """The first place in ``line`` from ``start`` where the reference of ``mark`` can stand."""
    previous = around.previous
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
            if how == "weak" and not before.strip():
                continue
            after = line[match.end("ref") :]
            if (
                how == "weak"
                and _COUNTED.search(before.rstrip())
                and not _stands_alone(before.rstrip(), after, around.following)
            ):
                continue
            if match.re.groupindex.get("num") and not _glued_number_fits(how, match, line, around.printed):
                continue
            if _NOT_BEFORE.match(after):
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
    printed = "\n".join([line.text for line in body] + [note.text for note in notes])
    for note in notes:
        star = note.mark.startswith("*")
        origin = (0, 0) if star else at
        hit = _search(lines, note, origin, printed)
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
        space = " " if line.text[end : end + 1].isalpha() else ""  # "Agreement 5and" -> "Agreement[^5] and"
        lines[index] = replace(line, text=f"{line.text[:start]}[^{note.mark}]{space}{line.text[end:]}")
        if not star:
            at = (index, start + len(note.mark) + 3)
    return lines, _glued_between(lines, missing)


def _glued_between(lines: list[Line], missing: list[Note]) -> list[Note]:
    """A note not found where a reference can stand: the one number ending in its mark between
    the references of the notes before and after it ("resolution 6/929", 6/9 and note 29, between
    notes 28 and 30; "at least 56514 humanitarian workers"), when there is exactly one there.
    The notes still not found are returned."""
    still: list[Note] = []
    for note in missing:
        window = _window(lines, int(note.mark)) if note.mark.isdigit() else None
        spots = _ending_in(lines, note.mark, window) if window else []
        if len(spots) != 1:
            still.append(note)
            continue
        (index, start), line = spots[0], lines[spots[0][0]]
        end = start + len(note.mark)
        lines[index] = replace(line, text=f"{line.text[:start]}[^{note.mark}]{line.text[end:]}")
    return still


def _window(lines: list[Line], mark: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where the references of notes ``mark - 1`` and ``mark + 1`` stand (line index, column)."""
    found = [
        next(((i, line.text.index(ref)) for i, line in enumerate(lines) if ref in line.text), None)
        for ref in (f"[^{mark - 1}]", f"[^{mark + 1}]")
    ]
    return (found[0], found[1]) if found[0] and found[1] else None


def _ending_in(
    lines: list[Line], mark: str, window: tuple[tuple[int, int], tuple[int, int]]
) -> list[tuple[int, int]]:
    """Where a number other than a year ends in ``mark`` inside ``window`` (line index, column)."""
    pattern = re.compile(rf"(?<=\d){mark}(?=[\s,;:.)]|$)")
    return [
        (index, match.start())
        for index in range(window[0][0], window[1][0] + 1)
        for match in pattern.finditer(lines[index].text)
        if window[0] < (index, match.start()) < window[1]
        and not _YEAR.fullmatch(_number_at(lines[index].text, match.end()))
    ]


def _number_at(text: str, end: int) -> str:
    """The run of digits that ends at ``end``."""
    start = end
    while start and text[start - 1].isdigit():
        start -= 1
    return text[start:end]


def _search(
    lines: list[Line], note: Note, origin: tuple[int, int], printed: str
) -> tuple[int, re.Match[str]] | None:
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
            around = _Around(
                lines[index - 1].text if index else "",
                lines[index + 1].text if index + 1 < len(lines) else "",
                printed,
            )
            match = _find(line.text, note.mark, origin[1] if index == origin[0] else 0, around, tier)
            if match:
                return index, match
    return None
