"""Sharing a draft through git: a bare repository and three machines (the chair, UNDP, OSCE),
each with its own keys, acting at once, converge with no git conflict; a forged file pushed by one
machine is reported and changes nothing on the others; a decision that arrives before its amendment
waits for it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

import pytest

from draftdesk import services, signatures
from draftdesk.storage import keystore

from .helpers import reword

SEED = Path(__file__).resolve().parents[1] / "data" / "seeds" / "belgrade-2011-conclusions.txt"
REWORDINGS = {"UNDP": ("OP4", "note", "welcome"), "OSCE": ("OP4", "note", "acknowledge"),
              "RCC": ("OP7", "actively", "fully")}  # fmt: skip
"""What each delegation proposes: UNDP's and OSCE's both change OP4's "note", so they compete."""
DELEGATIONS = tuple(REWORDINGS)

T = TypeVar("T")
pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


class Machine:
    """One machine: its own working folder (holding drafts/meeting, a git clone) and config folder."""

    def __init__(self, root: Path, name: str) -> None:
        self.cwd = root / name
        self.cwd.mkdir()
        self.env = {**os.environ, "DRAFTDESK_CONFIG_DIR": str(root / f"{name}-config")}
        self.env.pop("GIT_DIR", None)

    @property
    def draft(self) -> Path:
        return self.cwd / "drafts" / "meeting"

    def __call__(self, *args: str | Path, code: int = 0) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "draftdesk", *map(str, args)],
            cwd=self.cwd, env=self.env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode == code, f"{args}: exit {done.returncode}: {done.stderr}"
        return done.stdout

    def here(self, service: Callable[..., T], *args: object, **options: object) -> T:
        """A service called in this process, as this machine (its keys): quicker than a command."""
        saved = os.environ["DRAFTDESK_CONFIG_DIR"]
        os.environ["DRAFTDESK_CONFIG_DIR"] = self.env["DRAFTDESK_CONFIG_DIR"]
        try:
            return service(*args, **options)
        finally:
            os.environ["DRAFTDESK_CONFIG_DIR"] = saved

    def identify(self) -> None:
        self.git("config", "user.name", self.cwd.name)
        self.git("config", "user.email", f"{self.cwd.name}@example.org")

    def git(self, *args: str) -> str:
        done = subprocess.run(["git", *args], cwd=self.draft, capture_output=True, text=True, check=True)
        return done.stdout

    def propose(self, org: str, address: str, old: str, new: str) -> str:
        instruction = f"In operative paragraph {address[2:]}, replace “{old}” with “{new}”."
        made = self("propose", "meeting", "--as", org, "--instruction", instruction, "--json")
        return json.loads(made)["id"]

    def agreed(self) -> str:
        return "\n".join(p.text for p in services.negotiation(self.draft).agreed)


def bare_repository(root: Path) -> Path:
    bare = root / "shared.git"
    subprocess.run(["git", "init", "--quiet", "--bare", "-b", "main", bare], check=True)
    return bare


@pytest.fixture
def meeting(tmp_path: Path) -> dict[str, Machine]:
    """The chair imports the draft and publishes it; three delegations clone it and bring their keys."""
    bare = bare_repository(tmp_path)
    chair = Machine(tmp_path, "chair")
    chair.here(services.import_document, SEED, chair.draft.parent, slug="meeting", chair="SEECF")
    subprocess.run(["git", "init", "--quiet", "-b", "main"], cwd=chair.draft, check=True)
    chair.identify()
    chair.git("add", ".")
    chair.git("commit", "--quiet", "-m", "the imported draft, founded")
    chair.git("remote", "add", "origin", str(bare))
    chair.git("push", "--quiet", "-u", "origin", "main")
    machines = {"SEECF": chair}
    for org in DELEGATIONS:
        machine = Machine(tmp_path, org.lower())
        subprocess.run(["git", "clone", "--quiet", bare, machine.draft], check=True)
        machine.identify()
        (key,) = [k for k in chair.here(keystore.held) if k.org == org]  # as keys export/import move it
        machine.here(keystore.store, key)
        machines[org] = machine
    return machines


def forge(machine: Machine, aid: str) -> str:
    """The chair's acceptance of ``aid``, written by hand (signed by nobody), committed and pushed with
    git itself (draftdesk sync never sends a file its machine does not believe); its file name."""
    name = f"decisions/SEECF-forged-{aid}.toml"
    decision = (
        f'id = "SEECF-forged-{aid}"\namendment = "{aid}"\naction = "accept"\nby = "SEECF"\n'
        "at = 2030-01-01T00:00:00Z\n"
    )
    (machine.draft / "decisions").mkdir(exist_ok=True)
    (machine.draft / name).write_text(decision, encoding="utf-8")
    machine.git("add", name)
    machine.git("commit", "--quiet", "-m", "accepted")
    for _ in range(10):  # the others push at the same moment
        machine.git("pull", "--quiet", "--rebase")
        if subprocess.run(["git", "push", "--quiet"], cwd=machine.draft, capture_output=True).returncode == 0:
            return name
    raise AssertionError("the forgery never reached the remote")


