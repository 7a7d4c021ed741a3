"""``show --json`` spans: plain text takes its author from the attribution, even where a view rewrote it."""

from __future__ import annotations

from draftdesk.cli.spans import spans_json
from draftdesk.engine.outputs import Span, ViewParagraph

ATTRIBUTION = ViewParagraph(
    "p-1",
    "operative",
    "OP1",
    "1",
    0,
    (Span("As in paragraph 5 above, ", "base"), Span("welcome", "UNDP"), Span(" it.", "base")),
)


def view(*spans: Span) -> ViewParagraph:
    return ViewParagraph("p-1", "operative", "OP1", "1", 0, spans)


def test_a_renumbered_cross_reference_keeps_the_authors_around_it() -> None:
    agreed = view(Span("As in paragraph 6 above, welcome it."))
    assert spans_json(agreed, ATTRIBUTION) == [
        {"org": "base", "text": "As in paragraph 6 above, ", "mark": ""},
        {"org": "UNDP", "text": "welcome", "mark": ""},
        {"org": "base", "text": " it.", "mark": ""},
    ]


def test_a_proposal_keeps_its_own_org_and_mark_and_the_spans_make_the_text() -> None:
    tracked = view(
        Span("As in paragraph 5 above, "),
        Span("welcome", "OSCE", "del"),
        Span("greet", "OSCE", "ins"),
        Span(" [OSCE]", "OSCE", "tag"),
        Span(" it."),
    )
    spans = spans_json(tracked, ATTRIBUTION)
    assert "".join(s["text"] for s in spans) == tracked.text
    assert [(s["org"], s["mark"]) for s in spans] == [
        ("base", ""), ("OSCE", "del"), ("OSCE", "ins"), ("OSCE", "tag"), ("base", ""),
    ]  # fmt: skip


def test_a_paragraph_nobody_attributed_is_base() -> None:
    assert spans_json(view(Span("New words.")), None) == [{"org": "base", "text": "New words.", "mark": ""}]
