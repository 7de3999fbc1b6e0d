"""From an annotated Doc to `Event` records: ids, evidence, date, place, confidence.

Dates and places are linked to an event through the syntax of its own clause: a
date or place phrase inside the event's subtree belongs to it; one that sits under
another event's head never does. Failing that, the dateline's place and the
publication date stand in, marked as such.
"""

from __future__ import annotations

import copy

from spacy.tokens import Doc, Span

from ..about import coder_version
from ..schema import Actor, Document, Event, Place, make_event_id
from .codes import MATERIAL_ROOTS, VERBAL_ROOTS, lookup, plover_of
from .linking import dateline_place, event_date, locate_event
from .mentions import ActorMention, DateMention, EventMention, PlaceMention
from .words import REPORTING_VERBS

FRAME_CONFIDENCE = {"verb": 0.8, "light": 0.8, "noun": 0.65, "declared": 0.7}


def _confidence(event: EventMention) -> float:
    score = FRAME_CONFIDENCE[event.frame]
    for actor in (event.source, event.target):
        if actor is None:
            score -= 0.15
        elif not actor.actor.country:
            score -= 0.1
    if event.source is not None and event.target is not None:
        score += 0.1
    return round(max(0.05, min(0.99, score)), 2)


# Deeds fall on the country where they happen, and so do investigations (09).
PLACED_ROOTS = MATERIAL_ROOTS | {"09"}
# Meetings and agreements happen at a venue that says nothing of who meets.
MEETING_ROOTS = {"04", "05"}
# Agreements whose place is only where they were signed ("a ceasefire in Pretoria").
VENUES = ("0871", "062")


def placed_in_phrase(
    doc: Doc, mention: ActorMention | None, actor: Actor | None, places: list[PlaceMention]
) -> None:
    """'Darfur rebels', 'Gaza militants', 'the Sindh government': a group the text
    names only by the place in its own phrase belongs to that place's country, and so
    do people from a place ("a missionary from Calgary")."""
    if actor is None or mention is None or actor.country:
        return
    if mention.kind not in ("sector", "unknown"):
        return
    end = mention.end
    if end + 1 < len(doc) and doc[end].lower_ == "from" and doc[end].head.i == mention.head:
        end += 2  # the place's first word follows "from"
    for place in places:
        if mention.start <= place.start < end and place.place.country:
            if place.place.feature == "sea" or place.place.country == actor.sponsor:
                continue  # "Israel's militia ally": the backer is not where they are
            actor.country = place.place.country
            actor.code = f"{place.place.country}{actor.sector or ''}"
            return


# Gunmen and assailants nobody has identified may have come from anywhere: the place
# of the attack says where it happened, not who they are.
UNIDENTIFIED = "UAF"


def place_actors(
    event: EventMention,
    source: Actor | None,
    target: Actor | None,
    place: Place,
    located: bool = True,
) -> tuple[Actor | None, Actor | None]:
    """What the place of an event says about its actors.

    Protesters or police without a country act where the event happens (unidentified
    gunmen do not: nobody knows where they came from); and a
    material event with no named target ("bombed towns in Idlib", "lifted the curfew
    in Montenegro") falls on the country where it happens. Seas and places without a
    country say nothing.
    """
    if not place.country or place.feature == "sea":
        return source, target
    if event.code[:2] in MEETING_ROOTS or event.code.startswith(VENUES):
        return source, target  # "talks in Doha", "signed a roadmap in Barbados": a venue
    # a place that is only what the event is about ("retaliating for American support
    # for Israel") may still be its target, but says nothing of where its source is
    pairs = (
        [(target, event.target)]
        if not located
        else [(source, event.source), (target, event.target)]
    )
    for actor, mention in pairs:
        if (
            actor is not None
            and not actor.country
            and mention is not None
            and (mention.kind in ("sector", "unknown"))
            and actor.sector != UNIDENTIFIED
        ):
            actor.country = place.country
            actor.code = f"{place.country}{actor.sector or ''}"
    if source is None and located and event.code.startswith(tuple(STATE_ACTS)):
        # "was arrested in Lebanon", "put under investigation in Italy": only a state's
        # own authorities arrest, try, deport or investigate within its borders; no
        # words name them (an empty text)
        sector = next(v for k, v in STATE_ACTS.items() if event.code.startswith(k))
        source = Actor(
            text="", name=None, code=f"{place.country}{sector}", country=place.country,
            sector=sector,
        )  # fmt: skip
    if target is None and event.code[:2] in PLACED_ROOTS and not event.code.startswith(VENUES):
        target = Actor(text=place.name, name=place.name, code=place.country, country=place.country)
    return source, target


