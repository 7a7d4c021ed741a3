"""The record through the CLI: amendments cited as tabled, the voting order and the chair's rulings."""

from __future__ import annotations

from .runner import DraftDesk
from .test_amend import DRAFT, amendments, propose

AWARE = "In operative paragraph 1, replace “Aware to the fact” with “Aware of the fact”."


def test_an_amendment_is_listed_as_tabled_whatever_happens_to_the_numbering(dd: DraftDesk) -> None:
    typed = propose(
        dd, "UNDP", "--instruction", AWARE, "--symbol", "SEECF/2011/L.3", "--rationale", "grammar"
    )
    new = propose(dd, "RCC", "--insert-after", "start", "--kind", "operative", "--text", "Open the meeting.")
    listed = amendments(dd)
    assert listed[typed]["instruction"] == AWARE  # not regenerated as "replace “to” with “of”"
    assert (listed[typed]["symbol"], listed[typed]["targets"]) == ("SEECF/2011/L.3", ["OP1"])
    assert listed[new]["targets"] == ["new at the start"]

    dd("accept", DRAFT, "--as", "SEECF", new)
    listed = amendments(dd)
    assert listed[typed]["targets"] == ["OP1 of Rev.0, now OP2"]
    assert listed[typed]["instruction"] == AWARE
    text = dd("list", DRAFT).out
    assert f"SEECF/2011/L.3 ({typed})  tabled  UNDP  Rev.0: OP1, now OP2\n  {AWARE}\n" in text

    logged = dd("log", DRAFT).out
    assert f"UNDP   propose  SEECF/2011/L.3 ({typed})  grammar" in logged
    assert [e["symbol"] for e in dd("log", DRAFT, "--json").json()][:2] == ["SEECF/2011/L.3", ""]

    exported = dd("export", DRAFT, "--format", "list").out
    assert exported.startswith("LIST OF AMENDMENTS\nTo: ")
    assert f"1. SEECF/2011/L.3 ({typed}): tabled\n" in exported
    assert "   Paragraphs:    OP1, now OP2\n" in exported  # Submitted says: on the text of Rev.0
    assert f"   Amendment:     {AWARE}\n" in exported


def test_the_voting_order_has_its_reason_and_the_chair_may_rule_otherwise(dd: DraftDesk) -> None:
    one = propose(dd, "UNDP", "--instruction", "In operative paragraph 4, replace “note” with “welcome”.")
    two = propose(dd, "OSCE", "--instruction", "In operative paragraph 4, replace “note” with “acknowledge”.")
    gone = propose(dd, "RCC", "--delete", "OP4(d)")
    listed = amendments(dd)
    assert listed[one]["vote"] == "1 of 2: takes 1 word away, a tie: tabled first"
    assert listed[two]["vote"] == "2 of 2: takes 1 word away, a tie: tabled later"
    assert listed[gone]["vote"] == ""

    assert "only the chair" in dd.refused(
        "order", DRAFT, "--as", "UNDP", two, "--before", one, "--reason", "x"
    )
    assert "does not compete" in dd.refused(
        "order", DRAFT, "--as", "SEECF", two, "--before", gone, "--reason", "x"
    )
    ruled = dd("order", DRAFT, "--as", "SEECF", two, "--before", one, "--reason", "the sponsors agreed").out
    assert ruled.splitlines()[1:] == [
        f"  1. {two}  chair's ruling: the sponsors agreed",
        f"  2. {one}  takes 1 word away, a tie: tabled first",
    ]
    listed = amendments(dd)
    assert listed[two]["vote"] == "1 of 2: chair's ruling: the sponsors agreed"
    assert listed[two]["competes_with"] == [one]
    log = dd("log", DRAFT, "--json").json()
    assert [(e["by"], e["action"], e["amendment"]) for e in log][-1] == ("SEECF", "order", two)
    assert "before itself" in dd.refused(
        "order", DRAFT, "--as", "SEECF", two, "--before", two, "--reason", "x"
    )

    revised = propose(
        dd,
        "OSCE",
        "--supersedes",
        two,
        "--instruction",
        "In operative paragraph 4, replace “note” with “salute”.",
    )  # the same proposal, revised: the ruling holds for it
    listed = amendments(dd)
    assert listed[revised]["vote"] == "1 of 2: chair's ruling: the sponsors agreed"
    assert listed[one]["vote"].startswith("2 of 2")


def test_a_revision_keeps_who_wrote_each_span_and_the_log_records_every_event(dd: DraftDesk) -> None:
    welcome = propose(dd, "UNDP", "--instruction", "In operative paragraph 4, replace “note” with “welcome”.")
    new = propose(dd, "RCC", "--insert-after", "OP2", "--text", "Stress the role of civil society.")
    dd("cosponsor", DRAFT, "--as", "OSCE", welcome)
    dd("accept", DRAFT, "--as", "SEECF", welcome, "--note", "by consensus")
    dd("accept", DRAFT, "--as", "SEECF", new)
    dd("revise", DRAFT, "--as", "SEECF")

    spans = {p["address"]: p["spans"] for p in dd("show", DRAFT, "--json", "--view", "attribution").json()}
    assert {"org": "UNDP", "text": "welcome", "mark": ""} in spans["OP5"]
    assert spans["OP3"] == [{"org": "RCC", "text": "Stress the role of civil society.", "mark": ""}]
    assert {span["org"] for span in spans["OP1"]} == {"base"}

    again = propose(
        dd, "OSCE", "--instruction", "In operative paragraph 5, replace “welcome” with “applaud”."
    )
    dd("accept", DRAFT, "--as", "SEECF", again)
    spans = {p["address"]: p["spans"] for p in dd("show", DRAFT, "--json", "--view", "attribution").json()}
    assert {"org": "OSCE", "text": "applaud", "mark": ""} in spans["OP5"]
    assert {span["org"] for span in spans["OP3"]} == {"RCC"}

    log = dd("log", DRAFT, "--json").json()
    assert [(e["by"], e["action"]) for e in log] == [
        ("UNDP", "propose"),
        ("RCC", "propose"),
        ("OSCE", "cosponsor"),
        ("SEECF", "accept"),
        ("SEECF", "accept"),
        ("SEECF", "revise"),
        ("OSCE", "propose"),
        ("SEECF", "accept"),
    ]
    assert log[3]["note"] == "by consensus"
    assert log[5]["id"] == "Rev.1" and log[5]["note"].startswith(
        "Rev.1 issued; concordance: (new) → OP3, OP3 → OP4, OP4 → OP5"  # in the texts' order
    )
    assert log[5]["note"].endswith(", OP7 → OP8")
    assert "SEECF  revise     Rev.1 issued; concordance: (new) → OP3, OP3 → OP4" in dd("log", DRAFT).out


def test_a_document_of_several_changes_cites_its_paragraphs_in_the_order_of_the_text(dd: DraftDesk) -> None:
    """The written form keeps the order of its changes; the paragraphs it concerns are listed as a
    reader looks them up (QA F56)."""
    written = (
        "1. In operative paragraph 4, replace “note” with “welcome”.\n"
        "2. Delete operative paragraph 2.\n"
        "3. In the third preambular paragraph, replace “Considering” with “Considering also”."
    )
    many = propose(dd, "UNDP", "--instruction", written)
    assert amendments(dd)[many]["targets"] == ["PP3", "OP2", "OP4"]
    listed = dd("export", DRAFT, "--format", "list").out
    assert (
        "   Paragraphs:    PP3; OP2; OP4\n" in listed
        and "   Amendment:     1. In operative paragraph 4" in listed
    )
