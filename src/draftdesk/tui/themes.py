"""Themes: Textual themes loaded from TOML files, organization colours as ``$org-N`` variables.

Org colours default to the Okabe-Ito palette, told apart by colour-blind
readers; a theme file may restyle them. A broken file is reported, not fatal.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from rich.color import Color
from rich.style import Style
from textual.app import App
from textual.theme import BUILTIN_THEMES, Theme

from draftdesk.engine.palette import OKABE_ITO

ORG_VARIABLES = {f"org-{n}": colour for n, colour in enumerate(OKABE_ITO, start=1)}
THEMES_DIR = Path(str(resources.files("draftdesk") / "themes"))
"""The themes shipped inside the package (package data: found wherever it is installed)."""
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
    colours = {key: data[key] for key in FIELDS if key in data}
    variables = {str(k): str(v) for k, v in data.get("variables", {}).items()}
    for value in [*colours.values(), *variables.values()]:
        if value.startswith("#"):
            Color.parse(value)
    return Theme(name=data["name"], dark=bool(data.get("dark", True)), variables=variables, **colours)


def load_themes(folder: Path = THEMES_DIR) -> tuple[list[Theme], list[str]]:
    """Every ``*.toml`` theme in ``folder``, and an error line for each file that failed."""
    themes, errors = [], []
    for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
        try:
            themes.append(theme_from_toml(path))
        except Exception as error:  # any broken file becomes a notification
            errors.append(f"theme {path.name}: {error}")
    return themes, errors


_styles: dict[tuple[str, str], Style] = {}


def theme_names(folder: Path = THEMES_DIR) -> list[str]:
    """Every theme ``--theme`` may name: those shipped in ``folder`` and Textual's own."""
    return sorted({theme.name for theme in load_themes(folder)[0]} | set(BUILTIN_THEMES))


def org_style(app: App[object], orgs: Sequence[str], org: str) -> Style:
    """The colour of an organization in the current theme (cached per theme)."""
    index = orgs.index(org) % len(OKABE_ITO) + 1 if org in orgs else len(OKABE_ITO)
    key = (app.theme, f"org-{index}")
    style = _styles.get(key)
    if style is None:
        variables = app.get_css_variables()  # the whole theme's: taken once for all its colours
        for n, fallback in enumerate(OKABE_ITO, 1):
            _styles[app.theme, f"org-{n}"] = Style(color=variables.get(f"org-{n}", fallback))
        style = _styles[key]
    return style
