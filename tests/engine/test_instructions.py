"""Written instructions: generated the way delegations write them, and parsed back into operations."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from draftdesk.engine.amendments import Amendment, Decision, Op
from draftdesk.engine.importing import import_text
from draftdesk.engine.instructions import InstructionError, parse_instruction, written_form
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Draft, Footnote, Paragraph
from draftdesk.engine.patches import apply_edits, edits_from_patch, make_patch

T0 = datetime(2026, 11, 29, 9, 0)
SEED = Path(__file__).resolve().parents[1] / "data" / "seeds" / "belgrade-2011-conclusions.txt"
PARAGRAPHS = [
    Paragraph("p-1", "heading", "CONCLUSIONS"),
    Paragraph("p-2", "preamble", "Under the auspices of the Chair,"),
    Paragraph("p-3", "preamble", "Participating in the *IV Conference*;"),
    Paragraph("p-4", "preamble", "Considering the positions[^1] expressed"),
    Paragraph("p-5", "operative", "Aware of the crises;"),
    Paragraph("p-6", "operative", "Recognise the cooperation in justice and note the very good progress:"),
    Paragraph("p-7", "sub-item", "Cooperation on integrity;", parent="p-6"),
    Paragraph("p-8", "sub-item", "Cyber security;", parent="p-6"),
    Paragraph("p-9", "operative", "Welcome the readiness of the Prosecutors' Network."),
]
TEXT = {p.id: p.text for p in PARAGRAPHS}


def applied(op: Op) -> str:
    return apply_edits(op.base_text, edits_from_patch(op.base_text, op.patch))


def modify(pid: str, new: str, paragraphs: list[Paragraph] = PARAGRAPHS) -> Op:
    base = next(p.text for p in paragraphs if p.id == pid)
    return Op("modify", target=pid, base_text=base, patch=make_patch(base, new))


def amendment(*ops: Op) -> Amendment:
    return Amendment("UNDP-1", "UNDP", ops, T0)


def only_modify(text: str, paragraphs: list[Paragraph] = PARAGRAPHS) -> tuple[str, str]:
    (op,) = parse_instruction(text, paragraphs)
    assert op.kind == "modify"
    return op.target, applied(op)


# --- parsing ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("instruction", "target", "result"),
    [
        (
            "In operative paragraph 2, after “justice” insert “, home affairs”; replace “note” with "
            "“welcome”; delete “very”.",
            "p-6",
            "Recognise the cooperation in justice, home affairs and welcome the good progress:",
        ),
        (
            'In OP2, after "justice" insert ", home affairs"; replace "note" by "welcome"',
            "p-6",
            "Recognise the cooperation in justice, home affairs and welcome the progress:".replace(
                "the progress", "the very good progress"
            ),
        ),
        ("In the second preambular paragraph, delete “IV”.", "p-3", "Participating in the *Conference*;"),
        ("In preambular paragraph 2, delete ‘the IV Conference’.", "p-3", "Participating in;"),
        (
            "In the 1st preambular paragraph, replace “Chair” with “President”",
            "p-2",
            TEXT["p-2"][:-6] + "President,",
        ),
        (
            "In operative paragraph 2 (b), at the beginning insert “Cooperation on”; "
            "at the end insert “and more”",
            "p-8",
            "Cooperation on Cyber security and more;",  # before the closing mark
        ),
        (
            "In OP3, replace 'Prosecutors' Network' with 'network'.",
            "p-9",
            "Welcome the readiness of the network.",
        ),
        (
            "In operative paragraph 1, insert “financial” before “crises”",
            "p-5",
            "Aware of the financial crises;",
        ),
        ("In operative paragraph 1, add “all” after “of”.", "p-5", "Aware of all the crises;"),
        (
            "In operative paragraph 2,\n  replace “cooperation in\n justice” with “work”.",
            "p-6",
            "Recognise the work and note the very good progress:",
        ),
        ("In paragraph 1, strike out the words “the”", "p-5", "Aware of crises;"),
        ("In OP2, delete “very” and “good”.", "p-6", TEXT["p-6"].replace("very good ", "")),
        (
            "In OP2, replace “note the very” with “welcome the”",
            "p-6",
            TEXT["p-6"].replace("note the very", "welcome the"),
        ),
    ],
)
def test_modify_instructions_parse_to_one_modify_op(instruction: str, target: str, result: str) -> None:
    assert only_modify(instruction) == (target, result)


def test_markup_is_matched_through_and_kept() -> None:
    # quoted across a footnote reference: the reference stays
    assert only_modify("In PP3, replace “positions expressed” with “views”")[1] == "Considering the views[^1]"
    # quoted inside an emphasis: replacing keeps the emphasis, "after" inserts past its end
    assert only_modify("In PP2, replace “IV Conference” with “Fourth Conference”")[1] == (
        "Participating in the *Fourth Conference*;"
    )
    assert only_modify("In PP2, after “IV Conference” insert “of 2011”")[1] == (
        "Participating in the *IV Conference* of 2011;"
    )
    # a whole emphasis deleted goes with its markers; a quote with the markers matches too
    assert only_modify("In PP2, delete “IV Conference”")[1] == "Participating in the;"
    assert (
        only_modify("In PP2, replace “*IV Conference*” with “Conference”")[1]
        == "Participating in the Conference;"
    )
    # an emphasis half quoted keeps its markers around what remains
    assert only_modify("In PP2, replace “the IV” with “a”")[1] == "Participating in *a Conference*;"


def test_several_numbered_instructions_make_one_list_and_merge_per_paragraph() -> None:
    ops = parse_instruction(
        "1. In operative paragraph 1, delete “the”. "
        "2. In operative paragraph 2, replace “note” with “welcome”."
        "\n3. In operative paragraph 1, after “crises” insert “of the day”",
        PARAGRAPHS,
    )
    assert [(op.kind, op.target) for op in ops] == [("modify", "p-5"), ("modify", "p-6")]
    assert applied(ops[0]) == "Aware of crises of the day;"
    assert applied(ops[1]) == TEXT["p-6"].replace("note", "welcome")


def test_a_sentence_without_a_paragraph_continues_the_one_before() -> None:
    target, text = only_modify("In operative paragraph 1, delete “the”. Replace “crises” with “crisis”.")
    assert (target, text) == ("p-5", "Aware of crisis;")


def test_a_paragraph_replaced_as_a_whole() -> None:
    whole = "Replace operative paragraph 1 with the following text:\n“Aware of all crises;”"
    assert only_modify(whole) == ("p-5", "Aware of all crises;")
    assert only_modify("Amend OP1 to read: Aware of it;") == ("p-5", "Aware of it;")


@pytest.mark.parametrize(
    ("instruction", "result"),
    [
        ("Operative paragraph 1: replace the words “the” with the words “all”.", "Aware of all crises;"),
        ("OP2(a): delete “on”", "Cooperation integrity;"),
        (
            "In operative paragraph 2, subparagraph (b), "
            "add at the end of the paragraph the words “and defence”",
            "Cyber security and defence;",
        ),
        ("Change operative clause 1 to read as follows: Aware of it;", "Aware of it;"),
    ],
)
def test_other_ways_documents_write_them(instruction: str, result: str) -> None:
    assert only_modify(instruction)[1] == result


def test_model_un_style_numbered_amendment() -> None:
    ops = parse_instruction(
        "1. Change operative clause 1 to read: “Aware of it;”\n"
        "2. Strike operative clause 3.\n3. Renumber accordingly.",
        PARAGRAPHS,
    )
    assert [(op.kind, op.target) for op in ops] == [("modify", "p-5"), ("delete", "p-9")]
    assert applied(ops[0]) == "Aware of it;"


def test_odd_spacing_and_quotes_in_the_text_still_read_back() -> None:
    paragraphs = [Paragraph("p-1", "operative", 'Note the “a” and  "b" domains ,\nconsider ‘c’ items;')]
    for new in (
        'Note the “A” and "b" domains, consider ‘c’ items;',
        'Note the “a” and  "b" domains ,\nconsider ‘c’ items and more;',
        "Note items;",
    ):
        op = modify("p-1", new, paragraphs)
        (back,) = parse_instruction(written_form(amendment(op), paragraphs), paragraphs)
        assert applied(back) == new


@pytest.mark.parametrize(
    ("instruction", "fields"),
    [
        (
            "After operative paragraph 3, insert a new operative paragraph, reading:\nEncourage all members.",
            ("p-9", "operative", "", "Encourage all members."),
        ),
        (
            "After the second preambular paragraph, insert a new preambular paragraph, reading: “Noting X,”",
            ("p-3", "preamble", "", "Noting X,"),
        ),
        (
            "After operative paragraph 2 (a), insert a new sub-paragraph, reading: “Trade;”",
            ("p-7", "sub-item", "p-6", "Trade;"),
        ),
        (
            "After operative paragraph 2, insert a new sub-paragraph: “Trade;”",
            ("p-6", "sub-item", "p-6", "Trade;"),
        ),
        (
            "Before operative paragraph 1, insert a new operative paragraph, reading: “First;”",
            ("p-4", "operative", "", "First;"),
        ),
        (
            "Before operative paragraph 2 (a), insert a new sub-paragraph: “Zero;”",
            ("p-6", "sub-item", "p-6", "Zero;"),
        ),
        ("At the beginning, insert a new heading, reading: “PREAMBLE”", ("", "heading", "", "PREAMBLE")),
        ("Insert a new operative paragraph after OP1, reading: “Also;”", ("p-5", "operative", "", "Also;")),
        ("After OP2 (b), insert a new paragraph, reading: “More;”", ("p-8", "sub-item", "p-6", "More;")),
    ],
)
def test_insert_instructions(instruction: str, fields: tuple[str, str, str, str]) -> None:
    (op,) = parse_instruction(instruction, PARAGRAPHS)
    assert op.kind == "insert" and op.new_id == ""
    assert (op.after, op.new_kind, op.parent, op.text) == fields


def test_delete_and_move_instructions() -> None:
    ops = parse_instruction(
        "Delete the third preambular paragraph and operative paragraph 2. "
        "Move operative paragraph 3 to follow operative paragraph 1. "
        "Move OP1 to precede the first preambular paragraph.",
        PARAGRAPHS,
    )
    assert [(op.kind, op.target, op.after, op.base_text) for op in ops] == [
        ("delete", "p-4", "", TEXT["p-4"]),
        ("delete", "p-6", "", TEXT["p-6"]),
        ("move", "p-9", "p-5", ""),
        ("move", "p-5", "p-1", ""),
    ]


def test_deleting_a_paragraph_takes_its_sub_items_once() -> None:
    ops = parse_instruction("Delete operative paragraphs 2 (a), 2 and 3.", PARAGRAPHS)
    assert [op.target for op in ops] == ["p-6", "p-9"]


@pytest.mark.parametrize(
    ("instruction", "words"),
    [
        ("In operative paragraph 9, delete “the”.", ["operative paragraph 9"]),
        (
            "In operative paragraph 1, delete “storms”.",
            ["operative paragraph 1", "“storms”", "does not occur"],
        ),
        ("In OP2, replace “the” with “a”.", ["operative paragraph 2", "“the”", "2 times"]),
        ("In OP2, frobnicate “the”.", ["operative paragraph 2", "frobnicate"]),
        ("Rewrite everything.", ["Rewrite everything."]),
        ("Delete the ninth preambular paragraph.", ["preambular paragraph 9"]),
        ("In the chapeau, delete “the”.", ["the chapeau"]),
        ("In OP1, replace “of the” with “x”; delete “the crises”.", ["operative paragraph 1", "overlap"]),
        ("In OP1, replace “Aware” with “Aware”.", ["operative paragraph 1", "changes nothing"]),
        ("After OP1, insert a new operative paragraph, reading:", ["reading"]),
        ("", ["empty"]),
    ],
)
def test_errors_name_the_paragraph_and_the_words(instruction: str, words: list[str]) -> None:
    with pytest.raises(InstructionError) as err:
        parse_instruction(instruction, PARAGRAPHS)
    for word in words:
        assert word in str(err.value)


def test_nothing_is_returned_when_a_later_instruction_fails() -> None:
    with pytest.raises(InstructionError, match="operative paragraph 3"):
        parse_instruction("1. Delete OP1. 2. In OP3, delete “nothing here”.", PARAGRAPHS)


# --- generation ------------------------------------------------------------------------


def test_written_form_of_word_edits() -> None:
    op = modify("p-6", "Recognise the cooperation in justice, home affairs and welcome the good progress:")
    assert written_form(amendment(op), PARAGRAPHS) == (
        "In operative paragraph 2, after “justice” insert “, home affairs”; replace “note” with “welcome”; "
        "delete “very”."
    )


def test_written_form_quotes_enough_words_to_be_unambiguous() -> None:
    op = modify("p-6", "Recognise a cooperation in justice and note the very good progress:")
    form = written_form(amendment(op), PARAGRAPHS)
    assert form == "In operative paragraph 2, replace “Recognise the” with “Recognise a”."
    assert applied(parse_instruction(form, PARAGRAPHS)[0]) == applied(op)


def test_written_form_names_paragraphs_as_documents_do() -> None:
    ops = (
        Op("insert", after="p-9", new_id="UNDP-1-1", new_kind="operative", text="Decide to meet again."),
        Op("delete", target="p-4", base_text=TEXT["p-4"]),
        modify("p-7", "Cooperation on integrity building;"),
        Op("delete", target="p-6", base_text=TEXT["p-6"]),
        Op("move", target="p-9", after="p-5"),
    )
    assert written_form(amendment(*ops), PARAGRAPHS) == (
        "1. After operative paragraph 3, insert a new operative paragraph, reading:\n"
        "“Decide to meet again.”\n"
        "2. Delete the third preambular paragraph and operative paragraph 2.\n"
        "3. In operative paragraph 2 (a), after “integrity” insert “building”.\n"
        "4. Move operative paragraph 3 to follow operative paragraph 1."
    )


def test_insert_at_the_start_of_the_operative_part_is_written_before_its_first_paragraph() -> None:
    op = Op("insert", after="p-4", new_id="UNDP-1-1", new_kind="operative", text="First;")
    assert written_form(amendment(op), PARAGRAPHS).startswith("After the third preambular paragraph")
    paragraphs = [*PARAGRAPHS[:4], Paragraph("p-x", "heading", "OPERATIVE"), *PARAGRAPHS[4:]]
    op = Op("insert", after="p-x", new_id="UNDP-1-1", new_kind="operative", text="First;")
    form = written_form(amendment(op), paragraphs)
    assert form.startswith("Before operative paragraph 1, insert a new operative paragraph")
    assert parse_instruction(form, paragraphs)[0].after == "p-x"


# --- the imported sample ---------------------------------------------------------------


@pytest.fixture(scope="module")
def sample() -> list[Paragraph]:
    return import_text(SEED.read_text(encoding="utf-8"), slug="belgrade-2011").draft.paragraphs


def test_instructions_on_the_imported_sample(sample: list[Paragraph]) -> None:
    ops = parse_instruction(
        "1. In operative paragraph 4, after “justice, home affairs” insert “, migration”; "
        "replace “note” with “welcome”.\n"
        "2. In the second preambular paragraph, delete “held in Belgrade on 2 December 2011”.\n"
        "3. In operative paragraph 4 (d), replace “Treptower Group” with “Treptower group”.\n"
        "4. Delete operative paragraph 7.",
        sample,
    )
    texts = {op.target: applied(op) for op in ops if op.kind == "modify"}
    op4 = next(p for p in sample if p.id == "p-0009").text
    assert texts["p-0009"] == op4.replace(
        "justice, home affairs", "justice, home affairs, migration"
    ).replace("and note", "and welcome")
    assert texts["p-0002"].endswith("security cooperation;")
    assert "*Treptower group*" in texts["p-0013"]
    assert ops[-1] == Op(
        "delete", target="p-0017", base_text=next(p.text for p in sample if p.id == "p-0017")
    )


def test_generated_instructions_on_the_sample_read_back(sample: list[Paragraph]) -> None:
    op4 = next(p for p in sample if p.id == "p-0009").text
    op = modify(
        "p-0009",
        op4.replace("the significant progress", "the progress").replace("*inter alia*", "in particular"),
        sample,
    )
    form = written_form(amendment(op), sample)
    assert form.startswith("In operative paragraph 4, ")
    assert applied(parse_instruction(form, sample)[0]) == applied(op)


# --- properties ------------------------------------------------------------------------

WORDS = (
    "note",
    "welcome",
    "justice",
    "the",
    "progress",
    "and",
    "co-operation",
    ",",
    ";",
    "*inter alia*",
    "(a)",
)
sentences = st.lists(st.sampled_from(WORDS), min_size=1, max_size=10).map(" ".join)


@st.composite
def texts(draw: st.DrawFn) -> list[Paragraph]:
    words = draw(st.lists(sentences, min_size=5, max_size=5))
    return [
        Paragraph("p-0", "heading", "DRAFT"),
        Paragraph("p-1", "preamble", words[0]),
        Paragraph("p-2", "operative", words[1]),
        Paragraph("p-3", "sub-item", words[2], parent="p-2"),
        Paragraph("p-4", "operative", words[3]),
        Paragraph("p-5", "operative", words[4] + "[^1]"),
    ]


@st.composite
def rewordings(draw: st.DrawFn, base: str) -> str:
    """A new wording: a few word-level changes to ``base``, or a different sentence altogether."""
    if draw(st.booleans()):
        return draw(sentences)
    words = base.split(" ")
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(words)))
        change = draw(st.sampled_from(("insert", "delete", "replace")))
        if change == "insert" or at == len(words):
            words.insert(at, draw(st.sampled_from(WORDS)))
        elif change == "delete" and len(words) > 1:
            del words[at]
        else:
            words[at] = draw(st.sampled_from(WORDS))
    return " ".join(words)


@st.composite
def operations(draw: st.DrawFn, paragraphs: list[Paragraph]) -> list[Op]:
    by_id = {p.id: p for p in paragraphs}
    out: list[Op] = []
    modified = draw(st.lists(st.sampled_from(["p-1", "p-2", "p-3", "p-4", "p-5"]), unique=True, max_size=2))
    for pid in modified:
        new = draw(rewordings(by_id[pid].text))
        if new != by_id[pid].text:
            out.append(modify(pid, new, paragraphs))
    for n in range(draw(st.integers(0, 2))):
        after = draw(st.sampled_from(["", "p-0", "p-1", "p-2", "p-3", "p-4"]))
        kind = (
            draw(st.sampled_from(("operative", "preamble", "sub-item")))
            if after in ("p-2", "p-3")
            else "operative"
        )
        parent = "p-2" if kind == "sub-item" else ""
        out.append(
            Op(
                "insert",
                after=after,
                new_id=f"UNDP-1-{n}",
                new_kind=kind,
                parent=parent,
                text=draw(sentences),
            )
        )
    for pid in draw(st.lists(st.sampled_from(["p-1", "p-4"]), unique=True, max_size=2)):
        out.append(Op("delete", target=pid, base_text=by_id[pid].text))
    if draw(st.booleans()):
        out.append(Op("move", target="p-5", after=draw(st.sampled_from(["", "p-0", "p-1", "p-2", "p-3"]))))
    return out


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_reworded_paragraph_reads_back_to_the_same_text(data: st.DataObject) -> None:
    paragraphs = data.draw(texts())
    target = data.draw(st.sampled_from(paragraphs[1:]))
    new = data.draw(rewordings(target.text))
    if new == target.text:
        return
    op = modify(target.id, new, paragraphs)
    (back,) = parse_instruction(written_form(amendment(op), paragraphs), paragraphs)
    assert (back.target, applied(back)) == (target.id, new)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_a_written_amendment_parses_back_to_the_same_operations(data: st.DataObject) -> None:
    paragraphs = data.draw(texts())
    ops = data.draw(operations(paragraphs))
    if not ops:
        return
    expected = outcome(ops, paragraphs)
    assume(expected[0] == "accepted")  # drawn operations may undo one another (a move after a deleted one)
    back = parse_instruction(written_form(amendment(*ops), paragraphs), paragraphs)
    assert outcome(back, paragraphs) == expected


def outcome(ops: list[Op], paragraphs: list[Paragraph]) -> tuple[str, list[tuple[str, str, str]]]:
    """The text once the operations are accepted: what a written form must give (paragraphs placed
    after one paragraph may be said after it or before the next)."""
    neg = Negotiation(Draft("t", [], paragraphs=paragraphs), [], [])
    named = tuple(
        op._replace(new_id=f"UNDP-1-{n}") if op.kind == "insert" else op for n, op in enumerate(ops)
    )
    neg.add_amendment(Amendment("UNDP-1", "UNDP", named, T0))
    neg.add_decision(Decision("GA-1", "UNDP-1", "accept", "GA", T0))
    return neg.state("UNDP-1").status, [(p.kind, p.text, p.parent and "under") for p in neg.agreed]


def test_paragraphs_placed_after_one_paragraph_are_written_in_the_order_they_will_stand() -> None:
    ops = [
        Op("insert", after="p-5", new_id="UNDP-1-1", new_kind="operative", text="First new;"),
        Op("insert", after="p-5", new_id="UNDP-1-2", new_kind="operative", text="Second new;"),
        Op("move", target="p-9", after="p-5"),
    ]
    form = written_form(amendment(*ops), PARAGRAPHS)
    assert form.index("Move operative paragraph 3") < form.index("Second new") < form.index("First new")
    assert outcome(parse_instruction(form, PARAGRAPHS), PARAGRAPHS) == outcome(ops, PARAGRAPHS)


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_word_changes_to_the_sample_read_back(sample: list[Paragraph], data: st.DataObject) -> None:
    numbered = [p for p in sample if p.kind in ("preamble", "operative", "sub-item")]
    target = data.draw(st.sampled_from(numbered))
    words = target.text.split(" ")
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(words) - 1))
        word = data.draw(st.sampled_from(words))  # the paragraph's own words: quotes must be made unique
        change = data.draw(st.sampled_from(("insert", "delete", "replace")))
        if change == "insert":
            words.insert(at, word)
        elif change == "delete" and len(words) > 1:
            del words[at]
        else:
            words[at] = word
    new = " ".join(words)
    if new == target.text:
        return
    op = modify(target.id, new, sample)
    (back,) = parse_instruction(written_form(amendment(op), sample), sample)
    assert (back.target, applied(back)) == (target.id, new)


def test_a_written_form_whose_later_quote_an_earlier_clause_made_ambiguous_still_reads_back() -> None:
    paragraphs = [
        Paragraph("p-0", "heading", "DRAFT"),
        Paragraph("p-1", "operative", "note"),
        Paragraph("p-2", "sub-item", "note welcome note", parent="p-1"),
    ]
    new = "welcome note justice welcome welcome"
    form = written_form(amendment(modify("p-2", new, paragraphs)), paragraphs)
    (back,) = parse_instruction(form, paragraphs)
    assert (back.target, applied(back)) == ("p-2", new)


GENEVA = Paragraph(
    "p-geneva",
    "preamble",
    "Recalling the Geneva Conventions of 12 August 1949[^2] and the Additional Protocols, *inter alia*,",
    footnotes=(Footnote("2", "United Nations, Treaty Series, vol. 75."),),
)


@pytest.mark.parametrize(
    ("new", "written"),
    [
        (
            GENEVA.text.replace("1949[^2]", "1949[^2], as well as customary international law,"),
            "after “1949” insert “, as well as customary international law,”",
        ),
        (GENEVA.text.replace("Protocols, *inter alia*,", "Protocols,"), "delete “inter alia,”"),
    ],
)
def test_a_written_form_quotes_the_words_as_printed_never_a_piece_of_markup(new: str, written: str) -> None:
    """A delegation quotes "12 August 1949", not the tail of the note's mark ("2]"), nor asterisks."""
    paragraphs = [*PARAGRAPHS, GENEVA]
    sentence = written_form(amendment(modify(GENEVA.id, new, paragraphs)), paragraphs)
    assert written in sentence and "[^" not in sentence and "*" not in sentence
    (back,) = parse_instruction(sentence, paragraphs)
    assert applied(back) == new


def test_a_paragraph_placed_after_a_last_item_stands_with_those_placed_after_its_paragraph() -> None:
    """ "After operative paragraph 1 (a)" and "after operative paragraph 1" are one point in the text: a
    list placing paragraphs at both names keeps them in the order it writes them (hypothesis found it)."""
    paragraphs = [
        Paragraph("p-0", "heading", "DRAFT"),
        Paragraph("p-1", "operative", "first"),
        Paragraph("p-2", "sub-item", "item", parent="p-1"),
        Paragraph("p-3", "operative", "second"),
        Paragraph("p-4", "operative", "moved"),
    ]
    ops = [
        Op("insert", after="p-1", new_id="UNDP-1-0", new_kind="operative", text="new A"),
        Op("insert", after="p-2", new_id="UNDP-1-1", new_kind="operative", text="new B"),
        Op("move", target="p-4", after="p-1"),
    ]
    written = written_form(amendment(*ops), paragraphs)
    assert outcome(parse_instruction(written, paragraphs), paragraphs) == outcome(ops, paragraphs)
    texts = [text for _, text, _ in outcome(ops, paragraphs)[1]]
    assert texts == ["DRAFT", "first", "item", "moved", "new B", "new A", "second"]
