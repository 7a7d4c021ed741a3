"""Bare ``draftdesk`` in a real terminal (tmux): the bundled sample opens, acting as its chair."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")


def test_bare_draftdesk_opens_the_sample_as_the_chair_and_quits(tmp_path: Path) -> None:
    session = f"draftdesk-cli-{os.getpid()}-{tmp_path.name}"  # unique across concurrent test runs
    command = f"cd {tmp_path} && {sys.executable} -m draftdesk; echo exited $? > {tmp_path / 'done'}"
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "220", "-y", "40", command], check=True)
    try:
        deadline = time.monotonic() + 15
        shown = ""
        while "acting as SEECF" not in shown and time.monotonic() < deadline:
            time.sleep(0.2)
            shown = subprocess.run(
                ["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True
            ).stdout
        assert "acting as SEECF (chair)" in shown and "Rev.0" in shown, shown
        subprocess.run(["tmux", "send-keys", "-t", session, "q"], check=True)
        while not (tmp_path / "done").exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert (tmp_path / "done").is_file(), "draftdesk did not quit on q"
        assert (tmp_path / "done").read_text().strip() == "exited 0"
        assert (tmp_path / "drafts" / "belgrade-2011" / "draft.toml").is_file()  # acting works on a copy
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
