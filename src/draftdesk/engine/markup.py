"""Turn raw paragraph text with inline markup (``*emphasis*``, ``[^1]``) into view spans.

Attribution and tracked changes cut a paragraph into pieces (one per author or
proposal) that need not line up with the markup: an emphasis may begin in one
organization's words and end in another's. So the markup is found on the whole
paragraph first and the pieces are then cut along it.
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from collections.abc import Iterable

from draftdesk.engine.model import EMPHASIS_RE, FOOTNOTE_REF_RE
from draftdesk.engine.outputs import Mark, Span

Piece = tuple[str, str, Mark]
"""(raw text, org, mark): consecutive pieces concatenate to a paragraph's raw text."""


def _markup_roles(raw: str) -> list[tuple[int, str]]:
    """Where the markup role changes: (offset, role) with role "" plain, "i" italic,
    "m" a marker to drop, "f" a footnote's mark; sorted, starting at offset 0."""
    marks: list[tuple[int, int, str]] = []
    for match in EMPHASIS_RE.finditer(raw):
        start, end = match.span()
        marks += [(start, start + 1, "m"), (start + 1, end - 1, "i"), (end - 1, end, "m")]
    for match in FOOTNOTE_REF_RE.finditer(raw):
        start, end = match.span()
        marks += [(start, match.start(1), "m"), (*match.span(1), "f"), (match.end(1), end, "m")]
    changes = [(0, "")]
    for start, end, role in sorted(marks):
        if start < changes[-1][0]:
            continue  # a footnote inside an emphasis: the emphasis wins, its text is kept
        changes += [(start, role), (end, "")]
    return changes


def spans_from_pieces(pieces: Iterable[Piece]) -> list[Span]:
    """Spans for a paragraph given as pieces of raw text; markers are dropped, adjacent alike spans merged."""
    pieces = list(pieces)
    changes = _markup_roles("".join(text for text, _, _ in pieces))
    cuts = [offset for offset, _ in changes] + [sys.maxsize]
    spans: list[Span] = []
    pos = 0
    for text, org, mark in pieces:
        piece_start, end = pos, pos + len(text)
        at = bisect_right(cuts, pos) - 1
        while pos < end:
            stop = min(end, cuts[at + 1])
            role = changes[at][1]
            if role != "m" and stop > pos:
                chunk = text[pos - piece_start : stop - piece_start]
                note = role == "f"
                change: Mark = mark if note and mark in ("del", "ins") else ""
                _append(spans, Span(chunk, org, "fnref" if note else mark, role == "i", change))
            pos = stop
            at += 1
    return spans


def _append(spans: list[Span], span: Span) -> None:
    """Add a span, merged into the last one when they read alike."""
    last = spans[-1] if spans else None
    if last and (last.org, last.mark, last.italic, last.change) == (
        span.org,
        span.mark,
        span.italic,
        span.change,
    ):
        spans[-1] = Span(last.text + span.text, span.org, span.mark, span.italic, span.change)
    else:
        spans.append(span)


def spans_of(raw: str, org: str = "", mark: Mark = "") -> list[Span]:
    """Spans of a paragraph written by one hand."""
    return spans_from_pieces([(raw, org, mark)])


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def raised(mark: str) -> str:
    """A note's mark as printed in running text: raised ("1949⁴", never "19494" read as a year)."""
    return mark.translate(_SUPERSCRIPT)


def printed(raw: str) -> str:
    """Raw words as printed, for a sentence shown to users: no emphasis markers, a note's mark raised."""
    if "*" not in raw and "[^" not in raw:
        return raw  # the usual words: every pending amendment that cannot apply is told why
    return FOOTNOTE_REF_RE.sub(lambda m: raised(m[1]), EMPHASIS_RE.sub(r"\1", raw))


def span_words(span: Span) -> str:
    """A span's words as plain text shows them: a footnote reference raised, other text as it is."""
    return raised(span.text) if span.mark == "fnref" else span.text
