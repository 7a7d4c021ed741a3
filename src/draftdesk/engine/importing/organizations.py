"""Organizations named in the participants paragraph: "United Nations Development Programme (UNDP)".

A parenthesis is an acronym only when it reads like one ("(UNDP)", "(PCC-SEE
Secretariat)" -> PCC-SEE); "(*members of the Treptower Group*)" is not. A name
without an acronym gets one derived from its initials, kept unique.
"""

from __future__ import annotations

import re

from draftdesk.engine.model import CHAIR_ROLE, Draft, Org

_ACRONYM = re.compile(r"^[A-Z][A-Za-z]*(?:-[A-Z]+)*$")
_SEGMENT = re.compile(r"^(?:and |the )*(.*?)\s*(?:\(([^()]*)\))?$")
_LEAD = re.compile(r"^.*?together with (?:the )?representatives of (?:the )?", re.S)


def _split(text: str) -> list[str]:
    """Top-level comma (and ") and ") separated segments."""
    segments, depth, current = [], 0, ""
    for ch in text.replace(") and ", "), "):
        depth += ch == "("
        depth -= ch == ")"
        if ch == "," and depth == 0:
            segments.append(current.strip())
            current = ""
        else:
            current += ch
    return [s for s in [*segments, current.strip()] if s]


def _acronym(paren: str) -> str:
    words = [w for w in paren.split() if _ACRONYM.match(w) and any(c.isupper() for c in w[1:] + w[:1])]
    return words[0] if words and (len(paren.split()) == 1 or words[0].isupper()) else ""


def _initials(name: str) -> str:
    capitals = "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())
    if len(capitals) >= 3:
        return capitals
    return "".join(w[0] for w in name.split() if w[:1].isalpha()) or name[:3]


def participants(text: str) -> list[Org]:
    """The orgs listed in a participants paragraph, in order."""
    orgs: list[Org] = []
    names: list[str] = []
    for segment in _split(_LEAD.sub("", text)):
        match = _SEGMENT.match(segment.strip())
        name, paren = (match.group(1), match.group(2) or "") if match else (segment, "")
        code = _acronym(paren)
        if not name and code and orgs:  # "International Criminal Police Organization, (Interpol)"
            orgs[-1], names[-1] = Org(code, orgs[-1].name), ""
            continue
        if code and names and names[-1] and _initials(names[-1]) == code:
            orgs.pop()  # "Organization for Security and Co-operation in Europe, Mission to … (OSCE)"
            name = f"{names.pop()}, {name}"
        if name:
            orgs.append(Org(code or _initials(name), name))
            names.append(name if not code else "")
    return _unique(orgs)


def _unique(orgs: list[Org]) -> list[Org]:
    seen: set[str] = set()
    out = []
    for org in orgs:
        code, n = org.code, 1
        while code in seen:
            n += 1
            code = f"{org.code}{n}"
        seen.add(code)
        out.append(Org(code, org.name, org.colour, org.roles))
    return out


def assign_chair(draft: Draft, chair: str | None, source: str) -> None:
    """Give the chair role to ``chair`` (added when not listed), or to a pseudo-org CHAIR."""
    code = chair or "CHAIR"
    existing = draft.org(code)
    if existing:
        chaired = Org(code, existing.name, existing.colour, (*existing.roles, CHAIR_ROLE))
        draft.orgs = [chaired if o is existing else o for o in draft.orgs]
        return
    found = re.search(rf"([A-Z][\w ]*?\b{re.escape(code)})\b", source) if chair else None
    name = re.sub(r"^Under the auspices of (?:the )?", "", found.group(1)) if found else code
    name = name if chair else "The Chair"
    draft.orgs.append(Org(code, name, roles=(CHAIR_ROLE,)))
