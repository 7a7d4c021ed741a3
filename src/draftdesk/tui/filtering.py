"""What `/` keeps: the paragraphs and queued amendments whose words, organizations or number match.

A query is words; an item matches when each word is found (case aside) in one of its fields, so
"undp op4" finds UNDP's amendments to OP4 and "welcome" any text with that word.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from draftdesk.engine.merge import Negotiation
from draftdesk.tui.amendment_lists import QueueRow


def matches(query: str, fields: Iterable[str]) -> bool:
    """Each word of ``query`` is in one of ``fields`` (an empty query matches everything)."""
    haystack = "\n".join(fields).casefold()
    return all(word in haystack for word in query.casefold().split())


def matching_paragraphs(neg: Negotiation, query: str, amendments_on: Callable[[str], list[str]]) -> set[str]:
    """The ids of the agreed paragraphs (and the title) ``query`` matches: by number and id, text,
    who wrote their words, and the ids, authors, co-sponsors and symbols of the amendments on them."""
    numbers = neg.numbers()
    out = set()
    for p in neg.text:
        number = numbers.get(p.id)
        fields = [p.id, number.label if number else "", p.text, *{run.org for run in neg.runs(p.id)}]
        for aid in amendments_on(p.id):
            amendment = neg.amendments[aid]
            fields += [aid, amendment.author, amendment.symbol, *neg.state(aid).cosponsors]
        if matches(query, fields):
            out.add(p.id)
    return out


def matching_rows(rows: Iterable[QueueRow], query: str) -> list[QueueRow]:
    """The queue's rows ``query`` matches, by paragraph, sponsors, symbol, id or change."""
    return [
        r for r in rows if matches(query, (r.paragraph, r.sponsors, r.symbol, r.amendment, r.summary, r.why))
    ]