def test_three_delegations_and_the_chair_acting_at_once_converge_and_reject_a_forgery(
    meeting: dict[str, Machine],
) -> None:
    """Four machines at once: three delegations table and sync (real ``draftdesk`` processes) while
    the chair syncs and accepts UNDP's and RCC's amendments as they arrive (in this process: it is
    quicker); OSCE also pushes a forged chair's acceptance of its own amendment. Every machine ends
    on the same commit and text, and none believes the forgery."""
    forged: list[str] = []

    def delegation(org: str) -> str:
        machine = meeting[org]
        aid = machine.propose(org, *REWORDINGS[org])
        machine("sync", "meeting")
        if org == "OSCE":
            forged.append(forge(machine, aid))
        return aid

    def chair() -> set[str]:
        machine, accepted = meeting["SEECF"], set()
        for _ in range(100):
            machine.here(services.sync, machine.draft)
            neg = services.negotiation(machine.draft)
            for aid, state in neg.states().items():
                if state.status == "tabled" and neg.amendments[aid].author in ("UNDP", "RCC"):
                    machine.here(services.decide, machine.draft, "SEECF", aid, "accept")
                    accepted.add(aid)
            if len(accepted) == 2:
                return accepted
        raise AssertionError("the delegations' amendments never reached the chair")

    with ThreadPoolExecutor(4) as pool:
        decided = pool.submit(chair)
        tabled = dict(zip(DELEGATIONS, pool.map(delegation, DELEGATIONS), strict=True))
        assert decided.result() == {tabled["UNDP"], tabled["RCC"]}
    for machine in (*meeting.values(), meeting["SEECF"]):
        machine.here(services.sync, machine.draft)
    texts = {org: machine.agreed() for org, machine in meeting.items()}
    assert len(set(texts.values())) == 1, "the machines do not agree"
    assert "welcome" in texts["SEECF"] and "fully" in texts["SEECF"] and "acknowledge" not in texts["SEECF"]
    (forgery,) = forged
    for machine in meeting.values():
        assert machine.git("rev-parse", "HEAD") == meeting["SEECF"].git("rev-parse", "HEAD")
        assert machine.git("status", "--porcelain", "--untracked-files=no") == ""
        founded, rejected, lost = signatures.verify(machine.draft)
        assert (founded, [r.file for r in rejected], lost) == (True, [forgery], [])
        assert services.negotiation(machine.draft).state(tabled["OSCE"]).status == "fallen"


def test_a_forged_file_is_not_sent_changes_nothing_if_pushed_and_can_be_set_aside_everywhere(
    meeting: dict[str, Machine],
) -> None:
    undp, chair = meeting["UNDP"], meeting["SEECF"]
    aid = undp.propose("UNDP", "OP4", "note", "welcome")
    forged = undp.draft / "decisions" / "SEECF-forged.toml"
    forged.parent.mkdir(exist_ok=True)
    forged.write_text(
        f'id = "SEECF-forged"\namendment = "{aid}"\naction = "accept"\nby = "SEECF"\n'
        "at = 2030-01-01T00:00:00Z\n",
        encoding="utf-8",
    )
    file = "decisions/SEECF-forged.toml"
    assert undp.here(services.sync, undp.draft).withheld == (file,)  # this machine does not believe it
    undp.git("add", "decisions")  # so an attacker pushes it with git itself
    undp.git("commit", "--quiet", "-m", "forged")
    undp.git("push", "--quiet")
    done = subprocess.run(
        [sys.executable, "-m", "draftdesk", "sync", "meeting"], cwd=chair.cwd, env=chair.env,
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[1:] == [
        "1 amendment from origin",
        "1 file from origin not believed (named above): not counted",
    ]
    why = f"{file}: not signed (it says it is SEECF's)"
    assert f"warning: not believed: {why}" in done.stderr and "verify meeting --set-aside" in done.stderr
    assert "welcome" not in chair.agreed()
    assert [str(r) for r in signatures.verify(chair.draft)[1]] == [why]

    (moved, where), *_ = chair.here(services.set_aside, chair.draft)
    assert str(moved) == why and where.read_text(encoding="utf-8") == forged.read_text(encoding="utf-8")
    assert chair.here(services.sync, chair.draft).removed == (file,)
    assert undp.here(services.sync, undp.draft).dropped == (file,)
    for machine in (chair, undp):
        assert signatures.verify(machine.draft) == (True, [], [])
        assert machine.git("status", "--porcelain") == ""  # what is set aside is never shared


def test_a_decision_that_arrives_before_its_amendment_waits_for_it(meeting: dict[str, Machine]) -> None:
    """At the secretariat's machine, UNDP tables an amendment at the desk and the chair accepts it;
    someone publishes the decision at once with git itself (``git add decisions``), the amendment's
    file going out only with the chair's next sync. OSCE's syncs bring the decision, then the
    amendment: nothing fails meanwhile, and the decision takes effect when its amendment comes."""
    chair, osce = meeting["SEECF"], meeting["OSCE"]
    aid = chair.here(reword, chair.draft, "UNDP", "OP4", "note", "welcome").id
    chair.here(services.decide, chair.draft, "SEECF", aid, "accept")
    chair.git("add", "decisions")
    chair.git("commit", "--quiet", "-m", "the decision, at once")
    chair.git("push", "--quiet")
    assert osce("sync", "meeting").splitlines() == [
        "nothing new to send",
        "1 decision from origin",
        f"decided, not here yet: {aid} (a decision takes effect when its amendment comes)",
    ]
    assert services.negotiation(osce.draft).amendments == {} and "welcome" not in osce.agreed()
    assert signatures.verify(osce.draft) == (True, [], [])  # the decision is believed: it waits
    assert chair.here(services.sync, chair.draft).sent == {"amendments": 1}
    assert osce("sync", "meeting").splitlines() == ["nothing new to send", "1 amendment from origin"]
    assert services.negotiation(osce.draft).state(aid).status == "accepted" and "welcome" in osce.agreed()
