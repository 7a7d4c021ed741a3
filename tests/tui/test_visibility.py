"""Every amendment a user may see is shown in the outline, the merged view and the panel, whatever path
it took into the folder: a private draft tabled later, a revision, another terminal, a git pull."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from draftdesk import services
from draftdesk.engine.outputs import VIEW_NAMES
from draftdesk.engine.user_ops import modify_op
from draftdesk.tui.app import DraftDeskApp

from .conftest import make_app
from .test_more_flows import drawn

OP3 = "p-0006"


def reworded(folder: Path, author: str, new: str, **kwargs: object) -> str:
    """``author`` proposes new wording for OP3 from another terminal; the amendment's id."""
    paragraph = next(p for p in services.negotiation(folder).agreed if p.id == OP3)
    return services.propose(folder, author, [modify_op(paragraph, new)], **kwargs).id  # type: ignore[arg-type]


async def watched(app: DraftDeskApp) -> None:
    """Wait until the App's watcher is on: what is written from then on comes in."""
    await asyncio.wait_for(asyncio.to_thread(app.main.watching.wait), 10)


async def arrived(app: DraftDeskApp, amendment_id: str, status: str = "tabled") -> None:
    """Wait (up to 3 s) until the watcher has brought the amendment in with that status."""
    deadline = time.monotonic() + 3
    neg = app.session.neg
    while time.monotonic() < deadline:
        neg = app.session.neg
        if amendment_id in neg.amendments and neg.state(amendment_id).status == status:
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"{amendment_id} never came in as {status}")


async def assert_shown_everywhere(app: DraftDeskApp, pilot, amendment_id: str, word: str) -> None:  # type: ignore[no-untyped-def]
    shown = app.main.shown
    shown.select(OP3)
    shown.pick_view(VIEW_NAMES.index("tracked"))
    await pilot.pause()
    outline = next(line for line in drawn(shown.outline) if "OP3 " in line)
    assert "OP3 ●" in outline, outline
    tracked = next(p for p in shown.merged.paragraphs if p.id == OP3)
    assert word in tracked.text, tracked.text
    assert amendment_id in shown.panel.text


async def test_a_private_draft_tabled_in_another_terminal_is_shown_to_the_chair(folder: Path) -> None:
    draft = reworded(
        folder, "UNDP", "Mindful that justice and security are complementary domains;", table=False
    )
    app = make_app(folder, "SEECF", watch=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert draft not in app.main.shown.panel.text
        await watched(app)
        services.decide(folder, "UNDP", draft, "table")
        await arrived(app, draft)
        await assert_shown_everywhere(app, pilot, draft, "Mindful")
    again = make_app(folder, "SEECF")  # and after a restart
    async with again.run_test(size=(120, 40)) as pilot:
        await assert_shown_everywhere(again, pilot, draft, "Mindful")


async def test_a_draft_tabled_here_is_shown_at_once(folder: Path) -> None:
    draft = reworded(
        folder, "RCC", "Mindful that justice and security are complementary domains;", table=False
    )
    app = make_app(folder, "RCC")
    async with app.run_test(size=(120, 40)) as pilot:
        app.main.shown.show_amendment(draft)
        await pilot.press("T", "y")
        await pilot.pause()
        await assert_shown_everywhere(app, pilot, draft, "Mindful")


async def test_a_revision_from_another_terminal_replaces_the_revised_amendment(folder: Path) -> None:
    first = reworded(folder, "OSCE", "Mindful that justice and security are complementary domains;")
    app = make_app(folder, "UNDP", watch=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await watched(app)
        revised = reworded(
            folder, "OSCE", "Convinced that justice and security are complementary domains;", supersedes=first
        )
        await arrived(app, revised)
        await assert_shown_everywhere(app, pilot, revised, "Convinced")
        assert app.session.neg.state(first).status == "superseded"
        assert "superseded" in app.main.shown.panel.text


async def test_an_amendment_tabled_in_another_terminal_is_shown(folder: Path) -> None:
    app = make_app(folder, "UNDP", watch=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await watched(app)
        tabled = reworded(folder, "OSCE", "Mindful that justice and security are complementary domains;")
        await arrived(app, tabled)
        await assert_shown_everywhere(app, pilot, tabled, "Mindful")


def git(folder: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True)


def shared(folder: Path, tmp_path: Path) -> Path:
    """``folder`` published through a bare repository, as a chair shares a draft; another clone of it
    (another machine; this process holds every organization's key, as a test's machines all do)."""
    git(folder, "init", "--quiet", "-b", "main")
    git(folder, "add", ".")
    git(folder, "-c", "user.name=chair", "-c", "user.email=chair@example.org", "commit", "--quiet", "-m", "x")
    git(tmp_path, "init", "--quiet", "--bare", "-b", "main", "shared.git")
    git(folder, "remote", "add", "origin", str(tmp_path / "shared.git"))
    git(folder, "push", "--quiet", "-u", "origin", "main")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "--quiet", "shared.git", str(clone))
    for machine in (folder, clone):
        git(machine, "config", "user.name", machine.name)
        git(machine, "config", "user.email", f"{machine.name}@example.org")
    return clone


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
async def test_an_amendment_brought_by_draftdesk_sync_is_shown(folder: Path, tmp_path: Path) -> None:
    """RCC tables on another machine and syncs; the chair's machine syncs while its TUI is open (git
    writes the file as it pulls: a new file, renamed into place)."""
    clone = shared(folder, tmp_path)
    app = make_app(folder, "SEECF", watch=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await watched(app)
        pulled = reworded(clone, "RCC", "Mindful that justice and security are complementary domains;")
        await asyncio.to_thread(services.sync, clone)
        received = await asyncio.to_thread(services.sync, folder)
        assert received.arrived == (f"amendments/{pulled}.toml",)
        await arrived(app, pulled)
        await assert_shown_everywhere(app, pilot, pulled, "Mindful")
