"""save_draft on a hand-edited draft.toml keeps what the person wrote: comments, order, layout."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from draftdesk import storage
from draftdesk.engine.model import PARAGRAPH_KINDS, Draft, Footnote, Org, Paragraph

HAND_EDITED = """\
# Belgrade conference: conclusions under negotiation.
# Edited by hand by the secretariat; keep these notes.
title = ["IV ANNUAL COORDINATION CONFERENCE"]  # one line is enough
doc_type = "CONCLUSIONS"
revision = 0

[metadata]
symbol = "SEECF/2011/1"  # as printed on the cover

# The participants. Colours chosen by the chair.
[[orgs]]
code = "SEECF"  # chairing this year
name = "South-East European Cooperation Forum"
roles = ["chair"]

[[orgs]]
# the RCC joined late
code = "RCC"
name = "Regional Cooperation Council"

[[paragraphs]]
id = "p-0001"
kind = "preamble"
text = "Recalling the meeting,"  # checked against the original

[[paragraphs]]
id = "p-0002"
kind = "operative"
# drafted by the RCC
text = "Welcome progress;"

[[paragraphs]]
id = "p-0003"
kind = "operative"
text = "Thank the hosts."
"""
COMMENTS = [line.split("#", 1)[1] for line in HAND_EDITED.splitlines() if "#" in line]


def _saved(tmp_path: Path, change: Callable[[Draft], Draft]) -> tuple[str, storage.Stored]:
    folder = tmp_path / "belgrade"
    folder.mkdir()
    (folder / "draft.toml").write_text(HAND_EDITED, encoding="utf-8")
    draft = storage.load(folder).draft
    changed = change(draft)
    storage.save_draft(folder, changed)
    stored = storage.load(folder)
    assert stored.draft == changed
    return (folder / "draft.toml").read_text(encoding="utf-8"), stored


def test_unchanged_draft_is_written_back_byte_for_byte(tmp_path: Path) -> None:
    text, _ = _saved(tmp_path, lambda draft: draft)
    assert text == HAND_EDITED


def test_comments_survive_changes_everywhere(tmp_path: Path) -> None:
    def change(draft: Draft) -> Draft:
        first, second, _ = draft.paragraphs
        return replace(
            draft,
            revision=1,
            place_date="Belgrade, 2 December 2011",
            metadata={"symbol": "SEECF/2011/1/Rev.1", "session": "IV"},
            orgs=[*draft.orgs, Org("UNDP", "United Nations Development Programme", "#1f77b4")],
            paragraphs=[
                first.with_text("Recalling the *Belgrade* meeting,"),
                second,
                Paragraph("RCC-1-1", "sub-item", "home affairs;", parent="p-0002"),
            ],
        )

    text, _ = _saved(tmp_path, change)
    for comment in COMMENTS:
        assert comment in text
    assert max(text.index("place_date"), text.index("revision = 1")) < text.index("[metadata]")
    assert 'text = "Recalling the *Belgrade* meeting,"  # checked against the original' in text
    assert "Thank the hosts" not in text


def test_reordered_entries_keep_their_own_comments(tmp_path: Path) -> None:
    def change(draft: Draft) -> Draft:
        return replace(draft, orgs=draft.orgs[::-1], paragraphs=draft.paragraphs[::-1])

    text, _ = _saved(tmp_path, change)
    assert text.index('code = "RCC"') < text.index('code = "SEECF"  # chairing this year')
    assert text.index("# the RCC joined late") < text.index('code = "RCC"')
    assert text.index("# drafted by the RCC") < text.index('text = "Welcome progress;"')
    for comment in COMMENTS:
        assert comment in text


def test_save_draft_without_a_file_writes_a_fresh_one(tmp_path: Path, draft: Draft) -> None:
    folder = tmp_path / "new"
    folder.mkdir()
    storage.save_draft(folder, draft)
    assert storage.load(folder).draft == replace(draft, slug="new")


TEXTS = st.sampled_from(["Short;", "Member States' efforts " * 4, "two\nlines", "", "a \\ backslash " * 5])
FOOTNOTES = st.lists(st.builds(Footnote, st.sampled_from("123"), TEXTS), max_size=2)
PARAGRAPH = st.builds(
    Paragraph,
    st.sampled_from([f"p-{n}" for n in range(8)]),
    st.sampled_from(PARAGRAPH_KINDS),
    TEXTS,
    parent=st.sampled_from(["", "p-1"]),
    part=st.sampled_from(["", "annex"]),
    footnotes=FOOTNOTES.map(tuple),
)
ORG = st.builds(Org, st.sampled_from(["UNDP", "OSCE", "RCC"]), TEXTS, st.sampled_from(["", "#123456"]),
                st.sampled_from([(), ("chair",)]))  # fmt: skip
DRAFTS = st.builds(
    Draft,
    st.just("hand"),
    st.lists(TEXTS, max_size=2),
    doc_type=st.sampled_from(["", "CONCLUSIONS"]),
    place_date=TEXTS,
    layout=st.sampled_from(["conclusions", "un-resolution"]),
    revision=st.integers(0, 3),
    metadata=st.dictionaries(st.sampled_from(["symbol", "session"]), TEXTS, max_size=2),
    orgs=st.lists(ORG, max_size=3, unique_by=lambda org: org.code),
    paragraphs=st.lists(PARAGRAPH, max_size=5, unique_by=lambda paragraph: paragraph.id),
)


@settings(max_examples=25, deadline=None)
@given(st.lists(DRAFTS, min_size=1, max_size=4))
def test_any_sequence_of_saves_over_a_hand_edited_file(drafts: list[Draft]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "hand"
        folder.mkdir()
        (folder / "draft.toml").write_text(HAND_EDITED, encoding="utf-8")
        for draft in drafts:
            storage.save_draft(folder, draft)
            assert storage.load(folder).draft == draft
        assert (folder / "draft.toml").read_text(encoding="utf-8").startswith(HAND_EDITED.split("title")[0])
