"""Which pending amendments compete, and the order they are voted in."""

from __future__ import annotations

from datetime import timedelta
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from draftdesk.engine.competition import Claim, claims_conflict, groups, paragraph_conflicts
from draftdesk.engine.patches import Edit, deleted_words
from draftdesk.engine.voting import (
    WORD_RE,
    Ruling,
    VoteKey,
    vote_key,
    vote_reasons,
    voting_order,
    words_removed,
)

from .strategies import T0


def test_overlapping_edits_compete_and_distinct_words_do_not() -> None:
    note = Claim("edit", (Edit(10, 14, "welcome"),))
    assert claims_conflict(note, Claim("edit", (Edit(12, 20, "x"),)))
    assert not claims_conflict(note, Claim("edit", (Edit(20, 24, "x"),)))
    assert claims_conflict(Claim("delete"), note)
    assert claims_conflict(Claim("move"), note)
    assert not claims_conflict(Claim("move"), Claim("anchor"))
    assert not claims_conflict(Claim("anchor"), Claim("anchor"))


def test_groups_are_connected_and_in_voting_order() -> None:
    pairs = paragraph_conflicts(
        {"A": Claim("edit", (Edit(0, 4, "x"),)), "B": Claim("edit", (Edit(2, 8, "y"),)), "C": Claim("delete")}
    )
    keys = {"A": VoteKey(1, 5, T0, "A"), "B": VoteKey(1, 9, T0, "B"), "C": VoteKey(0, 1, T0, "C")}
    assert groups(pairs, keys) == [["C", "B", "A"]]
    assert groups(pairs, keys, [Ruling("A", "B", "closest to consensus")]) == [["C", "A", "B"]]


TEXT = "Notes the report of the Secretary-General on the situation"


def key(aid: str, claim: Claim, minutes: int = 0) -> VoteKey:
    return vote_key(aid, {"p": claim}, {"p": TEXT}, T0 + timedelta(minutes=minutes))


def test_furthest_removed_is_measured_by_the_words_taken_from_the_text_not_by_length() -> None:
    report = TEXT.index("report")
    replace_two = Claim("edit", (Edit(report, report + len("report of"), "x"),))
    keys = {
        "delete": key("delete", Claim("delete"), 9),
        "two": key("two", replace_two, 8),
        "long": key("long", Claim("edit", (Edit(0, 5, "Welcomes with great appreciation " * 20),)), 1),
        "add": key("add", Claim("edit", (Edit(report, report, "annual " * 30),)), 0),
        "new": key("new", Claim("anchor"), 0),
    }
    assert voting_order(keys, keys) == ["delete", "two", "long", "add", "new"]
    assert keys["two"].removed == 2 and keys["long"].removed == 1 and keys["add"].removed == 0
    shorter = key("long", Claim("edit", (Edit(0, 5, "Welcomes"),)), 1)
    assert shorter.sort_key() == keys["long"].sort_key()  # lengthening the new words moves nothing
    reasons = vote_reasons(list(keys), keys)
    assert reasons["delete"] == "deletes a paragraph"
    assert reasons["two"] == "takes 2 words away"
    assert reasons["add"] == "takes no words away"
    assert reasons["new"] == "a new paragraph: after changes to the text"


phrases = st.lists(st.sampled_from(("the", "report", "of", "annual", "Notes", ",", "")), max_size=6).map(
    " ".join
)


@given(phrases, phrases)
@settings(max_examples=300, deadline=None)
def test_the_words_a_replacement_takes_away_are_those_its_word_diff_does_not_keep(old: str, new: str) -> None:
    assert words_removed(old, new) == len(WORD_RE.findall(deleted_words(old, new) if new else old))


def test_ties_go_by_tabling_time_and_the_chair_may_rule_otherwise() -> None:
    note = TEXT.index("Notes")
    keys = {aid: key(aid, Claim("edit", (Edit(note, note + 5, aid),)), m) for aid, m in (("B", 2), ("A", 1))}
    assert voting_order(keys, keys) == ["A", "B"]
    assert vote_reasons(["A", "B"], keys) == {
        "A": "takes 1 word away, a tie: tabled first",
        "B": "takes 1 word away, a tie: tabled later",
    }
    rulings = [Ruling("B", "A", "the sponsors asked"), Ruling("A", "B", "on reflection")]
    assert voting_order(keys, keys, rulings[:1]) == ["B", "A"]
    assert vote_reasons(["B", "A"], keys, rulings[:1])["B"] == "chair's ruling: the sponsors asked"
    assert voting_order(keys, keys, rulings) == ["A", "B"]  # the later ruling prevails


@st.composite
def paragraph_claims(draw: st.DrawFn) -> dict[str, Claim]:
    """Claims of a few amendments on one short paragraph: edits that may touch, nest or share a point."""
    claims = {}
    for n in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["edit", "edit", "edit", "delete", "move", "anchor"]))
        edits = []
        if kind == "edit":
            for _ in range(draw(st.integers(0, 3))):
                start = draw(st.integers(0, 12))
                edits.append(Edit(start, start + draw(st.integers(0, 4)), "x"))
        claims[f"A{n}"] = Claim(kind, tuple(edits))
    return claims


@settings(max_examples=300, deadline=None)
@given(paragraph_claims())
def test_paragraph_conflicts_are_the_pairs_whose_claims_conflict(claims: dict[str, Claim]) -> None:
    conflicting = [(a, b) for (a, ca), (b, cb) in combinations(claims.items(), 2) if claims_conflict(ca, cb)]
    assert paragraph_conflicts(claims) == set(map(frozenset, conflicting))
