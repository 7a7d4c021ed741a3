"""Organization colours, shared by the TUI's theme and the exports, so a delegation reads alike everywhere."""

from __future__ import annotations

from collections.abc import Sequence

from draftdesk.engine.model import Org

OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999")
"""Told apart by colour-blind readers; the TUI's default ``$org-N`` variables."""


def palette_colour(codes: Sequence[str], code: str) -> str:
    """The palette colour of ``code``, by its place among ``codes`` (the TUI's ``$org-N``)."""
    return OKABE_ITO[codes.index(code) % len(OKABE_ITO)] if code in codes else OKABE_ITO[-1]


def org_colours(orgs: Sequence[Org]) -> dict[str, str]:
    """Each organization's colour: its own when the draft gives one, else the palette's."""
    codes = [org.code for org in orgs]
    return {org.code: org.colour or palette_colour(codes, org.code) for org in orgs}
