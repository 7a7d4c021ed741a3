"""Themes: Textual themes loaded from TOML files, and the organization colours of the theme shown.

Organization colours come from engine/palette.py, the family for the theme's grounds (dark or
light), each readable (3:1) on them. Of Textual's own themes only those that pass the readability
test (tests/tui/test_readable_themes.py) are offered. Beside the shipped themes, a user's own are
read from ./themes (as drafts are kept in ./drafts); one that is broken or hard to read
(readability.py) is reported and not offered, never fatal.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from rich.color import Color
from rich.style import Style
from textual.app import App
from textual.theme import BUILTIN_THEMES, Theme

from draftdesk.engine.palette import org_palette
from draftdesk.tui.readability import too_low

READABLE_BUILTINS = (
    "catppuccin-frappe",
    "catppuccin-macchiato",
    "catppuccin-mocha",
    "dracula",
    "gruvbox",
    "monokai",
    "nord",
    "rose-pine",
    "rose-pine-moon",
)
"""Textual's themes offered: in the others, body text, the footer's keys or the warning and success
colours fall under WCAG's 4.5:1 or 3:1 (textual-light, solarized-*, atom-one-*, flexoki…), or the
colours are the terminal's own (ansi-*), which cannot be checked."""
THEMES_DIR = Path(str(resources.files("draftdesk") / "themes"))
"""The themes shipped inside the package (package data: found wherever it is installed)."""
USER_THEMES = Path("themes")
"""The user's own themes: ./themes of the folder draftdesk runs in (the repository's themes/)."""
FIELDS = (
    "primary",
    "secondary",
    "warning",
    "error",
    "success",
    "accent",
    "foreground",
    "background",
    "surface",
    "panel",
    "boost",
)


def theme_from_toml(path: Path) -> Theme:
    """One theme file -> a Textual Theme (raises on a bad file)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    if missing := [key for key in ("name", "primary") if not isinstance(data.get(key), str)]:
        raise ValueError(f"a theme needs {' and '.join(missing)} (text)")
    colours = {key: data[key] for key in FIELDS if key in data}
    variables = {str(k): str(v) for k, v in data.get("variables", {}).items()}
    for value in [*colours.values(), *variables.values()]:
        if value.startswith("#"):
            Color.parse(value)
    return Theme(name=data["name"], dark=bool(data.get("dark", True)), variables=variables, **colours)


class Themes(NamedTuple):
    """The theme files read: the readable themes, and an error line for each file left out."""

    offered: list[Theme]
    errors: list[str]

    def names(self) -> list[str]:
        """Every theme ``--theme`` may name: these and Textual's readable ones."""
        return sorted({theme.name for theme in self.offered} | set(READABLE_BUILTINS))


def load_themes(*folders: Path) -> Themes:
    """Every readable ``*.toml`` theme in ``folders`` (the shipped and the user's when none are
    named), and an error line for each file that failed or is hard to read."""
    themes: list[Theme] = []
    errors: list[str] = []
    for folder in folders or (THEMES_DIR, USER_THEMES):
        for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
            try:
                theme = theme_from_toml(path)
            except Exception as error:  # any broken file becomes a notification
                errors.append(f"theme {path}: {error}")
                continue
            if low := too_low(theme):
                pairs = ", ".join(f"{pair} {ratio}:1" for pair, ratio in low.items())
                errors.append(f"theme {path} is not offered, too hard to read: {pairs}")
            else:
                themes.append(theme)
    return Themes(themes, errors)


_styles: dict[tuple[str, int], Style] = {}
_palettes: dict[str, tuple[str, ...]] = {}
_marks: dict[str, dict[str, Style]] = {}


def theme_names(*folders: Path) -> list[str]:
    """Every theme ``--theme`` may name: the readable ones of ``folders`` (as :func:`load_themes`)
    and of Textual."""
    return load_themes(*folders).names()


def offer_readable(app: App[object]) -> None:
    """Of Textual's own themes, keep only the readable ones in ``app`` (its theme picker, ``--theme``)."""
    for name in set(BUILTIN_THEMES) - set(READABLE_BUILTINS) - {app.theme}:
        app.unregister_theme(name)


def theme_org_colours(app: App[object]) -> tuple[str, ...]:
    """The organization colours of the theme shown: for its background and surface."""
    variables = app.get_css_variables()
    return org_palette([variables["background"], variables["surface"]])


STATUS_COLOURS = {"pending": "warning", "competing": "error", "agreed": "success"}
"""The theme colour of each mark (●, ⚔, ✓): checked at 3:1 on the background in every theme offered,
where the terminal's own yellow was not (2.7:1 on the light theme)."""


def status_style(app: App[object], status: str) -> Style:
    """The bold theme colour of a mark, one of STATUS_COLOURS (made for all at once, per theme: the
    theme's variables are worked out anew at each ``get_css_variables``)."""
    styles = _marks.get(app.theme)
    if styles is None:
        variables = app.get_css_variables()
        styles = _marks[app.theme] = {
            name: Style(color=variables[colour], bold=True) for name, colour in STATUS_COLOURS.items()
        }
    return styles[status]


def org_style(app: App[object], orgs: Sequence[str], org: str) -> Style:
    """The colour of an organization in the current theme (cached per theme)."""
    key = (app.theme, orgs.index(org) if org in orgs else -1)
    style = _styles.get(key)
    if style is None:
        palette = _palettes.get(app.theme) or _palettes.setdefault(app.theme, theme_org_colours(app))
        style = _styles[key] = Style(color=palette[key[1] % len(palette)])
    return style
