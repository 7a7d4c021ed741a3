"""The user's own settings (the theme chosen), in their config file, written with tomlkit.

``$DRAFTDESK_CONFIG_DIR``, else ``$XDG_CONFIG_HOME/draftdesk``, else ``~/.config/draftdesk``,
holds ``config.toml``. Only the keys that change are assigned, so a hand-edited file keeps its
comments and its other keys. A file that cannot be read or written is reported, never fatal.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path


def config_file() -> Path:
    folder = os.environ.get("DRAFTDESK_CONFIG_DIR")
    if not folder:
        base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
        folder = str(Path(base) / "draftdesk")
    return Path(folder) / "config.toml"


def remembered_theme() -> str:
    """The theme the user chose last ("" if none, or if the file cannot be read)."""
    try:
        data = tomllib.loads(config_file().read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return ""
    theme = data.get("theme", "")
    return theme if isinstance(theme, str) else ""


def remember_theme(name: str) -> None:
    """Keep ``name`` as the user's theme; raises OSError or a tomlkit error if it cannot be written."""
    import tomlkit

    path = config_file()
    document = tomlkit.parse(path.read_text(encoding="utf-8")) if path.exists() else tomlkit.document()
    if document.get("theme") == name:
        return
    document["theme"] = name
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(tomlkit.dumps(document), encoding="utf-8")
    temporary.replace(path)
