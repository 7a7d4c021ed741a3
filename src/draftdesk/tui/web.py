"""The TUI served to web browsers with textual-serve: one ``draftdesk open`` process per session.

textual-serve accepts a session's websocket from any page. A page on another site open in the
same browser could then drive a session on localhost and act as a delegation, so a websocket whose
``Origin`` is not this server's own page is refused. A client that is not a browser sends no
``Origin``: the port itself is the boundary (see docs/cli.md, ``serve``).
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from aiohttp import web
from textual_serve.server import Server

LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})

log = logging.getLogger("draftdesk.serve")


def same_place(origin: str, public_url: str) -> bool:
    """Whether a page at ``origin`` is one this server serves: the same scheme, host and port as
    ``public_url`` (two names of the loopback interface being the same host)."""
    seen, ours = urlsplit(origin), urlsplit(public_url)
    try:
        if seen.scheme != ours.scheme or seen.port != ours.port:
            return False
    except ValueError:  # a malformed port
        return False
    return seen.hostname == ours.hostname or {seen.hostname, ours.hostname} <= LOOPBACK


class SessionServer(Server):
    """textual-serve's server, refusing sessions opened from other sites' pages."""

    async def on_startup(self, app: web.Application) -> None:
        """Say where, and who can act (instead of textual-serve's banner)."""
        self.console.print(
            f"draftdesk: serving {self.title} on {self.public_url}: each browser session acts as the"
            " organization it picks, with this machine's keys; anyone who can reach that address can."
            " Ctrl+C stops.",
            highlight=False,
            markup=False,
        )

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        origin = request.headers.get("Origin")
        if origin is not None and not same_place(origin, self.public_url):
            log.warning("refused a session opened from %s", origin)
            raise web.HTTPForbidden(text="sessions open from this server's own page only")
        return await super().handle_websocket(request)


def serve_sessions(command: str, *, host: str, port: int, public_url: str, title: str) -> None:
    """Run ``command`` (a shell command line) for each browser session, until interrupted."""
    SessionServer(command, host=host, port=port, title=title, public_url=public_url or None).serve()
