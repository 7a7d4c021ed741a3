"""Shared fixtures: the imported seed draft, amendments of every op kind, decisions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from draftdesk import storage
from draftdesk.engine.amendments import Amendment, Decision, Op
from draftdesk.engine.importing import decode_document, import_text
from draftdesk.engine.model import Draft

SEED = Path(__file__).resolve().parents[1] / "data" / "seeds" / "belgrade-2011-conclusions.txt"
T0 = datetime(2026, 11, 28, 14, 0, tzinfo=UTC)


@pytest.fixture
def draft() -> Draft:
    """The sample conclusions, as imported."""
    return import_text(decode_document(SEED.read_bytes()), slug="belgrade-2011", chair="SEECF").draft


@pytest.fixture
def amendments() -> list[Amendment]:
    """One amendment per op kind, and one with every optional field set."""
    modify = Op(
        "modify", target="p-0002", base_text="Welcome progress;", patch="@@ -1,7 +1,7 @@\n-Welcome\n+Note\n"
    )
    return [
        Amendment("RCC-1", "RCC", (modify,), T0),
        Amendment(
            "RCC-2",
            "RCC",
            (
                Op(
                    "insert",
                    after="p-0002",
                    new_id="RCC-2-1",
                    new_kind="operative",
                    text='A new "quoted" paragraph;\nwith a line break',
                ),
            ),
            T0,
        ),
        Amendment("RCC-3", "RCC", (Op("delete", target="p-0001", base_text="Recalling"),), T0),
        Amendment("RCC-4", "RCC", (Op("move", target="p-0003", after="p-0001", parent="p-0002"),), T0),
        Amendment(
            "SEECF-5",
            "SEECF",
            (modify, Op("delete", target="p-0003", base_text="x")),
            T0 + timedelta(seconds=1, microseconds=5),
            base_revision=1,
            cosponsors=("RCC", "UNDP"),
            rationale="Because.\nTwo lines.",
            supersedes="RCC-1",
            private=True,
        ),
    ]


@pytest.fixture
def decisions() -> list[Decision]:
    return [
        Decision("SEECF-a", "RCC-1", "accept", "SEECF", T0 + timedelta(minutes=1)),
        Decision("RCC-b", "RCC-2", "withdraw", "RCC", T0 + timedelta(minutes=2), revision=1, note="Sorry"),
    ]


@pytest.fixture
def folder(tmp_path: Path, draft: Draft) -> Path:
    """A created draft folder with no amendments yet."""
    path = tmp_path / "drafts" / draft.slug
    storage.create(path, draft)
    return path
