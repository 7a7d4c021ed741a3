"""Each test gets a copy of the bundled sample in a temporary working folder (``drafts/belgrade-2011``), or
clones of it sharing it through git (``clones``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .clones import shared_clones
from .runner import SAMPLE, DraftDesk


@pytest.fixture
def dd(tmp_path: Path) -> DraftDesk:
    shutil.copytree(SAMPLE, tmp_path / "drafts" / "belgrade-2011")
    return DraftDesk(tmp_path)


@pytest.fixture
def clones(tmp_path: Path) -> dict[str, DraftDesk]:
    """A bare repository holding the sample draft, and a clone of it for each delegation."""
    return shared_clones(tmp_path)
