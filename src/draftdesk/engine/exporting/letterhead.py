"""Whether a draft is a UN document, whose exports print the UN's letterhead above its cover."""

from __future__ import annotations

import re
from collections.abc import Mapping

_UN_SYMBOL = re.compile(r"^[A-Z]+/")
"""A UN symbol opens with its series in capitals ("A/", "E/", "S/RES/", "CCPR/", "UNEP/"); another
body's ("MC.DEC/4/25" of the OSCE's Ministerial Council) does not."""


def un_letterhead(metadata: Mapping[str, str]) -> bool:
    """True when the cover's symbol is the UN's: a body's own draft prints no UN letterhead."""
    return bool(_UN_SYMBOL.match(metadata.get("symbol", "")))
