"""The checks every service shares: a known organization, the chair, an amendment in a given status."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from draftdesk.engine.amendments import Amendment, Decision
from draftdesk.engine.causes import just_now
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Org
from draftdesk.services.errors import ServiceError


def org(neg: Negotiation, code: str) -> Org:
    """The organization ``code`` names; refused if the draft does not know it."""
    found = neg.draft.org(code)
    if found is None:
        raise ServiceError(neg.draft.unknown(code))
    return found


def chair(neg: Negotiation, by: str, what: str) -> None:
    """Refuse ``what`` unless ``by`` holds the chair."""
    if not org(neg, by).is_chair:
        raise ServiceError(f"only the chair may {what}; {by} does not hold the chair")


def amendment(neg: Negotiation, ref: str) -> Amendment:
    """An amendment by id, or by a prefix of its id that names only one."""
    ref = ref.strip()
    if ref in neg.amendments:
        return neg.amendments[ref]
    found = [aid for aid in neg.amendments if ref and aid.startswith(ref)]
    if len(found) == 1:
        return neg.amendments[found[0]]
    if found:
        raise ServiceError(f"{ref!r} names {len(found)} amendments: give more of the id")
    raise ServiceError(f"no amendment {ref!r} in this draft")


def require(
    neg: Negotiation, aid: str, allowed: tuple[str, ...], done: str, history: Iterable[Decision] = ()
) -> None:
    """Refuse unless the amendment's status is in ``allowed``; ``done`` names the request in the message.

    ``history`` (the decisions ``neg`` was merged from) lets a refusal that another act has just
    caused say so.
    """
    state = neg.state(aid)
    if state.status in allowed:
        return
    cause = just_now(neg, aid, history, datetime.now(UTC))
    if cause:
        raise ServiceError(f"{cause}: it cannot be {done}")
    reason = neg.fall_reason(aid)
    why = f" ({reason})" if reason else ""
    if state.status == "draft":
        why = " (a private draft: its author must table it first)"
    raise ServiceError(f"{aid} is {state.status}{why}: it cannot be {done}")
