"""Each test gets a copy of the bundled sample in a temporary working folder (``drafts/belgrade-2011``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .runner import SAMPLE, DraftDesk


@pytest.fixture
def dd(tmp_path: Path) -> DraftDesk:
    shutil.copytree(SAMPLE, tmp_path / "drafts" / "belgrade-2011")
    return DraftDesk(tmp_path)
