"""TUI benchmark: open the synthetic 1,000-paragraph negotiation and time what users feel.

Times are taken when the App hands a frame to the terminal (``App._display``),
not through ``pilot.pause`` (which waits in 20 ms steps). Prints one JSON object
with ``--json``: startup_ms (from launching ``draftdesk open`` in a new
Python process, imports and the load included, to its first frame; the first
open of the folder) and the median switch_view_ms, move_ms, accept_ms (the
chair going through the queue in order, as amendments come: mostly changes
of words) and accept_delete_ms (accepting the deletion of a paragraph, which
renumbers all after it). Startup is measured with storage only, the package compiled to bytecode
first, as an install does.
Writes the negotiation to a temporary folder through storage, loads it as the
app does and accepts through the real services, as the App does: the decision
is checked and shown, and its file written in a thread meanwhile (the frame
does not wait for the fsync); ``--memory`` keeps it in memory instead, to time
the TUI alone (said in the output as ``"source"``).
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from benchmarks.synthetic import CHAIR, build_negotiation, create_signed

from draftdesk import services
from draftdesk.engine.merge import Negotiation
from draftdesk.tui.app import DraftDeskApp
from draftdesk.tui.loading import load_negotiation

REPEATS = 15


class TimedApp(DraftDeskApp):
    """Records the time of every frame the compositor hands to the terminal."""

    frame = 0.0
    frames: asyncio.Event

    def _display(self, screen, renderable) -> None:  # type: ignore[no-untyped-def]
        if renderable is not None:
            TimedApp.frame = time.perf_counter()
            self.frames.set()
        super()._display(screen, renderable)


KEY_GAP = 0.05
"""Seconds between measured key presses, as typed (a held key repeats every 30-50 ms).

Back to back, each action would start just after the previous frame, and
Textual's 60 Hz frame timer makes it wait out the rest of that period: a
phase real key presses do not have. The clock starts after the gap.
"""


async def until_frame(app: TimedApp, action) -> float:  # type: ignore[no-untyped-def]
    """Milliseconds from starting ``action`` to the next frame written."""
    await asyncio.sleep(KEY_GAP)
    app.frames.clear()
    start = time.perf_counter()
    action()
    await asyncio.wait_for(app.frames.wait(), 5)
    return (TimedApp.frame - start) * 1000


def loader_and_recorder(memory: bool = False) -> tuple[Path, object, object, str]:
    """Where the negotiation is, how to load it, how decisions are stored, and what that source is.

    ``memory`` keeps it in memory: the TUI's own cost, without storage (decisions are checked by
    the real services all the same, against the App's state, and not written).
    """
    draft, amendments, decisions = build_negotiation()
    chair = draft.orgs[0].code if draft.orgs and draft.orgs[0].is_chair else CHAIR
    try:
        if memory:
            raise ImportError("in memory, as asked")
        folder = Path(tempfile.mkdtemp()) / draft.slug
        os.environ["DRAFTDESK_CONFIG_DIR"] = str(folder.parent / "config")  # the keys it makes
        create_signed(folder, draft, amendments, decisions)
        return folder, load_negotiation, services.decide, f"storage (chair {chair})"
    except (ImportError, AttributeError):
        pass

    def load(folder: Path) -> Negotiation:
        return Negotiation(draft, amendments, decisions)

    def record(folder: Path, *args: object, **kwargs: object) -> None:
        """Nothing is written."""

    return Path(tempfile.gettempdir()), load, record, f"memory (chair {chair})"


async def measure(memory: bool) -> dict[str, object]:
    folder, load, record, source = loader_and_recorder(memory)
    services.decide = record  # type: ignore[assignment]
    startup = None
    if not memory:
        installed()
        startup = launch_ms(folder)
    app = opened(folder, load)
    async with app.run_test(size=(120, 40)) as pilot:
        await asyncio.wait_for(app.frames.wait(), 10)
        await pilot.pause()
        switch = [await until_frame(app, app.main.action_next_view) for _ in range(REPEATS)]
        move = [await until_frame(app, lambda: app.main.action_move(1)) for _ in range(REPEATS)]
        accept = [
            await until_frame(app, accepting(app, next_in_queue(app.session.neg))) for _ in range(REPEATS)
        ]
        delete = [await until_frame(app, accepting(app, next_deletion(app.session.neg))) for _ in range(5)]
    figures = {
        "source": source,
        "switch_view_ms": round(statistics.median(switch), 2),
        "move_ms": round(statistics.median(move), 2),
        "accept_ms": round(statistics.median(accept), 2),
        "accept_delete_ms": round(statistics.median(delete), 2),
    }
    if startup is not None:
        figures["startup_ms"] = round(startup, 1)
    return figures


def next_in_queue(neg: Negotiation) -> str:
    """What the chair takes up next, going through the text: the first paragraph with a pending
    amendment, the one voted on first there (mostly a change of words, as amendments mostly are)."""
    return next(pending[0] for p in neg.agreed if (pending := neg.pending(p.id)))


def next_deletion(neg: Negotiation) -> str:
    """A pending deletion of a paragraph: every paragraph after it is renumbered."""
    return next(a for a in neg.pending() if neg.amendments[a].ops[0].kind == "delete")


def accepting(app: TimedApp, amendment_id: str):  # type: ignore[no-untyped-def]
    """The chair's accept of one amendment, as the key press runs it (confirmation aside).

    Its paragraph is selected first, as the chair would (that move is drawn before the clock starts).
    """
    app.main.shown.show_amendment(amendment_id)

    def decide() -> None:
        app.main.decisions.decide(amendment_id, "accept")

    return decide


def opened(folder: Path, load) -> TimedApp:  # type: ignore[no-untyped-def]
    """The App on the folder, as the chair, without the watcher (nothing else writes here)."""
    app = TimedApp(folder, CHAIR, loader=load, watch=False)
    app.frames = asyncio.Event()
    return app


LAUNCH = """
import os, sys, time
from draftdesk.tui import heap

