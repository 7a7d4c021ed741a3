"""Footnotes are numbered as the document prints them, in every view and in the Word exports: in
the order the text cites them, from the first, with no gap a deleted paragraph's notes left."""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from io import BytesIO

from draftdesk.engine.amendments import Amendment, Decision
from draftdesk.engine.exporting import word_document
from draftdesk.engine.instructions import parse_instruction
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Draft, Footnote, Paragraph
from draftdesk.engine.views import render

T0 = datetime(2026, 12, 7, 9, 0)
TEXT = [
    Paragraph("a", "preamble", "Noting the report,[^1]", footnotes=(Footnote("1", "A/80/1."),)),
    Paragraph("b", "preamble", "Recalling the plan,[^2]", footnotes=(Footnote("2", "A/80/2."),)),
    Paragraph("c", "operative", "Decides to act;[^3]", footnotes=(Footnote("3", "A/80/3."),)),
    Paragraph("d", "operative", "Requests a report.[^4]", footnotes=(Footnote("4", "A/80/4."),)),
]


def revised() -> Negotiation:
    """The second preambular paragraph (note 2) deleted by an accepted amendment; pending, a new
    note (tabled as 5, the next free number) cited at the start of operative paragraph 1."""
    deleted = parse_instruction("Delete the second preambular paragraph.", TEXT)
    (brought,) = parse_instruction(
        "In operative paragraph 1, at the beginning insert “Recalling the Charter,[^1]”.\n\n"
        "[^1]: Charter of the United Nations.",
        TEXT,
    )
    assert brought.notes == (Footnote("5", "Charter of the United Nations."),)
    return Negotiation(
        Draft("x", ["T"], paragraphs=TEXT),
        [Amendment("A-1", "A", tuple(deleted), T0), Amendment("B-1", "B", (brought,), T0)],
        [Decision("D-1", "A-1", "accept", "GA", T0)],
    )


def cited(view: str) -> list[tuple[str, list[str]]]:
    return [
        ("".join(s.text for s in p.spans if s.mark != "fnref"), [n.mark for n in p.footnotes])
        for p in render(revised(), view)  # type: ignore[arg-type]
    ]


def references(view: str) -> list[str]:
    return [s.text for p in render(revised(), view) for s in p.spans if s.mark == "fnref"]  # type: ignore[arg-type]


def test_the_agreed_text_closes_the_gap_a_deleted_paragraphs_note_left() -> None:
    assert references("agreed") == ["1", "2", "3"]
    assert [n.text for p in render(revised(), "agreed") for n in p.footnotes] == [
        "A/80/1.",
        "A/80/3.",
        "A/80/4.",
    ]


def test_the_tracked_view_numbers_notes_as_printed_with_a_pending_note_in_place() -> None:
    """QA F33: the tracked view showed the stored marks (1, 3, 5, 4)."""
    assert references("tracked") == ["1", "2", "3", "4"]
    notes = {n.mark: n.text for p in render(revised(), "tracked") for n in p.footnotes}
    assert notes == {"1": "A/80/1.", "2": "Charter of the United Nations.", "3": "A/80/3.", "4": "A/80/4."}
    assert references("compilation") == ["1", "2", "3", "4"]


def test_the_tracked_word_export_lets_word_number_every_note() -> None:
    """No custom marks (LibreOffice drew "²³23"): Word's own numbers, in the order cited, so Accept
    all and Reject all renumber by themselves."""
    data = word_document(revised(), "tracked")
    package = zipfile.ZipFile(BytesIO(data))
    body, notes = (package.read(f"word/{name}.xml").decode() for name in ("document", "footnotes"))
    assert "customMarkFollows" not in body
    texts = dict(re.findall(r'<w:footnote w:id="(\d+)">.*?<w:t xml:space="preserve"> ([^<]*)</w:t>', notes))
    cited_ids = re.findall(r'<w:footnoteReference w:id="(\d+)"/>', body)
    assert [texts[i] for i in cited_ids] == [
        "A/80/1.",
        "Charter of the United Nations.",
        "A/80/3.",
        "A/80/4.",
    ]
