"""Footnotes numbered as the agreed text cites them.

A note an amendment brings gets the next free number when it is tabled (the number
must not clash with the notes there already), but it may be cited before notes
with lower numbers: a document numbers its notes in the order they are cited. The
agreed view (and so every export) shows them so; the stored text keeps its marks.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from draftdesk.engine.model import FOOTNOTE_REF_RE, Footnote, Paragraph


def citation_order(paragraphs: Sequence[Paragraph]) -> dict[str, str]:
    """Old mark -> number in order of first citation, when numbers are cited out of order ({} if not)."""
    cited: dict[str, None] = {}
    for p in paragraphs:
        if p.footnotes:
            cited.update(dict.fromkeys(FOOTNOTE_REF_RE.findall(p.text)))
    marks = [mark for mark in cited if mark.isdigit()]
    if all(int(a) < int(b) for a, b in pairwise(marks)):
        return {}
    first = min(map(int, marks))
    return {mark: str(first + n) for n, mark in enumerate(marks)}


def cited_as(text: str, order: dict[str, str]) -> str:
    """A text whose references carry the numbers of ``order``."""
    return FOOTNOTE_REF_RE.sub(lambda m: f"[^{order.get(m[1], m[1])}]", text)


def notes_as(notes: tuple[Footnote, ...], order: dict[str, str]) -> tuple[Footnote, ...]:
    """A paragraph's notes with the numbers of ``order``, in that order."""
    renamed = (Footnote(order.get(n.mark, n.mark), n.text) for n in notes)
    return tuple(sorted(renamed, key=lambda n: int(n.mark) if n.mark.isdigit() else 0))
