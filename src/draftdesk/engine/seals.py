"""Seals: the signature at the end of every act's file, and which files they prove authentic.

A sealed file ends with a ``[seal]`` table whose last line is the signature::

    [seal]
    by = "UNDP"
    key = "ed25519:…"
    prev = ["<sha-256 of UNDP's latest file>", …]
    signature = "…"

The signature is over the SHA-256 of everything before that last line, so
``by``, ``key`` and ``prev`` are signed too. ``prev`` chains each
organization's acts, as git chains commits: a file whose digest a
authentic file of the same organization lists in ``prev`` is authentic
without a signature check of its own. So a load verifies one signature per
chain head and hashes the rest, instead of verifying every file's signature
(figures in docs/performance.md). Chains may fork (the same organization acting on two
clones at once): a fork is only one more head, never a conflict, since
every act is its own file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from draftdesk.engine import signing

SIGNATURE_LINE = "signature = "
_SIGNATURE_AFTER_NEWLINE = b"\n" + SIGNATURE_LINE.encode()


class Seal(NamedTuple):
    """What a sealed file says of itself: who signed, with which key, over which digest (a NamedTuple:
    a load makes one per file)."""

    by: str
    key: str
    prev: tuple[str, ...]
    signed: bytes
    """The SHA-256 of the file up to its signature line: what the signature is over."""
    signature: str


class Sealing(NamedTuple):
    """A file's digest (SHA-256 of all its bytes: what ``prev`` names) and its seal, if any."""

    digest: str
    seal: Seal | None


class SealProblem(ValueError):
    """A ``[seal]`` table that cannot be a seal."""


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sealing(data: bytes, table: object) -> Sealing:
    """The sealing of a file: ``data`` its bytes as read, ``table`` its parsed ``seal`` table (None
    if none). The part up to the signature line is hashed once, for both digests."""
    if table is None:
        return Sealing(digest(data), None)
    cut = data.rfind(_SIGNATURE_AFTER_NEWLINE) + 1
    if not isinstance(table, dict) or cut == 0:
        raise SealProblem("the seal must be a table ending with its signature line")
    by, key, prev, signature = table.get("by"), table.get("key"), table.get("prev"), table.get("signature")
    if not (isinstance(by, str) and isinstance(key, str) and isinstance(signature, str)):
        raise SealProblem("a seal needs by, key and signature (strings)")
    if not isinstance(prev, list) or not all(isinstance(p, str) for p in prev) or len(table) != 4:
        raise SealProblem("a seal holds by, key, prev (a list of digests) and signature, nothing else")
    hashed = hashlib.sha256(data[:cut])
    signed = hashed.digest()
    hashed.update(data[cut:])
    return Sealing(hashed.hexdigest(), Seal(by, key, tuple(prev), signed, signature))


def seal_text(body: str, by: str, public: str, private: bytes, prev: Iterable[str]) -> str:
    """``body`` (a record's TOML, no seal yet) with its seal appended, signed by ``private``."""
    fields = f"by = {json.dumps(by)}\nkey = {json.dumps(public)}\nprev = {json.dumps(list(prev))}\n"
    head = f"{body.rstrip()}\n\n[seal]\n{fields}"
    signature = signing.sign(private, hashlib.sha256(head.encode("utf-8")).digest())
    return f"{head}{SIGNATURE_LINE}{json.dumps(signature)}\n"


def authentic(sealings: Mapping[str, Sealing], keys: Mapping[str, frozenset[str]]) -> set[str]:
    """The files (keys of ``sealings``) whose seal is proven: signed by a key ``keys`` holds for the
    organization the seal names, directly or through ``prev`` from a file so proven.

    Heads (files no file of their organization names in ``prev``) are verified first, newest name
    first; a file left unproven is then verified itself (a forgery that names an authentic file
    proves nothing, so the file it names is checked on its own).
    """
    chains: dict[str, dict[str, str]] = {}  # org -> digest -> file
    for name, found in sealings.items():
        if found.seal is not None:
            chains.setdefault(found.seal.by, {})[found.digest] = name
    proven: set[str] = set()
    for org, files in chains.items():
        allowed = keys.get(org, frozenset())
        named = {p for name in files.values() for p in sealings[name].seal.prev}  # type: ignore[union-attr]
        heads = sorted((name for d, name in files.items() if d not in named), reverse=True)
        rest = sorted((name for d, name in files.items() if d in named), reverse=True)
        for name in heads + rest:
            if name in proven:
                continue
            seal = sealings[name].seal
            assert seal is not None
            if seal.key in allowed and signing.verify(seal.key, seal.signature, seal.signed):
                _follow(name, files, sealings, proven)
    return proven


def _follow(start: str, files: Mapping[str, str], sealings: Mapping[str, Sealing], proven: set[str]) -> None:
    """Mark ``start`` and every file of its chain it names, through ``prev``, as proven."""
    stack = [start]
    while stack:
        name = stack.pop()
        if name in proven:
            continue
        proven.add(name)
        seal = sealings[name].seal
        assert seal is not None
        stack.extend(files[p] for p in seal.prev if p in files)


@dataclass(frozen=True, slots=True)
class Signer:
    """An organization acting with one of its keys: seals what it writes."""

    by: str
    public: str
    private: bytes

    def seal(self, body: str, prev: Iterable[str]) -> str:
        return seal_text(body, self.by, self.public, self.private, prev)
