"""``draftdesk serve``: the terminal UI in web browsers, for delegations without a terminal.

Each browser session is its own ``draftdesk open DRAFT --ask`` process (textual-serve runs one per
connection), which asks which organization it acts as and signs with that organization's key from
this machine's config folder. Anyone who can reach the port can therefore act as any organization
whose key this machine holds: it listens on localhost unless told otherwise.
"""

from __future__ import annotations

import argparse
import os
import shlex
import socket
import sys
from contextlib import ExitStack

from draftdesk import signatures
from draftdesk.cli.options import Refused, command, parent, working_folder


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
    serving.add_argument("--port", type=tcp_port, default=8000, help="the port to listen on (default: 8000)")
    serving.add_argument(
        "--public-url",
        default="",
        metavar="URL",
        help="the address browsers reach this server at, if not http://HOST:PORT (a proxy)",
    )


def tcp_port(text: str) -> int:
    """A TCP port, 1 to 65535; anything else is a usage error."""
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port (1 to 65535)")
    return int(text)


def check_free(host: str, port: int) -> None:
    """Refuse in one line when HOST:PORT cannot be listened on, on every address HOST names.

    The server announces itself before it binds and would report a taken port or an unknown host
    after that announcement, without saying which address; binding once here says it first.
    """
    try:
        # an unknown host first, as the resolver says it (bind would wrap it in its own words)
        places = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        with ExitStack() as bound:
            for family, _, _, _, address in places:
                bound.enter_context(socket.create_server(address[:2], family=family))
    except OSError as error:
        reason = os.strerror(error.errno) if error.errno and error.errno > 0 else error.strerror or str(error)
        raise Refused(
            f"cannot serve on {host}:{port}: {reason} (choose another with --host or --port)"
        ) from None


def serve(args: argparse.Namespace) -> int:
    """Serve until interrupted (Ctrl+C)."""
    folder = working_folder(args).resolve()
    draft = signatures.current_draft(folder)  # a bad draft is refused here, once, not in every browser
    check_free(args.host, args.port)
    session = shlex.join([sys.executable, "-m", "draftdesk", "open", str(folder), "--ask"])
    from draftdesk.tui.web import serve_sessions

    serve_sessions(
        session, host=args.host, port=args.port, public_url=args.public_url, title=f"DraftDesk · {draft.slug}"
    )
    return 0
