"""Registrations (``roster/<id>.toml``) as TOML tables and back, checked like every record."""

from __future__ import annotations

from dataclasses import astuple
from datetime import datetime
from typing import Any

from draftdesk.engine.roster import Registration

from .decode import Invalid, Table, Types, check, strings, utc

REGISTRATION: Types = {"id": str, "by": str, "at": datetime, "org": str, "key": str, "name": str,
                       "roles": list, "adopted": list}  # fmt: skip
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
    )


def registration_data(registration: Registration) -> dict[str, Any]:
    """The table a registration is written as (empty optional values left out)."""
    data = dict(zip(REGISTRATION, astuple(registration), strict=True))
    data["at"] = utc(registration.at)
    for key in ("name", "roles", "adopted"):
        if not data[key]:
            del data[key]
        else:
            data[key] = list(data[key]) if key != "name" else data[key]
    return data


def registration_row(registration: Registration) -> tuple[Any, ...]:
    return astuple(registration)


def registration_of(row: tuple[Any, ...]) -> Registration:
    return Registration(*row)
