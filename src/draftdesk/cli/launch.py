"""``draftdesk open`` and bare ``draftdesk``: start the terminal UI on a draft, acting as an organization.

Textual is imported only here, when the UI really starts, so the other
commands stay quick to launch.
"""

from __future__ import annotations

import argparse

from draftdesk import signatures
from draftdesk.cli.options import Refused, UsageError, check_acting, command, parent, working_folder

MARKS = {"on": True, "off": False}
"""``--marks`` -> whether changes are marked (not given: as reading.py decides)."""


def register(commands: argparse._SubParsersAction) -> None:
    opening = command(
        commands,
        "open",
        open_ui,
        "Open a draft in the terminal UI (default: the bundled sample, as its chair).",
        parent(draft="optional", acting="optional"),
    )
    opening.add_argument("--theme", default="", help="the theme to use (else the one chosen last)")
    opening.add_argument(
        "--marks",
        choices=("on", "off"),
        help="mark changes [-old-]{+new+} as well as striking and underlining them, or not (else as"
        " `x` last left them; at first, on only where $TERM is a terminal without strikethrough)",
    )
    opening.add_argument(
        "--ask",
        action="store_true",
        help="start by asking which organization to act as (what `draftdesk serve` runs per browser)",
    )


def open_ui(args: argparse.Namespace) -> int:
    """Run the TUI as ``--as ORG``, as the organization picked on its first screen (``--ask``), or as
    the draft's first chair organization."""
    if args.ask and args.acting_as:
        raise UsageError("--ask and --as: choose one")
    from draftdesk.tui import heap

    heap.hold()  # until the first frame: see draftdesk.tui.heap
    draft_folder = working_folder(args)
    from draftdesk.tui.themes import load_themes

    themes = load_themes()  # read once: checked here, then shown by the App
    if args.theme and args.theme not in themes.names():
        not_offered = "".join(f"; {error}" for error in themes.errors)
        raise Refused(f"no theme {args.theme!r} (themes: {', '.join(themes.names())}){not_offered}")
    from draftdesk.tui.app import run

    if args.ask:  # the folder is loaded once the organization is picked
        signatures.current_draft(draft_folder)  # a draft that cannot be read: one line, not a traceback
        run(draft_folder, "", args.theme, marks=MARKS.get(args.marks), themes=themes)
        return 0
    from draftdesk.tui.loading import load_negotiation

    loaded = load_negotiation(draft_folder)  # the screen's state: who acts is checked on it, not read twice
    check_acting(args, loaded.draft)
    acting_as = args.acting_as or next(iter(loaded.draft.chair), "")
    if not acting_as:
        raise Refused("this draft has no chair: name the organization you act as with --as ORG")
    run(draft_folder, acting_as, args.theme, loaded, MARKS.get(args.marks), themes)
    return 0
