"""Sentences about whole paragraphs: insert new ones, replace, delete or move them.

"After operative paragraph 4, insert two new operative paragraphs reading: …", "Insert a
new operative paragraph 4 bis: …", "A new operative paragraph 5 bis is inserted, reading: …",
"After operative paragraph 70, insert the following operative paragraph: …", "Delete the
thirty-eighth preambular paragraph reading: …" (the quoted wording is checked against the
paragraph), "Replace operative paragraph 5 with the following text: …" (merging them: :mod:`.merging`;
moving them: :mod:`.moving`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from draftdesk.engine.amendments import Op
from draftdesk.engine.instructions.clauses import INS, TO_BE
from draftdesk.engine.instructions.errors import InstructionError
from draftdesk.engine.instructions.layout import Layout
from draftdesk.engine.instructions.paragraphs import (
    ADDRESS,
    NEW_KINDS,
    NUMBERED_KINDS,
    QUOTED_ADDRESS,
    Paragraphs,
)
from draftdesk.engine.model import FOOTNOTE_REF_RE, plain_text
from draftdesk.engine.numbering import letters, letters_index
from draftdesk.engine.title import TITLE_ID

STARTS = (
    r"(?:(?:In|After|Following|Before|At|Delete|Strike|Remove|Move|Place|Put|Transfer|Insert|Add|Replace|Amend"
    r"|Change|Renumber|Merge|Combine|Swap|Switch|Interchange|Exchange|Transpose|Invert|Reverse|Operative|Preambular|Sub-?paragraph|(?:A|Two|Three|The\s+following)\s+new"
    r"|The\s+paragraph\s+(?:beginning|starting)"
    r"|The\s+(?:first|second|third|last|final)\s+(?:\w+\s+)?(?:sentences?|words?))\b|(?:OP|PP)\s*\d)"
)
NUMBER = re.compile(rf"(?:(\d+)[.)]|\(?([a-z])\))\s+(?={STARTS})", re.I)
"""A list of changes: "1. … 2. …", or "(a) … (b) …"."""


def next_marker(m: re.Match[str]) -> str:
    """The pattern of the list marker after the one matched by NUMBER."""
    return rf"{int(m[1]) + 1}[.)]" if m[1] else rf"\(?{chr(ord(m[2]) + 1)}\)"


_ADDR = rf"(?P<addr>{ADDRESS})"
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_KIND = r"(?P<kind>operative\s+paragraph|preambular\s+paragraph|sub-?paragraph|sub-item|heading|paragraph)s?"
_HOW_MANY = r"(?:the\s+following\s+|(?P<count>a|an|one|two|three|four|five|six|\d+)\s+)?(?:new\s+)?"
_LATIN = r"(?:bis|ter|quater|quinquies|sexies)\b"
_NUMBER = rf"(?:\s+(?P<num>\d+)(?:\s*(?P<latin>{_LATIN}))?|\s+\(\s*[a-z]+(?:\s*{_LATIN})?\s*\))?"
"""The number a new paragraph is announced with: "4 bis" places it after operative paragraph 4, "5"
makes it the fifth; "(c)" or "(b bis)" when a place is said too."""
_NEW = rf"{INS}\s+{_HOW_MANY}{_KIND}{_NUMBER}"
READING = (
    r"(?:,?\s*(?:reading|(?:to\s+read|which\s+reads|worded)(?:\s+as\s+follows)?|as\s+follows)\s*:?|\s*:)\s*"
)
_PART = (
    r"(?:\s+of\s+the\s+(?:(?P<preamble>preamble|preambular\s+(?:part|section))|(?:\w+\s+)?"
    rf"(?:text|draft|resolution|decision|part|section|annex))|\s+of\s+(?P<inside>{ADDRESS}))?"
)
"""The part a new paragraph goes at the end of: the text, the preamble, or a paragraph (its items)."""
_EDGE = r"at\s+the\s+(?:(?P<end>end)|(?P<start>beginning|start))"
_INSERTS = (
    re.compile(
        rf"{INS}\s+(?:a\s+)?new\s+(?P<kind>sub-?paragraph)\s+\(?(?P<letter>[a-z]+)(?:\s*(?P<follows>{_LATIN}))?\)?(?:\s+(?:to|in|under|of)\s+{_ADDR})?"
        rf"{READING}",
        re.I,
    ),
    re.compile(rf"(?P<where>after|following|before)\s+{_ADDR},?\s+{_NEW}(?:{READING}|\s+)", re.I),
    re.compile(rf"{_EDGE}{_PART},?\s+{_NEW}(?:{READING}|\s+)", re.I),
    re.compile(rf"{_NEW}\s+{_EDGE}{_PART}{READING}", re.I),
    re.compile(rf"{_NEW}\s+(?P<where>after|following|before)\s+{_ADDR}{READING}", re.I),
    re.compile(
        rf"{INS},?\s+(?P<where>after|following|before)\s+{_ADDR},?\s+{_HOW_MANY}{_KIND}{READING}", re.I
    ),
    re.compile(
        rf"(?:the\s+following\s+|(?P<count>a|an|one|two|three|four|five|six|\d+)\s+)?new\s+{_KIND}{_NUMBER}"
        rf"\s+{TO_BE}\s+(?:inserted|added)(?:\s+(?P<where>after|following|before)\s+{_ADDR}"
        rf"|\s+{_EDGE}{_PART})?{READING}",
        re.I,
    ),
    re.compile(rf"{_NEW}{READING}", re.I),
)
_PLACELESS = _INSERTS[-2:]
"""New paragraphs a sentence may announce without saying where: "bis" or "at the end" says it."""
_QUOTED_TEXT = re.compile(r"(“[^”]*”|\"[^\"]*\"|‘[^’]*’)\.?")
STOP = r"(?:[,;]?\s+and\s+renumber\b[^.;]*)?(?:[.;](?=\s|$)|$)"
"""Where a sentence about whole paragraphs ends, "and renumber (the subsequent paragraphs)
accordingly" read and ignored: numbers follow the order anyway."""
NEW_PARAGRAPH = re.compile(
    rf"(?:a|the)\s+(?:new|separate)\s+{_KIND}{_NUMBER}(?:\s+of\s+its\s+own)?"
    rf"(?:,?\s+(?P<where>after|following|before)\s+{_ADDR})?\s*{STOP}",
    re.I,
)
"""A new paragraph words of another become: "a new operative paragraph 5", "a separate paragraph
after operative paragraph 4" (:mod:`.moving_parts`)."""
DELETED = re.compile(
    r"(?P<addrs>(?:the\s+[\w\s,-]+?\s+)?(?:preambular|operative|pp|op|sub-?paragraph)[^,:;“”\"‘]*?)\s+"
    rf"(?:(?:should|shall|will|is\s+to|are\s+to)\s+be|is|are)\s+(?:deleted|removed|struck\s+out)\s*{STOP}",
    re.I,
)
"""The passive: "Operative paragraph 3 is deleted", "… shall be deleted"."""
DELETE = re.compile(
    rf"(?:delete|strike(?:\s+out)?|remove)\s+(?!(?:the\s+words?\s+|the\s+text\s+)?[“\"‘'])"
    rf"(?P<addrs>(?:{QUOTED_ADDRESS}|.)+?)"
    rf"(?:\s*{STOP}|(?P<reading>,?\s+(?:reading|which\s+reads)\s*:?\s*))",
    re.I,
)
REWORD_WITHIN = re.compile(
    r"replace\s+the\s+(?:existing|whole|entire|current)\s+(?:text|wording)(?:\s+of\s+the\s+paragraph)?\s+"
    r"(?:with|by)(?:\s+the\s+following(?:\s+text)?)?\s*:?\s*",
    re.I,
)
"""In a sentence about the paragraph: "In operative paragraph 3, replace the existing text with …"."""
REWORD = (
    re.compile(
        rf"(?:replace|amend|change|revise)\s+(?![“\"‘'])(?:the\s+(?:text|wording)\s+of\s+)?{_ADDR}\s+"
        r"(?:(?:with|by)(?:\s+the\s+following(?:\s+text)?)?|to\s+read(?:\s+as\s+follows)?|(?P<follows>as\s+follows))"
        r"\s*:?\s*",
        re.I,
    ),
    re.compile(
        rf"{_ADDR}\s+(?:should|shall|is\s+to)\s+(?:now\s+)?(?:be\s+amended\s+to\s+)?read(?:\s+as\s+follows)?\s*:?\s*",
        re.I,
    ),
    re.compile(
        rf"{_ADDR}\s+(?:(?:should|shall|will|is\s+to|are\s+to|to)\s+be|is)\s+replaced\s+(?:with|by)"
        r"(?:\s+the\s+following(?:\s+text)?)?\s*:?\s*",
        re.I,
    ),
)


