"""A decision checked on a caller's state (the TUI's) and stored later: under the folder's lock,
what arrived since decides; forged files change nothing."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from draftdesk import services, signatures, storage
from draftdesk.engine.amendments import Decision
from draftdesk.services import ServiceError
from draftdesk.storage import keystore

from .helpers import reword, status, store_shown


def checked(folder: Path, by: str, amendment: str, action: str) -> tuple[Decision, services.Known]:
    """A decision checked as the TUI checks it, and what the state it was checked on was made from."""
    current, signing = services.negotiation(folder), services.check_signing(folder, by)
    decision = services.new_decision(folder, by, amendment, action, current=current)
    return decision, services.known(current, signing)


def test_a_decision_on_a_folder_unchanged_since_is_stored_as_checked(folder: Path) -> None:
    amendment = reword(folder, "UNDP", "OP5", "Recognize", "Welcome")
    decision, known = checked(folder, "SEECF", amendment.id, "accept")
    assert store_shown(folder, decision, known) == decision
    assert status(folder, amendment.id) == "accepted"
    assert signatures.verify(folder) == (True, [], [])


def test_an_act_stored_since_the_check_is_seen_under_the_lock(folder: Path) -> None:
    undp = reword(folder, "UNDP", "OP5", "Recognize the RCC", "Welcome the RCC")
    osce = reword(folder, "OSCE", "OP5", "Recognize the RCC", "Note the RCC")
    late, known = checked(folder, "SEECF", osce.id, "accept")
    services.decide(folder, "SEECF", undp.id, "accept")  # another terminal, a moment before
    with pytest.raises(ServiceError, match=f"{osce.id} fell when {undp.id} was accepted"):
        store_shown(folder, late, known)
    assert status(folder, osce.id) == "fallen"


def test_an_amendment_tabled_since_the_check_is_seen_under_the_lock(folder: Path) -> None:
    amendment = reword(folder, "UNDP", "OP5", "Recognize", "Welcome")
    decision, known = checked(folder, "SEECF", amendment.id, "accept")
    later = reword(folder, "OSCE", "OP6", "Welcome", "Note")
    stored = store_shown(folder, decision, known)
    assert stored.at > later.created  # stamped after what the whole folder holds, as it was re-checked
    assert status(folder, amendment.id) == "accepted"


@pytest.mark.parametrize("signed", [False, True], ids=["unsigned", "signed-by-another-delegation"])
def test_a_forged_decision_arriving_since_the_check_changes_nothing(folder: Path, signed: bool) -> None:
    amendment = reword(folder, "UNDP", "OP5", "Recognize", "Welcome")
    decision, known = checked(folder, "SEECF", amendment.id, "accept")
    forged = Decision("UNDP-forged", amendment.id, "reject", "SEECF", decision.at + timedelta(seconds=1))
    storage.add_decision(folder, forged, signatures.signer(folder, "UNDP") if signed else None)
    assert store_shown(folder, decision, known) == decision  # not even re-stamped after it
    assert status(folder, amendment.id) == "accepted"


def test_a_decision_already_stored_is_not_stored_twice(folder: Path) -> None:
    amendment = reword(folder, "UNDP", "OP5", "Recognize", "Welcome")
    decision, known = checked(folder, "SEECF", amendment.id, "accept")
    store_shown(folder, decision, known)
    with pytest.raises(ServiceError, match="cannot be accepted"):
        store_shown(folder, decision._replace(id=decision.id + "x"), known)


def test_a_revision_issued_since_the_check_is_seen_under_the_lock(folder: Path) -> None:
    amendment = reword(folder, "UNDP", "OP5", "Recognize", "Welcome")
    decision, known = checked(folder, "SEECF", amendment.id, "accept")
    services.decide(folder, "SEECF", reword(folder, "OSCE", "OP6", "Welcome", "Note").id, "accept")
    services.issue_revision(folder, "SEECF")  # another terminal, a moment before
    try:
        stored = store_shown(folder, decision, known)
    except ServiceError:
        return  # refused on the revision in force: fine
    assert stored.revision == 1  # checked and stamped on the revision in force, not as made


def test_after_a_revision_a_decision_on_an_unchanged_folder_is_stored_as_checked(folder: Path) -> None:
    """draft.toml is never rewritten: the roster read under the lock has the founded text, the state
    the revised one; their organizations are what may differ."""
    services.decide(folder, "SEECF", reword(folder, "OSCE", "OP6", "Welcome", "Note").id, "accept")
    services.issue_revision(folder, "SEECF")  # a revision has something to revise
    amendment = reword(folder, "UNDP", "OP5", "Recognize", "Welcome")
    decision, known = checked(folder, "SEECF", amendment.id, "accept")
    forged = Decision("UNDP-forged", amendment.id, "reject", "SEECF", decision.at + timedelta(seconds=1))
    storage.add_decision(folder, forged, None)
    assert store_shown(folder, decision, known) == decision  # not re-stamped after it
    assert status(folder, amendment.id) == "accepted"


def test_a_key_registered_since_the_check_signs_the_decision(folder: Path) -> None:
    """The roster is not read again under the lock while its files are the ones the signing was
    found in; a registration since (here the chair's own new key) sends the decision through a
    whole load, which signs it with the key registered now, so it is believed."""
    amendment = reword(folder, "UNDP", "OP5", "Recognize", "Welcome")
    decision, known = checked(folder, "SEECF", amendment.id, "accept")
    services.register_key(folder, "SEECF", "SEECF", keystore.new_key("SEECF").public)
    store_shown(folder, decision, known)
    assert status(folder, amendment.id) == "accepted"
    assert signatures.verify(folder).rejected == []
