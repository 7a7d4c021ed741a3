"""Signed acts: files not validly signed by an organization allowed to do what they record change
nothing and are named by ``signatures.verify``; acting without the organization's key is refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from draftdesk import services, signatures, storage
from draftdesk.engine import signing
from draftdesk.engine.amendments import Decision
from draftdesk.engine.seals import Signer
from draftdesk.storage import keystore

from .helpers import agreed, reword, status


def signer_of(folder: Path, org: str) -> Signer:
    """``org`` signing with the key this machine holds for it (the import made it here)."""
    found = signatures.signer(folder, org)
    assert found is not None
    return found


def rejected(folder: Path) -> dict[str, str]:
    founded, files, _ = signatures.verify(folder)
    assert founded
    return {r.file: r.reason for r in files}


def forged_accept(folder: Path, by: str, amendment: str, signer: Signer | None) -> str:
    decision = Decision(f"{by}-forged", amendment, "accept", by, datetime.now(UTC))
    storage.add_decision(folder, decision, signer)
    return f"decisions/{decision.id}.toml"


def test_an_imported_draft_is_signed_throughout(folder: Path) -> None:
    amendment = reword(folder, "UNDP", "OP4", "note", "welcome")
    services.decide(folder, "SEECF", amendment.id, "accept")
    assert rejected(folder) == {}
    assert "welcome" in agreed(folder, "OP4")


@pytest.mark.parametrize("sealed", [False, True], ids=["by-hand", "signed-by-the-delegate"])
def test_a_delegate_cannot_accept_its_own_amendment(folder: Path, sealed: bool) -> None:
    amendment = reword(folder, "UNDP", "OP4", "note", "welcome")
    file = forged_accept(folder, "UNDP", amendment.id, signer_of(folder, "UNDP") if sealed else None)
    assert file in rejected(folder)
    assert status(folder, amendment.id) == "tabled"
    assert "welcome" not in agreed(folder, "OP4")


def test_an_amendment_filed_under_another_name_is_not_believed(folder: Path) -> None:
    mine = reword(folder, "UNDP", "OP4", "note", "welcome")
    theirs = mine._replace(id="OSCE-forged", author="OSCE")
    storage.add_amendment(folder, theirs, signer_of(folder, "UNDP"))
    assert rejected(folder) == {"amendments/OSCE-forged.toml": "signed by UNDP, but it says it is OSCE's"}
    assert "OSCE-forged" not in services.negotiation(folder).amendments


def test_an_unknown_organization_changes_nothing(folder: Path) -> None:
    amendment = reword(folder, "UNDP", "OP4", "note", "welcome")
    intruder = keystore.new_key("EVIL")
    file = forged_accept(folder, "EVIL", amendment.id, Signer("EVIL", intruder.public, intruder.private))
    assert "not a registered organization" in rejected(folder)[file]
    assert status(folder, amendment.id) == "tabled"


def test_roles_edited_by_hand_are_not_believed(folder: Path) -> None:
    path = folder / "draft.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('code = "UNDP"\n', 'code = "UNDP"\nroles = ["chair"]\n'), encoding="utf-8")
    assert rejected(folder)["draft.toml"].startswith("not the text the draft was founded with: revisions/")
    amendment = reword(folder, "OSCE", "OP4", "note", "welcome")
    with pytest.raises(services.ServiceError, match="only the chair may accept"):
        services.decide(folder, "UNDP", amendment.id, "accept")


def test_an_edited_file_is_not_believed(folder: Path) -> None:
    amendment = reword(folder, "UNDP", "OP4", "note", "welcome")
    path = folder / "amendments" / f"{amendment.id}.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("welcome", "reject"), encoding="utf-8")
    assert rejected(folder) == {
        f"amendments/{amendment.id}.toml": "its signature is not made with UNDP's registered key"
    }


def test_acting_without_the_key_is_refused(folder: Path, config_folder: Path) -> None:
    with pytest.raises(services.ServiceError, match=r"^you do not hold UNDP's key for this draft"):
        reword(folder, "UNDP", "OP4", "note", "welcome")
    assert list((folder / "amendments").glob("*.toml")) == []


def test_a_delegation_registers_its_own_key(
    folder: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    before = reword(folder, "UNDP", "OP4", "note", "welcome")  # signed with the key the import made
    monkeypatch.setenv("DRAFTDESK_CONFIG_DIR", str(tmp_path / "undp-machine"))
    own = keystore.new_key("UNDP")
    monkeypatch.undo()
    services.register_key(folder, "SEECF", "UNDP", own.public)
    with pytest.raises(services.ServiceError, match="you do not hold UNDP's key"):
        services.decide(folder, "UNDP", before.id, "withdraw")  # the secretariat's copy no longer acts
    monkeypatch.setenv("DRAFTDESK_CONFIG_DIR", str(tmp_path / "undp-machine"))
    services.decide(folder, "UNDP", before.id, "withdraw")
    assert status(folder, before.id) == "withdrawn"
    assert rejected(folder) == {}


def forger(org: str) -> Signer:
    """Someone signing as ``org`` with a key of their own, not registered."""
    private = signing.new_private()
    return Signer(org, signing.public_of(private), private)


@pytest.mark.parametrize("key", ["forger's", "UNDP's public key"])
def test_the_true_author_acting_next_never_vouches_for_a_forgery_under_its_name(
    folder: Path, key: str
) -> None:
    mine = reword(folder, "UNDP", "OP4", "note", "welcome")
    fake = (
        forger("UNDP")
        if key == "forger's"
        else replace(forger("UNDP"), public=signer_of(folder, "UNDP").public)
    )
    forged = mine._replace(id="UNDP-99991231T235959zzzz")  # sorts as UNDP's newest file
    storage.add_amendment(folder, forged, fake)
    forged_accept(folder, "UNDP", mine.id, fake)
    before = rejected(folder)
    assert "amendments/UNDP-99991231T235959zzzz.toml" in before
    reword(folder, "UNDP", "OP5", "neutral", "impartial")  # its next act names its own files in prev
    decision = services.decide(folder, "UNDP", mine.id, "withdraw")
    assert rejected(folder) == before  # the forged files are still named, never believed
    assert status(folder, mine.id) == "withdrawn" and decision.action == "withdraw"


def test_a_key_registered_again_never_adopts_a_forgery(folder: Path, tmp_path: Path) -> None:
    forged = reword(folder, "UNDP", "OP4", "note", "welcome")._replace(id="UNDP-forged")
    storage.add_amendment(folder, forged, forger("UNDP"))
    services.register_key(folder, "SEECF", "UNDP", keystore.new_key("UNDP").public)
    assert "amendments/UNDP-forged.toml" in rejected(folder)
    assert "UNDP-forged" not in services.negotiation(folder).amendments


def test_add_org_makes_a_key_here_or_takes_one(folder: Path, tmp_path: Path) -> None:
    services.add_org(folder, "SEECF", "EU", "European Union")
    reword(folder, "EU", "OP4", "note", "welcome")
    elsewhere = signing.public_of(signing.new_private())  # made on the AU's own machine
    services.add_org(folder, "SEECF", "AU", "African Union", key=elsewhere)
    assert {o.code for o in signatures.current_draft(folder).orgs} >= {"EU", "AU"}
    with pytest.raises(services.ServiceError, match="you do not hold AU's key"):
        reword(folder, "AU", "OP5", "the", "a")
    assert rejected(folder) == {}


def test_a_draft_made_before_signing_is_founded_by_its_first_act(tmp_path: Path, folder: Path) -> None:
    amendment = reword(folder, "UNDP", "OP4", "note", "welcome")
    old = tmp_path / "old"
    stored = storage.load(folder)
    storage.create(old, stored.draft, [amendment._replace(id="UNDP-old")])  # unsigned, as before
    assert signatures.verify(old) == (False, [], [])
    services.decide(old, "SEECF", "UNDP-old", "accept")
    assert signatures.verify(old) == (True, [], [])
    assert status(old, "UNDP-old") == "accepted"


def test_a_revision_not_issued_by_the_chair_is_not_believed(folder: Path) -> None:
    services.decide(folder, "SEECF", reword(folder, "UNDP", "OP4", "note", "welcome").id, "accept")
    services.issue_revision(folder, "SEECF")
    stored = storage.load(folder)
    (rev1,) = [r for r in stored.revisions if r.revises]
    forged = replace(rev1, id="UNDP-forged-rev", by="UNDP", revises=rev1.id)
    forged = replace(forged, draft=replace(rev1.draft, revision=2, title=["Forged"]))
    storage.add_revision(folder, forged, signer_of(folder, "UNDP"))  # signed, but by a delegate
    unsigned = replace(forged, id="SEECF-unsigned-rev", by="SEECF")
    storage.add_revision(folder, unsigned, None)
    found = rejected(folder)
    assert (
        found["revisions/UNDP-forged-rev.toml"]
        == "UNDP may not record a base text: it does not hold the chair"
    )
    assert found["revisions/SEECF-unsigned-rev.toml"] == "not signed (it says it is SEECF's)"
    neg = services.negotiation(folder)
    assert neg.draft.revision == 1 and neg.draft.title != ["Forged"]


def test_a_base_text_edited_by_hand_is_reported_and_the_signed_one_believed(folder: Path) -> None:
    path = folder / "draft.toml"
    before = agreed(folder, "OP4")
    path.write_text(path.read_text(encoding="utf-8").replace(before, "Edited by hand."), encoding="utf-8")
    assert rejected(folder)["draft.toml"].startswith("not the text the draft was founded with")
    assert agreed(folder, "OP4") == before


def test_a_folder_founded_before_base_texts_were_signed_is_signed_by_the_next_act_holding_the_chair(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for text in (folder / "revisions").iterdir():  # as the builds before signed base texts left it
        text.unlink()
    assert "records it, as it stands" in rejected(folder)["draft.toml"]
    undp_key = keystore.find(signer_of(folder, "UNDP").public)
    assert undp_key is not None
    monkeypatch.setenv("DRAFTDESK_CONFIG_DIR", str(tmp_path / "undp-machine"))
    keystore.store(undp_key)
    reword(folder, "UNDP", "OP4", "note", "welcome")  # UNDP's machine cannot sign the chair's text
    assert "draft.toml" in rejected(folder) and not storage.text_ids(folder)
    monkeypatch.undo()
    impartial = reword(
        folder, "UNDP", "OP5", "neutral", "impartial"
    )  # the secretariat's machine holds the chair
    assert rejected(folder) == {}
    (founding,) = storage.load(folder).revisions
    assert founding.draft == storage.load_draft(folder) and founding.by == "SEECF"
    services.decide(folder, "SEECF", impartial.id, "accept")  # something to revise
    assert services.issue_revision(folder, "SEECF").draft.revision == 1
    assert rejected(folder) == {}
