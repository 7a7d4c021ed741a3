"""Storage: the only code that touches files (docs/architecture.md, "Storage contract").

Reads with rtoml (fast; tomllib says where a file is wrong), writes with tomlkit (keeps what people wrote by
hand), every write atomic, amendments and decisions created exclusively.
``write_file`` is the same atomic write for any other file (an export).
"""

from .atomic import replace as write_file
from .errors import StorageError
from .locking import locked
from .locking import prepare as prepare_writes
from .lookup import locate
from .reading import Stored, load, load_draft
from .writing import add_amendment, add_decision, archive_revision, create, save_draft

__all__ = [
    "StorageError",
    "Stored",
    "add_amendment",
    "add_decision",
    "archive_revision",
    "create",
    "load",
    "load_draft",
    "locate",
    "locked",
    "prepare_writes",
    "save_draft",
    "write_file",
]
