"""A Word file's styles: their names, which are headings, which make text italic (read through
``basedOn``, as Word inherits them)."""

from __future__ import annotations

from collections.abc import Callable

from draftdesk.engine.importing.docx_numbering import W, val


def switched_on(props: object, tag: str) -> bool:
    """Whether a toggle property (``w:i``, ``w:b``…) of ``props`` is on."""
    if props is None:
        return False
    found = props.find(f"{W}{tag}")  # type: ignore[attr-defined]
    return found is not None and found.get(f"{W}val", "true") not in ("0", "false", "off")


class WordStyles:
    """Style names, which paragraph styles are headings, which character styles are italic."""

    def __init__(self, root: object) -> None:
        self.root = root
        found = [] if root is None else root.findall(f"{W}style")  # type: ignore[attr-defined]
        by_id = {s.get(f"{W}styleId"): s for s in found}
        self.names = {sid: val(s, f"{W}name") or "" for sid, s in by_id.items()}
        self.italic = frozenset(
            sid for sid in by_id if self._inherits(by_id, sid, lambda s: switched_on(s.find(f"{W}rPr"), "i"))
        )
        self.outlined = frozenset(
            sid
            for sid in by_id
            if self._inherits(by_id, sid, lambda s: val(s, f"{W}pPr/{W}outlineLvl") not in (None, "9"))
        )

    @staticmethod
    def _inherits(by_id: dict, sid: str, has: Callable[[object], bool]) -> bool:
        seen: set[str] = set()
        while sid in by_id and sid not in seen:
            seen.add(sid)
            if has(by_id[sid]):
                return True
            sid = val(by_id[sid], f"{W}basedOn") or ""
        return False

    def is_heading(self, p: object, style_id: str) -> bool:
        name = self.names.get(style_id, "").lower()
        own = val(p, f"{W}pPr/{W}outlineLvl")
        return name.startswith(("heading", "title")) or style_id in self.outlined or own not in (None, "9")
