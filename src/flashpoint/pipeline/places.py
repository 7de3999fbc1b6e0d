"""Stage 6 — places: toponyms → gazetteer → coordinates.

Toponyms are the parser's GPE, LOC and FAC entities plus the curated names of our
gazetteer (bases, seas, regions) that the parser missed. A name usually has several
candidates ("Alexandria": Egypt, Virginia, Louisiana …); the document decides:

1. a qualifier written next to the name: "Alexandria, La.", "Rafah, Gaza";
2. the dateline ("BAGHDAD, Jan 4 —") and other names with a single meaning anchor
   the story on the map;
3. the countries and states the article mentions — by toponyms and by actors
   ("Iraqi forces") — pull their places ahead of namesakes elsewhere;
4. population and feature type settle the rest; a foreign-language variant of a
   big city's name loses to a place that bears the name itself.

Resolution runs twice: the first pass's choices become the context of the second,
so one anchored name helps its neighbours. Demonyms ("Iraqi") are adjectives, never
places here (the parser tags them NORP); `resolve_spans` with `demonyms=True`
resolves them to their country for gold spans that count them as toponyms.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..schema import Place
from .catalog import load_catalog
from .gazetteer import Candidate, Gazetteer, load_gazetteer, normalise
from .mentions import PlaceMention

TOPONYM_LABELS = {"GPE", "LOC", "FAC"}
# Catalog kinds whose names are actors, not places ("the White House", "Hezbollah").
NOT_PLACES = {"seat", "organization", "group", "person"}
# A dateline opens the text: capitals, then an optional state/country, then a date or dash.
DATELINE = re.compile(
    r"^\s*(?:\(?[A-Z][A-Za-z]*\)?\s+)?([A-Z][A-Z .'’\-]{2,40}?)"
    r"(?:,\s*([A-Z][A-Za-z .]{1,25}?))?\s*(?:\([A-Za-z .]+\)\s*)?(?:,|—|–|-{1,2}|:)"
)
COUNTY_WORDS = ("county", "parish", "borough")
MAX_PHRASE_TOKENS = 6
NEAR_KM, REGION_KM = 120.0, 400.0


@dataclass
class Context:
    """What the document says about where it is."""

    countries: Counter[str] = field(default_factory=Counter)
    admins: Counter[str] = field(default_factory=Counter)
    anchors: list[tuple[float, float, float, str | None]] = field(default_factory=list)

    def add(self, candidate: Candidate, weight: float) -> None:
        place = candidate.place
        if place.country:
            self.countries[place.country] += weight
        if candidate.admin_key:
            self.admins[candidate.admin_key] += weight
        if place.feature in ("city", "site") and place.latitude is not None:
            self.anchors.append((place.latitude, place.longitude, weight, candidate.admin_key))


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0088 * 2 * math.asin(min(1.0, math.sqrt(h)))


def score(candidate: Candidate, context: Context) -> float:
    """Log population, plus what the document says; the weights are in log10 units,
    so +3 lets a town of 1,000 in the story's state beat a city of a million."""
    place = candidate.place
    value = math.log10(candidate.population + 100)
    if candidate.alternate:
        value -= 2.5
    total = sum(context.countries.values())
    if total and place.country:
        value += 3.0 * context.countries[place.country] / total
    if candidate.admin_key and context.admins[candidate.admin_key]:
        value += 2.0 + min(1.0, context.admins[candidate.admin_key] / 4)
    if place.latitude is not None and context.anchors and place.feature in ("city", "site"):
        nearest = min(
            distance_km(place.latitude, place.longitude, a[0], a[1]) for a in context.anchors
        )
        value += 2.0 if nearest < NEAR_KM else 1.0 if nearest < REGION_KM else 0.0
    if candidate.source == "curated":
        value += 1.0  # our own lists name bases, seas and regions the news writes about
    return value


