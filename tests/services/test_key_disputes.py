"""Which key stands: a key registration replaces the registrations it names, whatever the clocks of the
machines that wrote them say; two replacing the same one are a dispute (engine/roster.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from draftdesk import signatures, storage
from draftdesk.engine.roster import Registration
from draftdesk.storage import keystore

AT = (datetime.now(UTC) + timedelta(days=1)).replace(minute=0)
"""After the founding registrations (made when the test's draft was imported)."""


def registered(folder: Path, org: str, minute: int, replaces: tuple[str, ...]) -> str:
    """A registration of a new key for ``org`` by the chair, dated ``minute`` past the hour; its id."""
    chair = signatures.signer(folder, "SEECF")
    assert chair is not None
    key = keystore.new_key(org).public
    reg = Registration(
        f"SEECF-{org}-{minute:02}", "SEECF", AT.replace(minute=minute), org, key, "", (), (), replaces
    )
    storage.add_registration(folder, reg, chair)
    return reg.id


def test_a_key_kept_from_a_dispute_stands_even_when_its_clock_put_it_first(folder: Path) -> None:
    (first,) = signatures.roster(folder).standing["UNDP"]
    here = registered(folder, "UNDP", 10, (first,))
    there = registered(folder, "UNDP", 11, (first,))  # made at once elsewhere: neither knows the other
    assert signatures.roster(folder).disputed["UNDP"] == (f"roster/{here}.toml", f"roster/{there}.toml")
    kept = registered(folder, "UNDP", 5, (here, there))  # knew both, on a machine whose clock is behind
    roster = signatures.roster(folder)
    assert "UNDP" not in roster.disputed and roster.standing["UNDP"] == (kept,)
    assert roster.keys["UNDP"] == {next(r.key for r in storage.load(folder).registrations if r.id == kept)}


def test_a_registration_replaces_only_its_own_organizations(folder: Path) -> None:
    (undp,) = signatures.roster(folder).standing["UNDP"]
    registered(folder, "OSCE", 10, (undp,))  # names UNDP's registration: it replaces nothing of UNDP
    roster = signatures.roster(folder)
    assert roster.standing["UNDP"] == (undp,) and roster.keys["UNDP"]
