"""Multi-file acts killed (kill -9) at any moment: a revision is issued or not, never half (one new
file); a private draft being tabled is tabled or still private once the next act has run."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable

from draftdesk import services, signatures

from .runner import DraftDesk, show

DRAFT = "belgrade-2011"


def kill_9_midway(
    dd: DraftDesk, rng: random.Random, *args: str, begun: Callable[[], bool] | None = None
) -> None:
    """Run ``draftdesk ARGS`` and kill it with SIGKILL at a random moment of its first 1.2 s, or, once
    ``begun`` says its writing has begun, of its next 50 ms (a loaded machine takes seconds to start)."""
    running = subprocess.Popen(
        [sys.executable, "-m", "draftdesk", *args],
        cwd=dd.cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=os.environ,
    )
    if begun is None:
        time.sleep(rng.uniform(0.1, 1.2))
    else:
        deadline = time.monotonic() + 30
        while not begun() and running.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)
        time.sleep(rng.uniform(0, 0.05))
    running.send_signal(signal.SIGKILL)
    running.wait()


def accepted_change(dd: DraftDesk, old: str, new: str) -> str:
    """UNDP rewords OP4 and the chair accepts it: a revision has something to revise."""
    op4 = show(dd, "OP4")["OP4"]["markup"]
    aid = dd("propose", DRAFT, "--as", "UNDP", "OP4", "--text", op4.replace(old, new)).out.strip()
    dd("accept", DRAFT, "--as", "SEECF", aid)
    return aid


def test_kill_9_at_random_moments_of_revise_leaves_a_whole_revision_or_none(dd: DraftDesk) -> None:
    folder = dd.cwd / "drafts" / DRAFT
    aid = accepted_change(dd, " note ", " welcome ")
    rng = random.Random(16)
    for n in range(3):
        before = services.negotiation(folder).draft.revision
        kill_9_midway(dd, rng, "revise", DRAFT, "--as", "SEECF")
        neg = services.negotiation(folder)
        cut = neg.draft.revision
        assert cut in (before, before + 1) and neg.state(aid).status == "accepted"
        accepted_change(dd, " welcome ", f" welcome ({n}) ")
        services.issue_revision(folder, "SEECF")
        assert services.negotiation(folder).draft.revision == cut + 1
        assert signatures.verify(folder) == (True, [], [])
        if n < 2:
            accepted_change(dd, f" welcome ({n}) ", " welcome ")
    assert "welcome" in show(dd, "OP4")["OP4"]["text"]


def test_kill_9_at_random_moments_of_tabling_a_private_draft_leaves_it_private_or_tabled(
    dd: DraftDesk,
) -> None:
    folder = dd.cwd / "drafts" / DRAFT
    op4 = show(dd, "OP4")["OP4"]["markup"]
    rng = random.Random(17)
    for n in range(3):
        wording = op4.replace(" note ", f" note ({n}) ")
        aid = dd("propose", DRAFT, "--as", "UNDP", "OP4", "--text", wording, "--private").out.strip()
        kill_9_midway(dd, rng, "table", DRAFT, "--as", "UNDP", aid)
        dd("propose", DRAFT, "--as", "OSCE", "OP5", "--text", show(dd, "OP5")["OP5"]["markup"] + f" ({n})")
        status = services.negotiation(folder).state(aid).status  # the act above settled the tabling
        assert status in ("draft", "tabled")
        assert (folder / "amendments" / f"{aid}.toml").is_file() == (status == "tabled")
        assert signatures.verify(folder) == (True, [], [])


def test_kill_9_at_a_random_moment_of_adding_a_room_is_completed_by_the_next_act(dd: DraftDesk) -> None:
    folder = dd.cwd / "drafts" / DRAFT
    dd("propose", DRAFT, "--as", "UNDP", "--delete", "OP7")  # founded: add-org's time is its own
    room = dd.cwd / "room.txt"
    room.write_text("".join(f"D{n:02}\tDelegation {n}\n" for n in range(60)), encoding="utf-8")
    codes = {f"D{n:02}" for n in range(60)}
    before = len(os.listdir(folder / "roster"))

    def began() -> bool:
        return len(os.listdir(folder / "roster")) > before

    kill_9_midway(dd, random.Random(18), "add-org", DRAFT, "--from", room, "--as", "SEECF", begun=began)
    assert signatures.verify(folder) == (True, [], [])  # each registration whole and signed, or none
    assert not codes <= {org.code for org in services.negotiation(folder).draft.orgs}  # cut short
    dd("propose", DRAFT, "--as", "OSCE", "--delete", "OP6")  # any act of this user completes it
    assert {org.code for org in services.negotiation(folder).draft.orgs} >= codes
    assert signatures.verify(folder) == (True, [], [])
    again = dd("add-org", DRAFT, "--from", room, "--as", "SEECF", "--json").json()
    assert {o["code"] for o in again["already"]} == codes and again["added"] == []


def test_kill_9_at_a_random_moment_of_founding_a_draft_is_completed_by_the_next_act(dd: DraftDesk) -> None:
    """The first act on a draft not signed yet registers every organization, then signs its text:
    cut short, the next act registers the rest (the sample's 20: 20 files and more to write)."""
    folder = dd.cwd / "drafts" / DRAFT
    roster = folder / "roster"
    kill_9_midway(
        dd, random.Random(19), "propose", DRAFT, "--as", "UNDP", "--delete", "OP7", begun=roster.is_dir
    )
    dd("propose", DRAFT, "--as", "OSCE", "--delete", "OP6")
    assert signatures.verify(folder) == (True, [], [])
    orgs = services.negotiation(folder).draft.orgs
    assert len(orgs) == 20 and all(signatures.signer(folder, org.code) for org in orgs)
