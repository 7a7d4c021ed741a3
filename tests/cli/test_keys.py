"""``draftdesk keys``: a delegation makes its key on its own machine and moves it to another."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest

from .runner import DraftDesk


def test_a_new_key_is_listed_and_kept_private(dd: DraftDesk, config_folder: Path) -> None:
    public = dd("keys", "new", "UNDP").out.strip()
    assert public.startswith("ed25519:")
    listed = dd("keys", "list", "--json").json()
    assert [(k["org"], k["public"]) for k in listed] == [("UNDP", public)]
    (path,) = (config_folder / "keys").iterdir()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_a_key_moves_to_another_machine(
    dd: DraftDesk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, config_folder: Path
) -> None:
    public = dd("keys", "new", "OSCE").out.strip()
    exported = tmp_path / "osce.key"
    dd("keys", "export", "OSCE", "-o", exported)
    assert stat.S_IMODE(exported.stat().st_mode) == 0o600
    monkeypatch.setenv("DRAFTDESK_CONFIG_DIR", str(tmp_path / "other-machine"))
    assert dd("keys", "list", "--json").json() == []
    assert public in dd("keys", "import", exported).out
    assert [k["public"] for k in dd("keys", "list", "--json").json()] == [public]


def test_bad_requests_are_one_line(dd: DraftDesk, tmp_path: Path) -> None:
    refused = dd("keys", "export", "NOPE", code=1).err
    assert refused == "no key of yours for 'NOPE' (see draftdesk keys list)\n"
    forged = tmp_path / "forged.key"
    forged.write_text('org = "UNDP"\npublic = "ed25519:AAAA"\nprivate = "AAAA"\n', encoding="utf-8")
    err = dd("keys", "import", forged, code=1).err
    assert err.startswith(f"{forged}: not a DraftDesk key file") and err.count("\n") == 1
    assert "keys new takes ORG" in dd("keys", "new", code=2).err


def test_a_key_made_for_any_draft_is_the_organizations_identity_in_every_draft_made_here(
    dd: DraftDesk, config_folder: Path
) -> None:
    """A delegation's own key (keys new) is registered by each draft founded or joined on its machine;
    keys made for the others are one per draft, so handing one over gives that draft only."""
    public = dd("keys", "new", "RCC").out.strip()
    shutil.copytree(dd.cwd / "drafts" / "belgrade-2011", dd.cwd / "drafts" / "second")
    for draft in ("belgrade-2011", "second"):  # each founded here by its first act
        dd("add-org", draft, "RCC2", "--name", "Another RCC", "--as", "SEECF")
    listed = {(k["org"], k["public"]): k for k in dd("keys", "list", "--json").json()}
    assert listed["RCC", public]["registered_in"] == ["belgrade-2011", "second"]
    assert listed["RCC", public]["made_for"] == "*"
    for org in ("UNDP", "RCC2"):
        assert sorted(k["made_for"] for (o, _), k in listed.items() if o == org) == [
            "belgrade-2011",
            "second",
        ]
    assert sum(o == "RCC" for o, _ in listed) == 1
    assert "2 keys of yours for 'UNDP'" in dd("keys", "export", "UNDP", code=1).err
    undp = dd("keys", "new", "UNDP").out.strip()  # from now on, UNDP's key: exported without --draft
    assert f'public = "{undp}"' in dd("keys", "export", "UNDP").out
