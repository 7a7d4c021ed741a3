"""Storage: the only code that touches files (docs/architecture.md, "Storage contract").

Reads with tomllib (fast), writes with tomlkit (keeps what people wrote by
hand), every write atomic, amendments and decisions created exclusively.
"""

from .errors import StorageError
from .folder import (
    Stored,
    add_amendment,
    add_decision,
    archive_revision,
    create,
    load,
    save_draft,
)
from .locate import locate

__all__ = [
    "StorageError",
    "Stored",
    "add_amendment",
    "add_decision",
    "archive_revision",
    "create",
    "load",
    "locate",
    "save_draft",
]
