"""The DraftDesk App: loads the negotiation, registers the themes, shows the main screen (main_screen.py).

No key press or dialog answer ever shows a traceback: every action runs through
``run_action`` and every dialog's answer through the callback given to
``push_screen``; both are guarded here, once, and a failure becomes a notification.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual.actions import ActionParseResult
from textual.app import App
from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.notifications import SeverityLevel
from textual.screen import Screen

from draftdesk.engine.inert import inert
from draftdesk.engine.merge import Negotiation
from draftdesk.tui import heap, preferences, screens
from draftdesk.tui.loading import Loader, load_negotiation
from draftdesk.tui.main_screen import MainScreen
from draftdesk.tui.palette import DraftCommands
from draftdesk.tui.session import Session
from draftdesk.tui.themes import READABLE_BUILTINS, Themes, load_themes, offer_readable

if TYPE_CHECKING:
    from draftdesk.tui.screens.acting_as import ActingAsScreen


class DraftDeskApp(App[None]):
    """One negotiation, seen as ``acting_as``; every action goes through draftdesk.services."""

    CSS_PATH = Path(__file__).with_name("app.tcss")
    COMMANDS = App.COMMANDS | {DraftCommands}
    TITLE = "DraftDesk"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", show=False),  # the main screen shows it first
        Binding("q", "quit", "Quit"),
        # Focus moves as the App reads the key, before it reads the next: Textual's own tab binding
        # (the screen's) runs only once the key has bubbled up from the focused widget, so keys
        # sent right after it (tmux, a macro) landed in the field being left.
        Binding(
            "tab",
            "focus_next",
            "Next field",
            show=False,
            priority=True,
            tooltip="In a dialog: the next field or button (shift+tab: the one before)",
        ),
        Binding("shift+tab", "focus_previous", show=False, priority=True),  # in tab's line of the help
    ]

    def __init__(
        self,
        folder: Path,
        acting_as: str,
        loader: Loader = load_negotiation,
        watch: bool = True,
        theme_folders: tuple[Path, ...] = (),
        theme: str = "",
        loaded: Negotiation | None = None,
        marks: bool | None = None,
        themes: Themes | None = None,
    ) -> None:
        """``acting_as``: an organization's code, or "" to ask first (screens.ActingAsScreen: a browser
        session of ``draftdesk serve``). ``theme``: the one to show (``--theme``), else the one the
        user chose last, else the first of ``theme_folders`` (default: the shipped and ./themes); a
        theme picked while running is remembered (preferences.py). ``loaded``: the folder as the
        caller has just loaded it with ``loader``. ``marks``: changes marked [-old-]{+new+} or not
        (``--marks``), else as the user last left them (reading.py). ``themes``: the theme files as
        the caller has just read them from ``theme_folders``."""
        super().__init__()
        self.folder, self.loader, self.watch, self.marks = folder, loader, watch, marks
        self.main: MainScreen | None = None
        """The draft's screen, once the organization acted as is known (``session`` with it)."""
        readable, errors = themes or load_themes(*theme_folders)
        self.theme_errors = list(errors)
        for found in readable:
            self.register_theme(found)
        names = [t.name for t in readable]
        offered = {*names, *READABLE_BUILTINS}
        wanted = theme or preferences.remembered("theme", "")
        if wanted and wanted not in offered:
            self.theme_errors.append(f"no theme {wanted!r}; themes: {', '.join(sorted(offered))}")
        chosen = wanted if wanted in offered else (names[0] if names else "")
        if chosen:  # before the stylesheet is first built: once mounted, it is built again
            self.theme = chosen
        offer_readable(self)
        if acting_as:
            self._act_as(acting_as, loaded)

    def _act_as(self, acting_as: str, loaded: Negotiation | None = None) -> MainScreen:
        """Load the folder (unless ``loaded``) and build the main screen as ``acting_as``."""
        neg = loaded if loaded is not None else self.loader(self.folder)
        self.session: Session = Session(self.folder, acting_as, neg)
        heap.settle()  # before the screen is built: the collector would walk the whole state first
        self.main = MainScreen(self.session, self.loader, self.watch, self.marks)
        return self.main

    def get_default_screen(self) -> Screen[Any]:
        if self.main is not None:
            return self.main
        from draftdesk import signatures

        return screens.ActingAsScreen(*signatures.held_here(self.folder))

    def on_acting_as_screen_chosen(self, chosen: ActingAsScreen.Chosen) -> None:
        """The organization is picked: its draft screen goes over the question (Textual cannot switch
        away from the first screen), loaded now, not when the question was shown: someone may have
        acted meanwhile."""
        self.push_screen(self._act_as(chosen.code))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Help and the command palette are about the draft screen: not there before it."""
        return self.main is not None or action not in {"help", "command_palette"}

    def on_mount(self) -> None:
        for error in self.theme_errors:
            self.notify(error, severity="error", title="Theme")

    def watch_theme(self, theme: str) -> None:
        """A theme picked while running (the palette) is remembered for the next start."""
        if not self.is_running:
            return  # the one set at start is not the user's pick
        try:
            preferences.remember("theme", theme)
        except Exception as error:  # an unwritable config is said, not fatal
            self.notify(f"theme not remembered: {error}", severity="warning", title="Theme")

    def on_unmount(self) -> None:
        heap.restore()

    def action_help(self) -> None:
        session, shown = self.session, self.main.shown
        role = "the chair" if session.is_chair else "a delegation"
        about = f"{shown.title()} · Rev.{session.neg.draft.revision}"
        if shown.no_key:
            about += f"\nYou do not hold {session.acting_as}'s key here: you can read, not act."
        role_line = f" · acting as {session.acting_as}, {role}"
        self.push_screen(screens.HelpScreen(self.main.help_rows(), role_line, about))

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Every notification, made inert and read as plain text whatever ``markup`` says (a widget's
        notify passes True): they quote amendments, reasons and what users typed, where
        "[bracketed text]" would vanish as a style, "[/]" be a markup error and "[@click=…]" an action."""
        super().notify(inert(message), title=inert(title), severity=severity, timeout=timeout, markup=False)

    # -- failures become notifications ---------------------------------------
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


def run(
    folder: Path,
    acting_as: str,
    theme: str = "",
    loaded: Negotiation | None = None,
    marks: bool | None = None,
    themes: Themes | None = None,
) -> None:
    """Open the draft folder in the terminal as ``acting_as`` (an org code; "": ask which), in
    ``theme`` if given, with change ``marks`` if given; ``loaded``: the folder as just loaded
    (``load_negotiation``); ``themes``: the shipped and the user's theme files as just read
    (``load_themes``)."""
    DraftDeskApp(folder, acting_as, theme=theme, loaded=loaded, marks=marks, themes=themes).run()
