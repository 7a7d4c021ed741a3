"""Fixtures for every test: signing keys never go to the user's ~/.config."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

CONFIG_ENV = "DRAFTDESK_CONFIG_DIR"


def pytest_configure(config: pytest.Config) -> None:
    """One config folder for the session, set before test modules are imported, so an environment
    copied then for a subprocess (the tmux tests) keeps its keys out of ~/.config too."""
    folder = tempfile.mkdtemp(prefix="draftdesk-config-")
    os.environ[CONFIG_ENV] = folder
    config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))


@pytest.fixture
def config_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty config folder of the test's own (another machine's keys). Otherwise the session
    shares one (``pytest_configure``): a draft a session fixture imports keeps its keys."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv(CONFIG_ENV, str(folder))
    return folder
