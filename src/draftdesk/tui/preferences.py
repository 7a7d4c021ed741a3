"""The user's own settings (the theme, how changes and authors read), in their config file, written
with tomlkit.

``$DRAFTDESK_CONFIG_DIR``, else ``$XDG_CONFIG_HOME/draftdesk``, else ``~/.config/draftdesk``,
holds ``config.toml``. Only the keys that change are assigned, so a hand-edited file keeps its
comments and its other keys. A file that cannot be read or written is reported, never fatal.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import TypeVar

Value = TypeVar("Value", str, bool)
NO_STRIKE_TERMINALS = ("linux", "dumb", "vt", "cons25", "sun", "ansi")
"""``$TERM`` prefixes of terminals known to draw no strikethrough (the Linux console, VT100s…)."""


def config_file() -> Path:
    folder = os.environ.get("DRAFTDESK_CONFIG_DIR")
    if not folder:
        base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
        folder = str(Path(base) / "draftdesk")
    return Path(folder) / "config.toml"


def remembered(key: str, default: Value) -> Value:
    """The value the user chose last for ``key`` (``default`` if none, if it is of another type, or
    if the file cannot be read)."""
    try:
        data = tomllib.loads(config_file().read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return default
    value = data.get(key, default)
    return value if type(value) is type(default) else default


def remember(key: str, value: str | bool) -> None:
    """Keep ``value`` for ``key``; raises OSError or a tomlkit error if it cannot be written."""
    import tomlkit

    path = config_file()
    document = tomlkit.parse(path.read_text(encoding="utf-8")) if path.exists() else tomlkit.document()
    if document.get(key) == value:
        return
    document[key] = value
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(tomlkit.dumps(document), encoding="utf-8")
    temporary.replace(path)


def marks_by_default() -> bool:
    """Whether changes carry [-old-]{+new+} marks when neither ``--marks`` nor the config says: only
    where ``$TERM`` names a terminal known to draw no strikethrough."""
    return os.environ.get("TERM", "").startswith(NO_STRIKE_TERMINALS)
