"""A fixed negotiation for TUI tests: part of the Belgrade 2011 conclusions, three amendments.

Hand-built (not imported) so the TUI tests and snapshots do not move when the importer changes.
"""

from __future__ import annotations

from datetime import UTC, datetime

from draftdesk.engine.amendments import Amendment, Decision, Op
from draftdesk.engine.model import Draft, Org, Paragraph
from draftdesk.engine.patches import make_patch

T0 = datetime(2026, 11, 28, 14, 0, tzinfo=UTC)
OP4 = (
    "Recognise the regional dimension of justice and security cooperation"
    " and note the significant progress made"
)


def draft() -> Draft:
    paragraphs = [
        Paragraph("p-0001", "heading", "IV ANNUAL COORDINATION CONFERENCE"),
        Paragraph(
            "p-0002", "preamble", "Participating at the IV Coordination Conference held in *Belgrade*;"
        ),
        Paragraph(
            "p-0003", "preamble", "Considering the positions and opinions expressed during the Conference"
        ),
        Paragraph(
            "p-0004",
            "operative",
            "Emphasize that risks can be overcome through strengthened regional cooperation;",
        ),
        Paragraph(
            "p-0005",
            "operative",
            "Recognise that the ultimate goal of justice and security cooperation is democracy;",
        ),
        Paragraph("p-0006", "operative", "Aware that justice and security are complementary domains;"),
        Paragraph("p-0007", "operative", OP4),
        Paragraph(
            "p-0008", "sub-item", "Cooperation on integrity building and transparency;", parent="p-0007"
        ),
        Paragraph("p-0009", "sub-item", "Cyber security and cyber defence within RACVIAC;", parent="p-0007"),
        Paragraph(
            "p-0010", "operative", "Encourage the RCC members to participate in the established networks."
        ),
        Paragraph("p-0011", "closing", "Belgrade, 2 December 2011"),
    ]
    orgs = [
        Org("SEECF", "South-East European Cooperation Process Chair", roles=("chair",)),
        Org("UNDP", "United Nations Development Programme"),
        Org("OSCE", "Organization for Security and Co-operation in Europe"),
        Org("RCC", "Regional Cooperation Council"),
    ]
    return Draft(
        "belgrade-2011",
        ["IV ANNUAL COORDINATION CONFERENCE"],
        "CONCLUSIONS",
        place_date="Belgrade, 2 December 2011",
        orgs=orgs,
        paragraphs=paragraphs,
    )


def modify(aid: str, author: str, target: str, base: str, new: str, minute: int) -> Amendment:
    op = Op("modify", target=target, base_text=base, patch=make_patch(base, new))
    return Amendment(aid, author, (op,), T0.replace(minute=minute))


def amendments() -> list[Amendment]:
    return [
        modify("UNDP-0001", "UNDP", "p-0007", OP4, OP4.replace("note", "welcome"), 2),
        modify("OSCE-0001", "OSCE", "p-0007", OP4, OP4.replace("note", "acknowledge"), 1),
        Amendment(
            "RCC-0001",
            "RCC",
            (
                Op(
                    "insert",
                    after="p-0009",
                    new_id="RCC-0001-1",
                    new_kind="sub-item",
                    parent="p-0007",
                    text="Migration management through MARRI;",
                ),
            ),
            T0.replace(minute=3),
        ),
        modify(
            "RCC-0002",
            "RCC",
            "p-0004",
            "Emphasize that risks can be overcome through strengthened regional cooperation;",
            "Emphasize that risks can be overcome through strengthened regional"
            " and international cooperation;",
            4,
        ),
    ]


def decisions() -> list[Decision]:
    return [Decision("SEECF-0001", "RCC-0002", "accept", "SEECF", T0.replace(minute=30))]
