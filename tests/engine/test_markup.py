"""Inline markup becomes view spans, whatever pieces attribution cut the text into."""

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from draftdesk.engine.markup import spans_from_pieces, spans_of
from draftdesk.engine.model import plain_text
from draftdesk.engine.outputs import Span


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


pieces = st.lists(
    st.tuples(
        st.text(alphabet="ab *[^1]", max_size=12),
        st.sampled_from(["base", "UNDP"]),
        st.sampled_from(["", "ins"]),
    ),
    max_size=6,
)


@settings(max_examples=200, deadline=None)
@given(pieces)
def test_spans_read_as_the_plain_text(parts: list[tuple[str, str, str]]) -> None:
    raw = "".join(text for text, _, _ in parts)
    assume("[" not in raw or "*" not in raw)  # notes and emphasis interleaved are pathological
    assert "".join(span.text for span in spans_from_pieces(parts)) == plain_text(raw)
