"""Word-boundary patches: made against a text, they turn back into the exact edits."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from draftdesk.engine.patches import (
    Edit,
    PatchError,
    apply_edits,
    edits_from_patch,
    make_patch,
    overlaps,
    tokens,
    word_edits,
)

OP4 = "Recognise the regional dimension of justice and security cooperation and note the progress"

words = st.lists(
    st.sampled_from(["the", "note", "welcome", "justice", ",", " ", "  ", "é", "co-operation", "\n", "(a)"]),
    max_size=30,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(words, words)
def test_applying_a_made_patch_reproduces_the_target(a: str, b: str) -> None:
    assert apply_edits(a, edits_from_patch(a, make_patch(a, b))) == b


@settings(max_examples=200, deadline=None)
@given(words, words)
def test_edits_never_split_a_word(a: str, b: str) -> None:
    bounds = {0, len(a)}
    pos = 0
    for token in tokens(a):
        pos += len(token)
        bounds.add(pos)
    for edit in word_edits(a, b):
        assert edit.start in bounds and edit.end in bounds


@pytest.mark.parametrize(
    ("base", "new"),
    [
        ("co-operation", "co-operationco-operation,"),  # 2nd hunk context = 1st hunk insertion
        ("a b c d e f g", "x a b Q c d e f g z"),
        ("note the report", "welcome the reports, and"),
    ],
)
def test_changes_a_few_characters_apart_survive_the_patch_text(base: str, new: str) -> None:
    assert apply_edits(base, edits_from_patch(base, make_patch(base, new))) == new


def test_a_changed_word_is_one_replacement() -> None:
    new = OP4.replace("note", "welcome").replace("justice", "justice, home affairs")
    edits = edits_from_patch(OP4, make_patch(OP4, new))
    assert [(OP4[e.start : e.end], e.text) for e in edits] == [("", ", home affairs"), ("note", "welcome")]


def test_a_patch_made_against_other_text_is_refused() -> None:
    patch = make_patch(OP4, OP4.replace("note", "welcome"))
    with pytest.raises(PatchError):
        edits_from_patch(OP4.replace("note", "urge"), patch)


def test_overlapping_edits_cannot_be_applied_together() -> None:
    with pytest.raises(PatchError):
        apply_edits("abcdef", [Edit(0, 3, "x"), Edit(2, 4, "y")])


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (Edit(0, 4, "x"), Edit(4, 8, "y"), False),
        (Edit(0, 5, "x"), Edit(4, 8, "y"), True),
        (Edit(4, 4, "x"), Edit(4, 4, "y"), True),
        (Edit(4, 4, "x"), Edit(0, 4, "y"), True),
        (Edit(3, 3, "x"), Edit(4, 9, "y"), False),
    ],
)
def test_competing_edits_are_those_that_overlap(a: Edit, b: Edit, expected: bool) -> None:
    assert overlaps(a, b) is expected
    assert overlaps(b, a) is expected
