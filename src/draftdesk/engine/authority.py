"""Which files of a draft are believed: signed by an organization allowed to do what they record.

A draft's organizations, their roles and their public keys come from its roster: one
:class:`Registration` file per act of the chair (``roster/<id>.toml``, never edited), the first
of them founding the draft (the chair registering itself, signed with the key it registers).
Amendments and decisions are believed when their seal is proven (:mod:`.seals`) and names
the organization that made them, and when that organization may do what they record (only the
chair accepts, rejects, reinstates, records base texts; only the author tables, withdraws or
revises). The base text is the signed record the draft was founded with, then each revision the
chair issued (:mod:`.revision_chain`); draft.toml is believed only as far as it is that founding
text, and otherwise reported. Anything else
changes nothing and is reported with its file name. A decision on an amendment not (yet) here
waits: it is kept, and the merge ignores it until the amendment arrives.

A draft with no roster predates signing: it is believed as found, and the first act on it founds
it, the founding registration listing the digests of the files it adopts as they were. A new key
registered for an organization replaces its old one (a delegation that made its own key no longer
shares one with the machine that founded the draft; two registered at once are a dispute the chair
settles, :mod:`.roster`); the registration adopts the organization's
acts signed until then, by digest, so they stay believed and the old key signs nothing new.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from draftdesk.engine import signing
from draftdesk.engine.amendments import ORDER, Amendment, Decision
from draftdesk.engine.model import Draft, Org
from draftdesk.engine.revision_chain import REVISIONS, RevisionRecord, carried, chain
from draftdesk.engine.roster import Registration, read_roster
from draftdesk.engine.seals import Sealing, authentic

DRAFT_FILE = "draft.toml"
CHAIR_ONLY = frozenset(("accept", "reject", "reinstate", ORDER))
AUTHOR_ONLY = frozenset(("table", "withdraw"))


@dataclass(frozen=True, slots=True)
class Rejected:
    """A file not believed, and why."""

    file: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.reason}"


@dataclass
class Believed:
    """What a load believes: the draft with its registered organizations, the acts it believes."""

    draft: Draft
    amendments: list[Amendment]
    decisions: list[Decision]
    keys: dict[str, frozenset[str]] = field(default_factory=dict)
    """Each organization's registered public key (a set: :func:`.seals.authentic` takes several)."""
    rejected: list[Rejected] = field(default_factory=list)
    revisions: list[RevisionRecord] = field(default_factory=list)
    """The base texts that stand, the founding one first, the current one last."""
    adopted: frozenset[str] = frozenset()
    """Digests of files believed as they are (registrations' ``adopted``)."""
    carried: list[Rejected] = field(default_factory=list)
    """Decisions the text that stands overrules (revision_chain.carried): acceptances it does not
    hold, applied to it; rejections and withdrawals of amendments it holds, set aside."""
    disputed: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Organizations registered at once with different keys (engine/roster.py), with those files."""
    standing: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Each organization's registrations no other replaces (engine/roster.py): what a new key replaces."""

    @property
    def founded(self) -> bool:
        return bool(self.keys)


def file_of(kind: str, record_id: str) -> str:
    return f"{kind}/{record_id}.toml"


def believe(
    draft: Draft,
    registrations: Sequence[Registration],
    amendments: Sequence[Amendment],
    decisions: Sequence[Decision],
    sealings: Mapping[str, Sealing],
    revisions: Sequence[RevisionRecord] = (),
) -> Believed:
    """What of a loaded folder is believed (module docstring); ``sealings`` by file (``file_of``)."""
    if not registrations:
        return Believed(draft, list(amendments), list(decisions))
    rejected: list[Rejected] = []
    orgs, keys, adopted, standing, disputed = read_roster(
        registrations, sealings, lambda f, why: rejected.append(Rejected(f, why))
    )
    if not keys:
        return Believed(replace(draft, orgs=[]), [], [], {}, rejected + _all(amendments, decisions))
    proven = authentic(sealings, keys)
    judge = Judge(orgs, keys, adopted, sealings, proven.__contains__)

    def text_why(record: RevisionRecord) -> str:
        why = judge.why_not(REVISIONS, record.id, record.by)
        if not why and not orgs[record.by].is_chair:
            why = f"{record.by} may not record a base text: it does not hold the chair"
        return why

    texts, left_out = chain(revisions, text_why)
    rejected += [Rejected(file_of(REVISIONS, record.id), why) for record, why in left_out]
    believed_draft = _draft(_base(draft, texts, rejected), orgs, rejected)
    kept, kept_decisions, refused = admit(judge, amendments, decisions)
    kept_decisions, carried = _carried(kept_decisions, texts)
    return Believed(
        believed_draft,
        kept,
        kept_decisions,
        keys,
        rejected + refused,
        texts,
        adopted,
        carried,
        disputed,
        standing,
    )


@dataclass(frozen=True, slots=True)
class Judge:
    """What a record file is judged by: the registered organizations and keys, the files adopted
    as they were, the files' seals, and whether a file's seal is proven."""

    orgs: Mapping[str, Org]
    keys: Mapping[str, frozenset[str]]
    adopted: frozenset[str]
    sealings: Mapping[str, Sealing]
    proven: Callable[[str], bool]

    def why_not(self, kind: str, record_id: str, actor: str) -> str:
        """Why the record in ``kind/<record_id>.toml``, by ``actor``, is not believed, or ""."""
        file = file_of(kind, record_id)
        found = self.sealings.get(file)
        if found is not None and found.digest in self.adopted:
            return ""
        if actor not in self.keys:
            return f"{actor} is not a registered organization of this draft"
        if not self.keys[actor]:
            return f"{actor}'s key is disputed: no act of it is believed until the chair registers one"
        if found is None or found.seal is None:
            return f"not signed (it says it is {actor}'s)"
        if found.seal.by != actor:
            return f"signed by {found.seal.by}, but it says it is {actor}'s"
        if not self.proven(file):
            return f"its signature is not made with {actor}'s registered key"
        return ""