def _qualifier(doc: Doc, span: Span, gazetteer: Gazetteer) -> list[Candidate]:
    """'Alexandria, La.' / 'Rafah, Gaza' / 'Paris (Texas)': the state or country after it."""
    after = doc.text[span.end_char : span.end_char + 40]
    match = re.match(r"\s*[,(]\s*([A-Z][A-Za-z.\- ]{1,30}?)\s*(?:[,.;)\n]|\s[a-z]|$)", after)
    if not match:
        return []
    words = match.group(1).strip()
    key = gazetteer.state_codes.get(normalise(words)) or gazetteer.state_codes.get(
        normalise(words).replace(" ", "")
    )
    if key and (state := gazetteer.region(key)) is not None:
        return [state]
    return [c for c in gazetteer.lookup(words) if c.place.feature in ("country", "region", "city")][
        :3
    ]


def _fits(candidate: Candidate, qualifiers: list[Candidate]) -> bool:
    for qualifier in qualifiers:
        place = qualifier.place
        if place.feature == "country" and candidate.place.country == place.country:
            return True
        if qualifier.admin_key and candidate.admin_key == qualifier.admin_key:
            return True
        if (
            place.feature in ("region", "city")
            and candidate.place.country == place.country
            and candidate.place.latitude is not None
            and distance_km(
                candidate.place.latitude,
                candidate.place.longitude,
                place.latitude,
                place.longitude,
            )
            < 250
        ):
            return True
    return False


def dateline_span(doc: Doc) -> tuple[int, int] | None:
    """Character span of the dateline place ('BAGHDAD' in 'BAGHDAD, Jan 4 —')."""
    match = DATELINE.match(doc.text[:120])
    if not match or not any(c.isalpha() for c in match.group(1)):
        return None
    return match.start(1), match.end(1)


