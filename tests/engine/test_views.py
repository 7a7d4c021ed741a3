"""Merged views: agreed, attribution, tracked, compilation, base; plain text; partial rendering."""

from __future__ import annotations

from hypothesis import given, settings

from draftdesk.engine.amendments import Amendment, Op
from draftdesk.engine.instructions import parse_instruction
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Draft, Paragraph
from draftdesk.engine.views import plain_text, render

from .strategies import T0, decide, modify, negotiations

OP1 = "Recognise the *regional* dimension of justice and note the progress"
OP3 = "Recalls paragraph 1 above"


def negotiation() -> Negotiation:
    draft = Draft(
        "x",
        ["T"],
        paragraphs=[
            Paragraph("p-1", "operative", OP1),
            Paragraph("p-2", "operative", "Urges all parties"),
            Paragraph("p-3", "sub-item", "first item", parent="p-2"),
            Paragraph("p-4", "operative", OP3),
        ],
    )
    amendments = [
        modify("UNDP-1", "p-1", OP1, OP1.replace("note", "welcome")),
        modify("OSCE-1", "p-1", OP1, OP1.replace("note", "acknowledge"), minutes=1),
        Amendment(
            "EU-1", "EU", (Op("insert", after="", new_id="EU-1-1", new_kind="operative", text="Opens"),), T0
        ),
        Amendment("RCC-1", "RCC", (Op("delete", target="p-2", base_text="Urges all parties"),), T0),
        Amendment(
            "RCC-2",
            "RCC",
            (Op("insert", after="p-2", new_id="RCC-2-1", new_kind="operative", text="Adds"),),
            T0,
        ),
    ]
    return Negotiation(draft, amendments, [decide("EU-1", "accept", 1)])


def spans(view) -> list[tuple[str, str, str]]:
    return [(s.text, s.org, s.mark) for s in view.spans]


def test_agreed_view_is_clean_and_cross_references_follow_the_new_numbers() -> None:
    text = plain_text(render(negotiation(), "agreed"))
    assert text.splitlines()[0] == "1. Opens"
    assert "2. Recognise the regional dimension of justice and note the progress" in text
    assert "   (a) first item" in text
    assert "4. Recalls paragraph 2 above" in text


def test_attribution_view_names_the_author_of_every_span() -> None:
    first = render(negotiation(), "attribution")[0]
    assert spans(first) == [("Opens", "EU", "")]


def test_tracked_view_tags_every_pending_change() -> None:
    views = {v.id: v for v in render(negotiation(), "tracked")}
    assert spans(views["p-1"])[-8:] == [
        ("note", "UNDP", "del"),
        ("welcome", "UNDP", "ins"),
        (" [UNDP]", "UNDP", "tag"),
        (" ", "", ""),  # rivals read apart: "[UNDP] [-note-]{+acknowledge+} [OSCE]"
        ("note", "OSCE", "del"),
        ("acknowledge", "OSCE", "ins"),
        (" [OSCE]", "OSCE", "tag"),
        (" the progress", "", ""),
    ]
    assert any(s.italic and s.text == "regional" for s in views["p-1"].spans)
    assert spans(views["p-2"]) == [("Urges all parties", "RCC", "del"), (" [RCC: delete]", "RCC", "tag")]
    assert spans(views["RCC-2-1"]) == [("Adds", "RCC", "ins"), (" [RCC]", "RCC", "tag")]
    order = list(views)
    assert order.index("RCC-2-1") == order.index("p-3") + 1  # after the paragraph's sub-items


def test_compilation_view_brackets_alternatives_in_voting_order() -> None:
    views = {v.id: v for v in render(negotiation(), "compilation")}
    assert views["p-1"].text.endswith(
        "justice and [note] [Alt 1 (UNDP): welcome] [Alt 2 (OSCE): acknowledge] the progress"
    )
    assert {s.mark for s in views["p-1"].spans if "Alt" in s.text} == {"bracket"}
    assert views["RCC-2-1"].text == "[New (RCC): Adds]"


def test_render_can_be_limited_to_some_paragraphs() -> None:
    neg = negotiation()
    assert [v.id for v in render(neg, "tracked", ids=["p-1"])] == ["p-1"]
    assert [v.id for v in render(neg, "base", ids=["p-4"])] == ["p-4"]
    assert render(neg, "tracked", ids=["p-1"])[0] == {v.id: v for v in render(neg, "tracked")}["p-1"]


def test_base_view_is_the_revision_text() -> None:
    assert [v.id for v in render(negotiation(), "base")] == ["p-1", "p-2", "p-3", "p-4"]


