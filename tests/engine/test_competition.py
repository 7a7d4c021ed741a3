"""Which pending amendments compete, and the order they are voted in."""

from __future__ import annotations

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
