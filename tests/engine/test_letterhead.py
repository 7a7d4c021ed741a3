"""The United Nations letterhead stands above a UN document only, naming its organ; another body's
cover is printed line by line, as its source has it (QA F30)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import docx
import pytest

from draftdesk.engine.exporting import export, word_document
from draftdesk.engine.importing import import_text
from draftdesk.engine.importing.docx import import_docx
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Draft, Paragraph
from draftdesk.engine.views import document

OSCE_COVER = "5 December 2025 / Organization for Security and Co-operation in Europe / Ministerial Council"


def decision(symbol: str, cover: str = "") -> Negotiation:
    draft = Draft(
        "dec",
        ["STRENGTHENING CO-OPERATION IN COUNTERING TRANSNATIONAL ORGANIZED CRIME"],
        authoring="The Ministerial Council,",
        layout="un-resolution",
        metadata={"symbol": symbol, **({"cover": cover} if cover else {})},
        paragraphs=[Paragraph("p-1", "operative", "Decides to strengthen co-operation.")],
    )
    return Negotiation(draft, [], [])


def word_lines(neg: Negotiation) -> list[str]:
    return [p.text for p in docx.Document(BytesIO(word_document(neg, "agreed"))).paragraphs if p.text]


def test_another_bodys_decision_has_no_un_letterhead_and_its_cover_line_by_line() -> None:
    neg = decision("MC.DEC/4/25", OSCE_COVER)
    text = export(neg.draft, document(neg, "agreed"), "txt")
    assert text.startswith("MC.DEC/4/25\n") and "General Assembly" not in text
    lines = word_lines(neg)
    assert "United Nations" not in lines and "General Assembly" not in lines
    assert lines[:4] == ["MC.DEC/4/25", *OSCE_COVER.split(" / ")]
    again = import_docx(word_document(neg, "agreed"), slug="again").draft
    assert again.metadata == neg.draft.metadata


def test_a_un_documents_letterhead_names_the_organ_of_its_symbol() -> None:
    ecosoc = decision("E/2025/L.5")
    assert export(ecosoc.draft, document(ecosoc, "agreed"), "txt").startswith(
        "United Nations\nE/2025/L.5\n\nEconomic and Social Council\n"
    )
    assert word_lines(ecosoc)[:2] == ["United Nations", "Economic and Social Council"]
    assert word_lines(decision("A/C.3/80/L.11"))[:2] == ["United Nations", "General Assembly"]
    assert word_lines(decision("CCPR/C/80/L.3"))[:1] == ["CCPR/C/80/L.3"]  # no organ's, and none kept


COP = (Path(__file__).resolve().parents[1] / "data" / "outcomes" / "cop-draft-decision.txt").read_text()
UNFCCC = "United Nations      FCCC/CP/2025/L.7\nFramework Convention on Climate Change\n"
OWN = ["United Nations", "FCCC/CP/2025/L.7", "", "Framework Convention on Climate Change"]


@pytest.mark.parametrize(
    ("source", "first"),
    [(COP, ["FCCC/CP/2025/L.7"]), (UNFCCC + COP.split("\n", 1)[1], OWN)],
    ids=["printed none", "its own"],
)
def test_an_imported_document_prints_the_letterhead_its_source_printed(source: str, first: list[str]) -> None:
    """A UNFCCC decision prints no "United Nations" its source did not print, and its own letterhead
    when it did; the Word file reads back to the same cover."""
    draft = import_text(source, slug="cop").draft
    neg = Negotiation(draft, [], [])
    text = export(draft, document(neg, "agreed"), "txt").split("\n")
    assert text[: len(first)] == first and "United Nations" not in text[len(first) :]
    head = [line for line in first if line and "/" not in line]
    assert word_lines(neg)[: len(head)] == head and "General Assembly" not in word_lines(neg)
    assert import_docx(word_document(neg, "agreed"), slug="again").draft.metadata == draft.metadata
