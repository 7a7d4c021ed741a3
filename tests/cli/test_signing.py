"""Signed acts at the command line: verify names what is not believed; a delegation's own key."""

from __future__ import annotations

from pathlib import Path

import pytest

from .runner import DraftDesk

PROPOSAL = ("--instruction", "In operative paragraph 4, replace “note” with “welcome”.")


def test_verify_names_every_file_not_believed(dd: DraftDesk) -> None:
    assert "not signed yet" in dd("verify", "belgrade-2011").err  # the sample's copy, before any act
    amendment = dd("propose", "belgrade-2011", "--as", "UNDP", *PROPOSAL, "--json").json()["id"]
    assert dd("verify", "belgrade-2011").err == "every file is validly signed\n"
    forged = dd.cwd / "drafts" / "belgrade-2011" / "decisions" / "UNDP-forged.toml"
    forged.parent.mkdir(exist_ok=True)
    forged.write_text(
        f'id = "UNDP-forged"\namendment = "{amendment}"\naction = "accept"\nby = "UNDP"\n'
        "at = 2030-01-01T00:00:00Z\n",
        encoding="utf-8",
    )
    result = dd("verify", "belgrade-2011", code=1)
    assert result.out == "decisions/UNDP-forged.toml: not signed (it says it is UNDP's)\n"
    assert dd("list", "belgrade-2011", "--json").json()[0]["status"] == "tabled"


def test_a_delegation_acts_from_its_own_machine(
    dd: DraftDesk, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    secretariat = dd("keys", "list", "--json").json()
    monkeypatch.setenv("DRAFTDESK_CONFIG_DIR", str(tmp_path / "undp"))
    public = dd("keys", "new", "UNDP").out.strip()
    monkeypatch.undo()
    assert dd("keys", "list", "--json").json() == secretariat
    dd("keys", "register", "belgrade-2011", "UNDP", public, "--as", "SEECF")
    refused = dd("propose", "belgrade-2011", "--as", "UNDP", *PROPOSAL, code=1).err
    assert refused.startswith("you do not hold UNDP's key for this draft") and refused.count("\n") == 1
    monkeypatch.setenv("DRAFTDESK_CONFIG_DIR", str(tmp_path / "undp"))
    dd("propose", "belgrade-2011", "--as", "UNDP", *PROPOSAL)
    dd("add-org", "belgrade-2011", "EU", "--name", "European Union", "--as", "SEECF", code=1)
    monkeypatch.undo()
    dd("add-org", "belgrade-2011", "EU", "--name", "European Union", "--key", public, "--as", "SEECF")
    assert "EU" in dd("orgs", "belgrade-2011").out
    dd("verify", "belgrade-2011")