@settings(max_examples=100, deadline=None)
@given(negotiations())
def test_views_cover_the_agreed_text_whatever_the_state(case) -> None:
    neg = Negotiation(*case)
    views = render(neg, "attribution")
    assert [v.id for v in views] == [p.id for p in neg.agreed]
    for view, paragraph in zip(views, neg.agreed, strict=True):
        assert view.text == paragraph.text.replace("*", "") or "[^" in paragraph.text
    for name in ("tracked", "compilation", "agreed"):
        assert {p.id for p in neg.agreed} <= {v.id for v in render(neg, name)}


def test_a_change_of_several_words_reads_as_one_alternative() -> None:
    draft = Draft("x", ["T"], paragraphs=[Paragraph("p-1", "operative", OP1)])
    neg = Negotiation(draft, [modify("OSCE-1", "p-1", OP1, OP1.replace("note the", "acknowledge all"))], [])
    [view] = render(neg, "compilation")
    assert view.text.endswith("and [note the] [Alt 1 (OSCE): acknowledge all] progress")


def test_a_pending_move_says_where_the_paragraph_would_go() -> None:
    neg = negotiation()
    neg.add_amendment(Amendment("EU-2", "EU", (Op("move", target="p-4", after="EU-1-1"),), T0))
    views = {v.id: v for v in render(neg, "tracked")}
    assert spans(views["p-4"])[-1] == (" [EU: move to follow OP1]", "EU", "tag")


def test_a_pending_new_paragraph_is_numbered_after_the_one_it_follows() -> None:
    views = render(negotiation(), "compilation")
    new = {v.id: (v.label, v.marker) for v in views if v.id == "RCC-2-1"}
    assert new == {"RCC-2-1": ("OP3 bis", "3 bis")}  # OP2 of the agreed text is OP3 after EU's OP1
    assert "\n3 bis. [New (RCC): Adds]\n" in plain_text(views)


def test_a_new_first_item_of_a_paragraph_without_items_is_its_a() -> None:
    neg = negotiation()
    items = (
        Op("insert", after="p-4", new_id="UNDP-2-1", new_kind="sub-item", parent="p-4", text="one;"),
        Op("insert", after="UNDP-2-1", new_id="UNDP-2-2", new_kind="sub-item", parent="p-4", text="two."),
    )
    neg.add_amendment(Amendment("UNDP-2", "UNDP", items, T0))
    views = {v.id: (v.label, v.marker) for v in render(neg, "compilation")}
    assert (views["UNDP-2-1"], views["UNDP-2-2"]) == (("OP4(a)", "a"), ("OP4(b)", "b"))


def test_moved_words_say_so_at_both_ends() -> None:
    """A sentence moved within its paragraph or into a new one is a deletion and an insertion in
    storage; the tracked and compilation views name both ends a move, as Word's move tracking does."""
    text = "Notes the plan. Requests a report. Calls for action;"
    draft = Draft(
        "x", ["T"], paragraphs=[Paragraph("p-1", "operative", text), Paragraph("p-2", "operative", "Ends.")]
    )
    swap = parse_instruction(
        "In operative paragraph 1, swap the first and second sentences.", draft.paragraphs
    )
    out = parse_instruction(
        "Make the last sentence of operative paragraph 1 a separate paragraph.", draft.paragraphs
    )
    out = [op._replace(new_id="RCC-1-1") if op.kind == "insert" else op for op in out]
    neg = Negotiation(
        draft, [Amendment("EU-1", "EU", tuple(swap), T0), Amendment("RCC-1", "RCC", tuple(out), T0)], []
    )
    first, new, _ = render(neg, "tracked")
    assert spans(first)[:5] == [
        ("Requests a report.", "EU", "ins"),
        (" [EU: moved here]", "EU", "tag"),
        (" Notes the plan. ", "", ""),
        ("Requests a report. ", "EU", "del"),
        (" [EU: moved]", "EU", "tag"),
    ]
    assert spans(first)[-3:-1] == [
        (". Calls for action", "RCC", "del"),
        (" [RCC: moved to a new paragraph]", "RCC", "tag"),
    ]
    assert spans(new) == [("Calls for action;", "RCC", "ins"), (" [RCC: moved here from OP1]", "RCC", "tag")]
    compiled = plain_text(render(neg, "compilation"))
    assert compiled.startswith("1. [Alt 1 (EU), moved here: Requests a report.] Notes the plan. ")
    assert "\n1 bis. [New (RCC), moved here from OP1: Calls for action;]\n" in compiled
    plain = Amendment("EU-2", "EU", (modify("EU-2", "p-2", "Ends.", "Ends here.").ops[0],), T0)
    neg.add_amendment(plain)
    assert spans(render(neg, "tracked")[-1])[1:3] == [
        ("here", "EU", "ins"),
        (" [EU]", "EU", "tag"),
    ]  # no move
