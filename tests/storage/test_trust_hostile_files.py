"""Hostile or unlucky files never stop a draft, and no link leads a read or a write out of it."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest

from draftdesk import storage
from draftdesk.engine import signing
from draftdesk.engine.amendments import Amendment
from draftdesk.engine.seals import Signer
from draftdesk.storage.atomic import STALE_AFTER


@pytest.fixture
def filled(folder: Path, amendments: list[Amendment]) -> Path:
    for amendment in amendments:
        storage.add_amendment(folder, amendment)
    return folder


CONFLICTED = '<<<<<<< HEAD\nid = "RCC-9"\n=======\nid = "UNDP-9"\n>>>>>>> theirs\n'


def test_a_bad_file_is_left_out_and_named_the_rest_loads(filled: Path) -> None:
    folder = filled
    before = storage.load(folder)
    bad = folder / "amendments" / "RCC-9.toml"
    bad.write_text(CONFLICTED, encoding="utf-8")
    stored = storage.load(folder)
    assert stored.amendments == before.amendments and stored.decisions == before.decisions
    (problem,) = stored.skipped
    assert problem.path == bad and problem.line == 1


def test_linked_files_and_folders_are_not_followed(filled: Path, tmp_path: Path) -> None:
    folder = filled
    outside = tmp_path / "outside"
    shutil.copytree(folder / "amendments", outside)
    name = sorted(os.listdir(outside))[0]
    (folder / "amendments" / name).unlink()
    (folder / "amendments" / name).symlink_to(outside / name)
    stored = storage.load(folder)
    assert name[:-5] not in {a.id for a in stored.amendments}
    assert [(p.path.name, p.message) for p in stored.skipped] == [(name, "a symbolic link: not followed")]

    shutil.rmtree(folder / "decisions")
    (folder / "decisions").symlink_to(outside, target_is_directory=True)
    stored = storage.load(folder)
    assert stored.decisions == [] and any(p.path == folder / "decisions" for p in stored.skipped)


def test_nothing_is_written_through_a_linked_folder(
    folder: Path, tmp_path: Path, amendments: list[Amendment]
) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    shutil.rmtree(folder / "amendments")
    (folder / "amendments").symlink_to(outside, target_is_directory=True)
    with pytest.raises(storage.StorageError, match="a link is not followed"):
        storage.add_amendment(folder, amendments[0])
    assert list(outside.iterdir()) == []


def test_a_fifo_does_not_hang_the_load(folder: Path) -> None:
    os.mkfifo(folder / "amendments" / "RCC-fifo.toml")
    (problem,) = storage.load(folder).skipped
    assert problem.message == "not a regular file: not read"


def test_a_link_in_the_locks_place_is_never_opened(folder: Path, tmp_path: Path) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me")
    (folder / ".lock").symlink_to(precious)
    with storage.locked(folder):
        pass
    assert precious.read_text() == "keep me"


def test_a_writer_removes_stale_temporary_files_and_keeps_fresh_ones(folder: Path) -> None:
    stale = [folder / kind / ".RCC-1.toml.123.abcd.tmp" for kind in ("amendments", "roster")]
    fresh = folder / "decisions" / ".X.toml.456.ef01.tmp"
    for path in (*stale, fresh):
        path.parent.mkdir(exist_ok=True)
        path.write_text("half")
    old = time.time() - STALE_AFTER - 5
    for path in stale:
        os.utime(path, (old, old))
    with storage.locked(folder):
        pass
    assert not any(path.exists() for path in stale) and fresh.exists()


def test_the_folder_ignores_its_lock_and_temporary_files_in_git(folder: Path) -> None:
    (folder / ".gitignore").unlink()
    with storage.locked(folder):
        (folder / "amendments" / ".RCC-1.toml.1.abcd.tmp").write_text("half")
    assert ".lock" in (folder / ".gitignore").read_text()
    if shutil.which("git") is None:
        return
    git = ["git", "-C", str(folder)]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    added = subprocess.run([*git, "ls-files"], check=True, capture_output=True, text=True).stdout.split()
    assert "draft.toml" in added and ".gitignore" in added
    assert not [name for name in added if name.endswith((".lock", ".tmp"))]


def test_a_fifo_or_link_named_as_the_signers_newest_file_is_never_read_by_its_next_act(
    folder: Path, amendments: list[Amendment]
) -> None:
    private = signing.new_private()
    signer = Signer(amendments[0].author, signing.public_of(private), private)
    newest = f"{signer.by}-99991231T235959"
    os.mkfifo(folder / "amendments" / f"{newest}zzzz.toml")  # read, it would block for ever
    (folder / "decisions").mkdir(exist_ok=True)
    (folder / "decisions" / f"{newest}zzzz.toml").symlink_to("/dev/zero")  # read, it would never end
    outside = folder.parent / "outside"
    outside.mkdir()
    os.mkfifo(outside / f"{newest}zzzz.toml")
    shutil.rmtree(folder / "roster", ignore_errors=True)
    (folder / "roster").symlink_to(outside, target_is_directory=True)  # through a link: never read
    done: list[Path] = []
    writer = threading.Thread(
        target=lambda: done.append(storage.add_amendment(folder, amendments[0], signer))
    )
    writer.daemon = True
    writer.start()
    writer.join(timeout=20)
    assert done == [folder / "amendments" / f"{amendments[0].id}.toml"]
