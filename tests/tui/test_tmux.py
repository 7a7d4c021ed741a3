"""The real program in a real terminal: tmux drives keys and reads the screen back."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
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


class Terminals:
    """A tmux server of our own: shared, other sessions might size our window to theirs. One per
    test, since a server killed at the end of one test may still hold its socket when the next starts."""

    def __init__(self, socket: str) -> None:
        self.socket = socket

    def tmux(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, env=environment()
        )

    def open(self, session: str, size: tuple[str, str], command: str) -> None:
        self.tmux(
            "new-session", "-d", "-s", session, "-x", size[0], "-y", size[1], command
        ).check_returncode()

    def screen(self, session: str) -> str:
        return self.tmux("capture-pane", "-p", "-t", session).stdout

    def wait_for(self, session: str, text: str, seconds: float = 10.0) -> str:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            shown = self.screen(session)
            if text in shown:
                return shown
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared:\n{self.screen(session)}")

    def keys(self, session: str, *keys: str) -> None:
        self.tmux("send-keys", "-t", session, *keys).check_returncode()

    def goto(self, session: str, address: str) -> None:
        """`g`, the address, Enter: until the panel is titled by that paragraph."""
        self.keys(session, "g")
        self.wait_for(session, "Go to paragraph")
        self.keys(session, address, "Enter")
        self.wait_for(session, f"─ {address} ─")


def environment() -> dict[str, str]:
    """The test's environment as it is now (its own DRAFTDESK_CONFIG_DIR, set by a fixture), without
    the 80x24 pytest puts there: the program must size itself from the terminal."""
    return {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}


def stored(folder: Path, pattern: str, seconds: float = 10.0) -> list[Path]:
    """The files matching ``pattern`` once there are some (a decision is written in a thread)."""
    deadline = time.monotonic() + seconds
    while not (found := list(folder.glob(pattern))) and time.monotonic() < deadline:
        time.sleep(0.1)
    return found


@pytest.fixture
def term(request: pytest.FixtureRequest) -> Iterator[Terminals]:
    terminals = Terminals(f"draftdesk-tui-tests-{os.getpid()}-{request.node.name}")
    try:
        yield terminals
    finally:
        terminals.tmux("kill-server")


def test_a_delegate_proposes_in_a_real_terminal(tmp_path: Path, term: Terminals) -> None:
    """Open the sample as UNDP, switch view, go to OP4, propose new wording and table it."""
    copy = tmp_path / "belgrade-2011"
    shutil.copytree(SAMPLE, copy)
    before = set((copy / "amendments").glob("*.toml")) if (copy / "amendments").is_dir() else set()
    session = "delegate"
    command = f"{sys.executable} -m draftdesk open {copy} --as UNDP"
    term.open(session, ("120", "40"), command)
    term.wait_for(session, "acting as UNDP", 15)
    term.keys(session, "2")
    term.wait_for(session, "view: tracked")
    term.goto(session, "OP4")
    term.keys(session, "p")
    term.wait_for(session, "ctrl+s: save")
    time.sleep(0.5)  # the editor takes focus just after it is drawn
    term.keys(session, " Together.")
    term.wait_for(session, "Together.")
    term.keys(session, "C-s")
    shown = term.wait_for(session, "Table it (t)")
    assert "Together." in shown
    term.keys(session, "t")
    shown = term.wait_for(session, "UNDP tabled an amendment to OP4")
    assert "[UNDP]" in shown  # the tracked view tags the new proposal with its author
    term.keys(session, "q")
    (written,) = set((copy / "amendments").glob("*.toml")) - before
    assert written.name.startswith("UNDP-") and "Together." in written.read_text(encoding="utf-8")


def test_the_chair_sees_a_proposal_arrive_and_accepts_it_from_the_queue(
    tmp_path: Path, term: Terminals
) -> None:
    """The chair's screen follows a `draftdesk propose` run in another terminal, then decides."""
    copy = tmp_path / "belgrade-2011"
    shutil.copytree(SAMPLE, copy)
    session = "chair"
    command = f"{sys.executable} -m draftdesk open {copy} --as SEECF"
    term.open(session, ("120", "40"), command)
    term.wait_for(session, "acting as SEECF (chair)", 15)
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
    term.wait_for(session, "OP4 ●1")  # the outline badge: the folder was re-read
    term.keys(session, "c")
    shown = term.wait_for(session, "Pending amendments in voting order: 1")
    assert "−note +welcome" in shown
    term.keys(session, "a")
    term.wait_for(session, "Accept the amendment to OP")
    term.keys(session, "y")
    term.wait_for(session, "Pending amendments in voting order: 0")
    term.wait_for(session, "SEECF accepted UNDP's amendment to OP4")
    term.keys(session, "Escape", "q")  # the decision is stored (signed, under the lock) before it quits
    (decision,) = stored(copy / "decisions", "SEECF-*.toml")
    assert 'action = "accept"' in decision.read_text(encoding="utf-8")


