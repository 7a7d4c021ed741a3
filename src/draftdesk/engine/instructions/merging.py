"""Paragraphs merged into one: "Merge operative paragraphs 2 and 3", "Combine … to read: …",
"Operative paragraphs 2 and 3 should be merged".

With a wording, the first paragraph takes it and the others go. Without one, they are joined as
UN texts join operative clauses: the first loses its closing mark (not its notes), each next one
follows after ", " (the last after ", and ") with its first word in lower case when it is a
capitalised word ("Requests" -> "requests"), and the last keeps its closing mark. A paragraph
with sub-paragraphs is merged into only with a wording, and never merged away (they would go
with it unsaid).
"""

from __future__ import annotations

import re

from draftdesk.engine.instructions.clauses import TO_BE
from draftdesk.engine.instructions.errors import InstructionError
from draftdesk.engine.instructions.paragraphs import Paragraphs
from draftdesk.engine.instructions.parts import FINAL_MARK
from draftdesk.engine.instructions.structure import READING, STOP
from draftdesk.engine.patches import Edit
from draftdesk.engine.title import TITLE_ID

_INTO = r"(?:\s+(?:into|as)\s+(?:a\s+)?(?:single|one)(?:\s+(?:new\s+)?paragraph)?)?"
_END = rf"(?:(?P<reading>{READING})|\s*{STOP})"
_MERGES = (
    re.compile(rf"(?:merge|combine)\s+(?P<addrs>[^:“”\"‘]+?){_INTO}{_END}", re.I),
    re.compile(
        rf"(?P<addrs>(?:the\s+[\w\s,-]+?\s+)?(?:preambular|operative|pp|op|sub-?paragraph)[^:;“”\"‘]*?)\s+"
        rf"{TO_BE}\s+(?:merged|combined){_INTO}{_END}",
        re.I,
    ),
)


def read_merge(s: str, pos: int, paras: Paragraphs) -> tuple[str, list[str], bool, int] | None:
    """The paragraph merged into, the others, whether a wording follows, and where the sentence ends."""
    m = next((m for p in _MERGES if (m := p.match(s, pos))), None)
    if m is None:
        return None
    first, *others = ids = paras.targets(m["addrs"])
    if not others:
        raise InstructionError(f"name the paragraphs {paras.name(first)} is merged with")
    if TITLE_ID in ids:
        raise InstructionError("the title can be amended, not merged")
    if len({paras.by_id[pid].kind for pid in ids}) > 1:
        raise InstructionError(
            f"{' and '.join(map(paras.name, ids))} are not of one kind: they cannot be merged"
        )
    for pid in ids:
        if paras.layout.family(pid) != {pid} and (pid != first or not m["reading"]):
            how = (
                "say how the merged paragraph reads (“… to read: …”)"
                if pid == first
                else "move or delete them first"
            )
            raise InstructionError(f"{paras.name(pid)} has sub-paragraphs: {how}")
    return first, others, bool(m["reading"]), m.end()


def _lowered(text: str) -> str:
    return re.sub(r"^([A-Z])(?=[a-z]+\b)", lambda m: m[1].lower(), text.lstrip())


def joined_edit(current: str, texts: list[str]) -> Edit:
    """The edit that makes ``current`` the paragraphs joined into one (see the module)."""
    pieces = [current, *map(_lowered, texts)]
    for n, piece in enumerate(pieces[:-1]):
        final = FINAL_MARK.search(piece)
        if final is not None:  # the closing mark goes, the note references after it stay
            pieces[n] = piece[: final.start()] + final[0][1:].rstrip()
    joined = pieces[0] + "".join(
        (", and " if n == len(pieces) - 1 else ", ") + piece for n, piece in enumerate(pieces[1:], 1)
    )
    final = FINAL_MARK.search(current)
    start = final.start() if final else len(current)
    return Edit(start, len(current), joined[start:])
