"""``draftdesk serve``: the terminal UI in web browsers, for delegations without a terminal.

Each browser session is its own ``draftdesk open DRAFT --ask`` process (textual-serve runs one per
connection), which asks which organization it acts as and signs with that organization's key from
this machine's config folder. Anyone who can reach the port can therefore act as any organization
whose key this machine holds: it listens on localhost unless told otherwise.
"""

from __future__ import annotations

import argparse
import shlex
import sys

from draftdesk import signatures
from draftdesk.cli.options import command, parent, working_folder


def register(commands: argparse._SubParsersAction) -> None:
    serving = command(
        commands,
        "serve",
        serve,
        "Serve the terminal UI to web browsers; each browser session asks which organization it acts as.",
        parent(draft="optional"),
    )
    serving.add_argument(
        "--host", default="localhost", help="the address to listen on (default: localhost, this machine only)"
    )
    serving.add_argument("--port", type=int, default=8000, help="the port to listen on (default: 8000)")
    serving.add_argument(
        "--public-url",
        default="",
        metavar="URL",
        help="the address browsers reach this server at, if not http://HOST:PORT (a proxy)",
    )


def serve(args: argparse.Namespace) -> int:
    """Serve until interrupted (Ctrl+C)."""
    folder = working_folder(args).resolve()
    draft = signatures.current_draft(folder)  # a bad draft is refused here, once, not in every browser
    session = shlex.join([sys.executable, "-m", "draftdesk", "open", str(folder), "--ask"])
    from draftdesk.tui.web import serve_sessions

    serve_sessions(
        session, host=args.host, port=args.port, public_url=args.public_url, title=f"DraftDesk · {draft.slug}"
    )
    return 0
