"""Linking an event to its date and place through the syntax of its own clause.

A date or place phrase inside the event's subtree belongs to it; one that sits
under another event's head never does. Failing that, a single free phrase in the
sentence, then the dateline's place, stand in.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .mentions import DateMention, EventMention, PlaceMention

LOCATIVE = {
    "in",
    "near",
    "at",
    "outside",
    "inside",
    "on",
    "off",
    "across",
    "around",
    "along",
    "from",
    "into",
    "over",
    "north",
    "south",
    "east",
    "west",
    "towards",
    "toward",
}
DATELINE = re.compile(r"^\s*([A-Z][A-Z .'\-]{2,40}?)(?:,\s*[A-Za-z .]+?)?\s*(?:,|\(|—|–|-{1,2})")


def _in_subtree(token: Token, root: Token) -> bool:
    return root.left_edge.i <= token.i <= root.right_edge.i and (
        token.i == root.i or root in token.ancestors
    )


def _owner(token: Token, heads: set[int]) -> int | None:
    """The nearest event head above a token (None if no event governs it)."""
    for ancestor in (token, *token.ancestors):
        if ancestor.i in heads:
            return ancestor.i
    return None


def event_date(
    doc: Doc, event: EventMention, heads: set[int], dates: list[DateMention]
) -> DateMention | None:
    head = doc[event.head]
    sent = head.sent
    local = [d for d in dates if sent.start <= d.start < sent.end]
    owned = [d for d in local if _owner(doc[d.start : d.end].root, heads) == event.head]
    if owned:
        return owned[0]
    free = [d for d in local if _owner(doc[d.start : d.end].root, heads) is None]
    return free[0] if len(free) == 1 else None


def event_place(
    doc: Doc,
    event: EventMention,
    heads: set[int],
    places: list[PlaceMention],
    actor_tokens: set[int],
) -> PlaceMention | None:
    head = doc[event.head]
    sent = head.sent
    local = [
        p
        for p in places
        if sent.start <= p.start < sent.end
        and not any(i in actor_tokens for i in range(p.start, p.end))
    ]

    def locative(p: PlaceMention) -> bool:
        root = doc[p.start : p.end].root
        return (root.dep_ == "pobj" and root.head.lower_ in LOCATIVE) or root.dep_ == "appos"

    owned = [p for p in local if _owner(doc[p.start : p.end].root, heads) == event.head]
    for group in (owned,):
        ranked = sorted(group, key=lambda p: (not locative(p), p.start))
        if ranked:
            return ranked[0]
    free = [p for p in local if _owner(doc[p.start : p.end].root, heads) is None and locative(p)]
    return free[0] if len(free) == 1 else None


def dateline_place(doc: Doc, places: list[PlaceMention]) -> PlaceMention | None:
    """'BAGHDAD, Jan 4 —' opens a wire story: its place stands for undated places."""
    match = DATELINE.match(doc.text[:80])
    if not match:
        return None
    end = match.end(1)
    return next((p for p in places if doc[p.start].idx < end), None)
