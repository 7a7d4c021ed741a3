"""Paragraphs as instructions name them: "the third preambular paragraph", "operative paragraph 4 (c)"."""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence

from draftdesk.engine.addressing import AddressError, canonical, describe, ordinal_word, split_part
from draftdesk.engine.instructions.errors import InstructionError
from draftdesk.engine.instructions.layout import Layout
from draftdesk.engine.model import FOOTNOTE_REF_RE, Paragraph, plain_text
from draftdesk.engine.numbering import labels, letters_index
from draftdesk.engine.title import TITLE_ID


def _name(pid: str, label_of: dict[str, str]) -> str:
    """How an instruction names a paragraph: "the third preambular paragraph", "operative paragraph 4 (c)"."""
    label = label_of.get(pid)
    if pid == TITLE_ID:
        return "the title"
    if label is None:
        return f"paragraph {pid}"
    m = re.fullmatch(r"PP(\d+)", label)
    if m and int(m[1]) < 100:
        return f"the {ordinal_word(int(m[1]))} preambular paragraph"
    return describe(label)


KIND_WORDS = {
    "preamble": "preambular paragraph",
    "operative": "operative paragraph",
    "sub-item": "sub-paragraph",
    "heading": "heading",
}
_BEGINNING = re.compile(
    r"(?:the\s+)?(?:(?:preambular|operative|unnumbered)\s+)?paragraph\s+(?:beginning|starting|which\s+begins)"
    r"(?:\s+with)?\s+[“\"‘'](.+?)[”\"’']?",
    re.I,
)
QUOTED_ADDRESS = (
    r"the\s+(?:\w+\s+)?paragraph\s+(?:beginning|starting|which\s+begins)(?:\s+with)?\s+[“\"‘][^”\"’]*[”\"’]"
)
"""An unnumbered paragraph named by its first words, as an address inside a longer sentence."""
_SUB_NAMED = r",?\s+(?:in\s+)?(?:the\s+)?sub-?paragraph\s+\(?[a-z]+\)?"
ADDRESS = rf"(?:{QUOTED_ADDRESS}|[^,:;“”\"‘])+?(?:{_SUB_NAMED})?"
"""A paragraph's name inside a sentence, an item named after it included ("the paragraph beginning
“Welcomes …”, subparagraph (b)")."""
_NOT_A_VERB = (
    r"(?!,\s*(?:move|place|put|transfer|relocate|swap|switch|interchange|exchange|transpose|reverse)\b)"
)
ADDRESSES = rf"(?:{_NOT_A_VERB}(?:{QUOTED_ADDRESS}|[^:;“”\"‘]))+?"
"""Names of paragraphs, commas between them ("operative paragraphs 3, 5 and 6"), ending where a verb
of their sentence begins ("In operative paragraph 1, move the words …")."""
_ITEMS_AFTER = re.compile(r"(.*?[^\d\s])\s*((?:\(\s*[a-z]+\s*\)\s*)+)", re.I)
"""Items named after a paragraph that is not named by its number ("the paragraph beginning “…” (b)")."""
_ITEM_ALONE = re.compile(r"(?:the\s+)?(?:sub-?paragraph|item)\s+\(?([a-z]+)\)?|\(([a-z]+)\)", re.I)
_ORDINAL_WORDS = "|".join(sorted((ordinal_word(n) for n in range(1, 100)), key=len, reverse=True))
_TITLE = re.compile(r"(?:the\s+)?title(?:\s+of\s+the\s+(?:draft\s*)?(?:resolution|decision|text))?", re.I)
_WHOLE_TEXT = re.compile(r"\s+(?:of|in)\s+the\s+(?:draft\s+)?(?:resolution|decision|text|conclusions)$")
"""The document itself ("operative paragraph 2 of the draft resolution"), not a part of it."""
_CHAPEAU = re.compile(r"^(?:the\s+)?(?:chapeau|introductory\s+(?:part|sentence|clause))\s+(?:of|to)\s+", re.I)
_LAST = re.compile(r"(?:the\s+)?(?:last|final)\s+(preambular|operative)\s+paragraph", re.I)
_ORDINAL_LIST = re.compile(
    rf"(?:the\s+)?((?:{_ORDINAL_WORDS})(?:\s*,\s*(?:{_ORDINAL_WORDS}))*,?\s+and\s+(?:{_ORDINAL_WORDS}))\s+"
    r"(preambular|operative)\s+paragraphs",
    re.I,
)
"""Ordinals named together: "the first, third and fifth preambular paragraphs"."""
_SUB_AFTER = re.compile(r",?\s*(?:in\s+)?(?:the\s+)?sub-?paragraph\s+\(?([a-z]+)\)?\s*$", re.I)
NUMBERED_KINDS = ("preamble", "operative", "sub-item")
_NEW_ONE = re.compile(
    r"(?:the\s+)?(?P<new>new\s+)?(?P<kind>operative\s+|preambular\s+|sub-?)?paragraph"
    r"(?:\s+(?P<label>\d+(?:\s*(?:bis|ter|quater|quinquies|sexies))?|\(\s*[a-z]+\s*\)))?",
    re.I,
)
"""A paragraph an instruction adds, as its later changes name it."""
NEW_KINDS = {"operative paragraph": "operative", "preambular paragraph": "preamble", "heading": "heading"}


