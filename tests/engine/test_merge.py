"""The merge on hand-made cases: strict application, falls with reasons, structure, supersede."""

from __future__ import annotations

from datetime import timedelta

from draftdesk.engine.amendments import Amendment, Decision, Op
from draftdesk.engine.instructions import parse_instruction
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Draft, Paragraph
from draftdesk.engine.patches import Edit, patch_of_edits

from .strategies import T0, decide, modify

OP1 = "Recognise the regional dimension of justice and note the progress"
OP2 = "Urges all parties to cooperate"


def draft() -> Draft:
    return Draft(
        "x",
        ["T"],
        paragraphs=[
            Paragraph("p-1", "operative", OP1),
            Paragraph("p-2", "operative", OP2),
            Paragraph("p-3", "sub-item", "first item", parent="p-2"),
            Paragraph("p-4", "operative", "Decides to remain seized"),
        ],
    )


def texts(neg: Negotiation) -> list[str]:
    return [p.text for p in neg.agreed]


def test_accepted_amendments_apply_in_acceptance_order_with_attribution() -> None:
    welcome = modify("UNDP-1", "p-1", OP1, OP1.replace("note", "welcome"))
    european = modify("OSCE-1", "p-1", OP1, OP1.replace("regional", "European"))
    neg = Negotiation(
        draft(), [welcome, european], [decide("OSCE-1", "accept", 2), decide("UNDP-1", "accept", 1)]
    )
    assert texts(neg)[0] == "Recognise the European dimension of justice and welcome the progress"
    assert [(r.org, r.text) for r in neg.runs("p-1")] == [
        ("base", "Recognise the "),
        ("OSCE", "European"),
        ("base", " dimension of justice and "),
        ("UNDP", "welcome"),
        ("base", " the progress"),
    ]


def test_an_accepted_amendment_on_changed_words_falls_and_changes_nothing() -> None:
    first = modify("UNDP-1", "p-1", OP1, OP1.replace("note", "welcome"))
    second = modify("OSCE-1", "p-1", OP1, OP1.replace("note the", "take note of the"), minutes=1)
    neg = Negotiation(
        draft(), [first, second], [decide("UNDP-1", "accept", 1), decide("OSCE-1", "accept", 2)]
    )
    assert texts(neg)[0] == OP1.replace("note", "welcome")
    assert neg.state("OSCE-1").status == "fallen"
    assert neg.fall_reason("OSCE-1") == "OP1: “note” was changed by accepted UNDP-1"  # the word that went


def clause(aid: str, old: str, new: str, minutes: int = 0) -> Amendment:
    """An amendment replacing the words ``old`` of OP1 as one clause ("replace “old” with “new”")."""
    at = OP1.index(old)
    op = Op("modify", target="p-1", base_text=OP1, patch=patch_of_edits(OP1, [Edit(at, at + len(old), new)]))
    return Amendment(aid, aid.split("-")[0], (op,), T0 + timedelta(minutes=minutes))


def test_an_amendment_falls_only_when_the_words_it_needs_went_and_the_reason_names_those_words() -> None:
    """A/80/L.25 OP69: a clause replaced whole by a wording that keeps some of its words leaves an
    amendment on those words standing; one that needs a word the replacement dropped falls, naming it."""
    whole = clause("OSCE-1", "regional dimension of justice", "regional dimension of the rule of law")
    kept = clause("UNDP-1", "regional dimension", "local dimension", minutes=1)
    dropped = clause("RCC-1", "dimension of justice", "dimension of fairness", minutes=2)
    neg = Negotiation(draft(), [whole, kept, dropped], [decide("OSCE-1", "accept", 1)])
    assert neg.state("UNDP-1").status == "tabled"
    assert neg.fall_reason("RCC-1") == "OP1: “justice” was changed by accepted OSCE-1"
    neg.add_decision(decide("UNDP-1", "accept", 2))
    assert texts(neg)[0] == "Recognise the local dimension of the rule of law and note the progress"