def admit(
    judge: Judge,
    amendments: Sequence[Amendment],
    decisions: Sequence[Decision],
    known: Mapping[str, Amendment] | None = None,
) -> tuple[list[Amendment], list[Decision], list[Rejected]]:
    """The amendments and decisions believed, and the rest with why; ``known``: amendments
    believed already (the records are new files of a folder read before)."""
    rejected: list[Rejected] = []
    kept_amendments: dict[str, Amendment] = {}
    by_id = {**(known or {}), **{a.id: a for a in amendments}}
    for amendment in amendments:
        why = judge.why_not("amendments", amendment.id, amendment.author)
        old = by_id.get(amendment.supersedes)
        if not why and old is not None and old.author != amendment.author:
            why = f"it revises {old.id}, which is {old.author}'s, not {amendment.author}'s"
        if why:
            rejected.append(Rejected(file_of("amendments", amendment.id), why))
        else:
            kept_amendments[amendment.id] = amendment
    targets = {**(known or {}), **kept_amendments}
    kept_decisions = []
    for decision in decisions:
        why = judge.why_not("decisions", decision.id, decision.by) or _allowed(decision, targets, judge.orgs)
        if why:
            rejected.append(Rejected(file_of("decisions", decision.id), why))
        else:
            kept_decisions.append(decision)
    return list(kept_amendments.values()), kept_decisions, rejected


def admit_new(
    believed: Believed,
    amendments: Sequence[Amendment],
    decisions: Sequence[Decision],
    sealings: Mapping[str, Sealing],
    known: Mapping[str, Amendment],
) -> tuple[list[Amendment], list[Decision], list[Rejected]]:
    """New files of a folder read before (``believed``: its roster), judged as a load judges
    them, each new file's signature verified on its own (a new file heads its chain)."""
    if not believed.founded:
        return list(amendments), list(decisions), []
    keys = believed.keys

    def proven(file: str) -> bool:
        seal = sealings[file].seal
        return (
            seal is not None
            and seal.key in keys.get(seal.by, ())
            and signing.verify(seal.key, seal.signature, seal.signed)
        )

    orgs = {org.code: org for org in believed.draft.orgs}
    kept, kept_decisions, rejected = admit(
        Judge(orgs, keys, believed.adopted, sealings, proven), amendments, decisions, known
    )
    return kept, _carried(kept_decisions, believed.revisions)[0], rejected


def _carried(
    decisions: list[Decision], texts: Sequence[RevisionRecord]
) -> tuple[list[Decision], list[Rejected]]:
    """The decisions with each acceptance the standing text does not hold applied to it, and those
    so carried (:func:`.revision_chain.carried`); as they are when no base text is signed."""
    if not texts:
        return decisions, []
    kept, moved = carried(decisions, texts[-1])
    return kept, [Rejected(file_of("decisions", decision.id), why) for decision, why in moved]


def _base(draft: Draft, texts: Sequence[RevisionRecord], rejected: list[Rejected]) -> Draft:
    """The current base text: the last of ``texts`` (draft.toml, the text as found, must be the
    first); draft.toml itself, reported, when no founding text was signed."""
    if not texts:
        why = (
            f"not signed: no founding text in {REVISIONS}/ (founded before base texts were signed); "
            "the next act taken where the chair's key is held records it, as it stands"
        )
        rejected.append(Rejected(DRAFT_FILE, why))
        return draft
    if texts[0].draft != draft:
        why = f"not the text the draft was founded with: {file_of(REVISIONS, texts[0].id)} is believed"
        rejected.append(Rejected(DRAFT_FILE, why))
    return texts[-1].draft


def _allowed(decision: Decision, amendments: Mapping[str, Amendment], orgs: Mapping[str, Org]) -> str:
    """Why ``decision.by`` may not take this decision, or ""."""
    by, action = decision.by, decision.action
    if action in CHAIR_ONLY and not orgs[by].is_chair:
        return f"{by} may not {action}: it does not hold the chair"
    target = amendments.get(decision.amendment)
    if target is None:
        return ""  # waits for its amendment
    if action in AUTHOR_ONLY and by != target.author:
        return f"{by} may not {action} {target.id}: it is {target.author}'s"
    if action == "cosponsor" and by == target.author:
        return f"{by} may not co-sponsor its own amendment {target.id}"
    return ""


def _draft(draft: Draft, orgs: Mapping[str, Org], rejected: list[Rejected]) -> Draft:
    """The draft with the registered organizations (colours as draft.toml gives them); what
    draft.toml says of organizations beyond that is reported and ignored."""
    written = {org.code: org for org in draft.orgs}
    for code, org in written.items():
        if code not in orgs:
            rejected.append(Rejected(DRAFT_FILE, f"organization {code} has no signed registration"))
        elif set(org.roles) != set(orgs[code].roles):
            rejected.append(Rejected(DRAFT_FILE, f"the roles of {code} are not the registered ones"))
    listed = [replace(orgs[o.code], colour=o.colour) for o in draft.orgs if o.code in orgs]
    listed += [org for code, org in orgs.items() if code not in written]
    return replace(draft, orgs=listed)


def _all(amendments: Iterable[Amendment], decisions: Iterable[Decision]) -> list[Rejected]:
    why = "the draft's roster has no valid founding registration"
    return [Rejected(file_of("amendments", a.id), why) for a in amendments] + [
        Rejected(file_of("decisions", d.id), why) for d in decisions
    ]
