"""A clone whose records were changed by hand: sync shares only new files, and says which record
changed and how to put it back, so a record is never replaced for everyone (QA F20); a sync killed
half way is rolled back by the next."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from draftdesk import signatures

from .clones import DRAFT, git, reword
from .runner import DraftDesk

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def shared_record(clones: dict[str, DraftDesk]) -> str:
    """An amendment UNDP tabled and both UNDP's and OSCE's clones hold: its file in the draft folder."""
    tabled = reword(clones["UNDP"].cwd / DRAFT, "UNDP", "OP5", "Recognize", "Welcome")
    clones["UNDP"]("sync", DRAFT)
    clones["OSCE"]("sync", DRAFT)
    return f"amendments/{tabled}.toml"


def test_a_record_edited_by_hand_stops_sync_naming_it_and_nothing_is_shared(
    clones: dict[str, DraftDesk],
) -> None:
    undp, osce = clones["UNDP"], clones["OSCE"]
    record = shared_record(clones)
    edited = osce.cwd / DRAFT / record
    edited.write_text(edited.read_text(encoding="utf-8") + "# a note\n", encoding="utf-8")
    new = reword(osce.cwd / DRAFT, "OSCE", "OP6", "Welcome", "Note")
    commits = git(osce.cwd, "rev-list", "--count", "HEAD")

    said = osce.refused("sync", DRAFT)
    assert f"{record} changed here, but a record never changes once written: nothing synced" in said
    assert f"(git checkout HEAD -- {record}, in this folder)" in said
    assert git(osce.cwd, "rev-list", "--count", "HEAD") == commits  # nothing committed, nothing pushed
    assert new not in git(osce.cwd, "ls-files")

    git(osce.cwd / DRAFT, "checkout", "HEAD", "--", record)  # as it says
    assert osce("sync", DRAFT).out.splitlines()[0] == "sent 1 amendment"
    assert undp("sync", DRAFT).out.splitlines()[1] == "1 amendment from origin"


def test_a_record_deleted_by_hand_is_never_deleted_for_everyone(clones: dict[str, DraftDesk]) -> None:
    undp = clones["UNDP"]
    registrations = sorted((undp.cwd / DRAFT / "roster").iterdir())
    for gone in registrations[:4]:
        gone.unlink()
    said = undp.refused("sync", DRAFT)
    assert said.count("roster/") == 3 and "and 1 more deleted here" in said  # three named, the rest counted
    assert "(git checkout HEAD -- roster, in this folder)" in said
    osce = clones["OSCE"].cwd
    git(osce, "pull", "-q")
    assert all((osce / DRAFT / "roster" / gone.name).is_file() for gone in registrations)


def test_a_change_outside_the_draft_is_named_before_git_refuses_to_pull(clones: dict[str, DraftDesk]) -> None:
    undp = clones["UNDP"]
    (undp.cwd / "notes.txt").write_text("agenda\n", encoding="utf-8")
    git(undp.cwd, "add", "notes.txt")
    git(undp.cwd, "commit", "-q", "-m", "notes")
    (undp.cwd / "notes.txt").write_text("agenda, changed\n", encoding="utf-8")
    said = undp.refused("sync", DRAFT)
    assert "notes.txt (outside the draft) changed and not committed" in said and "nothing synced" in said


def test_a_sync_killed_in_its_pull_is_rolled_back_and_done_by_the_next(clones: dict[str, DraftDesk]) -> None:
    undp, osce = clones["UNDP"], clones["OSCE"]
    reword(osce.cwd / DRAFT, "OSCE", "OP6", "Welcome", "Note")
    osce("sync", DRAFT)
    reword(undp.cwd / DRAFT, "UNDP", "OP5", "Recognize", "Welcome")  # so the pull rebases
    hook = undp.cwd / ".git" / "hooks" / "post-checkout"  # holds the rebase open long enough to kill it
    hook.write_text("#!/bin/sh\nsleep 60\n", encoding="utf-8")
    hook.chmod(0o755)
    syncing = subprocess.Popen(
        [sys.executable, "-m", "draftdesk", "sync", DRAFT], cwd=undp.cwd, start_new_session=True
    )
    start = time.monotonic()
    while not (undp.cwd / ".git" / "rebase-merge").exists() and time.monotonic() - start < 30:
        time.sleep(0.02)
    os.killpg(syncing.pid, signal.SIGKILL)  # kill -9, git with it
    syncing.wait()
    hook.unlink()
    sent, received = undp("sync", DRAFT).out.splitlines()
    assert sent.startswith("sent 1 amendment") and received == "1 amendment from origin"
    assert osce("sync", DRAFT).out.splitlines()[1] == "1 amendment from origin"
    assert git(undp.cwd, "status", "--porcelain") == ""


def test_a_sync_killed_before_git_wrote_its_rebase_is_rolled_back_too(clones: dict[str, DraftDesk]) -> None:
    """Killed between git making .git/rebase-merge and writing what it holds (`rebase --abort` cannot
    read it then: seen in CI under load)."""
    undp = clones["UNDP"]
    reword(undp.cwd / DRAFT, "UNDP", "OP5", "Recognize", "Welcome")
    (undp.cwd / ".git" / "rebase-merge").mkdir()
    (undp.cwd / ".git" / "draftdesk-pulling").touch()  # the mark a sync leaves while it pulls
    assert undp("sync", DRAFT).out.startswith("sent 1 amendment")
    assert git(undp.cwd, "status", "--porcelain") == ""


def test_a_lock_file_git_left_is_named(clones: dict[str, DraftDesk]) -> None:
    undp = clones["UNDP"]
    reword(undp.cwd / DRAFT, "UNDP", "OP5", "Recognize", "Welcome")
    (undp.cwd / ".git" / "index.lock").touch()  # as a git command killed leaves it
    said = undp.refused("sync", DRAFT)
    assert said.endswith(
        f"{undp.cwd / '.git' / 'index.lock'} was left by a git command that stopped (killed?): if no git "
        "command is running in this clone, remove that file and sync again"
    )


def test_a_record_changed_on_the_remote_is_not_pulled_over_the_signed_one(
    clones: dict[str, DraftDesk],
) -> None:
    undp, osce = clones["UNDP"], clones["OSCE"]
    record = shared_record(clones)
    signed = (undp.cwd / DRAFT / record).read_text(encoding="utf-8")
    (osce.cwd / DRAFT / record).write_text(signed.replace("Welcome", "Condemn"), encoding="utf-8")
    git(osce.cwd, "commit", "-q", "-am", "a hand edit, pushed with git itself")
    git(osce.cwd, "push", "-q")
    said = undp.refused("sync", DRAFT)
    assert f"{record} changed on the remote, but a record never changes once written: nothing pulled" in said
    assert (undp.cwd / DRAFT / record).read_text(encoding="utf-8") == signed
    assert undp("verify", DRAFT).out.strip() == ""  # nothing here is doubted


def test_a_draft_toml_committed_by_hand_is_written_back_once_and_the_signed_text_shared(
    clones: dict[str, DraftDesk],
) -> None:
    undp, osce = clones["UNDP"], clones["OSCE"]
    signed = (osce.cwd / DRAFT / "draft.toml").read_text(encoding="utf-8")
    edited = signed.replace('name = "EU Police Mission"', 'name = "EU Police Mission (EUPM)"')
    (osce.cwd / DRAFT / "draft.toml").write_text(edited, encoding="utf-8")
    git(osce.cwd, "commit", "-q", "-am", "a change by hand")  # what sync refuses to do
    git(osce.cwd, "push", "-q")
    git(undp.cwd, "pull", "-q")  # test_trust_files.py: the warning then names the way out

    undp("verify", DRAFT, "--set-aside")
    synced = undp("sync", DRAFT)
    assert "draft.toml: its signed text, written back here, sent" in synced.out and synced.err == ""
    assert osce("sync", DRAFT).err == ""
    assert (osce.cwd / DRAFT / "draft.toml").read_text(encoding="utf-8") == signed
    assert signatures.verify(osce.cwd / DRAFT) == (True, [], [])
