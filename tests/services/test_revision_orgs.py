"""Issuing a revision and adding organizations: chair only."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from draftdesk import services
from draftdesk.engine.user_ops import find, insert_op
from draftdesk.services import ServiceError

from .helpers import reword, status


def test_a_revision_is_a_record_of_its_own_and_carries_pending_amendments(folder: Path) -> None:
    neg = services.negotiation(folder)
    inserted = services.propose(folder, "OSCE", [insert_op(neg.agreed, "OP1", "Stress the role of the RCC.")])
    services.decide(folder, "SEECF", inserted.id, "accept")
    pending = reword(folder, "UNDP", "OP7", "Welcome", "Note")
    with pytest.raises(ServiceError, match="only the chair may issue a revision; UNDP does not"):
        services.issue_revision(folder, "UNDP")

    result = services.issue_revision(folder, "SEECF")

    assert result.draft.revision == 1
    assert ("OP2", "OP3") in result.concordance and ("", "OP2") in result.concordance
    texts = [tomllib.loads(p.read_text(encoding="utf-8")) for p in sorted((folder / "revisions").iterdir())]
    assert [(t["revision"], t["by"]) for t in texts] == [(0, "SEECF"), (1, "SEECF")]
    assert texts[1]["revises"] == texts[0]["id"] and texts[0]["revises"] == ""
    assert tomllib.loads((folder / "draft.toml").read_text(encoding="utf-8"))["revision"] == 0  # never edited
    neg = services.negotiation(folder)
    assert neg.draft.revision == 1
    assert find(neg.draft.paragraphs, "OP2").text == "Stress the role of the RCC."
    assert status(folder, inserted.id) == "accepted"
    assert status(folder, pending.id) == "tabled"
    decision = services.decide(folder, "SEECF", pending.id, "accept")
    assert decision.revision == 1
    assert find(services.negotiation(folder).agreed, "OP7").text.startswith("Note the readiness")


def test_the_chair_adds_an_organization_with_no_colour(folder: Path) -> None:
    org = services.add_org(folder, "SEECF", "NATO", "  North Atlantic   Treaty Organization ")
    assert (org.code, org.name) == ("NATO", "North Atlantic Treaty Organization")
    assert (org.colour, org.roles) == ("", ())
    assert services.negotiation(folder).draft.org("NATO") == org
    amendment = reword(folder, "NATO", "OP5", "Recognize", "Welcome")
    assert status(folder, amendment.id) == "tabled"


@pytest.mark.parametrize(
    ("by", "code", "name", "message"),
    [
        ("UNDP", "NATO", "North Atlantic Treaty Organization", "only the chair may add an organization"),
        ("SEECF", "undp", "Someone", "organization UNDP already exists"),
        ("SEECF", "NA TO", "Someone", "not a usable organization code"),
        ("SEECF", "base", "Someone", "not a usable organization code"),
        ("SEECF", "NATO", "  ", "needs a name"),
    ],
)
def test_add_org_refusals(folder: Path, by: str, code: str, name: str, message: str) -> None:
    with pytest.raises(ServiceError, match=message):
        services.add_org(folder, by, code, name)
    assert services.negotiation(folder).draft.org("NATO") is None
