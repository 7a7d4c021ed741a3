"""The chair runs the room from the queue: reinstates a withdrawn amendment, rules on the voting
order; keys are offered only where the services would act, and a key that would not says why."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from draftdesk import services
from draftdesk.tui.app import DraftDeskApp
from draftdesk.tui.screens import ConfirmScreen, QueueScreen, RulingScreen

from .conftest import make_app, new_decisions


async def until(app: DraftDeskApp, done: object, seconds: float = 5) -> None:
    """Wait (off the screen's loop: workers store in threads) until ``done()`` holds."""
    deadline = time.monotonic() + seconds
    while not done():  # type: ignore[operator]
        assert time.monotonic() < deadline, [n.message for n in app._notifications]
        await asyncio.sleep(0.05)


async def open_queue(app: DraftDeskApp, pilot) -> QueueScreen:  # type: ignore[no-untyped-def]
    await pilot.press("c")
    await pilot.pause()
    assert isinstance(app.screen, QueueScreen)
    return app.screen


def offered(screen: object) -> set[str]:
    """The keys the footer shows on ``screen`` now."""
    return {b.key for _, b, enabled, _ in screen.active_bindings.values() if b.show and enabled}  # type: ignore[attr-defined]


async def test_the_chair_reinstates_a_withdrawn_amendment_from_the_queue(folder: Path) -> None:
    services.decide(folder, "OSCE", "OSCE-0001", "withdraw")
    app = make_app(folder, "SEECF")
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await open_queue(app, pilot)
        assert [(r.amendment, r.vote) for r in queue._shown][-1] == ("OSCE-0001", "withdrawn")
        assert "2 · 1 withdrawn or rejected below" in str(queue.query_one("#title").render())
        assert {"a", "r"} <= offered(queue) and "u" not in offered(queue)  # on the first, pending row
        await pilot.press("down", "down")
        await pilot.pause()
        assert queue.highlighted == "OSCE-0001"
        assert "u" in offered(queue) and not {"a", "r", "o"} & offered(queue)
        await pilot.press("a")  # not offered here: one line says why
        await pilot.pause()
        assert (
            app._notifications
            and "OSCE-0001 is withdrawn: it cannot be accepted" in list(app._notifications)[-1].message
        )
        await pilot.press("u")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        assert [(d.amendment, d.action) for d in await new_decisions(app)][-1] == ("OSCE-0001", "reinstate")
        assert str(queue.query_one("#outcome").render()) == (
            "SEECF reinstated OSCE's amendment to OP4 (OSCE-0001)"
        )
        assert all(r.pending for r in queue._shown) and "OSCE-0001" in [r.amendment for r in queue._shown]


async def test_the_chair_rules_on_the_voting_order_with_a_reason(folder: Path) -> None:
    app = make_app(folder, "SEECF")
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await open_queue(app, pilot)
        assert [r.amendment for r in queue._shown] == ["OSCE-0001", "UNDP-0001", "RCC-0001"]
        await pilot.press("down", "o")
        ruling = app.screen
        assert isinstance(ruling, RulingScreen) and ruling.chosen == "OSCE-0001"
        await pilot.press("enter")  # no reason yet: the box says one is needed, and stays
        assert app.screen is ruling
        await pilot.press(*"Closer to the original", "enter")
        await until(app, lambda: queue._shown[0].amendment == "UNDP-0001")
        outcome = str(queue.query_one("#outcome").render())
        assert outcome == (
            "SEECF ruled that UNDP's amendment to OP4 is voted before OSCE's amendment to OP4: "
            "Closer to the original"
        )
        assert queue._shown[0].why == "chair's ruling: Closer to the original"
        (stored,) = services.negotiation(folder).rulings()
        assert (stored.first, stored.then) == ("UNDP-0001", "OSCE-0001")
        await pilot.press("down", "down", "o")  # RCC's competes with no one: no order to rule on
        await pilot.pause()
        assert (
            app.screen is queue
            and "competes with no pending amendment" in list(app._notifications)[-1].message
        )


async def test_a_delegate_is_offered_withdraw_only_on_its_pending_amendment(folder: Path) -> None:
    services.decide(folder, "OSCE", "OSCE-0001", "withdraw")
    app = make_app(folder, "OSCE")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g", *"OP4", "enter")
        await pilot.pause(0.3)  # the footer follows once the keys rest
        main = app.main
        assert main.shown.current != "OSCE-0001"  # the pending ones come first
        main.shown.show_amendment("OSCE-0001")
        await pilot.pause(0.3)
        assert not {"w", "s", "a"} & offered(main)
        await pilot.press("w")
        await pilot.pause()
        assert list(app._notifications)[-1].message == "OSCE-0001 is withdrawn: it cannot be withdrawn."
        main.shown.show_amendment("UNDP-0001")
        await pilot.pause(0.3)
        assert "s" in offered(main) and "w" not in offered(main)