class PlaceResolver:
    """Sets `doc._.fp_places`: the toponyms of the text with their resolved places."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer
        self._not_places: set[str] | None = None

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer()
        return self._gazetteer

    @property
    def not_places(self) -> set[str]:
        if self._not_places is None:
            catalog = load_catalog()
            self._not_places = {
                normalise(alias)
                for alias, entries in catalog.names.items()
                if entries and all(e.kind in NOT_PLACES for e in entries)
            }
        return self._not_places

    def __call__(self, doc: Doc) -> Doc:
        spans = self.toponym_spans(doc)
        mentions = []
        for span, place in zip(spans, self.resolve(doc, spans), strict=True):
            if place is not None:
                mentions.append(PlaceMention(span.start, span.end, place))
        doc._.fp_places = mentions
        return doc

    # --- recognition -----------------------------------------------------------

    def toponym_spans(self, doc: Doc) -> list[Span]:
        """Parser toponyms that are not actor names, plus curated names it missed."""
        spans: list[Span] = []
        taken: set[int] = set()
        for ent in doc.ents:
            if ent.label_ not in TOPONYM_LABELS or normalise(ent.text) in self.not_places:
                continue
            spans.append(ent)
            taken.update(range(ent.start, ent.end))
        blocked = {i for e in doc.ents if e.label_ in ("PERSON", "ORG", "NORP") for i in e}
        blocked = {t.i for t in blocked}
        phrases = self.gazetteer.phrases
        i = 0
        while i < len(doc):
            found = None
            if doc[i].is_title or doc[i].is_upper or doc[i].lower_ in ("al", "el"):
                for n in range(min(MAX_PHRASE_TOKENS, len(doc) - i), 0, -1):
                    window = doc[i : i + n]
                    if any(t.i in taken for t in window) or window[-1].is_punct:
                        continue
                    if n == 1 and (doc[i].i in blocked or doc[i].is_sent_start):
                        continue
                    if normalise(window.text) in phrases:
                        found = window
                        break
            if found is not None:
                spans.append(found)
                taken.update(range(found.start, found.end))
                i = found.end
            else:
                i += 1
        return sorted(spans, key=lambda s: s.start)

    # --- resolution ------------------------------------------------------------

    def candidates(self, span: Span, demonyms: bool = False) -> list[Candidate]:
        gazetteer = self.gazetteer
        text = span.text
        found = gazetteer.lookup(text)
        if not found and demonyms and (country := gazetteer.demonym(text)) is not None:
            found = [country]
        return found

    def resolve_spans(
        self, doc: Doc, char_spans: list[tuple[int, int]], demonyms: bool = True
    ) -> list[Place | None]:
        """Resolve given character spans (gold toponyms) with the document's context."""
        spans = []
        for start, end in char_spans:
            span = doc.char_span(start, end, alignment_mode="expand")
            spans.append(span if span is not None else doc[0:0])
        return self.resolve(doc, spans, demonyms=demonyms)

    def resolve(self, doc: Doc, spans: list[Span], demonyms: bool = False) -> list[Place | None]:
        gazetteer = self.gazetteer
        options = [self.candidates(span, demonyms) if len(span) else [] for span in spans]
        qualifiers = [_qualifier(doc, span, gazetteer) if len(span) else [] for span in spans]
        for i, (found, qualifier) in enumerate(zip(options, qualifiers, strict=True)):
            fitting = [c for c in found if _fits(c, qualifier)]
            if fitting:
                options[i] = fitting
        context = self._first_context(doc, spans, options, qualifiers)
        chosen: list[Candidate | None] = [None] * len(spans)
        for _ in range(2):
            chosen = [
                max(found, key=lambda c: score(c, context)) if found else None for found in options
            ]
            context = self._context(doc, spans, chosen, context)
        places: list[Place | None] = []
        for span, candidate in zip(spans, chosen, strict=True):
            if candidate is None and len(span):
                places.append(self._county(span, context))
            else:
                places.append(candidate.place if candidate else None)
        return places

    def _actor_countries(self, doc: Doc) -> Counter[str]:
        counts: Counter[str] = Counter()
        for mention in doc._.fp_actors or []:
            country = mention.actor.country
            if country and len(country) == 3 and country.isalpha() and country.isupper():
                counts[country] += 1
        return counts

    def _first_context(
        self,
        doc: Doc,
        spans: list[Span],
        options: list[list[Candidate]],
        qualifiers: list[list[Candidate]],
    ) -> Context:
        """Evidence before any choice: actors, qualifiers, the dateline, single meanings."""
        context = Context()
        for country, count in self._actor_countries(doc).items():
            context.countries[country] += 0.5 * count
        dateline = dateline_span(doc)
        for span, found, qualifier in zip(spans, options, qualifiers, strict=True):
            for candidate in qualifier:
                context.add(candidate, 1.0)
            primary = [c for c in found if not c.alternate]
            if len(primary) == 1:
                weight = 2.0 if dateline and span.start_char < dateline[1] else 1.0
                context.add(primary[0], weight)
            elif qualifier and found:
                context.add(found[0], 1.0)
        return context

    def _context(
        self, doc: Doc, spans: list[Span], chosen: list[Candidate | None], first: Context
    ) -> Context:
        context = Context()
        for country, count in self._actor_countries(doc).items():
            context.countries[country] += 0.5 * count
        dateline = dateline_span(doc)
        for span, candidate in zip(spans, chosen, strict=True):
            if candidate is not None:
                weight = 2.0 if dateline and span.start_char < dateline[1] else 1.0
                context.add(candidate, weight)
        for key, weight in first.admins.items():
            context.admins[key] += weight / 2
        return context

    def _county(self, span: Span, context: Context) -> Place | None:
        """A US county has no coordinates offline: place it at the story's main town in
        that county's state (counties are small enough for that to be near)."""
        gazetteer = self.gazetteer
        name = normalise(span.text)
        states = gazetteer.counties.get(name) or gazetteer.counties.get(f"{name} county")
        if not states:
            return None
        state = max(states, key=lambda key: (context.admins[key], -states.index(key)))
        if len(states) > 1 and not context.admins[state]:
            return None
        towns = [a for a in context.anchors if a[3] == state]
        region = gazetteer.region(state)
        if region is None:
            return None
        if towns:
            lat, lon, _, _ = max(towns, key=lambda a: a[2])
        else:
            lat, lon = region.place.latitude, region.place.longitude
        return Place(
            name=span.text,
            country="USA",
            admin1=region.place.admin1,
            latitude=lat,
            longitude=lon,
            feature="region",
        )


@Language.factory("flashpoint_places", requires=["doc.ents"], assigns=["doc._.fp_places"])
def make_place_resolver(nlp: Language, name: str) -> PlaceResolver:
    return PlaceResolver()