_ITEMS_OF = re.compile(
    r"(?:the\s+)?sub-?paragraphs\s+(\(?[a-z]+\)?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\(?[a-z]+\)?)+)\s+of\s+(.+)$",
    re.I,
)
"""Items of one paragraph named together: "subparagraphs (a) and (c) of operative paragraph 4"."""


def _items_one_by_one(m: re.Match[str]) -> str:
    """ "subparagraphs (a) and (c) of operative paragraph 4" -> "operative paragraph 4 (a), operative …"."""
    return ", ".join(f"{m[2]} ({x})" for x in re.findall(r"[a-z]+", re.sub(r"\band\b", "", m[1]), re.I))


def _one_by_one(m: re.Match[str]) -> str:
    """ "the first and third preambular paragraphs" -> "the first preambular paragraph, the third …"."""
    ordinals = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m[1])
    return ", ".join(f"the {word} {m[2]} paragraph" for word in ordinals)


_COVER = re.compile(
    r"(?:the\s+)?(?:agenda\s+item|authoring\s+line|list\s+of\s+sponsors|sponsors|symbol)", re.I
)
"""What a document prints that is not amended: the agenda item and symbol are the secretariat's, the
authoring line names the body adopting the text, sponsors sign on, not amend (docs/architecture.md)."""


def _opening(paragraph: Paragraph) -> str:
    """A paragraph's words as a delegation quotes its opening: no markup, no note references."""
    return " ".join(plain_text(FOOTNOTE_REF_RE.sub("", paragraph.text)).split())


