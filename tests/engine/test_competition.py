"""Which pending amendments compete, and the order they are voted in."""

from __future__ import annotations

from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from draftdesk.engine.competition import Claim, VoteKey, claims_conflict, groups, paragraph_conflicts
from draftdesk.engine.patches import Edit

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
    keys = {
        "A": VoteKey(False, 5, T0, "A"),
        "B": VoteKey(False, 9, T0, "B"),
        "C": VoteKey(True, 1, T0, "C"),
    }
    assert groups(pairs, keys) == [["C", "B", "A"]]


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
