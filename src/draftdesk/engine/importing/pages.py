"""Pages and their furniture, learned per document.

A page ends at a form feed, or at an empty line where the text extractor marked one (a line
with nothing on it, where blank lines inside a page keep a space) when page furniture follows;
otherwise a page starts where a cluster of furniture begins. Furniture is what an official PDF
repeats on every page: the document's symbol (any kind: A/RES/79/145, A/C.3/80/L.2/Rev.1,
E/2025/L.3, S/RES/2700 (2023); never with a full stop after it, as a note's "A/5700." has),
the job number ("25-14998", "25-16535*"), the page marker ("2/11", "Page 2", "- 2 -"), the
barcode ("*2518387*") and a running head of one to four lines. The head is learned: lines that
sit among the furniture at the top or the foot of pages and recur there, that repeat the
document's title, or that follow a page's furniture and repeat a line of the first page's head
(the date an OSCE decision prints under its symbol on every page).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

SYMBOL = re.compile(r"^[A-Z][A-Z0-9.\-]*(?:/[A-Za-z0-9.\-]*[A-Za-z0-9])+\*?(?: \(\d{4}\))?$")
JOB = re.compile(r"^\d{2}-\d{5}\*?(?:\s+\(E\))?(?:\s+\d{6})?\s*\*?$")
PAGE = re.compile(r"^(?:(\d+)/(\d+)|Page \d+(?: of \d+)?|- \d+ -)$")
"""A page marker: "2/11" (page 2 of 11: never past the count, as a council's "16743/25" is), "Page 2"."""
BARCODE = re.compile(r"^\*\d{6,}\*$")
_COLUMN_GAP = re.compile(r"\s{3,}")
"""Between two columns of a line: a page's header or footer printed as a row ("16743/25   KM/ll   1")."""
_LANGUAGES = "ARABIC|CHINESE|ENGLISH|FRENCH|GERMAN|ITALIAN|RUSSIAN|SPANISH"
_LANGUAGE = re.compile(rf"^(?:Original:\s*(?:{_LANGUAGES})|(?:{_LANGUAGES}) only)$", re.IGNORECASE)
"""The language line a page prints under its symbol ("ENGLISH only" on an attachment's page)."""
_HEAD_LINES = 4
_TOP = 12


@dataclass(slots=True)
class Line:
    """A stripped line with its 1-based number in the source and the page it is printed on."""

    number: int
    text: str
    page: int


def next_text(lines: list[Line], index: int) -> str:
    """The text of the first line after ``index`` that has any ("" at the end)."""
    for at in range(index + 1, len(lines)):
        if lines[at].text:
            return lines[at].text
    return ""


def _anchor(text: str, pages: str) -> bool:
    """A line that is furniture by its form alone (a page marker only with the document's page count);
    a line of columns ("- 2 -      MC.DEC/4/25") when each column is."""
    columns = _COLUMN_GAP.split(text)
    if len(columns) > 1:
        return all(_anchor(column, pages) for column in columns)
    if match := PAGE.match(text):
        return match.group(2) is None or (match.group(2) == pages and int(match.group(1)) <= int(pages))
    return bool(JOB.match(text) or BARCODE.match(text) or SYMBOL.match(text))


def _page_count(lines: list[str]) -> str:
    counts = Counter(
        m.group(2)
        for line in lines
        if (m := PAGE.match(line.strip())) and m.group(2) and int(m.group(1)) <= int(m.group(2))
    )
    return counts.most_common(1)[0][0] if counts else ""


def split_pages(raw: list[str]) -> list[list[tuple[int, str]]]:
    """The document's pages as (line number, stripped text), furniture still in."""
    pages_count = _page_count(raw)
    numbered = [(n, line) for n, line in enumerate(raw, start=1)]
    if any("\f" in line for line in raw):
        return _cut(numbered, {n for n, line in numbered if "\f" in line}, formfeed=True)
    marked = {
        n
        for n, line in numbered
        if line == "" and any(_anchor(t.strip(), pages_count) for _, t in numbered[n : n + 6])
    }
    if marked:
        return _cut(numbered, marked)
    return _cut(numbered, _cluster_starts(numbered, pages_count))


def _cut(
    numbered: list[tuple[int, str]], starts: set[int], formfeed: bool = False
) -> list[list[tuple[int, str]]]:
    pages: list[list[tuple[int, str]]] = [[]]
    for n, line in numbered:
        if n in starts:
            pages.append([])
            if not formfeed:
                continue
        pages[-1].append((n, line.replace("\f", "").strip()))
    return [page for page in pages if any(text for _, text in page)]


def _cluster_starts(numbered: list[tuple[int, str]], pages_count: str) -> set[int]:
    """Without page marks: a page starts where a run of furniture does, past the first page."""
    anchors = [i for i, (_, line) in enumerate(numbered) if _anchor(line.strip(), pages_count)]
    starts: set[int] = set()
    last = -10
    for i in anchors:
        if i - last > _TOP and i > _TOP:
            starts.add(numbered[i][0])
        last = i
    return starts


@dataclass(frozen=True, slots=True)
class Furniture:
    """What a document prints on its pages around its text: the lines learned from its pages (running
    heads, a council's footer rows), its page count and its symbol."""

    learned: frozenset[str]
    rows: frozenset[str]
    """The lines of columns a page prints at its foot ("16743/25   KM/ll   1")."""
    count: str
    symbol: str
    tops: tuple[int, ...]
    """How many lines at the top of each page are furniture (none on the first)."""

    def foot(self, text: str) -> bool:
        """Whether a line is furniture at a page's foot, the first page's included (a marker, a job
        number, a barcode, a footer row); the symbol printed there is the cover's fact."""
        return text in self.rows or (text != self.symbol and _footer(text, self.count, self.symbol))


def learn_furniture(pages: list[list[tuple[int, str]]], title: str, symbol: str) -> Furniture:
    """The document's furniture: the heads at the top of its pages that recur or repeat its title,
    and its footer rows."""
    count = _page_count([text for page in pages for _, text in page])
    title_words = _normal(title)
    tops = [0] + [_top(page, count, title_words) for page in pages[1:]]
    heads = Counter(text for top, page in zip(tops, pages, strict=True) for _, text in page[:top])
    learned = {
        text
        for text, seen in heads.items()
        if text and not _anchor(text, count) and (seen > 1 or _normal(text) in title_words)
    }
    rows = frozenset(_rows(pages))
    return Furniture(frozenset(learned | rows), rows, count, symbol, tuple(tops))


def strip_furniture(pages: list[list[tuple[int, str]]], furniture: Furniture) -> list[Line]:
    """Every line of the document but the furniture at the top of each page after the first and
    at the foot of every page; a line that starts with the symbol loses it."""
    symbol, tops, learned = furniture.symbol, furniture.tops, furniture.learned
    cover = {text for _, text in pages[0][:_TOP] if text and not text.endswith((".", ",", ";", ":"))}
    out: list[Line] = []
    for index, page in enumerate(pages):
        body = [
            line
            for at, line in enumerate(page)
            if at >= tops[index] and not (index and _language(at, line[1]))
        ]
        while (
            index
            and body
            and (not body[0][1] or body[0][1] in learned or (tops[index] and body[0][1] in cover))
        ):
            body = body[1:]
        while body and (
            not body[-1][1] or _footer(body[-1][1], furniture.count, symbol) or body[-1][1] in learned
        ):
            body = body[:-1]
        out += [Line(n, _unprefixed(text, symbol), index) for n, text in body]
    return out


def _rows(pages: list[list[tuple[int, str]]]) -> set[str]:
    """Lines of columns most of whose columns recur, numbers aside, in such lines: a page's foot as
    a council prints it ("16743/25   KM/ll   1" / "GIP.B   EN", then "16743/25   KM/ll   2" /
    "ANNEX   GIP.B   EN")."""
    texts = [text for page in pages for _, text in page]
    rows = {text: columns for text in texts if len(columns := _COLUMN_GAP.split(text)) > 1}
    seen = Counter(_form(column) for text in texts if text in rows for column in rows[text])
    return {
        text
        for text, columns in rows.items()
        if 3 * sum(seen[_form(column)] > 1 for column in columns) >= 2 * len(columns)
    }


def _form(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split()))


def _language(at: int, text: str) -> bool:
    """A page's language line among its top lines ("ENGLISH only", "Original: FRENCH")."""
    return at < _TOP and bool(_LANGUAGE.match(text))


def _footer(text: str, count: str, symbol: str) -> bool:
    """Furniture at the foot of a page: never a symbol other than the document's own (a note may
    end on one)."""
    return text == symbol or (_anchor(text, count) and not SYMBOL.match(text))


def _top(page: list[tuple[int, str]], count: str, title: str) -> int:
    """How many lines at the top of a page are furniture: up to the last anchor, heads between (a
    running head that repeats the title may run over more lines than another)."""
    end, heads = 0, 0
    for i, (_, text) in enumerate(page[:_TOP]):
        if _anchor(text, count):
            end = i + 1
        elif text and _normal(text) not in title:
            heads += 1
            if heads > _HEAD_LINES:
                break
    return end


def _unprefixed(text: str, symbol: str) -> str:
    """The symbol printed on the same line as the text ("A/C.3/80/L.2 63. Encourages") is cut off."""
    first, _, rest = text.partition(" ")
    return rest.strip() if rest and symbol and first == symbol else text


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()
