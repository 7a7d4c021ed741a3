"""A revision makes the agreed text the new base; pending amendments carry over or fall."""

from __future__ import annotations

from datetime import datetime, timedelta

from draftdesk.engine.amendments import Amendment, Decision, Op
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Draft, Paragraph
from draftdesk.engine.patches import make_patch
from draftdesk.engine.revision import concordance, issue_revision

T = datetime(2026, 11, 28, 10)
OP1 = "Recognise the regional dimension of justice and note the progress"
OP2 = "Urges all parties to cooperate"


def modify(aid: str, base: str, new: str, pid: str = "p-1", minutes: int = 0) -> Amendment:
    op = Op("modify", target=pid, base_text=base, patch=make_patch(base, new))
    return Amendment(aid, aid.split("-")[0], (op,), T + timedelta(minutes=minutes))


def accept(aid: str, minutes: int, revision: int = 0) -> Decision:
    return Decision(f"D-{aid}", aid, "accept", "SEECF", T + timedelta(hours=1, minutes=minutes), revision)


def test_revision_rebases_pending_amendments_or_lets_them_fall() -> None:
    draft = Draft(
        "x",
        ["T"],
        paragraphs=[
            Paragraph("p-1", "operative", OP1),
            Paragraph("p-2", "operative", OP2),
            Paragraph("p-3", "operative", "Decides to remain seized"),
        ],
    )
    inserted = Amendment(
        "EU-1", "EU", (Op("insert", after="", new_id="EU-1-1", new_kind="operative", text="Welcomes"),), T
    )
    deleted = Amendment("RCC-1", "RCC", (Op("delete", target="p-2", base_text=OP2),), T)
    welcome = modify("UNDP-1", OP1, OP1.replace("note", "welcome"))
    still_maps = modify("OSCE-1", OP1, OP1.replace("regional", "European"), minutes=1)
    collides = modify("OSCE-2", OP1, OP1.replace("note", "take note of"), minutes=2)
    amendments = [inserted, deleted, welcome, still_maps, collides]
    decisions = [accept("EU-1", 1), accept("RCC-1", 2), accept("UNDP-1", 3)]
    rev = issue_revision(Negotiation(draft, amendments, decisions))

    assert rev.draft.revision == 1
    assert [p.id for p in rev.draft.paragraphs] == ["EU-1-1", "p-1", "p-3"]
    assert rev.concordance == [("", "OP1"), ("OP1", "OP2"), ("OP2", ""), ("OP3", "OP3")]  # the texts' order

    after = Negotiation(rev.draft, amendments, decisions)
    assert after.agreed == rev.draft.paragraphs  # accepted in Rev.0: part of the base, not applied again
    assert after.state("OSCE-1").status == "tabled"
    assert after.state("OSCE-2").status == "fallen"
    assert after.fall_reason("OSCE-2").startswith("OP2: “")
    assert after.state("UNDP-1").status == "accepted"

    after.add_decision(accept("OSCE-1", 10, revision=1))
    assert after.agreed[1].text == "Recognise the European dimension of justice and welcome the progress"


def test_the_new_base_remembers_who_wrote_each_span() -> None:
    draft = Draft(
        "x",
        ["T"],
        paragraphs=[
            Paragraph("p-1", "operative", "Notes the report"),
            Paragraph("p-2", "operative", "Thanks"),
        ],
    )
    neg = Negotiation(
        draft, [modify("UNDP-1", "Notes the report", "Welcomes the report")], [accept("UNDP-1", 1)]
    )
    result = issue_revision(neg, "CHAIR", datetime(2026, 12, 1, 10, 0))
    rev1 = result.draft
    assert (rev1.issued_by, rev1.paragraphs[0].authors, rev1.paragraphs[1].authors) == (
        "CHAIR",
        ("UNDP", 8, "base", 11),
        (),
    )
    after = Negotiation(rev1, neg.amendments.values(), [accept("UNDP-1", 1)])
    assert [(run.org, run.text) for run in after.runs("p-1")] == [
        ("UNDP", "Welcomes"),
        ("base", " the report"),
    ]
    edited = Draft(
        "x", ["T"], paragraphs=[Paragraph("p-1", "operative", "Hand-edited", authors=("UNDP", 8, "base", 11))]
    )
    assert [run.org for run in Negotiation(edited, [], []).runs("p-1")] == ["base"]  # lengths no longer fit


def test_after_a_revision_a_fall_names_the_amendment_that_changed_the_words_as_it_was_tabled() -> None:
    draft = Draft(
        "x", ["T"], paragraphs=[Paragraph("p-0", "operative", OP2), Paragraph("p-1", "operative", OP1)]
    )
    welcome = modify("UNDP-1", OP1, OP1.replace("note", "welcome"))._replace(
        symbol="A/C.3/80/L.56", cited=(("p-1", "OP2"),)
    )
    elsewhere = modify("RCC-1", OP1, OP1.replace("regional", "European"), minutes=1)
    collides = modify("OSCE-2", OP1, OP1.replace("note", "take note of"), minutes=2)._replace(
        cited=(("p-1", "OP2"),)
    )
    amendments = [welcome, elsewhere, collides]
    decisions = [accept("UNDP-1", 3), accept("RCC-1", 4)]  # RCC-1, accepted last, did not touch “note”
    cause = "“note” was changed by accepted A/C.3/80/L.56 (OP2 of Rev.0)"  # the word that went
    assert Negotiation(draft, amendments, decisions).fall_reason("OSCE-2") == f"OP2: {cause}"
    revised = issue_revision(Negotiation(draft, amendments, decisions)).draft
    assert Negotiation(revised, amendments, decisions).fall_reason("OSCE-2") == f"OP2 of Rev.0: {cause}"


def test_the_concordance_lists_a_new_paragraph_where_it_stands() -> None:
    """Between the paragraphs around it (as the TUI and the CLI print it), not after the last."""
    op = lambda pid: Paragraph(pid, "operative", pid)  # noqa: E731
    old, new = [op("p-1"), op("p-2"), op("p-3")], [op("p-1"), op("p-2"), op("x-1"), op("x-2"), op("p-3")]
    rows = concordance(old, new)
    assert rows == [("OP1", "OP1"), ("OP2", "OP2"), ("", "OP3"), ("", "OP4"), ("OP3", "OP5")]