def insertion(aid: str, after: str, words: str, minutes: int = 0) -> Amendment:
    """An amendment inserting ``words`` into OP1 right after the words ``after``."""
    at = OP1.index(after) + len(after)
    op = Op("modify", target="p-1", base_text=OP1, patch=patch_of_edits(OP1, [Edit(at, at, words)]))
    return Amendment(aid, aid.split("-")[0], (op,), T0 + timedelta(minutes=minutes))


def test_an_insertion_stands_while_the_words_beside_its_point_stand_whoever_wrote_them_last() -> None:
    """An insertion needs the words either side of its point, not that nobody touched them: a clause
    replaced by a wording that keeps them (or by the very same words) leaves it standing."""
    same = clause("OSCE-1", "regional", "regional")
    keeps = clause("RCC-1", "regional dimension of justice", "regional dimension of justice and security", 1)
    beside = insertion("UNDP-1", "regional", " and international", minutes=2)
    gone = insertion("EU-1", "dimension of", " criminal", minutes=3)
    neg = Negotiation(draft(), [same, keeps, beside, gone], [decide("OSCE-1", "accept", 1)])
    assert neg.state("UNDP-1").status == "tabled"
    neg.add_decision(decide("RCC-1", "accept", 2))
    assert neg.state("UNDP-1").status == "tabled"
    assert neg.state("EU-1").status == "tabled"
    neg.add_decision(decide("UNDP-1", "accept", 3))
    assert texts(neg)[0] == (
        "Recognise the regional and international dimension of justice and security and note the progress"
    )
    neg.add_amendment(clause("OSCE-2", "of justice", "of law", minutes=4))
    neg.add_decision(decide("OSCE-2", "accept", 4))
    assert neg.fall_reason("EU-1") == "OP1: “justice” was changed by accepted OSCE-2"


def written(aid: str, instruction: str, minutes: int = 0) -> Amendment:
    ops = tuple(parse_instruction(instruction, draft().paragraphs))
    return Amendment(aid, aid.split("-")[0], ops, T0 + timedelta(minutes=minutes))


def test_an_insertion_needs_the_words_it_quoted_as_well_as_its_point() -> None:
    """A/80/L.31: "after “global and regional”, insert …" falls when “global” goes, though the
    words either side of its point still stand; a clause replaced by one that keeps them does not."""
    after = written("UNDP-1", "In operative paragraph 1, after “the regional”, insert “and international”.")
    same = written(
        "OSCE-1",
        "In operative paragraph 1, replace “Recognise the regional dimension” with “Firmly recognise the"
        " regional dimension”.",
    )
    shorter = written(
        "RCC-1", "In operative paragraph 1, replace “the regional dimension” with “the dimension”."
    )
    neg = Negotiation(draft(), [after, same, shorter], [decide("OSCE-1", "accept", 1)])
    assert neg.state("UNDP-1").status == "tabled"
    assert neg.state("UNDP-1").competes_with == ("RCC-1",)
    neg.add_decision(decide("RCC-1", "accept", 2))
    assert neg.fall_reason("UNDP-1").endswith("regional” was changed by accepted RCC-1")


def test_accepting_one_of_competing_amendments_makes_the_other_fall() -> None:
    welcome = modify("UNDP-1", "p-1", OP1, OP1.replace("note", "welcome"))
    acknowledge = modify("OSCE-1", "p-1", OP1, OP1.replace("note", "acknowledge"), minutes=1)
    neg = Negotiation(draft(), [welcome, acknowledge], [])
    assert neg.competing_groups() == [["UNDP-1", "OSCE-1"]]  # each replaces one word: tabled first
    assert neg.state("UNDP-1").competes_with == ("OSCE-1",)
    assert neg.state("OSCE-1").vote_rank == 2
    assert neg.vote_reason("OSCE-1") == "takes 1 word away, a tie: tabled later"
    assert neg.add_decision(decide("UNDP-1", "accept", 1)) == {"p-1"}
    assert neg.state("OSCE-1").status == "fallen"
    assert neg.competing_groups() == []
    assert neg.pending() == []


