"""Another process writes, every open view follows; broken theme files; the help screen."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from textual.widgets import TextArea

from draftdesk import services, signatures, storage
from draftdesk.engine.amendments import Amendment, Decision, Op
from draftdesk.engine.patches import make_patch
from draftdesk.tui.app import DraftDeskApp
from draftdesk.tui.screens import EditorScreen, HelpScreen
from draftdesk.tui.themes import THEMES_DIR, load_themes, theme_names

from . import fixture
from .conftest import make_app
from .test_flows import goto

OP3 = "Aware that justice and security are complementary domains;"


async def test_a_write_by_another_process_shows_within_a_second(folder: Path) -> None:
    app = make_app(folder, "UNDP", watch=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await goto(pilot, "OP3")
        await pilot.press("p", "end", *" Draft")
        await pilot.pause()
        patch = make_patch(OP3, OP3.replace("Aware", "Mindful"))
        op = Op("modify", target="p-0006", base_text=OP3, patch=patch)
        written = Amendment("OSCE-0002", "OSCE", (op,), fixture.T0.replace(minute=40))
        await asyncio.wait_for(asyncio.to_thread(app.main.watching.wait), 10)
        for _ in range(50):  # the selection settles before the other process writes
            if app.main.shown.selected == "p-0006":
                break
            await asyncio.sleep(0.02)
        start = time.monotonic()
        storage.add_amendment(folder, written, signatures.signer(folder, "OSCE"))
        while "OSCE-0002" not in app.session.neg.amendments and time.monotonic() - start < 1.0:
            await asyncio.sleep(0.02)
        assert "OSCE-0002" in app.session.neg.amendments, "no refresh within a second"
        assert app.main.shown.selected == "p-0006"
        editor = app.screen
        assert isinstance(editor, EditorScreen)
        assert editor.query_one(TextArea).text.endswith("domains; Draft")  # unsaved text kept
        await pilot.press("escape")
        await pilot.pause()
        assert "OSCE-0002" in app.main.shown.panel.text and "Mindful" in app.main.shown.panel.text


async def test_the_watcher_does_not_reload_for_what_this_terminal_wrote(folder: Path) -> None:
    """Merged in place already (a decision, an amendment): only another process's file brings a reload."""
    app = make_app(folder, "SEECF", watch=True)
    async with app.run_test(size=(120, 40)) as pilot:
        adopted: list[object] = []
        adopt = app.session.adopt
        app.session.adopt = lambda loaded: (adopted.append(loaded), adopt(loaded))  # type: ignore[method-assign]
        await asyncio.wait_for(asyncio.to_thread(app.main.watching.wait), 10)
        await goto(pilot, "OP4")
        await pilot.press("a", "y")
        await goto(pilot, "OP3")
        await pilot.press("p", "space", *"Really.", "ctrl+s")  # the chair tables an amendment too
        await pilot.pause()
        await pilot.press("t")
        await asyncio.sleep(0.8)  # the watcher's debounce and more
        assert app.session.neg.state("OSCE-0001").status == "accepted" and adopted == []
        assert any(a.author == "SEECF" for a in app.session.neg.amendments.values())
        patch = make_patch(OP3, OP3.replace("Aware", "Mindful"))
        op = Op("modify", target="p-0006", base_text=OP3, patch=patch)
        written = Amendment("OSCE-0002", "OSCE", (op,), fixture.T0.replace(minute=40))
        storage.add_amendment(folder, written, signatures.signer(folder, "OSCE"))
        start = time.monotonic()
        while "OSCE-0002" not in app.session.neg.amendments and time.monotonic() - start < 1.0:
            await asyncio.sleep(0.02)
        assert app.session.neg.state("OSCE-0002").status == "tabled"  # merged in place: no reload
        assert app.session.neg.state("OSCE-0001").status == "accepted" and adopted == []