class Paragraphs:
    """The text an instruction addresses: lookups by id and label, and sibling order."""

    def __init__(self, paragraphs: Sequence[Paragraph]) -> None:
        self.list = list(paragraphs)
        self.by_id = {p.id: p for p in self.list}
        self.label_of = labels(self.list)
        self.by_label = {label: pid for pid, label in self.label_of.items()}
        self.parts = sorted({p.part for p in self.list if p.part}, key=len, reverse=True)
        self.layout = Layout(self.list)
        """The order as the instruction being read has left it (:mod:`.layout`)."""
        self.new_labels: dict[str, str] = {}
        """The paragraphs the instruction has added so far (stand-in id -> the number they were
        announced with), which its later changes may name ("in the new operative paragraph 4 bis")."""

    def name(self, pid: str) -> str:
        if pid in self.new_labels:
            kind = KIND_WORDS.get(self.by_id[pid].kind, "paragraph")
            return " ".join(filter(None, ("the new", kind, self.new_labels[pid])))
        return _name(pid, self.label_of)

    def add_new(self, stand_in: str, paragraph: Paragraph, label: str) -> None:
        """A paragraph the instruction adds, under the stand-in id its layout knows it by."""
        self.by_id[stand_in] = paragraph
        self.new_labels[stand_in] = label

    def _new(self, text: str) -> str | None:
        """The paragraph an earlier change of the instruction added that ``text`` names: "the new
        operative paragraph 4 bis", "the new preambular paragraph" (the only one), "operative paragraph
        4 bis" (no paragraph of the text has that number)."""
        m = _NEW_ONE.fullmatch(text)
        if m is None or not (m["new"] or re.search(r"\d\s*[a-z]", m["label"] or "", re.I)):
            return None  # "operative paragraph 4" is the text's, as tabled
        kind = NEW_KINDS.get(f"{(m['kind'] or '').lower().strip()} paragraph") or (
            "sub-item" if m["kind"] else ""
        )
        label = " ".join((m["label"] or "").lower().split())
        found = [
            pid
            for pid, said in self.new_labels.items()
            if (not kind or self.by_id[pid].kind == kind) and (not label or said == label)
        ]
        if len(found) == 1:
            return found[0]
        if not m["new"] and not found:
            return None
        what = text.removeprefix("the ").removeprefix("The ")
        how = f"{len(found)} {what}s: name it by its number" if found else f"no {what}"
        raise InstructionError(f"the changes before this one add {how}")

    def resolve(self, address: str) -> str:
        text = " ".join(address.split()).rstrip(".")
        new = self._new(text) if self.new_labels else None
        if new is not None:
            return new
        items = _ITEMS_AFTER.fullmatch(text)
        if items and not re.search(r"(?:^|\s)(?:sub-?)?paragraph$|^(?:op|pp)$", items[1], re.I):
            return self.item(self.resolve(items[1]), re.findall(r"[a-z]+", items[2], re.I))
        opening = _BEGINNING.fullmatch(text)
        if opening:
            return self.beginning(opening[1])
        if _TITLE.fullmatch(text) and TITLE_ID in self.by_id:
            return TITLE_ID
        cover = _COVER.fullmatch(text)
        if cover:
            raise InstructionError(
                f"{cover[0]} is not negotiated text: only the title and the paragraphs can be amended"
            )
        text = _CHAPEAU.sub("", text)  # the words before a paragraph's sub-paragraphs are its own text
        last = _LAST.fullmatch(text)
        if last:
            return self.layout.last(NEW_KINDS[f"{last[1].lower()} paragraph"])
        bare = re.sub(r"^paragraph\s+", "", text)
        if bare in self.by_id:
            return bare
        lower = re.sub(r"\bclause\b", "paragraph", text.lower())
        part, lower = split_part(_WHOLE_TEXT.sub("", lower), self.parts)
        part = f"{part.upper()} " if part else ""
        m = re.fullmatch(r"(?:the\s+)?sub-?paragraph\s+\(?([a-z]+)\)?\s+of\s+(.+)", lower)
        if m:
            lower = f"{m[2]} ({m[1]})"
        try:
            label = part + canonical(lower)
        except AddressError:
            raise InstructionError(
                f"“{text}” is not a paragraph address (try “operative paragraph 4” or "
                "“the second preambular paragraph”)"
            ) from None
        if label not in self.by_label:
            within = [name for name in self.parts if f"{name.upper()} {label}" in self.by_label]
            hint = f" (of the {within[0].lower()}?)" if not part and len(within) == 1 else ""
            raise InstructionError(f"there is no {describe(label)} in this text{hint}")
        return self.by_label[label]

    def item(self, pid: str, markers: list[str]) -> str:
        """The item of a paragraph its markers name: ["b"], or ["b", "ii"] for (b)(ii)."""
        for marker in markers:
            label = self.label_of.get(pid)
            found = self.by_label.get(f"{label}({marker.lower()})") if label else None
            if found is None:
                items = [p.id for p in self.list if p.parent == pid and p.kind == "sub-item"]
                n = letters_index(marker.lower())
                if label or not 0 < n <= len(items):
                    raise InstructionError(f"{self.name(pid)} has no sub-paragraph ({marker})")
                found = items[n - 1]
            pid = found
        return pid

    def resolve_within(self, address: str, within: str) -> str:
        """An address in a sentence about ``within``: "subparagraph (b)" is an item of it."""
        alone = _ITEM_ALONE.fullmatch(" ".join(address.split()))
        return self.item(within, [alone[1] or alone[2]]) if within and alone else self.resolve(address)

    def targets(self, address: str) -> list[str]:
        """The paragraphs a list names: "operative paragraphs 27 and 43", "preambular paragraphs 3 to 5",
        "the twenty-first preambular paragraph and operative paragraphs 35, 38 and 39"."""
        ids: list[str] = []
        kind_words = "operative paragraph"
        address = re.sub(r"\bclauses\b", "paragraphs", address, flags=re.I)
        address = re.sub(r"\b(?:through|thru)\b", "to", re.sub(r",?\s+inclusive$", "", address.strip()))
        address = re.sub(_SUB_AFTER, r" (\1)", address)
        address = _ITEMS_OF.sub(_items_one_by_one, address)
        address = _ORDINAL_LIST.sub(_one_by_one, address)
        quoted = re.findall(r"[“\"‘][^”\"’]*[”\"’]", address)  # a paragraph's opening words, kept whole
        address = re.sub(r"[“\"‘][^”\"’]*[”\"’]", "\0", address)
        last = ""  # the paragraph the item before named by its number: "(b)" after "1 (a)" is 1 (b)
        for item in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", address.strip()):
            item = re.sub("\0", lambda _: quoted.pop(0), item)
            plural = re.fullmatch(
                r"(.*?)(preambular|operative|(?:operative\s+)?sub-?)\s*paragraphs\s+(.+)", item, re.I
            )
            if plural:  # "subparagraphs 1 (a) and (b)": items of operative paragraph 1
                kind_words = "operative paragraph" if "sub" in plural[2].lower() else f"{plural[2]} paragraph"
                item = f"{plural[1]}{kind_words} {plural[3]}"
            elif re.fullmatch(r"\d+(?:\s*(?:to|-|–)\s*\d+)?(?:\s*\([a-z]+\))*", item):
                item = f"{kind_words} {item}"
            elif last and re.fullmatch(r"(?:\(\s*[a-z]+\s*\)\s*)+", item, re.I):
                item = f"{last} {item}"
            numbered = re.fullmatch(r"(.*?\d+)\s*(?:\(\s*[a-z]+\s*\)\s*)+", item, re.I)
            last = numbered[1] if numbered else ""
            span = re.fullmatch(r"(.*?)(\d+)\s*(?:to|-|–)\s*(\d+)", item)
            names = [f"{span[1]}{n}" for n in range(int(span[2]), int(span[3]) + 1)] if span else [item]
            ids += [pid for pid in map(self.resolve, names) if pid not in ids]
        return ids

    def beginning(self, words: str) -> str:
        """The paragraph whose text begins with the words quoted ("the paragraph beginning “Welcomes …”")."""
        words = " ".join(re.sub(r"(?:…|\.\.\.)\s*$", "", words).split())
        found = [p.id for p in self.list if _opening(p).startswith(words)]
        if len(found) != 1:
            how = "no paragraph begins" if not found else f"{len(found)} paragraphs begin"
            raise InstructionError(f"{how} with “{words}”")
        return found[0]

    def own_layout(self) -> Paragraphs:
        """The same text with an order of its own, for one instruction's moves and new paragraphs."""
        twin = copy.copy(self)
        twin.layout = Layout(self.list)
        twin.by_id, twin.new_labels = dict(self.by_id), {}
        return twin


def numbered_text(paragraphs: Sequence[Paragraph] | Paragraphs) -> Paragraphs:
    """A text numbered for addressing: as given when the caller made it once already (to write or
    cite many amendments against one text), else numbered now."""
    return paragraphs if isinstance(paragraphs, Paragraphs) else Paragraphs(paragraphs)
