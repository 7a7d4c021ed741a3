"""A fresh draft folder per test, made by the real importer from the bundled seed (chair: SEECF)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from draftdesk import services

SEED = Path(__file__).resolve().parents[1] / "data" / "seeds" / "belgrade-2011-conclusions.txt"


@pytest.fixture(scope="session")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    drafts = tmp_path_factory.mktemp("seed")
    folder, _ = services.import_document(SEED, drafts, slug="belgrade", chair="SEECF")
    return folder


@pytest.fixture
def folder(imported: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "drafts" / "belgrade"
    shutil.copytree(imported, copy)
    return copy
