"""Changes and authors in plain characters: [-old-]{+new+}, [UNDP: words]; in the txt export too."""

from __future__ import annotations

from draftdesk.cli.read import marked as marked_show
from draftdesk.engine.amendments import Amendment
from draftdesk.engine.exporting import export
from draftdesk.engine.instructions import parse_instruction
from draftdesk.engine.marks import marked, tagged
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import BASE_AUTHOR, Draft, Footnote, Paragraph
from draftdesk.engine.outputs import Span
from draftdesk.engine.views import render

from .test_docx_documents import T0, accepted_in_voting_order, negotiation


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


def test_deleted_words_take_their_note_reference_into_one_deletion() -> None:
    """QA F60: "…Court-][RUS: [^11]][- that…" read the reference as RUS's words, outside the deletion."""
    text = "Recalling the Statute of the Court[^3] that defines crimes, and the Charter,"
    draft = Draft(
        "x", ["T"], paragraphs=[Paragraph("p-1", "preamble", text, footnotes=(Footnote("3", "N."),))]
    )
    ops = parse_instruction(
        "In the first preambular paragraph, delete “the Court[^3] that defines crimes, and”.",
        draft.paragraphs,
    )
    neg = Negotiation(draft, [Amendment("RUS-1", "RUS", tuple(ops), T0)], [])
    (view,) = render(neg, "tracked")
    txt = export(draft, [view], "txt")
    assert "Recalling the Statute of [-the Court3 that defines crimes, and-] [RUS] the Charter," in txt
    md = export(draft, [view], "md")
    assert "~~the Court[^3] that defines crimes, and~~" in md
    assert (
        marked_show(view)
        == "Recalling the Statute of [-the Court[^3] that defines crimes, and-] [RUS] the Charter,"
    )
