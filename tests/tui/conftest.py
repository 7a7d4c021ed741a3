"""The TUI tested on a real draft folder, through the real storage and services."""

from __future__ import annotations

import asyncio
import gc
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from draftdesk import signatures, storage
from draftdesk.engine.amendments import Amendment, Decision
from draftdesk.engine.model import Paragraph
from draftdesk.tui.app import DraftDeskApp
from draftdesk.tui.workers import STORE_THREAD

from . import fixture


@pytest.fixture(autouse=True)
def _heap_handed_back() -> Iterator[None]:
    """Each App freezes the heap it starts with (draftdesk.tui.heap); a test process starts a
    hundred, so what one froze goes back to the collector after its test."""
    yield
    gc.unfreeze()


@pytest.fixture(autouse=True)
def _own_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's own user config folder: the user's theme is neither read nor written; and a
    terminal that strikes through, whatever runs the tests (tui/reading.py would mark changes)."""
    config = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("DRAFTDESK_CONFIG_DIR", str(config))
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.delenv("NO_COLOR", raising=False)
    return config


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The fixture negotiation written to a tmp folder by storage, founded as DraftDesk founds a
    draft (a key made here for each organization, the fixture's files adopted: see signatures)."""
    path = tmp_path / "belgrade-2011"
    storage.create(path, fixture.draft(), fixture.amendments(), fixture.decisions())
    signatures.found(path)
    return path


ANNEX = [
    Paragraph("a-01", "heading", "Modalities for the Conference", part="annex"),
    Paragraph("a-02", "preamble", "Mindful of the regional dimension,", part="annex"),
    Paragraph("a-03", "operative", "The Conference will be held in Belgrade.", part="annex"),
    Paragraph("a-04", "operative", "The Conference will have:", part="annex"),
    Paragraph("a-05", "sub-item", "An opening segment;", parent="a-04", part="annex"),
    Paragraph("b-01", "operative", "Each Party shall adopt measures.", part="article 1"),
]


@pytest.fixture
def annexed(tmp_path: Path) -> Path:
    """The fixture draft with an annex (titled, with a preamble, operative paragraphs, a sub-item)
    and an article after it: parts with numberings of their own."""
    draft = fixture.draft()
    draft = replace(draft, paragraphs=[*draft.paragraphs, *ANNEX])
    path = tmp_path / "annexed"
    storage.create(path, draft, fixture.amendments(), fixture.decisions())
    signatures.found(path)
    return path


def make_app(folder: Path, acting_as: str, watch: bool = False) -> DraftDeskApp:
    return DraftDeskApp(folder, acting_as, watch=watch)


def new_amendments(folder: Path) -> list[Amendment]:
    """Amendments written since the fixture (private drafts too, kept aside), oldest first."""
    known = {a.id for a in fixture.amendments()}
    stored = storage.load(folder)
    written = {a.id: a for a in [*stored.private_amendments, *stored.amendments] if a.id not in known}
    return sorted(written.values(), key=lambda a: a.created)


async def new_decisions(app: DraftDeskApp) -> list[Decision]:
    """Decisions written since the fixture, in order, once the App's writes are done (in a thread)."""
    for writing in [t for t in threading.enumerate() if t.name == STORE_THREAD]:
        await asyncio.to_thread(writing.join)
    known = {d.id for d in fixture.decisions()}
    folder = app.session.folder
    fresh = [d for d in storage.load(folder).decisions if d.id not in known]
    return sorted(fresh, key=lambda d: (d.at, d.id))