def test_insert_delete_and_move_renumber_the_agreed_text() -> None:
    insert = Amendment(
        "EU-1",
        "EU",
        (
            Op(
                "insert",
                after="p-2",
                new_id="EU-1-1",
                new_kind="sub-item",
                parent="p-2",
                text="new first item",
            ),
            Op("insert", after="p-2", new_id="EU-1-2", new_kind="operative", text="Welcomes"),
        ),
        T0,
    )
    delete = Amendment("RCC-1", "RCC", (Op("delete", target="p-2", base_text=OP2),), T0)
    move = Amendment("OSCE-1", "OSCE", (Op("move", target="p-4", after=""),), T0)
    neg = Negotiation(
        draft(), [insert, delete, move], [decide("EU-1", "accept", 1), decide("OSCE-1", "accept", 2)]
    )
    assert [p.id for p in neg.agreed] == ["p-4", "p-1", "p-2", "EU-1-1", "p-3", "EU-1-2"]
    assert {pid: n.label for pid, n in neg.numbers().items()}["p-3"] == "OP3(b)"
    assert [(r.org, r.text) for r in neg.runs("EU-1-2")] == [("EU", "Welcomes")]
    assert neg.state("RCC-1").competes_with == ()
    neg.add_decision(decide("RCC-1", "accept", 3))
    assert [p.id for p in neg.agreed] == ["p-4", "p-1", "EU-1-2"]  # the sub-items go with their paragraph


def test_an_amendment_on_a_deleted_paragraph_falls_naming_it() -> None:
    delete = Amendment("RCC-1", "RCC", (Op("delete", target="p-2", base_text=OP2),), T0)
    reword = modify("UNDP-1", "p-2", OP2, OP2.replace("Urges", "Calls upon"))
    neg = Negotiation(draft(), [delete, reword], [])
    assert neg.competing_groups() == [["RCC-1", "UNDP-1"]]  # deleting the paragraph is voted first
    neg.add_decision(decide("RCC-1", "accept", 1))
    assert neg.fall_reason("UNDP-1") == "OP2: the paragraph was deleted by accepted RCC-1"


def test_lifecycle_private_tabled_withdrawn_reinstated_cosponsored() -> None:
    private = modify("UNDP-1", "p-1", OP1, OP1.replace("note", "welcome"))._replace(private=True)
    neg = Negotiation(draft(), [private], [])
    assert neg.state("UNDP-1").status == "draft"
    assert neg.pending() == []
    neg.add_decision(decide("UNDP-1", "table", 1, by="UNDP"))
    assert neg.pending() == ["UNDP-1"]
    neg.add_decision(decide("UNDP-1", "withdraw", 2, by="UNDP"))
    assert neg.state("UNDP-1").status == "withdrawn"
    neg.add_decision(decide("UNDP-1", "reinstate", 3))
    neg.add_decision(decide("UNDP-1", "cosponsor", 4, by="OSCE"))
    assert neg.state("UNDP-1").status == "tabled"
    assert neg.state("UNDP-1").cosponsors == ("OSCE",)
    neg.add_decision(decide("UNDP-1", "reject", 5))
    assert neg.state("UNDP-1").status == "rejected"
    assert texts(neg)[0] == OP1


def test_a_superseded_amendment_is_never_applied() -> None:
    old = modify("UNDP-1", "p-1", OP1, OP1.replace("note", "welcome"))
    new = modify("UNDP-2", "p-1", OP1, OP1.replace("note", "warmly welcome"), minutes=5)._replace(
        supersedes="UNDP-1"
    )
    neg = Negotiation(draft(), [old], [])
    neg.add_amendment(new)
    assert neg.state("UNDP-1").status == "superseded"
    neg.add_decision(decide("UNDP-1", "accept", 1))
    assert neg.state("UNDP-1").status == "superseded"
    assert texts(neg)[0] == OP1
    assert neg.pending() == ["UNDP-2"]