def first_frame(self, screen, renderable):
    if renderable is not None:
        os.write(1, f"{time.time()}\\n".encode())  # not print: the App captures sys.stdout
        self.exit()

def hold():
    heap_hold()
    from textual.app import App
    from draftdesk.tui.app import DraftDeskApp

    DraftDeskApp._display = first_frame
    DraftDeskApp.run = lambda self: App.run(self, headless=True, size=(120, 40))

heap_hold, heap.hold = heap.hold, hold
sys.argv = ["draftdesk", "open", sys.argv[1], "--as", sys.argv[2]]
from draftdesk.__main__ import run
sys.exit(run())
"""
"""``draftdesk open FOLDER --as CHAIR`` in a new interpreter, with no terminal, stopped at its first frame.

The App is patched where ``draftdesk open`` holds the collector off (``heap.hold``), just before it
imports Textual: every import happens in the order, and with the collector as, the command has them."""


def installed() -> None:
    """Bytecode for the package, as installing it writes it (pip compiles what it installs; an
    editable install leaves that to Python at the first import, and PYTHONDONTWRITEBYTECODE, set
    on some machines, stops it: then every launch compiles the package again, some 150 ms)."""
    import draftdesk

    compileall.compile_dir(Path(draftdesk.__file__).parent, quiet=1)


def launch_ms(folder: Path) -> float:
    """Milliseconds from launching ``draftdesk open`` (a new process) to its first frame written."""
    start = time.time()
    done = subprocess.run([sys.executable, "-c", LAUNCH, str(folder), CHAIR], capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"draftdesk open failed (exit {done.returncode}):\n{done.stderr}")
    return (float(done.stdout.split()[-1]) - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--memory", action="store_true", help="no storage or services: the TUI alone")
    args = parser.parse_args()
    result = asyncio.run(measure(args.memory))
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:16} {value}")


if __name__ == "__main__":
    main()
