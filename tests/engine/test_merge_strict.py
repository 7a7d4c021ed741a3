"""Strict mapping: edits land only on words unchanged since their base text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from draftdesk.engine.patches import Edit, apply_edits, word_edits
from draftdesk.engine.strict import Unmapped, equal_segments, map_edits, updated_segments

OP4 = "Recognise the regional dimension of justice and note the progress"


def test_an_edit_moves_with_text_inserted_before_it() -> None:
    current = "Firmly recognise the regional dimension of justice and note the progress"
    [edit] = word_edits(OP4, OP4.replace("note", "welcome"))
    mapped = map_edits(OP4, current, [edit])
    assert apply_edits(current, mapped) == current.replace("note", "welcome")


def test_an_edit_on_changed_words_is_refused_with_the_words() -> None:
    current = OP4.replace("note", "strongly encourage")
    [edit] = word_edits(OP4, OP4.replace("note", "welcome"))
    with pytest.raises(Unmapped) as err:
        map_edits(OP4, current, [edit])
    assert err.value.words == "note"


def test_an_insertion_needs_its_neighbours_unchanged() -> None:
    [insertion] = word_edits(OP4, OP4.replace("justice", "justice, home affairs"))
    with pytest.raises(Unmapped):
        map_edits(OP4, OP4.replace("justice", "law"), [insertion])
    moved = map_edits(OP4, "Also " + OP4, [insertion])
    assert apply_edits("Also " + OP4, moved) == "Also " + OP4.replace("justice", "justice, home affairs")


@st.composite
def edit_lists(draw: st.DrawFn, length: int) -> list[Edit]:
    cuts = sorted(draw(st.lists(st.integers(0, length), max_size=6)))
    edits = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        text = draw(st.sampled_from(["", "x", "new words"]))
        if start < end or text:
            edits.append(Edit(start, end, text))
    return edits


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_tracked_segments_are_the_characters_never_touched(data: st.DataObject) -> None:
    base = data.draw(st.text(alphabet="ab ", min_size=0, max_size=20))
    text, origin = base, list(range(len(base)))
    segments = equal_segments(base, base)
    for _ in range(data.draw(st.integers(1, 3))):
        edits = data.draw(edit_lists(len(text)))
        segments = updated_segments(segments, edits)
        for edit in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
            origin[edit.start : edit.end] = [None] * len(edit.text)
        text = apply_edits(text, edits)
    expected, run = [], None
    for pos, source in enumerate(origin):
        if source is not None and run and run[1] == source and run[2] + (source - run[0]) == pos:
            run[1] = source + 1
        elif source is not None:
            run = [source, source + 1, pos]
            expected.append(run)
        else:
            run = None
    assert [tuple(r) for r in expected] == list(segments)
    for start, end, at in segments:
        assert base[start:end] == text[at : at + end - start]
