"""This user's private keys: one file per key in the config folder, readable by the user alone.

The folder is ``$DRAFTDESK_CONFIG_DIR``, else ``$XDG_CONFIG_HOME/draftdesk``, else
``~/.config/draftdesk``; keys are in its ``keys/`` (0700), each
``<fingerprint>.toml`` (0600) holding the organization it was made for, the public
key and the private key, and, as a label for the user (never used to choose a key), the draft it
was made for and the day. A key is found by its public key (the one a draft
registers for an organization), never by the organization's name alone: the
same code in two drafts may be two delegations, and a key brought from another
machine is simply one more file. A key made for no draft in particular (``draftdesk keys new``)
is the organization's identity on this machine: drafts imported or organizations added here
register it instead of making one (:func:`identities`). The key file is also the export format:
``export`` gives its text, ``import_key`` takes it back.
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from draftdesk.engine import signing

from . import atomic
from .errors import StorageError

ENV = "DRAFTDESK_CONFIG_DIR"
KEYS = "keys"
ANY_DRAFT = "*"
"""The draft label of a key made for no draft in particular (``draftdesk keys new``): the
organization's identity here, which every draft made or joined here registers (:func:`identities`)."""


@dataclass(frozen=True, slots=True)
class Key:
    """One key pair of this user's, made for (or brought over as) ``org``."""

    org: str
    public: str
    private: bytes
    draft: str = ""
    """The draft (its slug) the key was made for, if it was made for one: a label."""
    made: str = ""
    """The day it was made (YYYY-MM-DD), if known: a label."""

    @property
    def fingerprint(self) -> str:
        return signing.fingerprint(self.public)

    @property
    def label(self) -> str:
        """ "made for l25 on 2026-12-07", "made for any draft on …" (what is known of it), or ""."""
        said = [f"for {'any draft' if self.draft == ANY_DRAFT else self.draft}"] if self.draft else []
        said += [f"on {self.made}"] if self.made else []
        return f"made {' '.join(said)}" if said else ""


def config_folder() -> Path:
    """$DRAFTDESK_CONFIG_DIR, else $XDG_CONFIG_HOME/draftdesk, else ~/.config/draftdesk."""
    chosen = os.environ.get(ENV, "")
    if chosen:
        return Path(chosen)
    xdg = os.environ.get("XDG_CONFIG_HOME", "")
    if os.path.isabs(xdg):  # the XDG spec: a relative path is to be ignored
        return Path(xdg) / "draftdesk"
    return Path.home() / ".config" / "draftdesk"


def _folder() -> Path:
    return config_folder() / KEYS


def key_text(key: Key) -> str:
    """The key file's text (also what ``draftdesk keys export`` prints)."""
    return (
        f"# DraftDesk signing key of {key.org}: keep it secret (it acts as {key.org})\n"
        f"org = {json.dumps(key.org)}\n"
        f"public = {json.dumps(key.public)}\n"
        f"private = {json.dumps(signing.encode_private(key.private))}\n"
        + (f"draft = {json.dumps(key.draft)}\n" if key.draft else "")
        + (f"made = {json.dumps(key.made)}\n" if key.made else "")
    )


def parse_key(text: str, where: Path) -> Key:
    """A key file's text as a Key; StorageError naming ``where`` if it is not one."""
    try:
        data = tomllib.loads(text)
        org, public, private = data["org"], data["public"], data["private"]
        draft, made = data.get("draft", ""), data.get("made", "")
        if not all(isinstance(value, str) for value in (org, public, private, draft, made)):
            raise TypeError("org, public, private, draft and made must be strings")
        key = Key(org, signing.checked_public(public), signing.decode_private(private), draft, made)
    except (tomllib.TOMLDecodeError, KeyError, TypeError, signing.KeyProblem) as error:
        raise StorageError(where, f"not a DraftDesk key file: {error}") from None
    if signing.public_of(key.private) != key.public:
        raise StorageError(where, "not a DraftDesk key file: its private key does not match its public key")
    return key


def held() -> list[Key]:
    """Every key of this user's, by organization then fingerprint; unreadable files are skipped, and
    the temporary files of killed writers removed (:func:`atomic.remove_stale`)."""
    atomic.remove_stale(_folder())
    return sorted(_read(), key=lambda key: (key.org, key.fingerprint))


def _read(holding: str = "") -> Iterator[Key]:
    """Each key file's key, of the files whose text holds ``holding``; unreadable files are skipped
    (not ours to judge here: ``draftdesk keys list`` shows what it can use)."""
    try:
        paths = sorted(_folder().glob("*.toml"))
    except OSError:
        return
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
            if holding in text:
                yield parse_key(text, path)
        except (StorageError, OSError, UnicodeDecodeError):
            continue


def find(public: str) -> Key | None:
    """This user's private key for ``public``, if this user holds it."""
    path = _folder() / f"{signing.fingerprint(public)}.toml"
    try:
        key = parse_key(path.read_text(encoding="utf-8"), path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise StorageError(path, f"cannot read: {error}") from None
    return key if key.public == public else None


def store(key: Key) -> Path:
    """Keep ``key`` in this user's key folder (0600); the same key stored again changes nothing."""
    folder = _folder()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(folder, f"cannot create: {error.strerror or error}") from None
    atomic.remove_stale(folder)  # a private key half written by a killed writer (0600 like this one)
    path = folder / f"{key.fingerprint}.toml"
    if path.exists():
        return path
    old = os.umask(0o077)  # the temporary file is born private, not made so after
    try:
        atomic.create(path, key_text(key))
    except StorageError:
        if not path.exists():
            raise
    finally:
        os.umask(old)
    return path


def write_private(path: Path, text: str) -> None:
    """Write an exported key file readable by this user alone (0600 from its creation)."""
    old = os.umask(0o077)
    try:
        atomic.replace(path, text)
    finally:
        os.umask(old)


def identities() -> dict[str, Key]:
    """Each organization's key made here for any draft (:data:`ANY_DRAFT`), where this user holds
    exactly one: a draft imported here, or an organization added, registers it rather than a new key
    made for that draft alone, so a delegation keeps one identity across a meeting series."""
    found: dict[str, list[Key]] = {}
    for key in _read(f"\ndraft = {json.dumps(ANY_DRAFT)}\n"):  # as key_text writes it: no other is parsed
        if key.draft == ANY_DRAFT:
            found.setdefault(key.org, []).append(key)
    return {org: keys[0] for org, keys in found.items() if len(keys) == 1}


def to_register(org: str, draft: str, known: dict[str, Key]) -> Key:
    """The key a draft (``draft``, its slug) made or joined here registers for ``org``: its identity
    among ``known`` (:func:`identities`), else a new key made for that draft alone."""
    return known.get(org) or new_key(org, draft)


def new_key(org: str, draft: str = "") -> Key:
    """Make and keep a new key pair for ``org`` (made for ``draft``, a slug, if given: a label;
    :data:`ANY_DRAFT` makes it the organization's identity here)."""
    private = signing.new_private()
    key = Key(org, signing.public_of(private), private, draft, date.today().isoformat())
    store(key)
    return key
