"""Linking an event to its date and place through the syntax of its own clause.

A date or place phrase inside the event's subtree belongs to it; one that sits under
another event's head never does — "Israel struck Rafah after Hamas fired rockets from
Khan Younis" gives the strike Rafah and the rocket fire Khan Younis. Failing its own
clause, an event takes what its sentence says and no other event claims: a single
free date, the first free place written as a location ("in", "near", "outside" …) or
the sentence's only free place. Failing that, `dateline_place` (the wire story's
"BAGHDAD, Jan 4 —") stands in for the place; `records.py` falls back to the
publication date, marked `date_text="pub_date"`.

Places inside an actor's name are not locations: in "Iraq accused Syria" neither
country is where anything happened (`records.py` passes those tokens).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .mentions import DateMention, EventMention, PlaceMention
from .places import dateline_end, dateline_span

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
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "towards",
    "toward",
    "within",
    "throughout",
    "between",
    "outskirts",
    "through",
}
# How closely a feature pins an event down (smaller: more specific).
SPECIFIC = {"site": 0, "city": 1, "region": 2, "sea": 2, "country": 3}
# "south of Baghdad", "on the outskirts of Aleppo": the preposition's own head says where.
DIRECTION_HEADS = {"north", "south", "east", "west", "outskirts", "edge", "border", "area"}


def _owner(token: Token, heads: set[int]) -> int | None:
    """The nearest event head above a token (None if no event governs it)."""
    for ancestor in (token, *token.ancestors):
        if ancestor.i in heads:
            return ancestor.i
    return None


def _other_clause(token: Token, head: int) -> bool:
    """Does the token sit in a subordinate clause of its own ("… once the war in Gaza
    ends", "… if Russia invades Ukraine") between it and the event's head?"""
    for ancestor in (token, *token.ancestors):
        if ancestor.i == head:
            return False
        if ancestor.dep_ == "advcl" and any(c.dep_ == "mark" for c in ancestor.children):
            return True
    return False


def _root(doc: Doc, start: int, end: int) -> Token:
    span: Span = doc[start:end]
    return span.root


def is_locative(token: Token) -> bool:
    """Written as a location: object of a locative preposition ("in Gaza", "south of
    Baghdad", "on the outskirts of Aleppo"), an apposition or a locative modifier."""
    if token.dep_ in ("appos", "npadvmod"):
        return True
    if token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ in LOCATIVE:
        return True
    if prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_HEADS:
        # "in the southern Iranian city of Kerman": the place noun's own phrase says
        return is_locative(prep.head)
    return prep.lower_ == "of" and prep.head.lower_ in DIRECTION_HEADS


def _where(token: Token, head: int) -> bool:
    if _origin(token):
        return False  # "a missionary from Calgary was arrested in Lebanon"
    return is_locative(token) or (token.dep_ == "dobj" and token.head.i == head)


def _origin(token: Token) -> bool:
    """'from' a place after a noun that is no event: where someone comes from."""
    return (
        token.dep_ == "pobj"
        and token.head.lower_ == "from"
        and token.head.head.pos_ in ("NOUN", "PROPN")
        and token.head.head.tag_ != "VBG"
    )


def event_date(
    doc: Doc, event: EventMention, heads: set[int], dates: list[DateMention]
) -> DateMention | None:
    """The date of the event's own clause, else the sentence's single unclaimed date."""
    sent = doc[event.head].sent
    # The dateline's date ("BAGHDAD, Jan 4 —") says when the story was filed, not when
    # its events happened.
    filed = dateline_end(doc) or 0
    local = [d for d in dates if sent.start <= d.start < sent.end and doc[d.start].idx >= filed]
    owners = [_owner(_root(doc, d.start, d.end), heads) for d in local]  # each walked once
    owned = [d for d, owner in zip(local, owners, strict=True) if owner == event.head]
    if owned:
        return owned[0]
    free = [d for d, owner in zip(local, owners, strict=True) if owner is None]
    return free[0] if len(free) == 1 else None


def event_place(
    doc: Doc,
    event: EventMention,
    heads: set[int],
    places: list[PlaceMention],
    actor_tokens: set[int],
) -> PlaceMention | None:
    """The place of the event's own clause, else an unclaimed place of its sentence."""
    return locate_event(doc, event, heads, places, actor_tokens)[0]


# Nouns whose of-phrase names the place itself: "the city of Kerman".
PLACE_HEADS = {"city", "town", "village", "province", "region", "district", "port",
               "capital", "state", "governorate", "area", "island"}  # fmt: skip


def locate_event(
    doc: Doc,
    event: EventMention,
    heads: set[int],
    places: list[PlaceMention],
    actor_tokens: set[int],
) -> tuple[PlaceMention | None, bool]:
    """`event_place`, and whether the place belongs to the event's own clause (only
    such a place may say who the event's actors are; "sources in Pakistan said" may
    place an event but never makes Pakistan its target)."""
    sent = doc[event.head].sent
    filed = _filed(doc)  # the dateline says where the story was filed, not where
    local = [
        p
        for p in places
        if sent.start <= p.start < sent.end
        and not (filed is not None and filed[0] <= doc[p.start].idx < filed[1])
    ]
    if any(i in actor_tokens for p in local for i in range(p.start, p.end)):
        # A name the actor stage only guessed at (a 'PERSON' it does not know) that the
        # place stage recognised as a town stays a place: "struck Rafah". (Gathered
        # only when a place of the sentence lies in an actor at all.)
        guessed = {
            i for m in doc._.fp_actors or [] if m.kind == "unknown" for i in range(m.start, m.end)
        }
        local = [
            p
            for p in local
            if not any(i in actor_tokens and i not in guessed for i in range(p.start, p.end))
        ]
    roots = {id(p): _root(doc, p.start, p.end) for p in local}  # each found once
    owners = {
        id(p): None if _in_time_phrase(roots[id(p)]) else _owner(roots[id(p)], heads) for p in local
    }  # "resumed attacks after the Gaza ceasefire": a phrase of time says when
    local = [p for p in local if not _in_time_phrase(roots[id(p)])]
    head = event.head
    owned = [p for p in local if owners[id(p)] == head and not _other_clause(roots[id(p)], head)]
    verb = doc[head]
    if not owned and verb.dep_ == "conj" and verb.head.i in heads and verb.pos_ == "VERB":
        # "stormed the embassy in Baghdad and set fire to a reception area": a verb
        # joined to another event's verb, with no place of its own, is in its scene
        head = verb.head.i
        owned = [
            p for p in local if owners[id(p)] == head and not _other_clause(roots[id(p)], head)
        ]
    if owned:
        # A place written as a location ("in Rafah") or as what was struck ("struck
        # Rafah") beats one that only names something ("the Gaza ministry"); then the
        # most specific: "struck Rafah in the Gaza Strip" happened in Rafah.
        best = min(
            owned,
            key=lambda p: (
                not _where(roots[id(p)], head),
                SPECIFIC.get(p.place.feature or "", 3),
                abs(p.start - head),
            ),
        )
        return best, True
    free = [p for p in local if owners[id(p)] is None]
    located = [p for p in free if is_locative(roots[id(p)])]
    if located:
        return located[0], False
    return (free[0] if len(free) == 1 else None), False


# Prepositions of a phrase that says when, not where: "after the Gaza ceasefire".
TIME_PREPS = {"after", "before", "since", "until", "following", "ahead"}


def _in_time_phrase(token: Token) -> bool:
    """Is the place named inside a phrase of time ("since the Ukraine war")?"""
    for ancestor in token.ancestors:
        if ancestor.dep_ == "prep":
            return ancestor.lower_ in TIME_PREPS
        if ancestor.pos_ in ("VERB", "AUX"):
            return False
    return False


def _filed(doc: Doc) -> tuple[int, int] | None:
    """The dateline's character span, found once per document (every event asks)."""
    if "fp_filed" not in doc.user_data:
        doc.user_data["fp_filed"] = dateline_span(doc)
    return doc.user_data["fp_filed"]


def dateline_place(doc: Doc, places: list[PlaceMention]) -> PlaceMention | None:
    """'BAGHDAD, Jan 4 —' opens a wire story: its place stands for undated places."""
    span = dateline_span(doc)
    if span is None:
        return None
    return next(
        (p for p in places if span[0] <= doc[p.start].idx < span[1]),
        None,
    )