# Acts only a state's own authorities perform within its borders, with the sector
# that performs them: arrest and detention, deportation, convictions, criminal
# investigations, administrative sanctions, curfews and emergencies.
STATE_ACTS = {"173": "COP", "174": "GOV", "116": "JUD", "091": "JUD", "172": "GOV"}
# Protest and repression are domestic unless the text says otherwise: "thousands of
# Iranians protested", "the Taliban barred women from universities", "authorities
# arrested 2,000 people" fall on the actor's own country (CAMEO's domestic coding).
DOMESTIC_ROOTS = {"14", "17"}
MATERIAL_CONFLICT_ROOTS = {"18", "19", "20"}
# Codes whose act is domestic whatever their root: easing curfews, emergencies and
# bans (081x), political dissent (082), reform (083), and threats of repression.
DOMESTIC_CODES = ("081", "082", "083", "132", "137")


def domestic_target(
    event: EventMention, source: Actor | None, target: Actor | None
) -> Actor | None:
    """The target of a protest or a repressive act that names no foreign one."""
    if source is None or not source.country:
        return target
    if len(source.country) != 3 or source.country in NON_STATE:
        return target
    if event.code[:2] in VERBAL_ROOTS and not event.code.startswith(DOMESTIC_CODES):
        # "Yoon accused the opposition", "Iran condemned the protesters": a statement
        # about a home group the text gives no country is about the speaker's own
        mention = event.target
        if (
            target is not None
            and not target.country
            and mention is not None
            and mention.kind == "sector"
            and target.sector in HOME_SECTORS
        ):
            target.country = source.country
            target.code = f"{source.country}{target.sector or ''}"
        return target
    if (
        event.code[:2] in MATERIAL_CONFLICT_ROOTS
        and source.sector == "COP"
        and target is not None
        and not target.country
        and event.target is not None
        and event.target.kind == "sector"
        and target.sector in HOME_SECTORS
    ):
        # "Ugandan security forces killed at least 54 people": police act at home, and
        # the people they kill, with no other country named, are their own country's
        target.country = source.country
        target.code = f"{source.country}{target.sector or ''}"
        return target
    if event.code[:2] not in DOMESTIC_ROOTS and not event.code.startswith(DOMESTIC_CODES):
        return target
    if target is None:
        # no words name this target: the record says so with an empty text
        return Actor(text="", name=None, code=source.country, country=source.country)
    mention = event.target
    if (
        not target.country
        and mention is not None
        and mention.kind in ("sector", "unknown")
        and (target.name or "") not in ENVOYS
    ):
        target.country = source.country
        target.code = f"{source.country}{target.sector or ''}"
    return target


# Envoys are foreigners where they are expelled or summoned: never the state's own.
ENVOYS = {"diplomat", "ambassador", "envoy", "attache", "attaché", "consul", "chargé"}


def home_source(event: EventMention, source: Actor | None, target: Actor | None) -> Actor | None:
    """'Islamic fundamentalists demanded the resignation of Algerian President Ben
    Bella', 'Judge Rivera opened investigations against 28 Chilean officials': a home
    group the text gives no country, confronting or addressing a state's own
    institutions, belongs to that state (CAMEO's and PLOVER's domestic coding)."""
    if source is None or source.country or target is None or not target.country:
        return source
    if len(target.country) != 3 or target.country in NON_STATE:
        return source
    mention, aimed = event.source, event.target
    if mention is None or aimed is None or mention.kind not in ("sector", "unknown"):
        return source
    if source.sector not in HOME_SECTORS | {"REB", "OPP"}:
        return source
    if source.sector == "REB" and event.code[:2] not in VERBAL_ROOTS:
        return source  # militias that attack a state's forces may well be foreign
    if event.code[:2] not in VERBAL_ROOTS | {"14"}:
        return source
    if aimed.kind == "country" and event.code[:2] in ("05", "12"):
        return source  # "Islamists refused to recognise Israel": a state recognised or
        # rejected by name is dealt with from outside
    state_itself = aimed.kind in ("country", "capital", "seat") and (
        target.sector in STATE_SECTORS or not target.sector
    )
    if target.sector not in STATE_SECTORS and not state_itself:
        return source
    source.country = target.country
    source.code = f"{target.country}{source.sector or ''}"
    return source


NON_STATE = {"IGO", "UNO", "EUR", "NGO", "IMG", "MNC"}
# A state's own institutions, which its own opposition, courts and citizens address.
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG"}
# Groups that belong to a country's own politics: the opposition, parties, courts,
# police, unions, students, the media, civilians. Armed groups ("militant groups
# backed by Iran") and soldiers may as well be foreign.
HOME_SECTORS = {"OPP", "PTY", "LEG", "JUD", "COP", "LAB", "EDU", "MED", "CVL", "BUS", "REL"}


def _in_event_clause(doc: Doc, event: EventMention, place: PlaceMention) -> bool:
    """A sentence's free place speaks for an event's actors only outside the words
    that attribute it ("sources in neighbouring Pakistan said", "Biden said in Tokyo")."""
    token = doc[place.start]
    for _ in range(8):
        if token.i == event.head:
            return True
        if (
            token.dep_ == "prep"
            and token.head.i != event.head
            and token.head.lemma_.lower() in REPORTING_VERBS
        ):
            return False  # "…, President Biden said in Tokyo": where it was said
        if token.head.i == token.i:
            return True
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in REPORTING_VERBS:
            return False
        token = token.head
    return True