@dataclass(frozen=True, slots=True)
class Where:
    """Where new paragraphs go, of which kind, and how many the instruction announces."""

    after: str
    kind: str
    parent: str
    count: int
    named: str = ""
    """The paragraph they are said to follow ("after operative paragraph 2"), if one is."""
    label: str = ""
    """The number they are announced with ("4 bis", "5", "(c)"), by which later changes name them."""


def read_insert(s: str, pos: int, paras: Paragraphs, within: str = "") -> tuple[Where, int] | None:
    """Where the new paragraphs go; ``within`` is the paragraph the sentence is about ("In operative
    paragraph 4, add a new sub-paragraph (f), reading: …"), whose items its addresses may name alone."""
    m = next((m for p in _INSERTS if (m := p.match(s, pos))), None)
    if not m:
        return None
    where = where_of(m, paras, within, must_place=m.re in _PLACELESS)
    return (where, m.end()) if where else None


def where_of(
    m: re.Match[str], paras: Paragraphs, within: str, must_place: bool, home: str = ""
) -> Where | None:
    """Where a new paragraph announced as ``m`` goes (None when it says nowhere and ``must_place``);
    ``home``: the paragraph it comes out of, which it follows when it is said nowhere."""
    groups = m.groupdict()
    within = paras.resolve(groups["inside"]) if groups.get("inside") else within  # "at the end of OP4"
    if groups.get("letter"):  # "add a new sub-paragraph (c) to operative paragraph 4"
        if not (groups["addr"] or within):
            return None
        parent = paras.resolve(groups["addr"]) if groups["addr"] else within
        n = letters_index(m["letter"].lower()) + (1 if groups["follows"] else 0)  # "(b bis)" follows (b)
        after = paras.item(parent, [letters(n - 1)]) if n > 1 else parent
        return Where(after, "sub-item", parent, 1, label=f"({m['letter'].lower()})")
    where = (groups.get("where") or "").lower()
    address = groups.get("addr")
    word = re.sub(r"s$", "", " ".join(m["kind"].lower().split()))
    label = " ".join(filter(None, (groups.get("num"), (groups.get("latin") or "").lower())))
    layout = paras.layout
    anchor = ""
    if not where and groups.get(
        "latin"
    ):  # "insert a new operative paragraph 4 bis": after operative paragraph 4
        where, address = "after", f"{m['kind']} {m['num']}"
    elif not where and groups.get("num"):  # "a new operative paragraph 5": the fifth once it is in
        where, anchor = "after", _numbered(layout, NEW_KINDS.get(word, "operative"), int(m["num"]))
    elif not where and within and NEW_KINDS.get(word, "sub-item") == "sub-item":  # its last item, then
        items = layout.children(within, "sub-item")
        after = items[-1] if items and not groups.get("start") else within  # "at the beginning": first
        return Where(after, "sub-item", within, _count(m))
    elif groups.get("inside"):  # a paragraph "at the end of operative paragraph 4": after it
        where, address = "after", groups["inside"]
    elif not where and not groups.get("end") and home:  # "… and make it a new paragraph": after its own
        where, anchor = "after", home
    elif not where and not groups.get("end") and must_place:
        return None
    if word == "paragraph" and groups.get("preamble"):  # "at the end of the preamble, insert …"
        word = "preambular paragraph"
    if where and address:
        anchor = paras.resolve_within(address, within)
    if groups.get("end") and not groups.get("inside"):  # "… at the end": after the last of its kind
        where, anchor = "after", layout.last(NEW_KINDS.get(word, "operative"))  # one this list added too
    kind = NEW_KINDS.get(word, "sub-item")
    if word == "paragraph":  # the kind of the paragraph it follows
        kind = layout.kind[anchor] if anchor and layout.kind[anchor] in NUMBERED_KINDS else "operative"
    parent = ""
    if kind == "sub-item" and anchor:
        first_child = where != "before" and layout.kind[anchor] != "sub-item"
        parent = anchor if first_child else layout.parent[anchor]
    if where == "before":
        return Where(layout.before(anchor) if anchor else "", kind, parent, _count(m), label=label)
    after = layout.past_placed(anchor, parent) if anchor else ""
    return Where(after, kind, parent, _count(m), anchor, label)


