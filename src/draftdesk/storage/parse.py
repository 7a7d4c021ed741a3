"""TOML text to data: rtoml for speed, tomllib for the last word.

Parsing is most of a load, and a folder holds thousands of small files:
rtoml (Rust) parses them several times faster than tomllib, with equal
results (figures in docs/performance.md). tomllib stays the reference: a text
rtoml refuses is parsed again by tomllib, whose error (with its line and
column) is the one reported, and whose result is used should it accept what
rtoml did not. Dates and times may carry rtoml's own time zone class; the
decoder turns every one into UTC.
"""

from __future__ import annotations

import tomllib
from typing import Any

import rtoml


def parse_toml(text: str) -> dict[str, Any]:
    """The TOML document as a dict; tomllib.TOMLDecodeError if it is not valid TOML."""
    try:
        return rtoml.loads(text)
    except ValueError:  # rtoml.TomlParsingError: tomllib says where, in the words users see
        return tomllib.loads(text)
