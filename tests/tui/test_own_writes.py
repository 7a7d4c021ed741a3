"""Which changes the watcher may skip: only files written here, hidden ones aside."""

from __future__ import annotations

from pathlib import Path

from draftdesk.tui.own_writes import OwnWrites


def test_only_files_written_here_are_skipped_and_then_forgotten(tmp_path: Path) -> None:
    own = OwnWrites()
    mine, theirs = tmp_path / "decisions" / "A.toml", tmp_path / "amendments" / "B.toml"
    own.add(mine)
    temporary = str(tmp_path / "decisions" / ".A.toml.123.ab.tmp")
    assert not own.only_ours([str(mine), str(theirs)])  # another file came too: reload
    assert own.only_ours([str(mine), temporary, str(tmp_path / ".lock")])
    assert not own.only_ours([str(mine)])  # forgotten once seen: a later change to it is news
    assert own.only_ours([temporary])  # hidden files are never the draft's objects
