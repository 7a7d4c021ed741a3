"""Word in: a .docx read into the same Draft as a text import; tracked changes read as ops."""

from __future__ import annotations

from datetime import timedelta
from io import BytesIO
from pathlib import Path

import docx
import pytest

from draftdesk.engine.amendments import Amendment, Decision
from draftdesk.engine.exporting import export_docx, word_document
from draftdesk.engine.importing import ImportFailed, decode_document, import_text
from draftdesk.engine.importing.docx import import_docx
from draftdesk.engine.importing.docx_changes import ops_from_docx
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.numbering import number_paragraphs
from draftdesk.engine.views import paragraph_views

from .docx_cases import T0, accepted_in_voting_order, negotiation


def outline(paragraphs) -> list[tuple[str, str, str]]:
    numbers = number_paragraphs(paragraphs)
    return [(numbers[p.id].label if p.id in numbers else p.kind, p.kind, p.text) for p in paragraphs]


def test_an_exported_agreed_text_imports_back_to_the_same_paragraphs_and_numbers() -> None:
    neg = accepted_in_voting_order(negotiation())
    draft = import_docx(word_document(neg, "agreed"), slug="back").draft
    assert outline(draft.paragraphs) == outline(neg.agreed)
    assert (draft.title, draft.doc_type, draft.place_date) == (
        neg.draft.title,
        neg.draft.doc_type,
        neg.draft.place_date,
    )
    notes = [(n.mark, n.text) for p in draft.paragraphs for n in p.footnotes]
    assert notes == [("1", "As recorded by the Chair.")]


def test_a_word_draft_is_read_from_its_list_numbering_and_italics() -> None:
    document = docx.Document()
    for line in ("ANNUAL MEETING", "CONCLUSIONS", "Vienna, 3 March 2025"):
        document.add_paragraph(line)
    preamble = document.add_paragraph()
    preamble.add_run("Recalling").italic = True
    preamble.add_run(" its earlier conclusions,")
    for text in ("Welcomes the report;", "Decides to meet again:"):
        document.add_paragraph(text, style="List Number")
    document.add_paragraph("(a) in Vienna;")
    out = BytesIO()
    document.save(out)
    draft = import_docx(out.getvalue(), slug="word").draft
    assert outline(draft.paragraphs) == [
        ("PP1", "preamble", "*Recalling* its earlier conclusions,"),
        ("OP1", "operative", "Welcomes the report;"),
        ("OP2", "operative", "Decides to meet again:"),
        ("OP2(a)", "sub-item", "in Vienna;"),
    ]
    assert draft.title == ["ANNUAL MEETING"]


def test_the_tracked_changes_of_a_word_file_become_the_ops_of_an_amendment() -> None:
    neg = negotiation()
    tracked = word_document(neg, "tracked")
    clean = Negotiation(neg.draft, [], [])
    ops = ops_from_docx(tracked, clean.agreed)
    assert sorted({op.kind for op in ops}) == ["delete", "insert", "modify"]
    aid = "UNDP-99"
    ops = [op._replace(new_id=f"{aid}-{n}") if op.kind == "insert" else op for n, op in enumerate(ops)]
    amendment = Amendment(aid, "UNDP", tuple(ops), T0)
    accept = Decision("D-1", aid, "accept", "SEECF", T0 + timedelta(hours=1))
    assert [p.text for p in Negotiation(neg.draft, [amendment], [accept]).agreed] == [
        p.text for p in accepted_in_voting_order(neg).agreed
    ]


def test_a_file_that_is_not_word_is_refused_in_one_line() -> None:
    with pytest.raises(ImportFailed, match="not a Word document"):
        import_docx(b"PK\x03\x04 not really a zip", slug="x")


CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


@pytest.mark.parametrize(
    "name",
    [
        "unga-2025-diplomatic-protection.txt",  # a resolution's cover, number and title
        "un/A_RES_79_306.txt",  # notes whose marks skip a number (kept as their own marks)
        "un/A_RES_78_226.txt",  # adjacent references "[^2][^1]"
        "un/A_C.5_80_L.14.txt",  # a draft: sponsors and notes on the cover
    ],
)
def test_a_resolution_exported_to_word_imports_back_the_same(name: str) -> None:
    draft = import_text(decode_document((CORPUS / name).read_bytes()), slug="un").draft
    back = import_docx(export_docx(draft, paragraph_views(draft.paragraphs)), slug="un").draft
    assert back.paragraphs == draft.paragraphs
    fields = ("title", "doc_type", "place_date", "authoring", "layout", "metadata")
    assert [getattr(back, f) for f in fields] == [getattr(draft, f) for f in fields]


@pytest.mark.parametrize("competing", [False, True])
def test_a_tracked_export_imports_as_its_text_with_every_change_accepted(competing: bool) -> None:
    """Paragraph-mark revisions read as Word applies them: a paragraph whose mark is deleted runs on
    into the next."""
    neg = negotiation(competing)
    draft = import_docx(word_document(neg, "tracked"), slug="tracked").draft
    assert outline(draft.paragraphs) == outline(accepted_in_voting_order(neg).agreed)


def test_a_non_breaking_hyphen_saved_by_word_or_libreoffice_stays_one() -> None:
    """LibreOffice saves a typed U+2011 as Word's <w:noBreakHyphen/>: it reads back as typed, so an
    amendment quoting "non‑traditional" as the draft prints it still finds it."""
    document = docx.Document()
    for line in ("ANNUAL MEETING", "CONCLUSIONS", "Vienna, 3 March 2025"):
        document.add_paragraph(line)
    item = document.add_paragraph("Welcomes non", style="List Number")
    item.runs[0].element.append(docx.oxml.OxmlElement("w:noBreakHyphen"))
    item.add_run("traditional donors;")
    out = BytesIO()
    document.save(out)
    draft = import_docx(out.getvalue(), slug="word").draft
    assert draft.paragraphs[-1].text == "Welcomes non\u2011traditional donors;"
