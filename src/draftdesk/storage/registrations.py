"""Registrations (``roster/<id>.toml``) as TOML tables and back, checked like every record."""

from __future__ import annotations

from dataclasses import astuple
from datetime import datetime
from typing import Any

from draftdesk.engine.roster import Registration

from .decode import Invalid, Table, Types, check, strings, utc

REGISTRATION: Types = {"id": str, "by": str, "at": datetime, "org": str, "key": str, "name": str,
                       "roles": list, "adopted": list, "replaces": list}  # fmt: skip
REQUIRED = ("id", "by", "at", "org", "key")


def registration_from(data: Table) -> Registration:
    check(data, REGISTRATION, REQUIRED)
    if not data["key"].startswith("ed25519:"):
        raise Invalid("'key' must be an Ed25519 public key (ed25519:…)", key="key")
    return Registration(
        data["id"],
        data["by"],
        utc(data["at"]),
        data["org"],
        data["key"],
        data.get("name", ""),
        strings(data, "roles"),
        strings(data, "adopted"),
        strings(data, "replaces") if "replaces" in data else None,
    )


def registration_data(registration: Registration) -> dict[str, Any]:
    """The table a registration is written as (empty optional values left out); one that names what it
    replaces needs record format 2 (decode.FORMAT)."""
    data = dict(zip(REGISTRATION, astuple(registration), strict=True))
    data["at"] = utc(registration.at)
    for key in ("name", "roles", "adopted", "replaces"):
        if not data[key]:
            del data[key]
        elif key != "name":
            data[key] = list(data[key])
    return {"format": 2, **data} if "replaces" in data else data