def test_a_decision_arriving_out_of_order_gives_the_full_result() -> None:
    first = modify("UNDP-1", "p-1", OP1, OP1.replace("note", "welcome"))
    second = modify("OSCE-1", "p-1", OP1, OP1.replace("note", "acknowledge"))
    late, early = decide("OSCE-1", "accept", 5), decide("UNDP-1", "accept", 1)
    neg = Negotiation(draft(), [first, second], [late])
    touched = neg.add_decision(early)
    assert "p-1" in touched
    assert texts(neg)[0] == OP1.replace("note", "welcome")
    assert neg.state("OSCE-1").status == "fallen"


def test_the_last_event_is_the_latest_amendment_or_decision_and_follows_new_ones() -> None:
    assert Negotiation(draft(), [], []).last_event is None
    early = modify("UNDP-1", "p-1", OP1, OP1.replace("note", "welcome"), minutes=5)
    late = modify("OSCE-1", "p-2", OP2, OP2.replace("all", "both"), minutes=30)
    neg = Negotiation(draft(), [late, early], [])
    assert neg.last_event == late.created
    accept = decide("UNDP-1", "accept", 0)  # an hour after T0: after both amendments
    neg.add_decision(accept)
    assert neg.last_event == accept.at
    later = modify("RCC-1", "p-4", "Decides to remain seized", "Decides to stay seized", minutes=120)
    neg.add_amendment(later)
    assert neg.last_event == later.created


def test_prepared_for_decisions_a_negotiation_knows_its_last_event_and_what_was_decided() -> None:
    early = modify("UNDP-1", "p-1", OP1, OP1.replace("note", "welcome"), minutes=5)
    late = modify("OSCE-1", "p-2", OP2, OP2.replace("all", "both"), minutes=30)
    accept = decide("UNDP-1", "accept", 0)
    neg = Negotiation(draft(), [late, early], [accept])
    assert neg.prepare_decisions() == accept.at
    assert neg.add_decision(accept) == set()  # recorded already: nothing to merge again


def test_the_chairs_ruling_on_the_voting_order_is_kept_with_its_reason() -> None:
    welcome = modify("UNDP-1", "p-1", OP1, OP1.replace("note", "welcome"))
    acknowledge = modify("OSCE-1", "p-1", OP1, OP1.replace("note", "acknowledge"), minutes=1)
    neg = Negotiation(draft(), [welcome, acknowledge], [])
    ruling = Decision(
        "D-order", "OSCE-1", "order", "CHAIR", T0 + timedelta(hours=1), note="closer", before="UNDP-1"
    )
    assert neg.add_decision(ruling) == {"p-1"}
    assert neg.competing_groups() == [["OSCE-1", "UNDP-1"]]
    assert neg.pending("p-1") == ["OSCE-1", "UNDP-1"]
    assert (neg.state("OSCE-1").vote_rank, neg.state("OSCE-1").status) == (1, "tabled")
    assert neg.vote_reason("OSCE-1") == "chair's ruling: closer"
    assert Negotiation(draft(), [welcome, acknowledge], [ruling]).competing_groups() == [["OSCE-1", "UNDP-1"]]


def test_a_fall_reason_quotes_the_words_as_printed() -> None:
    """The note's mark raised ("1949² and"), never the stored markup ("1949[^2] and")."""
    text = "Recalling the Conventions of 12 August 1949[^2] and the Protocols"
    geneva = Draft("x", ["T"], paragraphs=[Paragraph("p-1", "preamble", text)])
    law = modify("EU-1", "p-1", text, text.replace("[^2] and", "[^2], as well as law, and"))
    usage = modify("RUS-1", "p-1", text, text.replace("[^2] and", "[^2], as well as usage, and"), minutes=1)
    neg = Negotiation(geneva, [law, usage], [decide("EU-1", "accept", 1), decide("RUS-1", "accept", 2)])
    reason = neg.fall_reason("RUS-1")
    assert "1949²" in reason and "[^" not in reason
