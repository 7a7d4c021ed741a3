"""Every theme DraftDesk offers is readable: its main colours and its organization colours (WCAG)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.theme import BUILTIN_THEMES

from draftdesk.engine.colour_vision import contrast, least_distance
from draftdesk.tui.readability import BODY, LARGE, too_low
from draftdesk.tui.themes import (
    READABLE_BUILTINS,
    STATUS_COLOURS,
    load_themes,
    status_style,
    theme_names,
    theme_org_colours,
)

from .conftest import make_app

THEMES = {theme.name: theme for theme in load_themes()[0]} | {
    name: BUILTIN_THEMES[name] for name in READABLE_BUILTINS
}


@pytest.mark.parametrize("name", sorted(THEMES))
def test_the_main_colours_of_every_theme_are_readable(name: str) -> None:
    assert too_low(THEMES[name]) == {}


@pytest.mark.parametrize("name", ["textual-light", "solarized-light", "atom-one-dark"])
def test_a_theme_that_is_not_offered_fails_the_same_check(name: str) -> None:
    assert too_low(BUILTIN_THEMES[name])


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
            for mark in STATUS_COLOURS:  # the outline's ● ⚔ ✓ and the panel's "voted 1st"
                colour = status_style(app, mark).color
                assert colour and colour.triplet and contrast(colour.triplet.hex, grounds[0]) >= LARGE, name


async def test_the_panel_label_naming_the_paragraph_is_readable_in_every_theme(folder: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test() as pilot:
        panel = app.main.shown.panel
        for name in THEMES:
            app.theme = name
            await pilot.pause()
            ground = panel.background_colors[1]
            label = panel.styles.border_title_color
            assert contrast(label.hex, ground.hex) >= BODY, name
