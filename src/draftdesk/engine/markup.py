"""Turn raw paragraph text with inline markup (``*emphasis*``, ``[^1]``) into view spans.

Attribution and tracked changes cut a paragraph into pieces (one per author or
proposal) that need not line up with the markup: an emphasis may begin in one
organization's words and end in another's. So the markup is found on the whole
paragraph first and the pieces are then cut along it.
"""

from __future__ import annotations

from collections.abc import Iterable

from draftdesk.engine.model import EMPHASIS_RE, FOOTNOTE_REF_RE
from draftdesk.engine.results import Mark, Span

Piece = tuple[str, str, Mark]
"""(raw text, org, mark): consecutive pieces concatenate to a paragraph's raw text."""


def _markup_roles(raw: str) -> list[str]:
    """Per character of ``raw``: "" plain, "i" italic, "m" a marker to drop, "f" a footnote mark."""
    roles = [""] * len(raw)
    for match in EMPHASIS_RE.finditer(raw):
        roles[match.start()] = roles[match.end() - 1] = "m"
        for i in range(match.start(1), match.end(1)):
            roles[i] = "i"
    for match in FOOTNOTE_REF_RE.finditer(raw):
        for i in range(match.start(), match.end()):
            roles[i] = "m"
        for i in range(match.start(1), match.end(1)):
            roles[i] = "f"
    return roles


def spans_from_pieces(pieces: Iterable[Piece]) -> list[Span]:
    """Spans for a paragraph given as pieces of raw text; markers are dropped, adjacent alike spans merged."""
    pieces = list(pieces)
    roles = _markup_roles("".join(text for text, _, _ in pieces))
    spans: list[Span] = []
    pos = 0
    for text, org, mark in pieces:
        for char in text:
            role = roles[pos]
            pos += 1
            if role == "m":
                continue
            span_mark: Mark = "fnref" if role == "f" else mark
            italic = role == "i"
            last = spans[-1] if spans else None
            if last and (last.org, last.mark, last.italic) == (org, span_mark, italic):
                spans[-1] = Span(last.text + char, org, span_mark, italic)
            else:
                spans.append(Span(char, org, span_mark, italic))
    return spans


def spans_of(raw: str, org: str = "", mark: Mark = "") -> list[Span]:
    """Spans of a paragraph written by one hand."""
    return spans_from_pieces([(raw, org, mark)])
