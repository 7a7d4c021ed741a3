"""Attribution: edits land on the right characters, runs stay merged and cover the text."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from draftdesk.engine.attribution import Authors, apply_to_authors, runs_of, written_by
from draftdesk.engine.outputs import Run
from draftdesk.engine.patches import Edit, apply_edits

ORGS = ("base", "UNDP", "OSCE")


def edited(authors: Authors, text: str, edits: list[Edit], org: str) -> tuple[Run, ...]:
    """The runs of ``text`` once ``org``'s edits are applied to it and to its authors."""
    return runs_of(apply_to_authors(authors, edits, org), apply_edits(text, edits))


def test_a_replacement_splits_the_run_it_lands_in() -> None:
    text = "We note the report"
    assert edited(written_by("base", text), text, [Edit(3, 7, "welcome")], "UNDP") == (
        Run("base", "We "),
        Run("UNDP", "welcome"),
        Run("base", " the report"),
    )


def test_runs_an_edit_does_not_cut_are_kept_and_neighbours_of_one_org_join() -> None:
    text, authors = "We welcome the report", ("base", 3, "UNDP", 7, "base", 11)
    # deleting UNDP's word leaves two base runs side by side: they become one
    assert edited(authors, text, [Edit(3, 10, "")], "OSCE") == (Run("base", "We  the report"),)
    # an insertion right after UNDP's word, by UNDP: its run grows
    assert edited(authors, text, [Edit(10, 10, " warmly")], "UNDP") == (
        Run("base", "We "),
        Run("UNDP", "welcome warmly"),
        Run("base", " the report"),
    )
    assert written_by("base", "") == () and runs_of((), "") == ()


@st.composite
def runs_and_edits(draw: st.DrawFn) -> tuple[tuple[Run, ...], list[Edit], str]:
    pieces = draw(
        st.lists(st.tuples(st.sampled_from(ORGS), st.text("ab ", min_size=1, max_size=6)), max_size=6)
    )
    runs: list[Run] = []
    for org, text in pieces:  # as the merge keeps them: no two neighbours of one org
        if runs and runs[-1].org == org:
            runs[-1] = Run(org, runs[-1].text + text)
        else:
            runs.append(Run(org, text))
    size = sum(len(text) for _, text in pieces)
    points = sorted(draw(st.lists(st.integers(0, size), max_size=6)))
    texts = draw(st.lists(st.text("xy", max_size=3), min_size=len(points) // 2, max_size=len(points) // 2))
    edits = [Edit(points[2 * i], points[2 * i + 1], text) for i, text in enumerate(texts)]
    return tuple(runs), draw(st.permutations(edits)), draw(st.sampled_from(ORGS))


@settings(max_examples=300, deadline=None)
@given(runs_and_edits())
def test_every_character_keeps_its_author_and_inserted_ones_are_the_editors(case) -> None:
    runs, edits, org = case
    text = "".join(run.text for run in runs)
    authors = tuple(x for run in runs for x in (run.org, len(run.text)))
    assert runs_of(authors, text) == runs
    out = edited(authors, text, edits, org)
    assert "".join(run.text for run in out) == apply_edits(text, edits)
    assert all(run.text for run in out)
    assert all(a.org != b.org for a, b in pairwise(out))
    by = [run.org for run in runs for _ in run.text]
    expected: list[str] = []
    pos = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        expected += by[pos : edit.start] + [org] * len(edit.text)
        pos = edit.end
    assert [run.org for run in out for _ in run.text] == [*expected, *by[pos:]]
