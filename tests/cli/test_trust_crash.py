"""A revision cut short, by a crash or kill -9 at any moment, is completed by issuing it again."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

from draftdesk import services, storage

from .runner import DraftDesk, show

DRAFT = "belgrade-2011"


def test_a_revision_cut_after_its_archive_then_an_added_org_is_issued_again(dd: DraftDesk) -> None:
    folder = dd.cwd / "drafts" / DRAFT
    storage.archive_revision(
        folder, storage.load_draft(folder)
    )  # the first of revise's two writes, then a crash
    dd("add-org", DRAFT, "--as", "SEECF", "NEW", "--name", "Joined after the crash")
    assert dd("revise", DRAFT, "--as", "SEECF").out.startswith("Rev.1 issued")
    assert "NEW" in (folder / "revisions" / "rev-0.toml").read_text(encoding="utf-8")
    assert dd("revise", DRAFT, "--as", "SEECF").out.startswith("Rev.2 issued")


def test_kill_9_at_random_moments_of_revise_leaves_a_draft_the_next_revise_completes(dd: DraftDesk) -> None:
    folder = dd.cwd / "drafts" / DRAFT
    op4 = show(dd, "OP4")["OP4"]["markup"]
    aid = dd(
        "propose", DRAFT, "--as", "UNDP", "OP4", "--text", op4.replace(" note ", " welcome ")
    ).out.strip()
    dd("accept", DRAFT, "--as", "SEECF", aid)
    rng = random.Random(16)
    for _ in range(3):
        before = storage.load_draft(folder).revision
        running = subprocess.Popen(
            [sys.executable, "-m", "draftdesk", "revise", DRAFT, "--as", "SEECF"],
            cwd=dd.cwd,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=os.environ,
        )
        time.sleep(rng.uniform(0.1, 1.2))
        running.send_signal(signal.SIGKILL)
        running.wait()
        cut = storage.load_draft(folder).revision
        assert cut in (before, before + 1)
        assert services.negotiation(folder).state(aid).status == "accepted"
        services.issue_revision(folder, "SEECF")
        assert storage.load_draft(folder).revision == cut + 1
        assert (folder / "revisions" / f"rev-{cut}.toml").is_file()
    assert "welcome" in show(dd, "OP4")["OP4"]["text"]
