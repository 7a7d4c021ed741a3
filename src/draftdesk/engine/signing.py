"""Ed25519 keys and signatures, as text that fits in a TOML file.

Ed25519 (from ``cryptography``) rather than SSH signatures as git makes them:
signing and verifying are in-process calls instead of an
``ssh-keygen`` process per act, a key is 32 bytes any machine can carry in a
file, and no ssh-agent or allowed-signers file has to be set up for the
tests, the sample or a secretariat running the whole meeting on one machine.
A public key reads ``ed25519:<base64 of 32 bytes>``; a signature is base64.
``cryptography`` is imported at the first key operation: commands that only
read a draft that needs no verification do not pay for it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

PREFIX = "ed25519:"


class KeyProblem(ValueError):
    """Text that is not a key or a signature this module can read."""


def _private(raw: bytes) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(raw)


def new_private() -> bytes:
    """A new private key: 32 random bytes."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    key = Ed25519PrivateKey.generate()
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def public_of(private: bytes) -> str:
    """The public key of a private one, as ``ed25519:<base64>``."""
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    raw = _private(private).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return PREFIX + base64.b64encode(raw).decode("ascii")


def checked_public(text: str) -> str:
    """``text`` as a public key, or KeyProblem saying what is wrong with it."""
    text = text.strip()
    if not text.startswith(PREFIX):
        raise KeyProblem(f"not an Ed25519 public key (it starts with {PREFIX!r}): {text[:40]!r}")
    try:
        raw = base64.b64decode(text[len(PREFIX) :], validate=True)
    except binascii.Error:
        raise KeyProblem(f"not an Ed25519 public key (bad base64): {text[:40]!r}") from None
    if len(raw) != 32:
        raise KeyProblem(f"not an Ed25519 public key ({len(raw)} bytes, not 32)")
    return text


def decode_private(text: str) -> bytes:
    """A private key written as base64; KeyProblem if it is not one."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except binascii.Error:
        raise KeyProblem("not a private key (bad base64)") from None
    if len(raw) != 32:
        raise KeyProblem(f"not a private key ({len(raw)} bytes, not 32)")
    return raw


def encode_private(private: bytes) -> str:
    return base64.b64encode(private).decode("ascii")


def fingerprint(public: str) -> str:
    """A short name for a public key (16 hex digits of its SHA-256): file names and listings."""
    return hashlib.sha256(public.encode("ascii")).hexdigest()[:16]


def sign(private: bytes, message: bytes) -> str:
    """The signature of ``message`` by ``private``, in base64."""
    return base64.b64encode(_private(private).sign(message)).decode("ascii")


def verify(public: str, signature: str, message: bytes) -> bool:
    """Whether ``signature`` is ``public``'s over ``message``; False for anything malformed."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        raw = base64.b64decode(checked_public(public)[len(PREFIX) :])
        Ed25519PublicKey.from_public_bytes(raw).verify(base64.b64decode(signature, validate=True), message)
    except (KeyProblem, binascii.Error, ValueError, InvalidSignature):
        return False
    return True
