"""Fixtures for every test: storage's load cache never goes to the user's ~/.cache."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

CACHE_ENV = "DRAFTDESK_CACHE_DIR"


def pytest_configure(config: pytest.Config) -> None:
    """Before test modules are imported, so an environment copied then for a subprocess (the tmux
    tests) keeps its cache out of ~/.cache too."""
    folder = tempfile.mkdtemp(prefix="draftdesk-cache-")
    os.environ[CACHE_ENV] = folder
    config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))


@pytest.fixture(autouse=True)
def parse_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's own empty cache folder."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv(CACHE_ENV, str(folder))
    return folder
