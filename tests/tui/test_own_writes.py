"""Which changes the watcher may skip: only records written here, hidden files aside."""

from __future__ import annotations

from pathlib import Path

from draftdesk.tui.own_writes import OwnWrites


def test_only_records_written_here_are_skipped_and_then_forgotten(tmp_path: Path) -> None:
    own = OwnWrites()
    own.add("SEECF-1")
    mine, theirs = tmp_path / "decisions" / "SEECF-1.toml", tmp_path / "amendments" / "OSCE-2.toml"
    temporary = str(tmp_path / "decisions" / ".SEECF-1.toml.123.ab.tmp")
    assert not own.only_ours([str(mine), str(theirs)])  # another record came too: reload
    assert not own.only_ours([str(tmp_path / "draft.toml")])  # the draft itself changed: reload
    assert own.only_ours([str(mine), temporary, str(tmp_path / ".lock")])
    assert not own.only_ours([str(mine)])  # forgotten once seen: a later change to it is news
    assert own.only_ours([temporary])  # hidden files are never the draft's objects
