"""Clones of one draft sharing it through a bare git repository: what the sync tests build on."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from draftdesk import services, signatures
from draftdesk.engine.user_ops import find, modify_op

from .runner import SAMPLE, DraftDesk

DRAFT = "drafts/belgrade-2011"
CLONES = ("UNDP", "OSCE", "SEECF")


def git(where: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=where, check=True, capture_output=True, text=True).stdout


def clone(remote: Path, where: Path) -> Path:
    git(remote.parent, "clone", "-q", str(remote), str(where))
    git(where, "config", "user.name", where.name)
    git(where, "config", "user.email", f"{where.name}@example.org")
    return where


def shared_clones(tmp_path: Path) -> dict[str, DraftDesk]:
    """A bare repository holding the sample draft, and a clone of it for each delegation (the
    ``clones`` fixture)."""
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", "-b", "main", str(remote)], check=True)
    seed = clone(remote, tmp_path / "seed")
    shutil.copytree(SAMPLE, seed / DRAFT)
    signatures.found(seed / DRAFT)  # a draft is founded (its keys registered) before it is shared
    git(seed, "add", "-A")
    git(seed, "commit", "-q", "-m", "the draft")
    git(seed, "push", "-q", "-u", "origin", "main")
    return {org: DraftDesk(clone(remote, tmp_path / org)) for org in CLONES}


def reword(folder: Path, org: str, address: str, old: str, new: str) -> str:
    paragraph = find(services.negotiation(folder).agreed, address)
    return services.propose(folder, org, [modify_op(paragraph, paragraph.text.replace(old, new, 1))]).id


def at_once(*acts: Callable[[], object]) -> list[object]:
    """Run each act in its own thread, all at the same moment; their results."""
    with ThreadPoolExecutor(len(acts)) as pool:
        return [future.result() for future in [pool.submit(act) for act in acts]]


def chair_on_two_clones(
    clones: dict[str, DraftDesk], *rewordings: tuple[str, str]
) -> tuple[Path, Path, list[str]]:
    """The chair's two machines (its clone and UNDP's, the same keys), and amendments tabled and
    shared on both: each (org, new word for OP5's "Recognize")."""
    here, there = clones["SEECF"].cwd / DRAFT, clones["UNDP"].cwd / DRAFT
    ids = [reword(here, org, "OP5", "Recognize", word) for org, word in rewordings]
    services.sync(here)
    services.sync(there)
    return here, there, ids


def converged(*folders: Path) -> list[str]:
    """Sync each folder until both hold every file; the agreed text, the same on each."""
    for folder in (*folders, *folders):
        services.sync(folder)
    texts = [[p.text for p in services.negotiation(folder).agreed] for folder in folders]
    assert all(text == texts[0] for text in texts)
    return texts[0]
