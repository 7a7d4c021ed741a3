"""Division of the question through the services: the chair's decision on parts, checked and stored
whole, on the folder or on the state a caller shows (the TUI)."""

from __future__ import annotations

from pathlib import Path

import pytest

from draftdesk import services
from draftdesk.engine.user_ops import delete_ops, find
from draftdesk.services import ServiceError

from .helpers import status, store_shown


def test_parts_rejected_adopt_the_others_and_a_shown_division_is_stored_as_shown(folder: Path) -> None:
    text = services.negotiation(folder).agreed
    op5, op7 = (find(text, address).text for address in ("OP5", "OP7"))
    amendment = services.propose(folder, "UNDP", delete_ops(text, ["OP5", "OP7"]))
    with pytest.raises(ServiceError, match="only an acceptance or a rejection divides an amendment"):
        services.decide(folder, "UNDP", amendment.id, "withdraw", parts=[1])
    with pytest.raises(
        ServiceError, match=r"cannot be divided so: it has parts 1 to 2 \(1 \(OP5\), 2 \(OP7\)\)"
    ):
        services.decide(folder, "SEECF", amendment.id, "accept", parts=[4])
    shown = services.new_decision(folder, "SEECF", amendment.id, "reject", parts=[1])
    assert (shown.action, shown.parts) == ("accept", (2,))  # OP5's part rejected: OP7's adopted
    assert store_shown(folder, shown).parts == (2,)
    neg = services.negotiation(folder)
    assert neg.state(amendment.id).status == "accepted"
    assert op5 in [p.text for p in neg.agreed] and op7 not in [p.text for p in neg.agreed]


def test_every_part_rejected_rejects_the_amendment_whole(folder: Path) -> None:
    amendment = services.propose(
        folder, "UNDP", delete_ops(services.negotiation(folder).agreed, ["OP5", "OP7"])
    )
    decision = services.decide(folder, "SEECF", amendment.id, "reject", parts=[1, 2])
    assert (decision.action, decision.parts, status(folder, amendment.id)) == ("reject", (), "rejected")
