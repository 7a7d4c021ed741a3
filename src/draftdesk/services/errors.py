"""The one error the services raise, and the guard that turns storage's errors into it."""

from __future__ import annotations

from collections.abc import Callable
from typing import ParamSpec, TypeVar

from draftdesk import storage
from draftdesk.signatures import Unsigned

_P = ParamSpec("_P")
_T = TypeVar("_T")


class ServiceError(Exception):
    """A request refused by the rules, or a folder that cannot be read; one clear line."""


def guarded(call: Callable[_P, _T], *args: _P.args, **kwargs: _P.kwargs) -> _T:
    """Run a storage (or signatures) call, turning its errors into a ServiceError with the same one line."""
    try:
        return call(*args, **kwargs)
    except (storage.StorageError, Unsigned) as err:
        raise ServiceError(str(err)) from None
    except OSError as err:
        raise ServiceError(f"{err.filename or args[0]}: {err.strerror or err}") from None
