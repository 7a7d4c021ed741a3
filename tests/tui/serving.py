"""``draftdesk serve`` run as a user runs it, for the tests that talk to it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def serving(folder: Path) -> Iterator[Served]:
    """``draftdesk serve FOLDER`` on a free port, starting (wait with ``Served.url``); stopped after."""
    port = free_port()
    environment = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    command = [sys.executable, "-m", "draftdesk", "serve", str(folder), "--port", str(port)]
    process = subprocess.Popen(command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        yield Served(process, port)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class Served:
    """A ``draftdesk serve`` process, and where it listens."""

    def __init__(self, process: subprocess.Popen[bytes], port: int) -> None:
        self.process, self.port = process, port

    def url(self, seconds: float = 20.0) -> str:
        """Its page's address, once it listens (the browser starts meanwhile)."""
        deadline = time.monotonic() + seconds
        while True:
            try:
                socket.create_connection(("localhost", self.port), timeout=0.2).close()
                return f"http://localhost:{self.port}/"
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.process.kill()
                    raise AssertionError(self.process.communicate()[0].decode()) from None
                time.sleep(0.1)
