"""Inline markup becomes view spans, whatever pieces attribution cut the text into."""

from draftdesk.engine.markup import spans_from_pieces, spans_of
from draftdesk.engine.results import Span


def test_emphasis_and_footnote_marks_become_spans() -> None:
    assert spans_of("held in *Belgrade* on,[^1] 2", "base") == [
        Span("held in ", "base"),
        Span("Belgrade", "base", italic=True),
        Span(" on,", "base"),
        Span("1", "base", mark="fnref"),
        Span(" 2", "base"),
    ]


def test_emphasis_cut_between_two_authors_keeps_both() -> None:
    spans = spans_from_pieces([("note *inter ", "base", ""), ("alia*:", "UNDP", "ins")])
    assert spans == [
        Span("note ", "base"),
        Span("inter ", "base", italic=True),
        Span("alia", "UNDP", "ins", italic=True),
        Span(":", "UNDP", "ins"),
    ]
