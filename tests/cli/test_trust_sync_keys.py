"""Keys registered on two clones at once: a dispute the chair settles, never a race the later one wins."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from draftdesk import services, signatures, storage
from draftdesk.storage import keystore

from .clones import DRAFT, converged, reword
from .runner import DraftDesk

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def registered(folder: Path, org: str) -> list[str]:
    return sorted(f"roster/{r.id}.toml" for r in storage.load(folder).registrations if r.org == org)


def test_a_key_registered_on_two_clones_at_once_is_disputed_until_the_chair_keeps_one(
    clones: dict[str, DraftDesk],
) -> None:
    here, there = clones["SEECF"].cwd / DRAFT, clones["UNDP"].cwd / DRAFT  # the chair on two machines
    before = reword(here, "UNDP", "OP4", "note", "welcome")  # signed with the key UNDP had
    converged(here, there)
    founding = registered(here, "UNDP")
    services.register_key(here, "SEECF", "UNDP", keystore.new_key("UNDP").public)
    services.register_key(there, "SEECF", "UNDP", keystore.new_key("UNDP").public)  # neither knows the other
    (kept,) = set(registered(here, "UNDP")) - set(founding)
    early = reword(there, "UNDP", "OP5", "Recognize", "Welcome")  # believed there, until it syncs
    converged(here, there)
    both = sorted(set(registered(here, "UNDP")) - set(founding))
    for folder in (here, there):
        rejected = signatures.verify(folder).rejected
        disputed = [r.file for r in rejected if "UNDP was registered with 2 different keys" in r.reason]
        assert sorted(disputed) == both
        amendments = services.negotiation(folder).amendments
        assert before in amendments and early not in amendments  # what UNDP did before stays believed
        with pytest.raises(services.ServiceError, match="UNDP's key is disputed"):
            reword(folder, "UNDP", "OP6", "Welcome", "Note")

    clones["SEECF"]("keys", "register", DRAFT, "UNDP", kept, "--as", "SEECF")  # here's key is kept
    later = reword(here, "UNDP", "OP6", "Welcome", "Note")
    converged(here, there)
    services.register_key(there, "SEECF", "UNDP", keystore.new_key("UNDP").public)  # knowing them all
    latest = reword(there, "UNDP", "OP7", "actively", "fully")
    converged(here, there)
    for folder in (here, there):
        amendments = services.negotiation(folder).amendments
        assert {before, later, latest} <= amendments.keys() and early not in amendments
        assert [r.file for r in signatures.verify(folder).rejected] == [f"amendments/{early}.toml"]
