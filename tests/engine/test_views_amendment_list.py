"""The amendment list cites each amendment as tabled: its written form, its numbers, with today's beside."""

from __future__ import annotations

from io import BytesIO

import docx

from draftdesk.engine.amendment_list import amendment_entries, amendment_list
from draftdesk.engine.amendments import Amendment, Op
from draftdesk.engine.exporting import export_list_docx
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Draft, Org, Paragraph
from draftdesk.engine.revision import issue_revision
from draftdesk.engine.tabled import as_tabled

from .strategies import T0, decide, modify

OP1 = "Recognise the regional dimension of justice and note the progress"
OP2 = "Calls for further recommendations;"


def draft() -> Draft:
    paragraphs = [Paragraph("p-1", "operative", OP1), Paragraph("p-2", "operative", OP2)]
    return Draft("x", ["Draft conclusions"], metadata={"symbol": "A/80/L.25"}, paragraphs=paragraphs)


def tabled(neg: Negotiation, amendment: Amendment, written: str = "") -> Amendment:
    """The amendment as the services table it: its record fixed against today's agreed text."""
    record = as_tabled(amendment, neg.agreed, written)
    neg.add_amendment(record)
    return record


def insert_first(aid: str) -> Amendment:
    op = Op("insert", after="", new_id=f"{aid}-1", new_kind="operative", text="Welcomes the report;")
    return Amendment(aid, aid.split("-")[0], (op,), T0)


def entry(neg: Negotiation, aid: str):
    return next(e for e in amendment_entries(neg) if e.id == aid)


def test_the_written_form_is_kept_as_typed_not_regenerated_from_the_smallest_diff() -> None:
    neg = Negotiation(draft(), [], [])
    typed = "In operative paragraph 2, replace “recommendations;” with “recommendations.”"
    tabled(neg, modify("BLR-1", "p-2", OP2, OP2.replace(";", ".")), typed)
    tabled(neg, modify("RUS-1", "p-1", OP1, OP1.replace("note", "welcome"), minutes=1))
    assert entry(neg, "BLR-1").instruction == typed
    assert entry(neg, "RUS-1").instruction == "In operative paragraph 1, replace “note” with “welcome”."


def test_numbers_are_cited_as_tabled_with_todays_beside() -> None:
    neg = Negotiation(draft(), [], [])
    tabled(neg, modify("BLR-1", "p-2", OP2, OP2.replace("further", "more")))
    tabled(neg, insert_first("EU-1"))
    assert entry(neg, "BLR-1").targets == ("OP2",)
    assert entry(neg, "EU-1").targets == ("new at the start",)
    neg.add_decision(decide("EU-1", "accept", 1))
    assert entry(neg, "BLR-1").targets == ("OP2 of Rev.0, now OP3",)
    assert entry(neg, "EU-1").targets == ("new at the start of Rev.0, now OP1",)
    assert entry(neg, "BLR-1").instruction.startswith("In operative paragraph 2,")


def test_a_new_paragraph_is_cited_as_tabled_with_where_it_stands_or_would_go_today() -> None:
    """A/80/L.36's "new after OP89": inserted, "of Rev.0, now OP90"; still pending after a
    revision that moved the paragraph it follows, where it would go now."""
    neg = Negotiation(draft(), [], [])
    after_two = Op("insert", after="p-2", new_id="RUS-1-1", new_kind="operative", text="Calls upon States;")
    tabled(neg, Amendment("RUS-1", "RUS", (after_two,), T0))
    tabled(neg, insert_first("EU-1")._replace(ops=(insert_first("EU-1").ops[0]._replace(after="p-2"),)))
    tabled(neg, insert_first("UK-1"))
    assert entry(neg, "RUS-1").targets == ("new after OP2",)
    neg.add_decision(decide("RUS-1", "accept", 1))
    neg.add_decision(decide("UK-1", "accept", 2))
    after = Negotiation(issue_revision(neg).draft, neg.amendments.values(), [])
    assert entry(after, "RUS-1").targets == ("new after OP2 of Rev.0, now OP4",)
    assert entry(after, "EU-1").targets == ("new after OP2 of Rev.0, now after OP3",)
    assert entry(after, "UK-1").targets == ("new at the start of Rev.0, now OP1",)


def test_after_a_revision_the_revision_cited_is_named() -> None:
    neg = Negotiation(draft(), [], [])
    tabled(neg, modify("BLR-1", "p-2", OP2, OP2.replace("further", "more")))
    rev1 = issue_revision(neg).draft
    after = Negotiation(rev1, neg.amendments.values(), [])
    assert entry(after, "BLR-1").targets == ("OP2 of Rev.0",)
    assert entry(after, "BLR-1").revision == 0


def test_a_deleted_paragraph_is_no_longer_in_the_text() -> None:
    neg = Negotiation(draft(), [], [])
    tabled(neg, modify("BLR-1", "p-2", OP2, OP2.replace("further", "more")))
    tabled(neg, Amendment("RUS-1", "RUS", (Op("delete", target="p-2", base_text=OP2),), T0))
    neg.add_decision(decide("RUS-1", "accept", 1))
    found = entry(neg, "BLR-1")
    assert found.status == "fallen"
    assert found.targets == ("OP2 of Rev.0, no longer in the text",)
    assert (
        found.fallen_reason
        == "OP2 of Rev.0, no longer in the text: the paragraph was deleted by accepted RUS-1 (OP2 of Rev.0)"
    )


