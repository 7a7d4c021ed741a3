"""A forged file arriving while the TUI is open is not believed, whatever it claims, and the screen
says which file; a genuine one arriving next to it is merged."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from draftdesk import signatures, storage
from draftdesk.engine.amendments import Decision
from draftdesk.tui.messages import RecordsAdded

from . import fixture
from .conftest import make_app
from .test_flows import goto


async def test_a_forged_decision_arriving_live_is_named_and_changes_nothing(folder: Path) -> None:
    app = make_app(folder, "UNDP", watch=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await goto(pilot, "OP4")
        await asyncio.wait_for(asyncio.to_thread(app.main.watching.wait), 10)
        at = fixture.T0.replace(minute=50)
        forged = Decision("UNDP-0009", "UNDP-0001", "accept", "UNDP", at)  # a delegate accepting its own
        storage.add_decision(folder, forged, signatures.signer(folder, "UNDP"))
        unsigned = Decision("SEECF-0008", "OSCE-0001", "accept", "SEECF", at)  # "the chair", no seal
        storage.add_decision(folder, unsigned, None)
        genuine = Decision("OSCE-0009", "RCC-0001", "cosponsor", "OSCE", at)
        storage.add_decision(folder, genuine, signatures.signer(folder, "OSCE"))

        def said() -> str:
            return " | ".join(n.message for n in app._notifications if n.message.startswith("not believed: "))

        start = time.monotonic()
        while time.monotonic() - start < 5 and not (
            "OSCE" in app.session.neg.state("RCC-0001").cosponsors and "SEECF-0008" in said()
        ):
            await asyncio.sleep(0.02)
        assert "OSCE" in app.session.neg.state("RCC-0001").cosponsors  # the genuine one, merged
        assert app.session.neg.state("UNDP-0001").status == "tabled"
        assert app.session.neg.state("OSCE-0001").status == "tabled"
        # read as new files, each comes with why; in a whole load of the folder, named alone
        assert "decisions/UNDP-0009.toml" in said() and "decisions/SEECF-0008.toml" in said(), said()
        assert "OSCE-0009" not in said()


async def test_new_files_are_judged_with_why_before_they_are_merged(folder: Path) -> None:
    app = make_app(folder, "UNDP", watch=False)
    async with app.run_test(size=(120, 40)):
        at = fixture.T0.replace(minute=50)
        forged = Decision("UNDP-0009", "UNDP-0001", "accept", "UNDP", at)
        genuine = Decision("OSCE-0009", "RCC-0001", "cosponsor", "OSCE", at)
        paths = [
            storage.add_decision(folder, forged, signatures.signer(folder, "UNDP")),
            storage.add_decision(folder, genuine, signatures.signer(folder, "OSCE")),
        ]
        new = storage.read_records(folder, paths)
        assert new is not None
        app.main.post_message(RecordsAdded(tuple(map(str, paths)), new, signatures.roster(folder)))
        start = time.monotonic()
        while "OSCE" not in app.session.neg.state("RCC-0001").cosponsors and time.monotonic() - start < 2:
            await asyncio.sleep(0.02)
        assert app.session.neg.state("UNDP-0001").status == "tabled"
        said = [n.message for n in app._notifications]
        assert (
            "not believed: decisions/UNDP-0009.toml: UNDP may not accept: it does not hold the chair" in said
        )