def test_a_chair_and_two_delegates_on_one_folder(tmp_path: Path, term: Terminals) -> None:
    """UNDP (80x24) tables while the chair's queue is open: the queue grows live and everyone is told;
    OSCE keeps a draft private, then tables it: the chair sees it in the outline, the tracked view
    and the panel; the chair filters (/), accepts, tags (o) and marks (x); UNDP is told."""
    copy = tmp_path / "belgrade-2011"
    shutil.copytree(SAMPLE, copy)
    sizes = {"SEECF": ("120", "40"), "UNDP": ("80", "24"), "OSCE": ("120", "40")}
    for org, (x, y) in sizes.items():
        command = f"{sys.executable} -m draftdesk open {copy} --as {org}"
        term.open(org, (x, y), command)
    for org in sizes:
        term.wait_for(org, f"acting as {org}", 15)
    time.sleep(1.0)  # the watchers are up
    shown = term.wait_for("UNDP", "x Marks")  # every key on screen at 80x24 (two lines)
    assert "o Org tags" in shown and "g Go to" in shown
    term.keys("SEECF", "c")
    term.wait_for("SEECF", "Pending amendments in voting order: 0")
    term.goto("UNDP", "OP3")
    term.keys("UNDP", "p")
    term.wait_for("UNDP", "ctrl+s: save")
    time.sleep(0.5)  # the editor takes focus just after it is drawn
    term.keys("UNDP", " Indeed.")
    term.wait_for("UNDP", "Indeed.")
    term.keys("UNDP", "C-s")
    term.wait_for("UNDP", "Table it (t)")
    term.keys("UNDP", "t")
    term.wait_for("UNDP", "UNDP tabled an amendment to OP3")
    for org in ("SEECF", "OSCE"):
        term.wait_for(org, "UNDP tabled an amendment to OP3")
    term.wait_for("SEECF", "Pending amendments in voting order: 1")  # the open queue follows
    term.keys("SEECF", "Escape")
    term.goto("OSCE", "OP6")  # a private draft, tabled later
    term.keys("OSCE", "p")
    term.wait_for("OSCE", "ctrl+s: save")
    time.sleep(0.5)
    term.keys("OSCE", " Agreed.")
    term.wait_for("OSCE", "Agreed.")
    term.keys("OSCE", "C-s")
    term.wait_for("OSCE", "Keep private (k)")
    term.keys("OSCE", "k")
    term.wait_for("OSCE", "Kept private: your amendment to OP6")
    term.keys("OSCE", "T")
    term.wait_for("OSCE", "Table your amendment to OP6?")
    term.keys("OSCE", "y")
    term.wait_for("SEECF", "OSCE tabled an amendment to OP6")
    term.keys("SEECF", "2")
    term.goto("SEECF", "OP6")
    shown = term.wait_for("SEECF", "[OSCE] OSCE-")  # the panel lists it
    assert "OP6 ●1" in shown and "Agreed. [OSCE]" in shown  # the outline's badge, the tracked view
    term.keys("SEECF", "x")
    term.wait_for("SEECF", "{+Agreed.+}")
    term.keys("SEECF", "/")
    term.wait_for("SEECF", "Filter")
    term.keys("SEECF", "undp", "Enter")
    term.wait_for("SEECF", "/undp · ")  # the outline keeps UNDP's paragraphs
    term.goto("SEECF", "OP3")
    term.wait_for("SEECF", "[UNDP] UNDP-")
    term.keys("SEECF", "a")
    term.wait_for("SEECF", "Accept the amendment to OP")
    term.keys("SEECF", "y")
    term.wait_for("SEECF", "SEECF accepted UNDP's amendment to OP3")
    term.wait_for("UNDP", "SEECF accepted UNDP's")
    term.keys("SEECF", "3", "o")
    term.wait_for("SEECF", "[UNDP: Indeed.]")
    term.keys("OSCE", "a")  # not the chair's: one line says why
    term.wait_for("OSCE", "Only the chair (SEECF) may do that")
    (decision,) = [d for d in (copy / "decisions").glob("SEECF-*.toml") if "accept" in d.read_text("utf-8")]
    assert "UNDP-" in decision.read_text(encoding="utf-8")
