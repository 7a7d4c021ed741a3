"""Changes and authors in plain characters: [-old-]{+new+}, [UNDP: words]; in the txt export too."""

from __future__ import annotations

from draftdesk.engine.exporting import export
from draftdesk.engine.marks import marked, tagged
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import BASE_AUTHOR
from draftdesk.engine.outputs import Span
from draftdesk.engine.views import render

from .test_docx_documents import accepted_in_voting_order, negotiation


def test_a_change_reads_with_its_marks_never_run_together() -> None:
    spans = [Span("note", "UNDP", "del"), Span("welcome", "UNDP", "ins"), Span(" [UNDP]", "UNDP", "tag")]
    text = "".join(marked(s.text, s.mark) for s in spans)
    assert text == "[-note-]{+welcome+} [UNDP]" and "notewelcome" not in text


def test_each_run_of_an_organization_s_words_is_tagged_once() -> None:
    spans = [
        Span("Recognise the ", BASE_AUTHOR),
        Span("warmly ", "UNDP"),
        Span("new", "UNDP", italic=True),
        Span(" progress", "OSCE"),
        Span(".", BASE_AUTHOR),
    ]
    assert "".join(s.text for s in tagged(spans)) == "Recognise the [UNDP: warmly new] [OSCE: progress]."
    assert [s.org for s in tagged(spans) if s.mark == "tag"] == ["UNDP", "UNDP", "OSCE", "OSCE"]


def test_the_txt_export_tags_the_attribution_view_and_marks_the_tracked_one() -> None:
    neg: Negotiation = accepted_in_voting_order(negotiation())
    attribution = export(neg.draft, render(neg, "attribution"), "txt")
    assert "5. [CoE: Invite the *partners* to report in 2012.]" in attribution
    tracked = export(negotiation().draft, render(negotiation(), "tracked"), "txt")
    assert "{+" in tracked and "[-" in tracked and "[+" not in tracked
