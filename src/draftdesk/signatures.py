"""Who may act: the key each act is signed with, a draft's founding, registering keys.

The services call :func:`signer` before they write: the acting organization must have a key
registered in the draft, and this user must hold it (``draftdesk keys``); otherwise the act is
refused in one line. What a load believes is :func:`believed` (rules in
:mod:`draftdesk.engine.authority`). A draft with no roster yet (made before acts were signed, or
a sample just copied) is founded by the first act on it: this machine makes a key for each of
its organizations and the chair registers them all and signs the text as found (the founding
text, engine/revision_chain.py), so one machine running the whole meeting, the sample and the
tests need no set-up. :func:`found` does the same for a draft just imported.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from draftdesk import storage
from draftdesk.engine.amendments import Amendment, Decision
from draftdesk.engine.authority import DRAFT_FILE, Believed, Rejected, admit_new, believe, file_of
from draftdesk.engine.lost_decisions import lost, lost_revisions
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Draft
from draftdesk.engine.revision_chain import RevisionRecord
from draftdesk.engine.roster import Registration
from draftdesk.engine.seals import Signer
from draftdesk.storage import keystore

TICK = timedelta(microseconds=1)
"""Between records written at one moment, so their (at, id) order is the order written."""
DECISIONS = "decisions"
AMENDMENTS = "amendments"


class Unsigned(Exception):
    """An act this machine cannot sign (no key held, no such organization); one clear line."""


def believed(stored: storage.Stored) -> Believed:
    """What a loaded folder is believed to hold (see :mod:`draftdesk.engine.authority`), with this
    user's own private drafts (storage/private.py: only this user wrote them)."""
    found = believe(
        stored.draft,
        stored.registrations,
        stored.amendments,
        stored.decisions,
        stored.sealings,
        stored.revisions,
    )
    shared = {amendment.id for amendment in stored.amendments}
    found.amendments += [a for a in stored.private_amendments if a.id not in shared]
    found.decisions += stored.private_decisions
    return found


def admitted(
    roster: Believed, new: storage.NewRecords, known: Mapping[str, Amendment]
) -> tuple[list[Amendment], list[Decision], list[Rejected]]:
    """Files just added to a folder read before (the TUI's watcher), judged as a load judges them:
    ``roster`` is the folder's, with its base texts (:func:`roster`), ``known`` the amendments
    believed so far."""
    return admit_new(roster, new.amendments, new.decisions, new.sealings, known)


def roster(folder: Path, *, texts: bool = False) -> Believed:
    """The draft with its registered organizations and keys, without reading its amendments; with
    ``texts``, its base texts too (which stands), so that a decision judged on it is carried to the
    standing text as a whole load carries it (:func:`admitted`)."""
    draft, registrations, sealings = storage.load_roster(folder)
    revisions = storage.load_texts(folder, draft.slug, sealings) if texts else ()
    return believe(draft, registrations, (), (), sealings, revisions)


def current_draft(folder: Path) -> Draft:
    """draft.toml with the organizations the roster registers (``orgs``, ``--as`` checks)."""
    return roster(folder).draft


def held_here(folder: Path) -> tuple[Draft, frozenset[str]]:
    """The draft with its organizations, and the codes of those this user can act as here: each
    whose registered key it holds; on a draft not yet founded, every one (its first act makes their
    keys here, or, with no chair to found it, acts stay unsigned)."""
    current = roster(folder)
    if not current.founded:
        return current.draft, frozenset(org.code for org in current.draft.orgs)
    held = {org for org, publics in current.keys.items() if any(keystore.find(p) for p in publics)}
    return current.draft, frozenset(held)


class Verdict(NamedTuple):
    """What ``verify`` finds: whether the draft's acts are signed, every file not believed (unreadable
    ones first), and every decision (or revision of an amendment) believed whose effect is not what it
    says (engine/lost_decisions.py) or that applies to a base text other than its own
    (engine/revision_chain.py)."""

    founded: bool
    rejected: list[Rejected]
    lost: list[Rejected]


def verify(folder: Path) -> Verdict:
    """The :class:`Verdict` on a draft folder."""
    return verdict(folder, storage.load(folder))


def verdict(folder: Path, stored: storage.Stored, found: Believed | None = None) -> Verdict:
    """The :class:`Verdict` on what was read of ``folder`` (``found``: what of it is believed, if known)."""
    found = found or believed(stored)
    unread = [Rejected(_relative(error.path, folder), error.message) for error in stored.skipped]
    neg = Negotiation(found.draft, found.amendments, found.decisions)
    carried = {c.file: c.reason for c in found.carried}
    overruled = {file_of(DECISIONS, d.id): why for d, why in lost(found.decisions, neg)}
    overruled |= {file_of(AMENDMENTS, a.id): why for a, why in lost_revisions(found.amendments, neg)}
    accepting = {file_of(DECISIONS, d.id) for d in found.decisions if d.action == "accept"}
    effects = []
    for file in sorted(carried.keys() | overruled.keys()):
        said = [carried[file]] if file in carried else []
        if file in overruled:
            said.append(overruled[file])
        elif file in accepting:  # carried to the standing text, where it holds its words
            said.append("its words are in the agreed text")
        effects.append(Rejected(file, "; ".join(said)))
    return Verdict(found.founded, unread + found.rejected, effects)


