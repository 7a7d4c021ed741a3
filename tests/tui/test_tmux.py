"""The real program in a real terminal: tmux drives keys and reads the screen back."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from draftdesk.storage.lookup import samples

SAMPLE = samples() / "belgrade-2011"

pytestmark = pytest.mark.skipif(
    shutil.which("tmux") is None
    or importlib.util.find_spec("draftdesk.__main__") is None
    or not SAMPLE.is_dir(),
    reason="needs tmux, the draftdesk CLI and the bundled sample",
)


SOCKET = f"draftdesk-tui-tests-{os.getpid()}"
"""A tmux server of our own, killed at the end: shared, other sessions might size our window to theirs."""


def environment() -> dict[str, str]:
    """The test's environment as it is now (its own DRAFTDESK_CONFIG_DIR, set by a fixture), without
    the 80x24 pytest puts there: the program must size itself from the terminal."""
    return {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}


def tmux(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["tmux", "-L", SOCKET, *args], capture_output=True, text=True, env=environment())


def screen(session: str) -> str:
    return tmux("capture-pane", "-p", "-t", session).stdout


def wait_for(session: str, text: str, seconds: float = 10.0) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        shown = screen(session)
        if text in shown:
            return shown
        time.sleep(0.1)
    raise AssertionError(f"{text!r} never appeared:\n{screen(session)}")


def keys(session: str, *keys: str) -> None:
    tmux("send-keys", "-t", session, *keys).check_returncode()


def test_a_delegate_proposes_in_a_real_terminal(tmp_path: Path) -> None:
    """Open the sample as UNDP, switch view, go to OP4, propose new wording and table it."""
    copy = tmp_path / "belgrade-2011"
    shutil.copytree(SAMPLE, copy)
    before = set((copy / "amendments").glob("*.toml")) if (copy / "amendments").is_dir() else set()
    session = "delegate"
    command = f"{sys.executable} -m draftdesk open {copy} --as UNDP"
    tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", command).check_returncode()
    try:
        wait_for(session, "acting as UNDP", 15)
        keys(session, "2")
        wait_for(session, "view: tracked")
        keys(session, "g")
        wait_for(session, "Go to paragraph")
        keys(session, "OP4", "Enter")
        wait_for(session, "─ OP4 ─")  # the amendment panel's title: the selected paragraph
        keys(session, "p")
        wait_for(session, "ctrl+s: save")
        time.sleep(0.5)  # the editor takes focus just after it is drawn
        keys(session, " Together.")
        wait_for(session, "Together.")
        keys(session, "C-s")
        shown = wait_for(session, "Table it (t)")
        assert "Together." in shown
        keys(session, "t")
        shown = wait_for(session, "table amendment: done")
        assert "[UNDP]" in shown  # the tracked view tags the new proposal with its author
        keys(session, "q")
    finally:
        tmux("kill-server")
    (written,) = set((copy / "amendments").glob("*.toml")) - before
    assert written.name.startswith("UNDP-") and "Together." in written.read_text(encoding="utf-8")


def test_the_chair_sees_a_proposal_arrive_and_accepts_it_from_the_queue(tmp_path: Path) -> None:
    """The chair's screen follows a `draftdesk propose` run in another terminal, then decides."""
    copy = tmp_path / "belgrade-2011"
    shutil.copytree(SAMPLE, copy)
    session = "chair"
    keys_here = f"DRAFTDESK_CONFIG_DIR={os.environ['DRAFTDESK_CONFIG_DIR']}"  # a tmux server may predate it
    command = f"{keys_here} {sys.executable} -m draftdesk open {copy} --as SEECF"
    tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", command).check_returncode()
    try:
        wait_for(session, "acting as SEECF (chair)", 15)
        time.sleep(1.0)  # the watcher is up
        instruction = "In OP4, replace 'note' with 'welcome'"
        proposed = subprocess.run(
            [
                sys.executable,
                "-m",
                "draftdesk",
                "propose",
                str(copy),
                "--as",
                "UNDP",
                "--instruction",
                instruction,
            ],
            capture_output=True,
            text=True,
            env=environment(),
        )
        assert proposed.returncode == 0, proposed.stderr
        wait_for(session, "OP4 ●1")  # the outline badge: the folder was re-read
        keys(session, "c")
        shown = wait_for(session, "Pending amendments in voting order: 1")
        assert "−note +welcome" in shown
        keys(session, "a")
        wait_for(session, "Accept amendment")
        keys(session, "y")
        wait_for(session, "Pending amendments in voting order: 0")
        wait_for(session, "Accepted UNDP-")
        wait_for(session, ": done")  # the decision is stored (signed, under the lock) in its thread
        keys(session, "Escape", "q")
    finally:
        tmux("kill-server")
    (decision,) = (copy / "decisions").glob("SEECF-*.toml")
    assert 'action = "accept"' in decision.read_text(encoding="utf-8")


