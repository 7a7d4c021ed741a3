"""Private drafts live in their author's config folder until tabled: never in the draft folder, so
no one else can read them, whatever their access to it; tabling publishes them whole, even when
cut short."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from draftdesk import services, signatures, storage
from draftdesk.engine.amendments import Decision
from draftdesk.storage import keystore, private

from .helpers import reword, status


def shared_files(folder: Path) -> set[str]:
    """Every file of the draft folder but its lock (which git ignores), relative to it."""
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and p.name != ".lock"}


def test_a_private_draft_is_kept_outside_the_draft_folder(folder: Path) -> None:
    before = shared_files(folder)
    draft = reword(folder, "UNDP", "OP4", "note", "welcome", table=False)
    assert shared_files(folder) == before  # not even its id reaches the folder
    assert not any(draft.id in path.read_text(encoding="utf-8") for path in folder.rglob("*.toml"))
    kept = private.place(folder) / "amendments" / f"{draft.id}.toml"
    assert stat.S_IMODE(os.stat(kept).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(kept.parent).st_mode) == 0o700
    assert status(folder, draft.id) == "draft"  # its author sees it, here


def test_another_user_never_sees_it(folder: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    draft = reword(folder, "UNDP", "OP4", "note", "welcome", table=False)
    keys = keystore.held()
    monkeypatch.setenv("DRAFTDESK_CONFIG_DIR", str(tmp_path / "another-user"))
    for key in keys:
        keystore.store(key)  # even holding every key of the draft
    assert draft.id not in services.negotiation(folder).amendments


def test_tabling_publishes_it_signed_and_forgets_the_private_copy(folder: Path) -> None:
    draft = reword(folder, "UNDP", "OP4", "note", "welcome", table=False)
    services.decide(folder, "UNDP", draft.id, "table")
    assert (folder / "amendments" / f"{draft.id}.toml").is_file()
    assert not (private.place(folder) / "amendments" / f"{draft.id}.toml").exists()
    assert signatures.verify(folder) == (True, [], [])
    assert status(folder, draft.id) == "tabled"
    services.decide(folder, "SEECF", draft.id, "accept")
    assert status(folder, draft.id) == "accepted"


def test_a_private_draft_withdrawn_stays_private(folder: Path) -> None:
    before = shared_files(folder)
    draft = reword(folder, "UNDP", "OP4", "note", "welcome", table=False)
    services.decide(folder, "UNDP", draft.id, "withdraw")
    assert shared_files(folder) == before
    assert status(folder, draft.id) == "withdrawn"
    # the chair on the same machine sees it withdrawn, but it was never before the room: reinstating
    # it would publish another delegation's private text, signed by the chair (found by test_race_acts)
    with pytest.raises(services.ServiceError, match="UNDP's private draft, never tabled: only its author"):
        services.decide(folder, "SEECF", draft.id, "reinstate")
    assert shared_files(folder) == before
    assert status(folder, draft.id) == "withdrawn"


def cut_tabling(folder: Path, aid: str, *, decision_stored: bool) -> Decision:
    """What a tabling killed after its mark (and maybe its decision) leaves."""
    decision = services.new_decision(folder, "UNDP", aid, "table")
    private.mark_tabling(folder, aid, decision.id)
    if decision_stored:
        storage.add_decision(folder, decision, signatures.signer(folder, "UNDP"))
    return decision


@pytest.mark.parametrize("decision_stored", [True, False], ids=["after-its-decision", "before-it"])
def test_a_tabling_cut_short_is_settled_by_the_next_act(folder: Path, decision_stored: bool) -> None:
    draft = reword(folder, "UNDP", "OP4", "note", "welcome", table=False)
    cut_tabling(folder, draft.id, decision_stored=decision_stored)
    reword(folder, "OSCE", "OP5", "Recognize", "Welcome")  # any act of this user's settles it
    assert private.tabling(folder) == {}
    assert (folder / "amendments" / f"{draft.id}.toml").is_file() == decision_stored
    assert status(folder, draft.id) == ("tabled" if decision_stored else "draft")
    assert signatures.verify(folder) == (True, [], [])
    if not decision_stored:
        services.decide(folder, "UNDP", draft.id, "table")  # tabled again, as the user asked
        assert status(folder, draft.id) == "tabled"
