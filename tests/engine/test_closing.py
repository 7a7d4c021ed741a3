"""The last operative paragraph's closing mark follows its place in the agreed text."""

from __future__ import annotations

from dataclasses import replace

from draftdesk.engine.amendments import Amendment, Op
from draftdesk.engine.instructions import parse_instruction
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Draft, Paragraph
from draftdesk.engine.revision import issue_revision

from .strategies import T0, decide

ON_SEMICOLON = "In operative paragraph 1, replace “recommendations;” with “recommendations, and acts;”"
LAST = "Takes note of the report and its recommendations."


def resolution(layout: str = "un-resolution") -> Draft:
    return Draft(
        "x",
        ["T"],
        layout=layout,  # type: ignore[arg-type]
        paragraphs=[
            Paragraph("p-1", "preamble", "Recalling its resolution 60/251,"),
            Paragraph("p-2", "operative", "Takes note of the report and its recommendations;"),
            Paragraph("p-3", "operative", "Encourages Member States to streamline requests.[^1]"),
        ],
    )


def texts(neg: Negotiation) -> list[str]:
    return [p.text for p in neg.agreed]


def test_the_paragraph_left_last_by_a_deletion_ends_with_a_full_stop_merged_at_once_or_as_it_comes() -> None:
    """A/C.3/80/L.24 as A/C.3/80/L.65's part on OP2 left it: OP1 is printed "recommendations." in
    A/RES/80/189. An amendment quoting the ";" falls, naming the deletion; the words keep their author."""
    deletion = Amendment("BGR-1", "BGR", (Op("delete", target="p-3"),), T0)
    quoting = Amendment("RUS-1", "RUS", tuple(parse_instruction(ON_SEMICOLON, resolution().paragraphs)), T0)
    live = Negotiation(resolution(), [deletion, quoting], [])
    assert live.add_decision(decide("BGR-1", "accept", 1)) >= {"p-2", "p-3"}  # OP1 is drawn again
    neg = Negotiation(resolution(), [deletion, quoting], [decide("BGR-1", "accept", 1)])
    for merged in (live, neg):
        assert texts(merged)[-1] == LAST
        assert merged.fall_reason("RUS-1") == "OP1: “recommendations;” was changed by accepted BGR-1"
        assert [run.org for run in merged.runs("p-2")] == ["base"]
    assert issue_revision(neg).draft.paragraphs[-1].text == LAST
    conclusions = Negotiation(resolution("conclusions"), [deletion], [decide("BGR-1", "accept", 1)])
    assert texts(conclusions)[-1].endswith("recommendations;")  # another body's convention is its own


def test_a_paragraph_added_after_the_last_leaves_the_old_last_with_a_semicolon() -> None:
    new = Op("insert", after="p-3", new_id="MEX-1-1", new_kind="operative", text="Decides to remain seized;")
    neg = Negotiation(resolution(), [Amendment("MEX-1", "MEX", (new,), T0)], [decide("MEX-1", "accept", 1)])
    assert texts(neg)[-2:] == [
        "Encourages Member States to streamline requests;[^1]",
        "Decides to remain seized.",
    ]
    untouched = Negotiation(replace(resolution(), paragraphs=resolution().paragraphs[:2]), [], [])
    assert texts(untouched)[-1].endswith("recommendations;")  # the base text's own last is left as it is
