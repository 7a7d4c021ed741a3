"""Reading only the files that appeared: what a program keeping a folder open (the TUI) merges in place."""

from __future__ import annotations

import re
from pathlib import Path

from draftdesk import storage
from draftdesk.engine.amendments import Amendment, Decision


def test_new_records_are_read_as_the_whole_load_reads_them(
    folder: Path, amendments: list[Amendment], decisions: list[Decision]
) -> None:
    paths = [storage.add_amendment(folder, a) for a in amendments]
    paths += [storage.add_decision(folder, d) for d in decisions]
    hidden = folder / "decisions" / ".RCC-b.toml.123.tmp"
    hidden.write_text("not toml [")
    stored = storage.load(folder)
    read = storage.read_records(folder, [str(p) for p in [*paths, hidden]])
    assert read is not None
    assert sorted(read[0], key=by_id) == stored.amendments and sorted(read[1], key=by_id) == stored.decisions


def by_id(record: Amendment | Decision) -> str:
    return record.id


def test_anything_but_an_amendment_or_a_decision_asks_for_a_whole_load(
    folder: Path, amendments: list[Amendment]
) -> None:
    new = storage.add_amendment(folder, amendments[0])
    assert storage.read_records(folder, [new, folder / "draft.toml"]) is None
    assert storage.read_records(folder, [folder / "revisions" / "rev-0.toml"]) is None
    assert storage.read_records(folder, [folder.parent / "other" / "amendments" / new.name]) is None


def test_a_bad_new_file_asks_for_a_whole_load_which_says_what_it_left_out(
    folder: Path, amendments: list[Amendment]
) -> None:
    new = storage.add_amendment(folder, amendments[0])
    renamed = new.rename(new.with_name("RCC-9.toml"))
    assert storage.read_records(folder, [renamed]) is None
    (skipped,) = storage.load(folder).skipped
    assert re.search(r"RCC-9\.toml:\d+.*does not match the file name", str(skipped))
