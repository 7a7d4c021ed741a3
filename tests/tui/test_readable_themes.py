"""Every theme DraftDesk offers is readable: its main colours and its organization colours (WCAG)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.color import Color
from textual.theme import BUILTIN_THEMES, Theme

from draftdesk.engine.colour_vision import contrast, least_distance
from draftdesk.tui.themes import READABLE_BUILTINS, load_themes, theme_names, theme_org_colours

from .conftest import make_app

BODY, LARGE = 4.5, 3.0
THEMES = {theme.name: theme for theme in load_themes()[0]} | {
    name: BUILTIN_THEMES[name] for name in READABLE_BUILTINS
}


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


LARGE_PAIRS = {"footer keys", "primary on background", "accent on background", "warning on background"}
LARGE_PAIRS |= {"error on background", "success on background"}


@pytest.mark.parametrize("name", sorted(THEMES))
def test_the_main_colours_of_every_theme_are_readable(name: str) -> None:
    low = {
        pair: round(ratio, 2)
        for pair, ratio in main_contrasts(THEMES[name]).items()
        if ratio < (LARGE if pair in LARGE_PAIRS else BODY)
    }
    assert low == {}


@pytest.mark.parametrize("name", ["textual-light", "solarized-light", "atom-one-dark"])
def test_a_theme_that_is_not_offered_fails_the_same_check(name: str) -> None:
    assert min(main_contrasts(BUILTIN_THEMES[name]).values()) < BODY


async def test_every_theme_offered_has_30_organization_colours_readable_and_told_apart(folder: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test() as pilot:
        assert set(app.available_themes) == set(THEMES) == set(theme_names())
        for name in THEMES:
            app.theme = name
            await pilot.pause()
            variables = app.get_css_variables()
            colours = theme_org_colours(app)
            grounds = [variables["background"], variables["surface"]]
            assert len(set(colours)) >= 30
            assert min(contrast(c, g) for c in colours for g in grounds) >= LARGE, name
            assert least_distance(colours) >= 0.04, name