def _dated_modality(modality: str, date: DateMention | None, pub_date: str | None) -> str:
    """'a meeting of the Russia-NATO Council next week': an event its own words date
    after the publication has not happened yet."""
    if modality != "asserted" or date is None or not pub_date:
        return modality
    size = {"day": 10, "month": 7, "year": 4}.get(date.precision)
    if size is None:
        return modality
    return "future" if date.value[:size] > pub_date[:size] else modality


def _written_as_place(doc: Doc, event: EventMention, place: PlaceMention) -> bool:
    """A place under 'for', 'to', 'with', 'from' or 'about' ("retaliating for American support for
    Israel") is what the event is about, not where it happens."""
    root = doc[place.start : place.end].root
    if root.dep_ == "pobj" and root.head.lower_ in ("for", "to", "with", "from", "about"):
        return False
    if event.code[:2] in VERBAL_ROOTS:
        # "lawmakers urged Biden to strike targets inside Iran": the act a statement is
        # about may happen there; the statement was not made there
        for ancestor in root.ancestors:
            if ancestor.i == event.head:
                break
            if ancestor.dep_ in ("xcomp", "ccomp") and ancestor.head.i == event.head:
                return False
    return True


def _span_text(doc: Doc, start: int, end: int) -> tuple[str, int, int]:
    span: Span = doc[start:end]
    return span.text, span.start_char, span.end_char


def doc_events(doc: Doc, document: Document) -> list[Event]:
    """Event records of one coded Doc."""
    events: list[EventMention] = doc._.fp_events or []
    dates: list[DateMention] = doc._.fp_dates or []
    places: list[PlaceMention] = doc._.fp_places or []
    heads = {e.head for e in events}
    sentence_starts = [s.start for s in doc.sents]
    dateline = dateline_place(doc, places)
    version = coder_version()
    records: list[Event] = []
    others_actors = {
        i
        for e in events
        for m in (e.source, e.target)
        if m is not None and m.kind not in ("capital", "place", "sector", "unknown")
        for i in range(m.start, m.end)
    }
    for event in events:
        code = lookup(event.code)
        plover_type, plover_mode = plover_of(event.code)
        head = doc[event.head]
        sent = head.sent
        sentence_index = sentence_starts.index(sent.start)
        trigger, start, end = _span_text(doc, *event.trigger)
        date = event_date(doc, event, heads, dates)
        # The event's own actors are not where it happens ("Iraq condemned …"); any
        # other name in its clause may be ("struck targets in Iraq").
        verbal = event.code[:2] in VERBAL_ROOTS
        actor_tokens = {
            i
            for m in (event.source, event.target)
            # a capital struck is where the blow fell; a capital that acts, or is
            # appealed to or talked with, is the government ("Moscow struck Kyiv" did
            # not happen in Moscow)
            if m is not None
            and (
                m.kind not in ("capital", "place")
                or (m.kind == "capital" and (verbal or m is event.source))
            )
            for i in range(m.start, m.end)
        }
        # "… drew condemnation from Britain": a country that acts in another event of
        # the sentence is an actor there, not where this one happened
        actor_tokens |= others_actors
        own_place, owned = locate_event(doc, event, heads, places, actor_tokens)
        place = own_place or dateline
        source = copy.copy(event.source.actor) if event.source else None
        target = copy.copy(event.target.actor) if event.target else None
        placed_in_phrase(doc, event.source, source, places)
        placed_in_phrase(doc, event.target, target, places)
        if own_place is not None and (owned or _in_event_clause(doc, event, own_place)):
            located = _written_as_place(doc, event, own_place)
            source, target = place_actors(event, source, target, own_place.place, located)
        target = domestic_target(event, source, target)
        source = home_source(event, source, target)
        actors = f"{source.name if source else ''}>{target.name if target else ''}"
        if date is not None:
            date_value, precision, date_text = date.value, date.precision, date.text
        elif document.pub_date:
            date_value, precision, date_text = document.pub_date, "day", "pub_date"
        else:
            date_value = precision = date_text = None
        records.append(
            Event(
                event_id=make_event_id(
                    document.doc_id, sentence_index, start, end, event.code, actors
                ),
                doc_id=document.doc_id,
                sentence_index=sentence_index,
                sentence=sent.text,
                trigger=trigger,
                start=start,
                end=end,
                event_type=plover_type,
                event_mode=plover_mode,
                cameo_code=event.code,
                cameo_root=event.code[:2],
                quad_class=code.quad_class if code else None,
                goldstein=code.goldstein if code else None,
                modality=_dated_modality(event.modality, date, document.pub_date),
                source=source,
                target=target,
                attribution=copy.copy(event.attribution) if event.attribution else None,
                date=date_value,
                date_precision=precision,
                date_text=date_text,
                location=Place(**vars(place.place)) if place else None,
                confidence=_confidence(event),
                coder_version=version,
            )
        )
    return records
