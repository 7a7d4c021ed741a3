"""The first screen of a session that was not told whom it acts as (``draftdesk serve``'s browsers)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import OptionList, Static

from draftdesk import registering
from draftdesk.cli.main import main
from draftdesk.engine import signing
from draftdesk.tui.app import DraftDeskApp
from draftdesk.tui.main_screen import MainScreen
from draftdesk.tui.screens import ActingAsScreen, HelpScreen

from .conftest import make_app


@pytest.fixture
def osce_key_elsewhere(folder: Path) -> Path:
    """OSCE has brought a key of its own, which the chair registered: this machine does not hold it."""
    registering.register(folder, "SEECF", "OSCE", signing.public_of(signing.new_private()))
    return folder


def codes(app: DraftDeskApp) -> list[str]:
    options = app.screen.query_one(OptionList)
    return [options.get_option_at_index(n).id or "" for n in range(options.option_count)]


async def choose(pilot, app: DraftDeskApp, code: str) -> None:  # type: ignore[no-untyped-def]
    """Down to ``code`` from the top, and Enter, as a person at a keyboard would."""
    await pilot.pause()
    await pilot.press(*["down"] * codes(app).index(code), "enter")
    await pilot.pause()


async def test_the_chosen_delegation_is_acted_as(folder: Path) -> None:
    app = make_app(folder, "")
    async with app.run_test(size=(120, 40)) as pilot:
        assert isinstance(app.screen, ActingAsScreen)
        assert codes(app) == ["SEECF", "UNDP", "OSCE", "RCC"]  # the chair first
        await choose(pilot, app, "UNDP")
        assert isinstance(app.screen, MainScreen)
        assert app.session.acting_as == "UNDP" and not app.session.is_chair
        await pilot.press("escape")  # the question stays behind, never shown again
        await pilot.pause()
        assert app.screen is app.main
        await pilot.press("question_mark")  # help is the draft screen's, there now
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_a_delegation_whose_key_is_not_held_is_refused_in_one_line(osce_key_elsewhere: Path) -> None:
    app = make_app(osce_key_elsewhere, "")
    async with app.run_test(size=(120, 40)) as pilot:
        await choose(pilot, app, "OSCE")
        assert isinstance(app.screen, ActingAsScreen)  # still asking
        said = str(app.screen.query_one("#refusal", Static).render())
        assert said == "This server does not hold OSCE's key for this draft: it cannot act as OSCE."
        await pilot.press("up", "up", "enter")  # another one is still chosen
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and app.session.acting_as == "SEECF"


async def test_no_help_or_palette_before_a_delegation_is_chosen(folder: Path) -> None:
    app = make_app(folder, "")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark", "ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, ActingAsScreen)
        assert not app._notifications  # nothing failed either


def test_acting_as_snapshot(snap_compare, osce_key_elsewhere: Path) -> None:  # type: ignore[no-untyped-def]
    """The question, the chair first, OSCE marked as not held here, and the refusal when chosen."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await choose(pilot, pilot.app, "OSCE")

    app = make_app(osce_key_elsewhere, "")
    assert snap_compare(app, terminal_size=(100, 24), run_before=run_before)


def test_ask_and_as_together_are_a_usage_error(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["open", str(folder), "--ask", "--as", "UNDP"])
    assert exited.value.code == 2 and "--ask and --as: choose one" in capsys.readouterr().err


def test_asking_on_a_draft_that_cannot_be_read_says_why_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "draft.toml").write_text("slug = = 1\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "draftdesk", "open", str(tmp_path), "--ask"],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert done.returncode == 1
    (line,) = done.stderr.splitlines()
    assert line.startswith(f"{tmp_path / 'draft.toml'}:1:")
