"""The room is told who tabled, withdrew or decided what; the chair's queue stays live while open."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from draftdesk import services
from draftdesk.tui.app import DraftDeskApp
from draftdesk.tui.screens import QueueScreen

from .conftest import make_app
from .test_visibility import reworded, watched


def said(app: DraftDeskApp) -> list[str]:
    """Every line told so far: toasts (one a batch) and, while the queue is open, its lines."""
    lines = [line for n in app._notifications for line in n.message.split("\n")]
    if isinstance(app.screen, QueueScreen):
        lines += str(app.screen.query_one("#outcome").render()).split("\n")
    return lines


async def told(app: DraftDeskApp, line: str) -> None:
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:
        if line in said(app):
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"never told {line!r}: {said(app)}")


async def test_the_queue_follows_another_terminal_and_the_room_is_told(folder: Path) -> None:
    app = make_app(folder, "SEECF", watch=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        queue = app.screen
        assert isinstance(queue, QueueScreen)
        await watched(app)
        services.decide(folder, "OSCE", "OSCE-0001", "withdraw")
        await told(app, "Just now: OSCE withdrew its amendment to OP4 (OSCE-0001)")  # not a toast over it
        assert not app._notifications
        pending = [r.amendment for r in queue._shown if r.pending]
        assert pending == ["UNDP-0001", "RCC-0001"] and queue._shown[-1].amendment == "OSCE-0001"
        tabled = reworded(folder, "RCC", "Mindful that justice and security are complementary domains;")
        assert queue.highlighted == "UNDP-0001"
        await told(app, f"Just now: RCC tabled an amendment to OP3 ({tabled})")
        assert queue._shown[0].amendment == tabled  # OP3 comes before OP4
        assert queue.highlighted == "UNDP-0001"  # a row added above does not move the cursor onto it


async def test_a_delegate_is_told_of_the_chairs_decision(folder: Path) -> None:
    app = make_app(folder, "UNDP", watch=True)
    async with app.run_test(size=(120, 40)):
        await watched(app)
        services.decide(folder, "SEECF", "OSCE-0001", "accept")
        await told(app, "SEECF accepted OSCE's amendment to OP4 (OSCE-0001)")
        fell = "UNDP's amendment to OP4 fell (UNDP-0001): OP4: “note” was changed by accepted OSCE-0001"
        await told(app, fell)  # why, too


async def test_a_delegate_is_told_of_the_chairs_rulings_and_reinstatements(folder: Path) -> None:
    """A ruling on the voting order changes no status, yet the room is told of it, and why."""
    app = make_app(folder, "UNDP", watch=True)
    async with app.run_test(size=(120, 40)):
        await watched(app)
        services.order(folder, "SEECF", "UNDP-0001", "OSCE-0001", "Closer to the original")
        ruling = "UNDP's amendment to OP4 is voted before OSCE's amendment to OP4: Closer to the original"
        await told(app, f"SEECF ruled that {ruling}")
        services.decide(folder, "SEECF", "OSCE-0001", "reject")
        await told(app, "SEECF rejected OSCE's amendment to OP4 (OSCE-0001)")
        services.decide(folder, "SEECF", "OSCE-0001", "reinstate")
        await told(app, "SEECF reinstated OSCE's amendment to OP4 (OSCE-0001)")
        assert app.session.neg.rulings()[0].first == "UNDP-0001"


async def test_a_delegate_is_told_of_a_new_revision(folder: Path) -> None:
    app = make_app(folder, "UNDP", watch=True)
    async with app.run_test(size=(120, 40)):
        await watched(app)
        services.issue_revision(folder, "SEECF")
        await told(app, "SEECF issued Rev.1: the agreed text is the new base text")
