"""What is written loads back equal: drafts, every op kind, decisions, awkward strings."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from draftdesk import storage
from draftdesk.engine.amendments import Amendment, Decision, Op
from draftdesk.engine.model import Draft, Footnote, Paragraph
from draftdesk.engine.revision_chain import RevisionRecord

AWKWARD = ['"""', 'ends with a quote"', "back\\slash\n", "\n leading newline", "tab\tand\r\nCRLF"]
AWKWARD += ["trailing  \n\n", "ünïcødé “quotes” — dash", "'''single'''", "emoji 🎉\u2028"]
AWKWARD += [
    "a long text with C:\\path\\n and *emphasis* [^1] " * 3,
    "Member States' long efforts, recalled " * 3,
]


def test_seed_folder_round_trips(
    tmp_path: Path, draft: Draft, amendments: list[Amendment], decisions: list[Decision]
) -> None:
    folder = tmp_path / draft.slug
    storage.create(folder, draft, amendments, decisions)
    stored = storage.load(folder)
    assert stored.draft == draft
    assert sorted(stored.amendments, key=lambda a: a.id) == amendments
    assert stored.decisions == sorted(decisions, key=lambda d: d.id)


def test_added_objects_round_trip(
    folder: Path, amendments: list[Amendment], decisions: list[Decision]
) -> None:
    paths = [storage.add_amendment(folder, a) for a in amendments]
    paths += [storage.add_decision(folder, d) for d in decisions]
    assert [p.name for p in paths] == [f"{x.id}.toml" for x in [*amendments, *decisions]]
    stored = storage.load(folder)
    assert {a.id: a for a in stored.amendments} == {a.id: a for a in amendments}
    assert {d.id: d for d in stored.decisions} == {d.id: d for d in decisions}


def test_files_omit_empty_fields_and_use_toml_datetimes(folder: Path, amendments: list[Amendment]) -> None:
    text = storage.add_amendment(folder, amendments[2]).read_text(encoding="utf-8")
    assert "created = 2026-11-28T14:00:00Z" in text
    for empty in ("cosponsors", "rationale", "supersedes", "private", "patch", "new_id"):
        assert f"{empty} =" not in text
    draft_text = (folder / "draft.toml").read_text(encoding="utf-8")
    assert "slug" not in draft_text and 'parent = ""' not in draft_text


def test_multiline_texts_are_multiline_strings(folder: Path, amendments: list[Amendment]) -> None:
    text = storage.add_amendment(folder, amendments[1]).read_text(encoding="utf-8")
    assert "text = '''A new \"quoted\" paragraph;\nwith a line break'''" in text


def test_naive_datetimes_are_taken_as_utc(folder: Path) -> None:
    naive = Amendment("RCC-9", "RCC", (Op("delete", target="p-0001"),), datetime(2026, 1, 2, 3, 4, 5))
    storage.add_amendment(folder, naive)
    (loaded,) = storage.load(folder).amendments
    assert loaded.created == datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


@pytest.mark.parametrize("text", AWKWARD)
def test_awkward_texts_round_trip(tmp_path: Path, text: str) -> None:
    draft = Draft("d", [text], paragraphs=[Paragraph("p-1", "text", text)], metadata={"note": text})
    storage.create(tmp_path / "d", draft)
    assert storage.load(tmp_path / "d").draft == draft


def test_a_revision_record_round_trips_and_an_old_archive_is_not_one(folder: Path, draft: Draft) -> None:
    title = " ".join(draft.title)
    revised = replace(
        draft,
        revision=1,
        paragraphs=[*draft.paragraphs[1:], Paragraph("p-new", "closing", "End.")],
        title_authors=("base", len(title) - 3, "UKR", 3),  # who wrote an amended title
    )
    at = datetime(2026, 1, 2, tzinfo=UTC)
    record = RevisionRecord("RCC-rev1", "RCC", at, "RCC-rev0", revised, frozenset(("UNDP-1", "OSCE-2")))
    path = storage.add_revision(folder, record, None)
    assert path == folder / "revisions" / "RCC-rev1.toml"
    (folder / "revisions" / "rev-0.toml").write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    stored = storage.load(folder)
    assert stored.revisions == [record] and stored.draft == draft and not stored.skipped
    with pytest.raises(storage.StorageError, match="already exists"):
        storage.add_revision(folder, replace(record, draft=draft), None)  # never rewritten
    earlier = replace(record, id="RCC-rev0", accepted=None)  # written before texts kept what they hold
    storage.add_revision(folder, earlier, None)
    assert storage.load(folder).revisions == [earlier, record]


def test_loaded_slug_is_the_folder_name(tmp_path: Path, draft: Draft) -> None:
    storage.create(tmp_path / "copy", draft)
    assert storage.load(tmp_path / "copy").draft.slug == "copy"


def test_decision_without_optional_fields(folder: Path) -> None:
    path = folder / "decisions" / "X-1.toml"
    path.write_text(
        'id = "X-1"\namendment = "A"\naction = "reject"\nby = "SEECF"\nat = 2026-01-01T10:00:00+02:00\n'
    )
    (decision,) = storage.load(folder).decisions
    assert decision == Decision("X-1", "A", "reject", "SEECF", datetime(2026, 1, 1, 8, 0, tzinfo=UTC))


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120))
def test_any_text_round_trips(text: str) -> None:
    draft = Draft("d", [text], paragraphs=[Paragraph("p-1", "text", text, footnotes=(Footnote(text, text),))])
    with tempfile.TemporaryDirectory() as tmp:
        storage.create(Path(tmp) / "d", draft)
        assert storage.load(Path(tmp) / "d").draft == draft


def test_a_big_folder_round_trips(tmp_path: Path, draft: Draft) -> None:
    """Past ``BULK`` objects create syncs once for the lot instead of each file."""
    at = datetime(2026, 1, 1, tzinfo=UTC)
    decisions = [Decision(f"D-{n:03d}", "A", "table", "RCC", at) for n in range(120)]
    storage.create(tmp_path / "big", draft, (), decisions)
    assert storage.load(tmp_path / "big").decisions == decisions
    assert [path.name for path in tmp_path.iterdir()] == ["big"]


def test_the_words_an_insertion_needs_round_trip_with_its_notes(folder: Path) -> None:
    op = Op(
        "modify",
        target="p-1",
        base_text="the dominant global and regional context",
        patch="@@ -1 +1 @@",
        notes=(Footnote("1", "A/80/1."),),
        needs=(13, 32),
    )
    amendment = Amendment("RCC-9", "RCC", (op,), datetime(2026, 11, 28, 14, tzinfo=UTC))
    storage.add_amendment(folder, amendment)
    assert {a.id: a for a in storage.load(folder).amendments}["RCC-9"] == amendment


def test_a_divided_acceptance_round_trips_as_a_record_of_format_3(folder: Path) -> None:
    """An older build would read ``parts`` as the whole amendment accepted: it is told to update."""
    divided = Decision("GA-1", "A", "accept", "GA", datetime(2026, 12, 1, tzinfo=UTC), parts=(2, 3))
    path = storage.add_decision(folder, divided)
    assert path.read_text().startswith("format = 3\n")
    assert {d.id: d for d in storage.load(folder).decisions}["GA-1"] == divided
