"""A progress bar on stderr for long exports: drawn only on a terminal, once a second has passed."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

WIDTH = 30


class ProgressBar:
    """Called with (done, total) as work goes; says nothing for work that ends within ``after`` s."""

    def __init__(
        self,
        label: str,
        stream: TextIO | None = None,
        after: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.label, self.stream, self.after, self.clock = label, stream or sys.stderr, after, clock
        self.start = clock()
        self.drawn = False

    def __call__(self, done: int, total: int) -> None:
        if not self.stream.isatty() or self.clock() - self.start < self.after or total <= 0:
            return
        filled = WIDTH * min(done, total) // total
        bar = "█" * filled + "░" * (WIDTH - filled)
        self.stream.write(f"\r{self.label} ▕{bar}▏ {100 * min(done, total) // total:3d}%")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        """Clear the bar's line, so what follows starts clean."""
        if self.drawn:
            self.stream.write("\r" + " " * (len(self.label) + WIDTH + 8) + "\r")
            self.stream.flush()
