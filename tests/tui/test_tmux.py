"""The real program in a real terminal: tmux drives keys and reads the screen back."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parents[2] / "drafts" / "belgrade-2011"

pytestmark = pytest.mark.skipif(
    shutil.which("tmux") is None
    or importlib.util.find_spec("draftdesk.__main__") is None
    or not SAMPLE.is_dir(),
    reason="needs tmux, the draftdesk CLI and the bundled sample",
)


def screen(session: str) -> str:
    shown = subprocess.run(["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True)
    return shown.stdout


def wait_for(session: str, text: str, seconds: float = 5.0) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        shown = screen(session)
        if text in shown:
            return shown
        time.sleep(0.1)
    raise AssertionError(f"{text!r} never appeared:\n{screen(session)}")


def test_open_switch_view_and_go_to(tmp_path: Path) -> None:
    copy = tmp_path / "belgrade-2011"
    shutil.copytree(SAMPLE, copy)
    session = f"draftdesk-test-{tmp_path.name}"
    command = f"{sys.executable} -m draftdesk open {copy} --as UNDP"
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "120", "-y", "40", command], check=True)
    try:
        wait_for(session, "acting as UNDP")
        subprocess.run(["tmux", "send-keys", "-t", session, "2"], check=True)
        wait_for(session, "view: tracked")
        subprocess.run(["tmux", "send-keys", "-t", session, "g", "OP4", "Enter"], check=True)
        wait_for(session, "· OP4 ·")
        subprocess.run(["tmux", "send-keys", "-t", session, "q"], check=True)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