def _numbered(layout: Layout, kind: str, number: int) -> str:
    """The ``after`` that gives a new paragraph of ``kind`` the number ``number`` in the text as it stands."""
    siblings = layout.children("", kind)
    if not siblings:
        return layout.last(kind)
    return siblings[min(number, len(siblings) + 1) - 2] if number > 1 else layout.before(siblings[0])


def _count(m: re.Match[str]) -> int:
    count = (m.groupdict().get("count") or "a").lower()
    return int(count) if count.isdigit() else _COUNTS[count]


def reading(s: str, pos: int, marker: str) -> tuple[str, int]:
    """New text after "reading:": quoted, or running to the next instruction of the list (``marker``)."""
    end = len(s)
    if marker:
        nxt = re.compile(rf"\s{marker}\s+(?={STARTS})", re.I).search(s, pos)
        end = nxt.start() if nxt else end
    q = _QUOTED_TEXT.match(s, pos)
    renumber = re.compile(r",?\s+and\s+renumber\b[^.;]*\.?").match(s, q.end()) if q else None
    if q and (q.end() == end or re.match(rf"\s+{STARTS}", s[q.end() : end]) or renumber):
        text, pos = q[1][1:-1].strip(), renumber.end() if renumber else q.end()
    else:
        text, pos = s[pos:end].strip(), end
        wrapped = re.fullmatch(r"[“\"‘](.*)[”\"’]\.?", text, re.S)
        text = wrapped[1].strip() if wrapped else text
    if not text:
        raise InstructionError("the new paragraph's text is missing (write it after “reading:”)")
    return text, pos