def test_a_chair_and_two_delegates_on_one_folder(tmp_path: Path) -> None:
    """UNDP (80x24) tables while the chair's queue is open: the queue grows live and everyone is told;
    OSCE keeps a draft private, then tables it: the chair sees it in the outline, the tracked view
    and the panel; the chair filters (/), accepts, tags (o) and marks (x); UNDP is told."""
    copy = tmp_path / "belgrade-2011"
    shutil.copytree(SAMPLE, copy)
    sizes = {"SEECF": ("120", "40"), "UNDP": ("80", "24"), "OSCE": ("120", "40")}
    for org, (x, y) in sizes.items():
        command = f"{sys.executable} -m draftdesk open {copy} --as {org}"
        tmux("new-session", "-d", "-s", org, "-x", x, "-y", y, command).check_returncode()
    try:
        for org in sizes:
            wait_for(org, f"acting as {org}", 15)
        time.sleep(1.0)  # the watchers are up
        shown = wait_for("UNDP", "x Marks")  # every key on screen at 80x24 (two lines)
        assert "o Org tags" in shown and "g Go to" in shown
        keys("SEECF", "c")
        wait_for("SEECF", "Pending amendments in voting order: 0")
        keys("UNDP", "g")
        wait_for("UNDP", "Go to paragraph")
        keys("UNDP", "OP3", "Enter")
        wait_for("UNDP", "─ OP3 ─")
        keys("UNDP", "p")
        wait_for("UNDP", "ctrl+s: save")
        time.sleep(0.5)  # the editor takes focus just after it is drawn
        keys("UNDP", " Indeed.")
        wait_for("UNDP", "Indeed.")
        keys("UNDP", "C-s")
        wait_for("UNDP", "Table it (t)")
        keys("UNDP", "t")
        wait_for("UNDP", "table amendment: done")
        for org in ("SEECF", "OSCE"):
            wait_for(org, "UNDP tabled an amendment to OP3")
        wait_for("SEECF", "Pending amendments in voting order: 1")  # the open queue follows
        keys("SEECF", "Escape")
        keys("OSCE", "g")  # a private draft, tabled later
        wait_for("OSCE", "Go to paragraph")
        keys("OSCE", "OP6", "Enter")
        wait_for("OSCE", "─ OP6 ─")
        keys("OSCE", "p")
        wait_for("OSCE", "ctrl+s: save")
        time.sleep(0.5)
        keys("OSCE", " Agreed.")
        wait_for("OSCE", "Agreed.")
        keys("OSCE", "C-s")
        wait_for("OSCE", "Keep private (k)")
        keys("OSCE", "k")
        wait_for("OSCE", "save private draft: done")
        keys("OSCE", "T")
        wait_for("OSCE", "Table amendment")
        keys("OSCE", "y")
        wait_for("SEECF", "OSCE tabled an amendment to OP6")
        keys("SEECF", "2", "g")
        wait_for("SEECF", "Go to paragraph")
        keys("SEECF", "OP6", "Enter")
        shown = wait_for("SEECF", "[OSCE] OSCE-")  # the panel lists it
        assert "OP6 ●1" in shown and "Agreed. [OSCE]" in shown  # the outline's badge, the tracked view
        keys("SEECF", "x")
        wait_for("SEECF", "{+Agreed.+}")
        keys("SEECF", "/")
        wait_for("SEECF", "Filter")
        keys("SEECF", "undp", "Enter")
        wait_for("SEECF", "/undp · ")  # the outline keeps UNDP's paragraphs
        keys("SEECF", "g")
        wait_for("SEECF", "Go to paragraph")
        keys("SEECF", "OP3", "Enter")
        wait_for("SEECF", "[UNDP] UNDP-")
        keys("SEECF", "a")
        wait_for("SEECF", "Accept amendment")
        keys("SEECF", "y")
        wait_for("SEECF", "done")
        wait_for("UNDP", "SEECF accepted UNDP's")
        keys("SEECF", "3", "o")
        wait_for("SEECF", "[UNDP: Indeed.]")
        keys("OSCE", "a")  # not the chair's: one line says why
        wait_for("OSCE", "Only the chair (SEECF) may do that")
    finally:
        tmux("kill-server")
    (decision,) = [d for d in (copy / "decisions").glob("SEECF-*.toml") if "accept" in d.read_text("utf-8")]
    assert "UNDP-" in decision.read_text(encoding="utf-8")
