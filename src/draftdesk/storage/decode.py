"""Parsed TOML tables → model objects, checked on the way.

Loading thousands of files must cost little more than parsing them (issue 3 §7),
so each table is checked in one pass over its items (exact ``type(...) is``
tests, no per-field helpers), then built by the model's constructors. A problem
raises :class:`Invalid`, which knows the table, entry and key; the loader, which
holds the raw text, turns it into a :class:`StorageError` with a line number.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from draftdesk.engine.amendments import ACTIONS, OP_KINDS, ORDER, Amendment, Decision, Op
from draftdesk.engine.model import PARAGRAPH_KINDS, Draft, Footnote, Org, Paragraph

Table = dict[str, Any]
Types = dict[str, type]

TYPE_NAMES = {str: "a string", int: "an integer", bool: "true or false", list: "a list",
              dict: "a table", datetime: "a date and time"}  # fmt: skip
LAYOUTS = frozenset(("conclusions", "un-resolution"))
KINDS = frozenset(PARAGRAPH_KINDS)
DECISION_ACTIONS = (*ACTIONS, ORDER)
ACTION_SET = frozenset(DECISION_ACTIONS)

DRAFT: Types = {"title": list, "doc_type": str, "authoring": str, "place_date": str, "layout": str,
                "revision": int, "metadata": dict, "orgs": list, "paragraphs": list, "issued_by": str,
                "issued_at": datetime, "fallen": dict, "title_authors": list}  # fmt: skip
ORG: Types = {"code": str, "name": str, "colour": str, "roles": list}
PARAGRAPH: Types = {"id": str, "kind": str, "text": str, "parent": str, "part": str, "footnotes": list,
                     "authors": list}  # fmt: skip
FOOTNOTE: Types = {"mark": str, "text": str}
AMENDMENT: Types = {"id": str, "author": str, "ops": list, "created": datetime, "base_revision": int,
                    "cosponsors": list, "rationale": str, "supersedes": str, "private": bool, "symbol": str,
                    "written": str, "cited": dict}  # fmt: skip
OP: Types = {name: str for name in ("kind", "target", "base_text", "patch", "after", "new_id", "new_kind",
                                    "parent", "text")} | {"notes": list, "needs": list}  # fmt: skip
DECISION: Types = {"id": str, "amendment": str, "action": str, "by": str, "at": datetime, "revision": int,
                   "note": str, "before": str, "parts": list}  # fmt: skip
ORG_REQUIRED = ("code", "name")
PARAGRAPH_REQUIRED = ("id", "kind", "text")
FOOTNOTE_REQUIRED = ("mark", "text")
AMENDMENT_REQUIRED = ("id", "author", "created", "ops")
DECISION_REQUIRED = ("id", "amendment", "action", "by", "at")
"""Keys a table must have: the writer keeps them even when empty, and leaves out other empty values."""
OP_REQUIRED = {
    "modify": ("target", "patch"),
    "insert": ("new_id", "new_kind"),
    "delete": ("target",),
    "move": ("target",),
}
"""Keys an op of each kind must have, not empty."""
assert OP_REQUIRED.keys() == set(OP_KINDS)


FORMAT = 3
"""The newest record format this build reads. A file needing more than format 1 (what every build
since records were signed reads) says so at its top (``format = 2``): a registration naming what it
replaces; ``format = 3``: an acceptance of some parts of an amendment (an older build would read it
as accepting the whole). A build meeting a format above its own leaves the file out, saying to update
DraftDesk (docs/trust.md, "Formats")."""


class Invalid(Exception):
    """A content problem in table ``table`` (its ``index``-th entry), at ``key`` when known."""

    def __init__(
        self, message: str, table: str | None = None, index: int = 0, key: str | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.table = table
        self.index = index
        self.key = key


class NewerFormat(Invalid):
    """A record of a format this build cannot read: a newer build wrote it, and reads it."""


def check(
    data: Table, types: Types, required: tuple[str, ...], table: str | None = None, index: int = 0
) -> None:
    """Unknown keys, wrong types and missing keys, in one pass."""
    for key, value in data.items():
        expected = types.get(key)
        if expected is None:
            raise Invalid(f"unknown key {key!r}", table, index, key)
        if type(value) is not expected:
            raise Invalid(f"{key!r} must be {TYPE_NAMES[expected]}", table, index, key)
    for key in required:
        if key not in data:
            raise Invalid(f"missing key {key!r}", table, index)


def readable(data: Table) -> Table:
    """``data`` without its ``format`` (the record format it needs), if this build reads that format;
    else Invalid, saying why in one line."""
    if "format" not in data:
        return data
    found = data.pop("format")
    if type(found) is not int or found < 1:
        raise Invalid("'format' must be a whole number from 1", key="format")
    if found > FORMAT:
        raise NewerFormat(
            f"written by a newer DraftDesk (record format {found}; this one reads up to {FORMAT}): "
            "update DraftDesk to read it",
            key="format",
        )
    return data


def strings(data: Table, key: str, table: str | None = None, index: int = 0) -> tuple[str, ...]:
    values = data.get(key, ())
    for value in values:
        if type(value) is not str:
            raise Invalid(f"{key!r} must be a list of strings", table, index, key)
    return tuple(values)


def tables(data: Table, key: str, table: str | None = None, index: int = 0) -> list[Table]:
    values = data.get(key, [])
    for value in values:
        if type(value) is not dict:
            raise Invalid(f"{key!r} must be a list of tables", table, index, key)
    return values


def utc(moment: datetime) -> datetime:
    """TOML datetimes are UTC: a local datetime (no offset) is taken as UTC."""
    if moment.tzinfo is UTC:
        return moment
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def draft_from(data: Table, slug: str) -> Draft:
    check(data, DRAFT, ("title",))
    layout = data.get("layout", "conclusions")
    if layout not in LAYOUTS:
        raise Invalid(f"layout must be one of {', '.join(sorted(LAYOUTS))}, not {layout!r}", key="layout")
    metadata = data.get("metadata", {})
    for key, value in metadata.items():
        if type(value) is not str:
            raise Invalid(f"metadata {key!r} must be a string", "metadata", 0, key)
    fallen = data.get("fallen", {})
    for key, value in fallen.items():
        if type(value) is not str:
            raise Invalid(f"fallen {key!r} must be a string (why it fell)", "fallen", 0, key)
    return Draft(
        slug=slug,
        title=list(strings(data, "title")),
        doc_type=data.get("doc_type", ""),
        authoring=data.get("authoring", ""),
        place_date=data.get("place_date", ""),
        layout=layout,
        revision=data.get("revision", 0),
        metadata=dict(metadata),
        orgs=_orgs(tables(data, "orgs")),
        paragraphs=_paragraphs(tables(data, "paragraphs")),
        issued_by=data.get("issued_by", ""),
        issued_at=utc(data["issued_at"]) if "issued_at" in data else None,
        fallen=dict(fallen),
        title_authors=_authors(data["title_authors"], key="title_authors") if "title_authors" in data else (),
    )


def _orgs(entries: list[Table]) -> list[Org]:
    orgs: list[Org] = []
    seen: set[str] = set()
    for n, entry in enumerate(entries):
        check(entry, ORG, ORG_REQUIRED, "orgs", n)
        if entry["code"] in seen:
            raise Invalid(f"duplicate organization code {entry['code']!r}", "orgs", n, "code")
        seen.add(entry["code"])
        orgs.append(
            Org(entry["code"], entry["name"], entry.get("colour", ""), strings(entry, "roles", "orgs", n))
        )
    return orgs


def _paragraphs(entries: list[Table]) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    seen: set[str] = set()
    for n, entry in enumerate(entries):
        check(entry, PARAGRAPH, PARAGRAPH_REQUIRED, "paragraphs", n)
        pid, kind = entry["id"], entry["kind"]
        if pid in seen:
            raise Invalid(f"duplicate paragraph id {pid!r}", "paragraphs", n, "id")
        if kind not in KINDS:
            raise Invalid(f"unknown paragraph kind {kind!r} (one of {', '.join(PARAGRAPH_KINDS)})",
                          "paragraphs", n, "kind")  # fmt: skip
        seen.add(pid)
        notes: tuple[Footnote, ...] = ()
        if "footnotes" in entry:
            for note in tables(entry, "footnotes", "paragraphs", n):
                check(note, FOOTNOTE, FOOTNOTE_REQUIRED, "paragraphs", n)
            notes = tuple(Footnote(note["mark"], note["text"]) for note in entry["footnotes"])
        authors = _authors(entry["authors"], "paragraphs", n) if "authors" in entry else ()
        paragraphs.append(
            Paragraph(
                pid, kind, entry["text"], entry.get("parent", ""), entry.get("part", ""), notes, authors
            )
        )
    return paragraphs


def _authors(
    values: list[Any], table: str | None = None, index: int = 0, key: str = "authors"
) -> tuple[str | int, ...]:
    """``authors = ["base", 120, "UNDP", 15, …]``: who wrote each stretch, and its length in characters
    (a paragraph's, or the title's: ``title_authors``)."""
    pairs = zip(values[::2], values[1::2], strict=False)
    if len(values) % 2 or not all(type(org) is str and type(n) is int and n > 0 for org, n in pairs):
        raise Invalid(f"'{key}' must alternate organization codes and lengths", table, index, key)
    return tuple(values)


def amendment_from(data: Table) -> Amendment:
    check(data, AMENDMENT, AMENDMENT_REQUIRED)
    ops = []
    for n, entry in enumerate(tables(data, "ops")):
        check(entry, OP, ("kind",), "ops", n)
        required = OP_REQUIRED.get(entry["kind"])
        if required is None:
            raise Invalid(
                f"unknown op kind {entry['kind']!r} (one of {', '.join(OP_KINDS)})", "ops", n, "kind"
            )
        for key in required:
            if not entry.get(key):
                article = "an" if entry["kind"][0] in "aeiou" else "a"
                raise Invalid(f"{article} {entry['kind']} op needs a non-empty {key!r}", "ops", n, key)
        if entry["kind"] == "insert" and entry["new_kind"] not in KINDS:
            raise Invalid(f"unknown paragraph kind {entry['new_kind']!r}", "ops", n, "new_kind")
        if "notes" in entry:
            for note in tables(entry, "notes", "ops", n):
                check(note, FOOTNOTE, FOOTNOTE_REQUIRED, "ops", n)
            entry = entry | {"notes": tuple(Footnote(note["mark"], note["text"]) for note in entry["notes"])}
        if "needs" in entry:
            entry = entry | {"needs": _needs(entry, n)}
        ops.append(Op(**entry))
    if not ops:
        raise Invalid("an amendment needs at least one [[ops]] entry", key="ops")
    values = dict(data)
    values["ops"] = tuple(ops)
    values["created"] = utc(data["created"])
    if "cosponsors" in data:
        values["cosponsors"] = strings(data, "cosponsors")
    if "cited" in data:
        values["cited"] = _cited(data["cited"])
    return Amendment(**values)


def _needs(op: Table, index: int) -> tuple[int, ...]:
    """An op's ``needs``: start and end pairs, each a stretch of its base text."""
    values, size = op["needs"], len(op.get("base_text", ""))
    pairs = zip(values[::2], values[1::2], strict=False)
    if len(values) % 2 or not all(
        type(a) is int and type(b) is int and 0 <= a <= b <= size for a, b in pairs
    ):
        raise Invalid("'needs' must be start and end pairs within its base text", "ops", index, "needs")
    return tuple(values)


def _cited(table: Table) -> tuple[tuple[str, str], ...]:
    """``[cited]`` paragraph id = address as tabled, in the file's order."""
    for key, value in table.items():
        if type(value) is not str:
            raise Invalid(f"cited {key!r} must be a string (the address as tabled)", "cited", 0, key)
    return tuple(table.items())


def decision_from(data: Table) -> Decision:
    check(data, DECISION, DECISION_REQUIRED)
    if data["action"] not in ACTION_SET:
        raise Invalid(
            f"unknown action {data['action']!r} (one of {', '.join(DECISION_ACTIONS)})", key="action"
        )
    if (data["action"] == ORDER) != bool(data.get("before")):
        raise Invalid("an order ruling, and only one, names the amendment it goes 'before'", key="action")
    if "parts" not in data:
        return Decision(**(data | {"at": utc(data["at"])}))
    parts = data["parts"]
    if data["action"] != "accept" or not parts or any(type(n) is not int or n < 1 for n in parts):
        raise Invalid("'parts' are the numbers of the parts an acceptance adopted (from 1)", key="parts")
    return Decision(**(data | {"at": utc(data["at"]), "parts": tuple(parts)}))
