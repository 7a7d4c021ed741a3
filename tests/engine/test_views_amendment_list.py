"""The amendment list: one block per amendment with its status, targets, written form and fate."""

from __future__ import annotations

from draftdesk.engine.amendment_list import amendment_entries, amendment_list
from draftdesk.engine.amendments import Amendment, Op
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Draft, Paragraph

from .strategies import T0, decide, modify

OP1 = "Recognise the regional dimension of justice and note the progress"


def negotiation() -> Negotiation:
    draft = Draft("x", ["T"], paragraphs=[Paragraph("p-1", "operative", OP1)])
    amendments = [
        modify("UNDP-1", "p-1", OP1, OP1.replace("note", "welcome")),
        modify("OSCE-1", "p-1", OP1, OP1.replace("note", "acknowledge"), minutes=1),
    ]
    return Negotiation(
        draft, amendments, [decide("UNDP-1", "accept", 1), decide("UNDP-1", "cosponsor", 2, "RCC")]
    )


def stub(amendment, paragraphs) -> str:
    return f"In {paragraphs[0].id}, {len(amendment.ops)} change"


def test_entries_carry_status_targets_and_fallen_reason() -> None:
    entries = {e.id: e for e in amendment_entries(negotiation(), stub)}
    assert entries["UNDP-1"].status == "accepted"
    assert entries["UNDP-1"].cosponsors == ("RCC",)
    assert entries["OSCE-1"].targets == ("OP1",)
    assert entries["OSCE-1"].fallen_reason == "OP1: “note” was changed by accepted UNDP-1"
    assert entries["OSCE-1"].instruction == "In p-1, 1 change"


def test_txt_and_md_lists() -> None:
    txt = amendment_list(negotiation(), "txt", stub)
    assert txt.startswith("UNDP-1 [accepted]\n  Author: UNDP\n  Co-sponsors: RCC\n  Targets: OP1\n")
    assert "  Fallen: OP1: “note” was changed by accepted UNDP-1" in txt
    md = amendment_list(negotiation(), "md", stub, statuses=["fallen"])
    assert md.startswith("### OSCE-1 (fallen)\n\n- **Author:** OSCE\n")
    assert "UNDP-1" not in md.split("Fallen")[0]


def test_the_written_form_of_the_instructions_module() -> None:
    entries = {e.id: e for e in amendment_entries(negotiation())}
    assert entries["UNDP-1"].instruction == "In operative paragraph 1, replace “note” with “welcome”."


def test_a_paragraph_to_be_inserted_is_named_by_where_it_goes() -> None:
    neg = negotiation()
    neg.add_amendment(
        Amendment(
            "EU-1", "EU", (Op("insert", after="p-1", new_id="EU-1-1", new_kind="operative", text="X"),), T0
        )
    )
    assert {e.id: e for e in amendment_entries(neg, stub)}["EU-1"].targets == ("new after OP1",)
    neg.add_decision(decide("EU-1", "accept", 5))
    assert {e.id: e for e in amendment_entries(neg, stub)}["EU-1"].targets == ("OP2",)
