"""Organization colours, shared by the TUI's themes and the exports, so a delegation reads alike everywhere.

Two families of 30 colours, one for dark grounds and one for light (paper included), chosen by
tools/org_palette.py: each at least 3:1 (WCAG) against the grounds of its family, and as far
apart as possible in OKLab under normal vision and simulated protanopia, deuteranopia and
tritanopia (colour_vision.py); the first organizations of a draft get the colours farthest
apart. Colour is never the only cue: the legend, the panel and the attribution view's tags name
the organization, which carries it beyond 30 organizations or where two colours come close.
"""

from __future__ import annotations

from collections.abc import Sequence

from draftdesk.engine.colour_vision import is_dark, readable_on
from draftdesk.engine.model import Org

DARK = (
    "#FF6900", "#A688E2", "#79F000", "#4AA697", "#C4B5F0", "#39D3A6",
    "#D3B569", "#97A6FF", "#39FF79", "#B5E2B5", "#C48879", "#E2C4FF",
    "#FFA6A6", "#97C400", "#88D3D3", "#79A600", "#FF5AB5", "#E29779",
    "#FFE297", "#A6D329", "#B5FF39", "#F07997", "#E2C479", "#C4A6D3",
    "#B588C4", "#A6F0FF", "#69B54A", "#FF79FF", "#D369FF", "#B597E2",
)  # fmt: skip
LIGHT = (
    "#C45AFF", "#006900", "#791897", "#4A9779", "#8869A6", "#E26929",
    "#1800F0", "#C40606", "#5A00C4", "#29795A", "#97004A", "#B529D3",
    "#794A79", "#9779C4", "#880079", "#8829FF", "#B54A4A", "#A629A6",
    "#5A5AB5", "#F039C4", "#699739", "#FF3979", "#D32997", "#1888F0",
    "#D36997", "#398869", "#A63939", "#A66900", "#975A88", "#C44AE2",
)  # fmt: skip
PAPER = "#FFFFFF"
"""The ground of the exports."""


def org_palette(grounds: Sequence[str]) -> tuple[str, ...]:
    """The organization colours for text on ``grounds`` (a theme's background and surface): the
    family made for dark or for light grounds, each colour made readable (3:1) on all of them
    where it is not already (a theme with grounds the family was not chosen for)."""
    return tuple(readable_on(colour, grounds) for colour in (DARK if is_dark(grounds) else LIGHT))


def palette_colour(codes: Sequence[str], code: str, palette: Sequence[str] = LIGHT) -> str:
    """The colour of ``code`` in ``palette``, by its place among ``codes`` (beyond the palette's
    length the colours repeat: the code says who it is)."""
    return palette[codes.index(code) % len(palette)] if code in codes else palette[-1]


def org_colours(orgs: Sequence[Org], ground: str = PAPER) -> dict[str, str]:
    """Each organization's colour on ``ground``: its own when the draft gives one, else the palette's."""
    codes = [org.code for org in orgs]
    palette = org_palette([ground])
    return {org.code: org.colour or palette_colour(codes, org.code, palette) for org in orgs}
