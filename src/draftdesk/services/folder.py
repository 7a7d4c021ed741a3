"""A draft folder as the services use it: loaded and merged, written by one writer at a time."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import ParamSpec, TypeVar

from draftdesk import storage
from draftdesk.engine.merge import Negotiation
from draftdesk.services.errors import ServiceError, guarded

_P = ParamSpec("_P")
_T = TypeVar("_T")


def negotiation(folder: Path) -> Negotiation:
    """Load a draft folder and merge it."""
    return load(folder)[1]


def load(folder: Path) -> tuple[storage.Stored, Negotiation]:
    """The folder's records as read, and merged."""
    stored = guarded(storage.load, folder)
    return stored, Negotiation(stored.draft, stored.amendments, stored.decisions)


def one_writer(service: Callable[_P, _T]) -> Callable[_P, _T]:
    """Run a check-then-write service holding the folder's lock (storage.locked says why)."""

    @wraps(service)
    def serialised(*args: _P.args, **kwargs: _P.kwargs) -> _T:
        try:
            with storage.locked(args[0]):  # type: ignore[arg-type]
                return service(*args, **kwargs)
        except storage.StorageError as err:  # the lock itself (the body's storage calls are guarded)
            raise ServiceError(str(err)) from None

    return serialised
