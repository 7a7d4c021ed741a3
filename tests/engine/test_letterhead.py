"""The United Nations letterhead stands above a UN document only, naming its organ; another body's
cover is printed line by line, as its source has it (QA F30)."""

from __future__ import annotations

from io import BytesIO

import docx

from draftdesk.engine.exporting import export, word_document
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
    assert word_lines(decision("CCPR/C/80/L.3"))[:2] == ["United Nations", "CCPR/C/80/L.3"]  # no organ
