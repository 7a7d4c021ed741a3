"""A decision arriving alone in an open TUI, taken on another copy against an earlier revision, is
carried to the standing revision as a fresh load of the folder carries it (docs/trust.md)."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from pathlib import Path

from draftdesk import services, signatures, storage
from draftdesk.engine.amendments import Decision
from draftdesk.engine.merge import Negotiation

from .conftest import make_app


def seen(neg: Negotiation) -> tuple[dict[str, tuple[str, str]], list[str]]:
    """What a negotiation shows: each amendment's status and why, and the agreed text."""
    states = {aid: (state.status, neg.fall_reason(aid)) for aid, state in neg.states().items()}
    return states, [p.text for p in neg.agreed]


async def test_an_acceptance_arriving_alone_is_carried_to_the_standing_revision_as_a_load_does(
    folder: Path,
) -> None:
    services.issue_revision(folder, "SEECF")  # Rev.1, holding RCC-0002 (accepted in the fixture)
    app = make_app(folder, "UNDP", watch=True)
    async with app.run_test(size=(120, 40)):
        await asyncio.wait_for(asyncio.to_thread(app.main.watching.wait), 10)
        elsewhere = Decision("SEECF-0099", "UNDP-0001", "accept", "SEECF", datetime.now(UTC), revision=0)
        storage.add_decision(folder, elsewhere, signatures.signer(folder, "SEECF"))  # as git brings it
        start = time.monotonic()
        while app.session.neg.state("UNDP-0001").status == "tabled" and time.monotonic() - start < 5:
            await asyncio.sleep(0.02)
        live = seen(app.session.neg)
    fresh = seen(services.negotiation(folder))
    assert live == fresh
    assert fresh[0]["UNDP-0001"][0] == "accepted" and fresh[0]["OSCE-0001"][0] == "fallen"
    assert any("welcome" in text for text in fresh[1])  # its words are in the text, live as loaded
