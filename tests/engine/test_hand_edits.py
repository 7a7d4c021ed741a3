"""A draft.toml edited by hand, adopted as the next revision: each part carried three ways."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from draftdesk.engine.amendments import Amendment, Decision, Op
from draftdesk.engine.hand_edits import NotAdoptable, adopted
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Draft, Org, Paragraph
from draftdesk.engine.patches import make_patch

T = datetime(2026, 12, 8, 10)
OP1, OP2 = "Welcomes the report", "Urges all parties to cooperate"
FOUNDED = Draft(
    "x",
    ["Annual conference"],
    place_date="Belgrade, 2 December 2011",
    metadata={"symbol": "X/1"},
    orgs=[Org("SEECF", "Chair", roles=("chair",)), Org("UNDP", "UNDP")],
    paragraphs=[Paragraph("p-1", "operative", OP1), Paragraph("p-2", "operative", OP2)],
)
URGES = Amendment(
    "UNDP-1", "UNDP", (Op("modify", "p-2", OP2, make_patch(OP2, OP2.replace("all", "both"))),), T
)


def negotiation(*decided: Amendment) -> Negotiation:
    decisions = [Decision(f"D-{a.id}", a.id, "accept", "SEECF", T) for a in decided]
    return Negotiation(FOUNDED, list(decided), decisions)


def edited(**changes: object) -> Draft:
    return replace(FOUNDED, **changes)


def test_the_hands_words_title_and_date_are_carried_onto_the_agreed_text() -> None:
    hand = edited(
        title=["Annual Conference"],
        place_date="Belgrade, 2 December 2012",
        paragraphs=[Paragraph("p-1", "operative", "Welcomes the reports"), FOUNDED.paragraphs[1]],
    )
    result = adopted(negotiation(URGES), FOUNDED, hand, "SEECF", T)
    assert result is not None and result.draft.revision == 1
    assert [p.text for p in result.draft.paragraphs] == [
        "Welcomes the reports",
        "Urges both parties to cooperate",
    ]
    assert (result.draft.title, result.draft.place_date) == (
        ["Annual Conference"],
        "Belgrade, 2 December 2012",
    )
    standing = Negotiation(result.draft, [URGES], [])
    assert adopted(standing, FOUNDED, hand, "SEECF", T) is None  # held already: nothing to issue


@pytest.mark.parametrize(
    ("hand", "why"),
    [
        (edited(paragraphs=[FOUNDED.paragraphs[0], Paragraph("p-2", "operative", "Urges all to cooperate")]),
         "OP2 was changed in draft.toml by hand and by the negotiation"),
        (edited(paragraphs=FOUNDED.paragraphs[::-1]), "paragraphs were added, removed or moved"),
        (edited(orgs=[Org("SEECF", "Chair", roles=("chair",)), Org("UNDP", "UNDP", roles=("chair",))]),
         "organizations or roles were changed by hand"),
    ],
)  # fmt: skip
def test_what_cannot_be_carried_is_refused_naming_it(hand: Draft, why: str) -> None:
    with pytest.raises(NotAdoptable, match=why):
        adopted(negotiation(URGES), FOUNDED, hand, "SEECF", T)
