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
REWORDINGS = {"UNDP": [("OP4", "note", "welcome"), ("OP5", "neutral", "impartial")],
              "OSCE": [("OP4", "note", "acknowledge"), ("OP7", "actively", "fully")]}  # fmt: skip
"""What each delegation proposes: both change OP4's "note", so they compete."""

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
    """The chair imports the draft and publishes it; UNDP and OSCE clone it and bring their keys."""
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
    for org in ("UNDP", "OSCE"):
        machine = Machine(tmp_path, org.lower())
        subprocess.run(["git", "clone", "--quiet", bare, machine.draft], check=True)
        machine.identify()
        (key,) = [k for k in chair.here(keystore.held) if k.org == org]  # as keys export/import move it
        machine.here(keystore.store, key)
        machines[org] = machine
    return machines


def test_three_machines_acting_at_once_converge(meeting: dict[str, Machine]) -> None:
    def delegation(org: str) -> list[str]:
        machine = meeting[org]
        made = []
        for address, old, new in REWORDINGS[org]:
            made.append(machine.propose(org, address, old, new))
            machine("sync", "meeting")
        return made

    with ThreadPoolExecutor(3) as pool:
        proposed = pool.map(delegation, ["UNDP", "OSCE"])
        pool.submit(meeting["SEECF"], "sync", "meeting").result()
        ids = [aid for made in proposed for aid in made]
    chair = meeting["SEECF"]
    chair.here(services.sync, chair.draft)
    for aid in ids[:2]:  # UNDP's two; OSCE's competing one falls with the first
        chair.here(services.decide, chair.draft, "SEECF", aid, "accept")
    with ThreadPoolExecutor(3) as pool:
        list(pool.map(lambda m: m("sync", "meeting"), meeting.values()))
    for machine in meeting.values():
        machine.here(services.sync, machine.draft)
    texts = {org: machine.agreed() for org, machine in meeting.items()}
    assert (
        "welcome" in texts["SEECF"] and "impartial" in texts["SEECF"] and "acknowledge" not in texts["SEECF"]
    )
    assert len(set(texts.values())) == 1, "the machines do not agree"
    for machine in meeting.values():
        assert signatures.verify(machine.draft) == (True, [], [])
        assert machine.git("status", "--porcelain", "--untracked-files=no") == ""
        assert machine.git("rev-parse", "HEAD") == chair.git("rev-parse", "HEAD")


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


def test_a_decision_that_arrives_before_its_amendment_waits(tmp_path: Path) -> None:
    drafts = tmp_path / "drafts"
    folder, _ = services.import_document(SEED, drafts, slug="here", chair="SEECF")
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(folder, elsewhere)
    amendment = reword(folder, "UNDP", "OP4", "note", "welcome")
    services.decide(folder, "SEECF", amendment.id, "accept")
    for decision in (folder / "decisions").iterdir():
        shutil.copy(decision, elsewhere / "decisions" / decision.name)
    assert services.negotiation(elsewhere).amendments == {}  # nothing fails; the decision waits
    shutil.copy(folder / "amendments" / f"{amendment.id}.toml", elsewhere / "amendments")
    assert services.negotiation(elsewhere).state(amendment.id).status == "accepted"
