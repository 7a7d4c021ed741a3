"""Which of the main screen's keys the organization one acts as may press now, and why not the others.

The services refuse what a role may not do whatever the keys offer: these only keep the
footer and the help honest, and turn a refused key into one line saying why.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.binding import Binding, BindingType

from draftdesk.tui.session import CHAIR_DECISIONS, CHAIR_ONLY, Session

ROLE_KEYS = "TwsaruNcR"
"""Keys that depend on the role one acts as, or on whose the current amendment is and its status."""
GUARDED = frozenset({"decide", "queue", "issue_revision", "revise"})
"""Actions offered or not depending on the role and the current amendment."""
DEPENDING_ON_CURRENT = (
    ("decide", ("table",)),
    ("decide", ("withdraw",)),
    ("decide", ("cosponsor",)),
    ("decide", ("accept",)),
    ("decide", ("reject",)),
    ("decide", ("reinstate",)),
    ("revise", ()),
)
"""Actions offered or not depending on the current amendment (is it one's own? is it pending?)."""


def parsed(binding: Binding) -> tuple[str, tuple[str, ...]]:
    """A binding's action and its parameters: ``decide('accept')`` is ("decide", ("accept",))."""
    action, _, args = binding.action.partition("(")
    return action, tuple(arg.strip("')") for arg in args.rstrip(")").split(",") if arg)


def allowed(session: Session, action: str, parameters: tuple[object, ...], current: str) -> bool:
    """Whether a key for ``action`` is offered now (keys of no role are always offered)."""
    return action not in GUARDED or session.may(action, parameters, current)


def offered(session: Session, current: str) -> tuple[bool, ...]:
    """Which of the keys depending on the current amendment are offered: the footer changes with it."""
    return tuple(
        session.may(action, parameters, current=current) for action, parameters in DEPENDING_ON_CURRENT
    )


def help_rows(bindings: Iterable[BindingType], session: Session) -> list[tuple[str, str]]:
    """Each described key this organization may press (those of the current amendment's author as
    well), and what it does."""
    rows: dict[str, str] = {}
    for binding in bindings:
        if not isinstance(binding, Binding) or not binding.description or binding.key in rows:
            continue  # a key the screen binds and the app binds too is listed once, as the screen's
        action, parameters = parsed(binding)
        chair_only = action in CHAIR_ONLY or bool(CHAIR_DECISIONS.intersection(parameters[:1]))
        if chair_only and not session.is_chair:
            continue
        rows[binding.key] = binding.tooltip or binding.description  # the key bar's words are shorter
    return [(key.replace("question_mark", "?").replace("slash", "/"), what) for key, what in rows.items()]


def refusal(bindings: Iterable[BindingType], key: str, session: Session, current: str) -> str:
    """One line saying why ``key`` is not this organization's to press now."""
    binding = next(b for b in bindings if isinstance(b, Binding) and b.key == key)
    action, parameters = parsed(binding)
    return session.why_not(action, parameters, current)
