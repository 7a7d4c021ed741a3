"""No key press ever shows a traceback: a failure becomes a notification.

Every binding runs through ``App.run_action``, and every dialog's answer
through the callback given to ``push_screen``; both are guarded here, once,
rather than with a try in each action.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from textual.actions import ActionParseResult
from textual.app import App
from textual.dom import DOMNode


class Guarded(App[None]):
    """An App whose actions and dialog callbacks report failures instead of crashing."""

    def report(self, error: Exception) -> None:
        self.notify(f"{type(error).__name__}: {error}", severity="error", title="That did not work")

    async def run_action(
        self,
        action: str | ActionParseResult,
        default_namespace: DOMNode | None = None,
        namespaces: Mapping[str, DOMNode] | None = None,
    ) -> bool:
        """Every key press lands here."""
        try:
            return await super().run_action(action, default_namespace, namespaces)
        except Exception as error:
            self.report(error)
            return True

    def push_screen(self, screen: Any, callback: Any = None, wait_for_dismiss: bool = False) -> Any:  # type: ignore[override]
        """As Textual's; what a dialog's answer sets off is guarded like a key press."""
        return super().push_screen(screen, self._guarded(callback) if callback else None, wait_for_dismiss)

    def _guarded(self, callback: Callable[[Any], object]) -> Callable[[Any], None]:
        def guarded(result: Any) -> None:
            try:
                callback(result)
            except Exception as error:
                self.report(error)

        return guarded
