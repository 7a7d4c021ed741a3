"""``draftdesk serve`` opens sessions only from its own page (the browser test drives a session)."""

from __future__ import annotations

import http.client
import urllib.request
from pathlib import Path

import pytest

from draftdesk.tui.web import same_place

from .serving import serving


@pytest.mark.parametrize(
    ("origin", "public_url", "same"),
    [
        ("http://localhost:8000", "http://localhost:8000", True),
        ("http://127.0.0.1:8000", "http://localhost:8000", True),  # two names of the loopback
        ("http://[::1]:8000", "http://localhost:8000", True),
        ("http://localhost:8001", "http://localhost:8000", False),
        ("https://localhost:8000", "http://localhost:8000", False),
        ("http://evil.example:8000", "http://localhost:8000", False),  # DNS rebinding to 127.0.0.1
        ("http://meeting.example", "http://meeting.example", True),
        ("http://meeting.example:99999", "http://meeting.example", False),  # a malformed port
        ("null", "http://localhost:8000", False),  # a sandboxed page or a local file
    ],
)
def test_same_place(origin: str, public_url: str, same: bool) -> None:
    assert same_place(origin, public_url) is same


def upgrade(port: int, origin: str) -> int:
    """The status of a websocket handshake on the session endpoint, as a page at ``origin`` asks it."""
    connection = http.client.HTTPConnection("localhost", port, timeout=10)
    try:
        headers = {
            "Upgrade": "websocket",
            "Connection": "Upgrade",
            "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
            "Sec-WebSocket-Version": "13",
            "Origin": origin,
        }
        connection.request("GET", "/ws", headers=headers)
        return connection.getresponse().status
    finally:
        connection.close()


def test_a_page_of_another_site_opens_no_session(folder: Path) -> None:
    with serving(folder) as server:
        page = server.url()
        with urllib.request.urlopen(page, timeout=10) as served:
            assert served.status == 200 and b"/ws" in served.read()
        assert upgrade(server.port, "http://evil.example") == 403
        assert upgrade(server.port, f"http://evil.example:{server.port}") == 403