async def test_another_process_s_decision_is_merged_in_place_and_anything_else_reloads(
    folder: Path,
) -> None:
    app = make_app(folder, "UNDP", watch=True)
    async with app.run_test(size=(120, 40)) as pilot:
        adopted: list[object] = []
        adopt = app.session.adopt
        app.session.adopt = lambda loaded: (adopted.append(loaded), adopt(loaded))  # type: ignore[method-assign]
        await goto(pilot, "OP4")
        await asyncio.sleep(0.3)  # the watcher is running
        accept = Decision("SEECF-0009", "OSCE-0001", "accept", "SEECF", fixture.T0.replace(minute=50))
        storage.add_decision(folder, accept, signatures.signer(folder, "SEECF"))
        start = time.monotonic()
        while app.session.neg.state("OSCE-0001").status != "accepted" and time.monotonic() - start < 1.0:
            await asyncio.sleep(0.02)
        assert app.session.neg.state("OSCE-0001").status == "accepted" and adopted == []
        assert app.session.neg.state("UNDP-0001").status == "fallen"  # its rival, on the same paragraph
        assert "OSCE-0001  ✓ accepted" in app.main.shown.panel.text  # the screen shows it
        services.add_org(folder, "SEECF", "UNHCR", "UN Refugee Agency")  # neither amendment nor decision
        start = time.monotonic()
        while not adopted and time.monotonic() - start < 1.0:
            await asyncio.sleep(0.02)
        assert len(adopted) == 1 and app.session.neg.draft.org("UNHCR") is not None
        assert app.session.neg.state("OSCE-0001").status == "accepted"


def test_a_broken_theme_file_is_reported_and_the_others_load(tmp_path: Path) -> None:
    (tmp_path / "good.toml").write_text((THEMES_DIR / "light.toml").read_text(encoding="utf-8"))
    (tmp_path / "bad-colour.toml").write_text('name = "bad"\nprimary = "#12345"\n')
    (tmp_path / "bad-syntax.toml").write_text('name = "worse\n')
    themes, errors = load_themes(tmp_path)
    assert [t.name for t in themes] == ["draftdesk-light"]
    assert len(errors) == 2
    assert any(e.startswith(f"theme {tmp_path / 'bad-colour.toml'}:") and "#12345" in e for e in errors)
    assert any(e.startswith(f"theme {tmp_path / 'bad-syntax.toml'}:") and "line 1" in e for e in errors)


def test_a_users_theme_in_the_themes_folder_is_offered_unless_hard_to_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "themes").mkdir()
    light = (THEMES_DIR / "light.toml").read_text(encoding="utf-8")
    (tmp_path / "themes" / "mine.toml").write_text(light.replace('"draftdesk-light"', '"mine"'))
    faint = light.replace('"draftdesk-light"', '"faint"') + 'foreground = "#bbbbbb"\n'
    (tmp_path / "themes" / "faint.toml").write_text(faint)
    themes, errors = load_themes()
    names = {theme.name for theme in themes}
    assert {"draftdesk-light", "draftdesk-dark", "mine"} <= names and "faint" not in names
    assert errors == [errors[0]] and "themes/faint.toml is not offered" in errors[0]
    assert "text on background" in errors[0]
    assert "mine" in theme_names() and "faint" not in theme_names()


async def test_a_broken_theme_becomes_a_notification_not_a_traceback(folder: Path, tmp_path: Path) -> None:
    themes = tmp_path / "themes"
    themes.mkdir()
    (themes / "broken.toml").write_text("name = [\n")
    app = DraftDeskApp(folder, "UNDP", watch=False, theme_folders=(themes,))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.is_running
        assert any(n.title == "Theme" and "broken.toml" in n.message for n in app._notifications)


async def test_help_lists_every_key(folder: Path) -> None:
    app = make_app(folder, "SEECF")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        listed = dict(help_screen.rows)
        for binding in [b for b in app.BINDINGS if b.description]:  # type: ignore[union-attr]
            key = binding.key.replace("question_mark", "?")  # type: ignore[union-attr]
            assert key in listed, key
        for key in ("p", "i", "d", "m", "a", "r", "v", "g", "e", "q", "c", "w", "s", "R", "enter"):
            assert any(key in keys.split(",") for keys in listed), key
