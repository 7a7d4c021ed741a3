"""Views of a draft: each a pure function from state to paragraphs of styled spans.

``paragraph_views`` shows paragraphs as written, one hand per paragraph: it is
the base view, and the building block the merged views extend.
"""

from __future__ import annotations

from collections.abc import Sequence

from draftdesk.engine.markup import spans_of
from draftdesk.engine.model import BASE_AUTHOR, Paragraph
from draftdesk.engine.numbering import number_paragraphs
from draftdesk.engine.results import ViewParagraph


def paragraph_views(paragraphs: Sequence[Paragraph], org: str = BASE_AUTHOR) -> list[ViewParagraph]:
    """Every paragraph numbered in order, its text as spans attributed to ``org``."""
    numbers = number_paragraphs(paragraphs)
    views = []
    for p in paragraphs:
        number = numbers.get(p.id)
        views.append(
            ViewParagraph(
                id=p.id,
                kind=p.kind,
                label=number.label if number else "",
                marker=number.marker if number else "",
                depth=number.depth if number else 0,
                spans=tuple(spans_of(p.text, org)),
                part=p.part,
                footnotes=p.footnotes,
            )
        )
    return views