_BETWEEN_QUOTED = re.compile(r"(?:[”\"’][^\S\n]*)?\n\n\s*(?:[“\"‘])?")
"""Between two paragraphs of new text, each quoted on its own (the outer quotes are gone already)."""


def new_paragraphs(text: str, count: int) -> list[str]:
    """The paragraphs of new text, each quoted or not: as many as announced, a block that does not
    end a paragraph (a page break inside one) joined to the next."""
    blocks: list[str] = []
    for block in _BETWEEN_QUOTED.split(text):
        if blocks and (count == 1 or not blocks[-1].rstrip('”"’').endswith((";", ",", ".", ":"))):
            blocks[-1] += " " + block
        else:
            blocks.append(block)
    if len(blocks) != count:
        raise InstructionError(f"{count} new paragraphs announced, {len(blocks)} found in the text after it")
    return blocks


def _words(text: str) -> str:
    """Words alone: no markup, no note marks (``[^1]``, or a document's asterisks after a word)."""
    bare = re.sub(r"(?<=\S)\*+(?=[\s,;.]|$)", "", FOOTNOTE_REF_RE.sub("", text))
    return " ".join(plain_text(bare).split()).rstrip(" ,;.")


def check_quoted(paras: Paragraphs, ids: list[str], quoted: str) -> None:
    """ "Delete the thirty-eighth preambular paragraph reading: …": the wording must be that paragraph's."""
    if len(ids) != 1:
        raise InstructionError("the wording quoted after “reading” can name one paragraph only")
    (pid,) = ids
    if _words(paras.by_id[pid].text) != _words(quoted):
        words = _words(quoted)
        snippet = words if len(words) <= 60 else words[:59] + "…"
        raise InstructionError(f"{paras.name(pid)} does not read “{snippet}”")


def read_delete(s: str, pos: int, paras: Paragraphs, marker: str) -> tuple[list[Op], int] | None:
    """ "Delete operative paragraphs 5, 6 and 10", "Delete the … paragraph reading: …" (checked)."""
    m = DELETE.match(s, pos) or DELETED.match(s, pos)
    if not m:
        return None
    pos = m.end()
    ids = paras.targets(m["addrs"])
    if TITLE_ID in ids:
        raise InstructionError("the title can be amended, not deleted")
    if m.groupdict().get("reading"):
        quoted, pos = reading(s, pos, marker)
        check_quoted(paras, ids, quoted)
    covered = set().union(*(paras.layout.family(pid) - {pid} for pid in ids))
    return [
        Op("delete", target=pid, base_text=paras.by_id[pid].text) for pid in ids if pid not in covered
    ], pos
