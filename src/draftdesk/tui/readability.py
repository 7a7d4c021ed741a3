"""Whether a theme is readable: the WCAG contrast of each pair of its colours that DraftDesk draws
one on the other. Body text needs 4.5:1; marks, keys and other large or bold text 3:1.

The same check decides which of Textual's themes are offered (tests/tui/test_readable_themes.py)
and refuses a user's own theme (``./themes``) that would be hard to read.
"""

from __future__ import annotations

from textual.color import Color
from textual.theme import Theme

from draftdesk.engine.colour_vision import contrast

BODY, LARGE = 4.5, 3.0
LARGE_PAIRS = frozenset(
    {"footer keys", "primary on background", "accent on background", "warning on background"}
    | {"error on background", "success on background"}
)


def opaque(variables: dict[str, str], name: str, ground: str) -> str:
    """A theme colour as drawn on ``ground`` (footer colours may be translucent)."""
    colour = Color.parse(variables[name])
    return Color.parse(ground).blend(colour.with_alpha(1), colour.a).hex if colour.a < 1 else colour.hex


def main_contrasts(theme: Theme) -> dict[str, float]:
    """The contrast of each pair of a theme's main colours that DraftDesk draws one on the other."""
    v = theme.to_color_system().generate()
    ground, footer = v["background"], v["footer-background"]
    return {
        "text on background": contrast(v["foreground"], ground),
        "text on surface": contrast(v["foreground"], v["surface"]),
        "text on panel": contrast(v["foreground"], v["panel"]),
        "title bar": contrast(ground, v["primary"]),
        "footer descriptions": contrast(opaque(v, "footer-description-foreground", footer), footer),
        "footer keys": contrast(
            opaque(v, "footer-key-foreground", footer), opaque(v, "footer-key-background", footer)
        ),
        **{
            f"{mark} on background": contrast(v[mark], ground)
            for mark in ("primary", "accent", "warning", "error", "success")
        },
    }


def too_low(theme: Theme) -> dict[str, float]:
    """The pairs of ``theme`` under their threshold, with their contrast (empty: readable)."""
    return {
        pair: round(ratio, 2)
        for pair, ratio in main_contrasts(theme).items()
        if ratio < (LARGE if pair in LARGE_PAIRS else BODY)
    }