def test_a_fall_reason_names_the_paragraph_as_tabled() -> None:
    neg = Negotiation(draft(), [], [])
    tabled(neg, modify("UNDP-1", "p-2", OP2, OP2.replace("further", "more")))
    tabled(neg, modify("OSCE-1", "p-2", OP2, OP2.replace("further", "new"), minutes=1))
    tabled(neg, insert_first("EU-1"))
    neg.add_decision(decide("EU-1", "accept", 1))
    neg.add_decision(decide("UNDP-1", "accept", 2))
    assert entry(neg, "OSCE-1").fallen_reason == (
        "OP2 of Rev.0, now OP3: “further” was changed by accepted UNDP-1 (OP2 of Rev.0)"
    )


def test_an_older_record_without_the_tabled_fields_is_cited_from_the_text() -> None:
    neg = Negotiation(draft(), [modify("UNDP-1", "p-1", OP1, OP1.replace("note", "welcome"))], [])
    found = entry(neg, "UNDP-1")
    assert found.instruction == "In operative paragraph 1, replace “note” with “welcome”."
    assert found.targets == ("OP1",)


def test_the_list_reads_as_a_document() -> None:
    """Changes typed on one line are printed each on its own line (txt, Word), quote paragraph (md),
    numbered as tabled."""
    neg = Negotiation(draft(), [], [decide("BLR-1", "cosponsor", 2, "IRN")])
    written = "1. In operative paragraph 2, replace “further” with “more”. 2. Delete operative paragraph 1."
    amendment = Amendment(
        "BLR-1",
        "BLR",
        (
            Op(
                "modify",
                target="p-2",
                base_text=OP2,
                patch=modify("X-1", "p-2", OP2, OP2.replace("further", "more")).ops[0].patch,
            ),
            Op("delete", target="p-1", base_text=OP1),
        ),
        T0,
        symbol="A/C.3/80/L.56",
        rationale="Clearer.",
    )
    tabled(neg, amendment, written)
    txt = amendment_list(neg, "txt")
    assert txt.startswith("LIST OF AMENDMENTS\nTo: Draft conclusions (A/80/L.25)\n\n")
    assert "1. A/C.3/80/L.56 (BLR-1): tabled\n   Proposed by:   BLR\n   Co-sponsors:   IRN\n" in txt
    assert "   Paragraphs:    OP1; OP2\n" in txt  # in the order of the text (QA F56)
    assert "   Amendment:     1. In operative paragraph 2, replace “further” with “more”.\n" in txt
    assert "                  2. Delete operative paragraph 1.\n" in txt
    md = amendment_list(neg, "md")
    assert md.startswith("# List of amendments\n\nTo: Draft conclusions (A/80/L.25)\n\n")
    assert "## 1. A/C.3/80/L.56 (BLR-1): tabled\n\n- **Proposed by:** BLR\n" in md
    assert "- **Amendment:**\n\n  > 1. In operative paragraph 2, replace “further” with “more”.\n  >\n" in md
    assert "  >\n  > 2. Delete operative paragraph 1.\n" in md
    word = [p.text for p in docx.Document(BytesIO(export_list_docx(neg))).paragraphs]
    first = "Amendment: 1. In operative paragraph 2, replace “further” with “more”."
    assert f"{first}\n2. Delete operative paragraph 1." in word  # a line each (Word's line break)
    assert entry(neg, "BLR-1").instruction == written  # kept as typed: only printed a change a line
    assert amendment_list(neg, "txt", statuses=["fallen"]).endswith("No amendments.\n")


def test_the_list_names_sponsors_prints_notes_as_documents_do_and_ends_with_the_decision() -> None:
    base = draft()
    base.orgs = [Org("BLR", "Belarus"), Org("IRN", "Iran (Islamic Republic of)")]
    neg = Negotiation(base, [], [decide("BLR-1", "cosponsor", 2, "IRN")])
    written = "In operative paragraph 2, after “further” insert “joint[^1]”.\n\n[^1]: A/80/123."
    tabled(neg, modify("BLR-1", "p-2", OP2, OP2.replace("further", "further joint[^3]")), written)
    neg.add_decision(decide("BLR-1", "reject", 3, "GA")._replace(note="by a recorded vote of 20 to 100"))
    txt = amendment_list(neg, "txt")
    assert "   Proposed by:   Belarus (BLR)\n   Co-sponsors:   Iran (Islamic Republic of) (IRN)\n" in txt
    assert "insert “joint¹”.\n                  \n                  ¹ A/80/123.\n" in txt
    assert "   Rejected:      by GA, 28 November 2026, 10:03 UTC: by a recorded vote of 20 to 100\n" in txt


def test_paragraphs_are_listed_in_the_order_of_the_text_new_ones_as_announced() -> None:
    """QA F56: "1. In operative paragraph 2 … 2. After operative paragraph 1, insert …" cites the new
    paragraphs first, where they stand or would stand."""
    neg = Negotiation(draft(), [], [])
    second, first = (
        Op("insert", after="p-1", new_id=f"EU-1-{n}", new_kind="operative", text=text)
        for n, text in ((1, "Second;"), (2, "First;"))  # each goes right after OP1: the last op first
    )
    change = modify("X", "p-2", OP2, OP2.replace("further", "more")).ops[0]
    tabled(neg, Amendment("EU-1", "EU", (change, second, first), T0))
    assert entry(neg, "EU-1").targets == ("new after OP1", "new after OP1", "OP2")
    neg.add_decision(decide("EU-1", "accept", 1))
    assert [p.text for p in neg.agreed][1:3] == ["First;", "Second;"]
    assert entry(neg, "EU-1").target_ids == ("EU-1-2", "EU-1-1", "p-2")
    assert entry(neg, "EU-1").targets == (
        "new after OP1 of Rev.0, now OP2",
        "new after OP1 of Rev.0, now OP3",
        "OP2 of Rev.0, now OP4",
    )