def left_out(folder: Path, stored: storage.Stored, found: Believed) -> dict[str, str]:
    """Each record file (``kind/<id>.toml``) of the folder not believed or not readable, with why; but
    not a registration in a dispute (the chair settles it), nor a record of a newer format (a newer
    build believes it)."""
    disputed = {file for files in found.disputed.values() for file in files}
    files = {r.file: r.reason for r in found.rejected if storage.record_file(r.file)}
    for problem in stored.skipped:
        if not isinstance(problem, storage.NewerRecord):
            files[_relative(problem.path, folder)] = problem.message
    return {file: why for file, why in files.items() if storage.record_file(file) and file not in disputed}


def draft_file_edited(found: Believed) -> bool:
    """Whether draft.toml is not believed (edited by hand) while the signed text it should be is
    known: ``verify --set-aside`` can then write that text back (services/setting_aside.py)."""
    return bool(found.revisions) and any(r.file == DRAFT_FILE for r in found.rejected)


def _relative(path: Path, folder: Path) -> str:
    try:
        return str(Path(path).relative_to(folder))
    except ValueError:
        return str(path)


def signer(folder: Path, org: str) -> Signer | None:
    """How ``org`` signs its next act here; Unsigned if this user holds none of its registered keys.

    A draft not yet founded is founded first; None only for one that cannot be (no organization
    holds the chair): its acts stay unsigned, as every act was before.
    """
    return acting(folder, org)[0]


def acting(folder: Path, org: str) -> tuple[Signer | None, Believed]:
    """:func:`signer`, with the roster it was found in (the draft as believed, the keys)."""
    current = roster(folder)
    if not current.founded:
        founded = found(folder)
        if founded is None:
            return None, current
        current = founded
    if org in current.disputed:
        raise Unsigned(
            f"{org}'s key is disputed ({', '.join(current.disputed[org])}: registered at once with "
            f"different keys): the chair keeps one with draftdesk keys register DRAFT {org} roster/….toml"
        )
    for public in sorted(current.keys.get(org, ())):
        key = keystore.find(public)
        if key is not None:
            return Signer(org, key.public, key.private), current
    if org not in current.keys:
        raise Unsigned(current.draft.unknown(org))
    raise Unsigned(
        f"you do not hold {org}'s key for this draft: bring it here (draftdesk keys import FILE), "
        f"or make one (draftdesk keys new {org}) for the chair to register"
    )


def found(folder: Path) -> Believed | None:
    """Found a draft with no roster: a key made here for each organization, registered by the chair
    (the first organization holding it), the files already there adopted as they are, draft.toml
    signed as the founding text. None if no organization holds the chair."""
    stored = storage.load(folder)
    draft = stored.draft
    chair = next(iter(draft.chair), None)
    if chair is None or stored.registrations:
        return None if chair is None else believed(stored)
    own = keystore.identities()
    made = {org.code: keystore.to_register(org.code, draft.slug, own) for org in draft.orgs}
    adopted = tuple(sorted(s.digest for s in stored.sealings.values() if s.seal is None))
    by = Signer(chair, made[chair].public, made[chair].private)
    for registration in founding(draft, {code: key.public for code, key in made.items()}, adopted):
        storage.add_registration(folder, registration, by)
    storage.add_revision(folder, founding_text(draft, chair), by)
    return roster(folder)


def sign_base_text(folder: Path) -> None:
    """Record draft.toml, as it stands, as the founding text of a draft founded before base texts
    were signed (it has a roster but no ``revisions/<id>.toml``), when this user holds the chair's
    key: the upgrade of such a folder, taken by the first act on it here (the caller holds the
    lock). Until then verify names draft.toml as not signed and says so. It also completes a founding
    cut short (:func:`found` writes the text last): the organizations draft.toml lists and the roster
    does not are registered first, as that founding would have."""
    if storage.text_ids(folder):
        return
    current = roster(folder)
    chair = next(iter(current.draft.chair), None)
    if not current.founded or chair is None:
        return
    held = [key for key in map(keystore.find, sorted(current.keys.get(chair, ()))) if key is not None]
    if held:
        by = Signer(chair, held[0].public, held[0].private)
        draft = storage.load_draft(folder)
        own, now = keystore.identities(), datetime.now(UTC)
        for n, org in enumerate(org for org in draft.orgs if org.code not in current.keys):
            public = keystore.to_register(org.code, draft.slug, own).public
            at = now + n * TICK
            registration = Registration(
                record_id(chair, at), chair, at, org.code, public, org.name, org.roles
            )
            storage.add_registration(folder, registration, by)
        storage.add_revision(folder, founding_text(draft, chair), by)


def founding_text(draft: Draft, chair: str) -> RevisionRecord:
    """The record of ``draft`` as found (draft.toml), by the chair founding it, to be sealed by it."""
    now = datetime.now(UTC)
    return RevisionRecord(record_id(chair, now), chair, now, "", draft)


def founding(draft: Draft, publics: Mapping[str, str], adopted: Sequence[str] = ()) -> list[Registration]:
    """The registrations that found ``draft``: its first chair registering itself (adopting the
    files by digest), then every other organization, each with its public key in ``publics``; all
    by the chair, to be sealed with its key."""
    chair = draft.chair[0]
    now = datetime.now(UTC)
    ordered = sorted(draft.orgs, key=lambda org: org.code != chair)
    return [
        Registration(
            record_id(chair, now),
            chair,
            now + n * TICK,
            org.code,
            publics[org.code],
            org.name,
            org.roles,
            tuple(adopted) if n == 0 else (),
        )
        for n, org in enumerate(ordered)
    ]


def record_id(org: str, now: datetime) -> str:
    """``ORG-YYYYMMDDTHHMMSS`` and 8 random hex digits: sortable by time, unique."""
    return f"{org}-{now:%Y%m%dT%H%M%S}{secrets.token_hex(4)}"
