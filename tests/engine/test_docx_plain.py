"""Word drafts with neither a UN cover nor a "CONCLUSIONS" line, read by their structure."""

from __future__ import annotations

from io import BytesIO

import docx
import pytest

from draftdesk.engine.exporting import export_docx
from draftdesk.engine.exporting.text import export_text
from draftdesk.engine.importing import ImportFailed
from draftdesk.engine.importing.docx import import_docx
from draftdesk.engine.views import paragraph_views

from .test_docx_foreign import outline
from .word_drafts import SecretariatDocument, typed_conclusions, working_group_draft


def test_a_draft_with_an_authoring_body_of_its_own_is_read_by_its_structure() -> None:
    result = import_docx(working_group_draft(), slug="wg")
    draft = result.draft
    assert outline(draft) == [
        ("PP1", "", "*Recalling* Human Rights Council resolution 54/18,"),
        ("PP2", "", "*Noting with appreciation* the contributions of the experts[^1],"),
        ("OP1", "", "Welcomes the report of the Chair-Rapporteur;"),
        ("OP2", "", "Recommends that States:"),
        ("OP2(a)", "", "Integrate the right to development in their policies;"),
        ("OP2(b)", "", "Report on their progress:"),
        ("text", "", "Meeting | Place | Date"),
        ("text", "", "First | Geneva | 12 May 2025"),
        ("OP3", "", "Decides to continue its work at its next session."),
    ]
    assert (draft.layout, draft.authoring, draft.place_date) == (
        "un-resolution",
        "The Working Group,",
        "Geneva, 12 May 2025",
    )
    assert draft.title == [
        "Intergovernmental Working Group on the Right to Development",
        "Twenty-sixth session",
        "Strengthening the implementation of the right to development",
    ]
    assert [(n.mark, n.text) for p in draft.paragraphs for n in p.footnotes] == [
        ("1", "See A/HRC/WG.2/25/2.")
    ]
    (warning,) = result.warnings  # one for the table, at its first row
    assert warning.endswith("a table, kept as text: a row a paragraph, its cells joined by ' | '")
    printed = export_text(draft, paragraph_views(draft.paragraphs))
    assert printed.startswith("Intergovernmental Working Group")  # no UN letterhead it never had
    back = import_docx(export_docx(draft, paragraph_views(draft.paragraphs)), slug="wg").draft
    assert back.paragraphs == draft.paragraphs
    assert (back.title, back.authoring, back.place_date) == (draft.title, draft.authoring, draft.place_date)


def test_conclusions_typed_with_their_numbers_are_read_by_their_structure() -> None:
    result = import_docx(typed_conclusions(), slug="skopje")
    draft = result.draft
    assert outline(draft) == [
        ("PP1", "", "Meeting in Skopje under the chairmanship of North Macedonia,"),
        ("text", "", "Agreed on the following:"),
        ("OP1", "", "Welcome the report of the secretariat;"),
        ("OP2", "", "Decide:"),
        ("OP2(a)", "", "to meet again in 2026;"),
        ("OP2(b)", "", "to review the work plan;"),
        ("OP3", "", "Thank the host."),
        ("closing", "", "Skopje, 14 October 2025"),
    ]
    assert (draft.layout, draft.authoring, draft.title, draft.place_date) == (
        "conclusions",
        "",
        ["JOINT MEETING OF THE REGIONAL PARTNERS", "Conclusions of the Chair"],
        "Skopje, 14 October 2025",
    )
    assert result.warnings == []


def test_a_word_file_with_no_numbered_paragraph_is_refused_in_one_line() -> None:
    word = SecretariatDocument()
    for text in ("Notes of the meeting", "The partners met in Skopje.", "They agreed to meet again."):
        word.doc.add_paragraph(text)
    with pytest.raises(ImportFailed, match="no numbered paragraph"):
        import_docx(word.to_bytes(), slug="notes")


def test_items_typed_without_punctuation_are_read_as_items() -> None:
    """Lettered items with no closing punctuation run on in lower case, as a wrapped text's lines
    do: their letters say they are items."""
    document = docx.Document()
    for text in (
        "CONCLUSIONS",
        "1. Decide to meet:",
        "a. in Vienna",
        "b. in Geneva",
        "c. in Rome",
        "d. in Paris",
        "2. Thank the host.",
    ):
        document.add_paragraph(text)
    out = BytesIO()
    document.save(out)
    draft = import_docx(out.getvalue(), slug="items").draft
    assert outline(draft) == [
        ("OP1", "", "Decide to meet:"),
        ("OP1(a)", "", "in Vienna"),
        ("OP1(b)", "", "in Geneva"),
        ("OP1(c)", "", "in Rome"),
        ("OP1(d)", "", "in Paris"),
        ("OP2", "", "Thank the host."),
    ]
