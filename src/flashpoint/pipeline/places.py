"""Stage 6 — places: toponyms → gazetteer → coordinates.

Toponyms are the parser's GPE, LOC and FAC entities, our curated names (bases, seas,
regions) it missed, the dateline, and towns it mistook for people ("struck Rafah").
A name has candidates ("Alexandria": Egypt, Virginia, Louisiana …); the story decides:

1. words next to the name: "Alexandria, La.", "Washington state", a list of states;
2. the other names of the story: each votes for its meanings by population, then
   for its chosen place, for that place's country and state and as a neighbour —
   but never for itself, so a repeated "Alexandria" cannot outvote "Rapides Parish";
3. the actors' countries ("Iraqi forces") and American local-news institutions;
4. log population, with bonuses for countries, national capitals and curated places.

US counties (no coordinates offline) go to a town of theirs the story names; a name
the gazetteer lacks, in a story with a clear local focus, goes to that focus. Demonyms
("Iraqi") are never places here; `resolve_spans(..., demonyms=True)` maps them to
their place for gold spans that count them as toponyms.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..schema import Place
from .catalog import load_catalog
from .gazetteer import Candidate, Gazetteer, load_gazetteer, normalise
from .mentions import PlaceMention, doc_text

TOPONYM_LABELS = {"GPE", "LOC", "FAC"}
# Catalog kinds whose names are actors, not places ("the White House", "Hezbollah").
NOT_PLACES = {"seat", "organization", "group", "person"}
# A dateline opens the text: capitals, then an optional state/country, then a date or dash.
DATELINE = re.compile(
    r"^\s*(?:\(?[A-Z][A-Za-z]*\)?\s+)?([A-Z][A-Z .'’\-]{2,40}?)"
    r"(?:,\s*([A-Z][A-Za-z .]{1,25}?))?\s*(?:\([A-Za-z .]+\)\s*)?(?:,|—|–|-{1,2}|:)"
)
COUNTY_WORDS = ("county", "parish", "borough")
LOCATIVE_WORDS = {"in", "near", "at", "outside", "inside", "around", "into", "from", "toward"}
# "an attack on Odesa", "strikes against Kharkiv": where a blow lands is a place.
TARGET_WORDS = {"on", "against", "towards", "onto"}
# "the city of Kherson", "residential areas of Kharkiv": an 'of' after these is a place.
PLACE_NOUNS = {
    "city", "town", "village", "port", "area", "region", "province", "district",
    "outskirts", "suburb", "centre", "center", "capital", "enclave", "governorate",
    "neighbourhood", "neighborhood", "heart", "streets", "environs", "municipality",
}  # fmt: skip
US_LOCAL = re.compile(
    r"\b(?:High School|Police Department|Sheriff'?s? (?:Office|Department)|School District|"
    r"County Commission(?:ers)?|Board of Education|Township|County Judge|Parish Sheriff)\b"
)
# Kinds of name a list is made of ("Mexico, China and Japan": countries).
LIST_KINDS = {"country": "country", "admin1": "admin1"}
# Demonym endings and what the place name may end with instead, longest first.
# fmt: off
DEMONYM_SUFFIXES = (
    ("ians", ("ia", "io", "")), ("ian", ("ia", "io", "")), ("ans", ("a", "", "as")),
    ("ites", ("",)), ("ers", ("",)), ("er", ("",)), ("an", ("a", "as", "")), ("n", ("",)),
    ("i", ("",)), ("", ("ia", "istan")),
)
# fmt: on
MAX_PHRASE_TOKENS = 6
NEAR_KM, REGION_KM = 120.0, 400.0
# Weights of the evidence, in log10-population units (see `score`).
COUNTRY_WEIGHT, ADMIN_WEIGHT, CAPITAL_BONUS = 3.0, 3.0, 1.5
NEAR_BONUS, REGION_BONUS = 2.0, 1.0  # another place of the story within NEAR_KM / REGION_KM


@dataclass
class Context:
    """What the document says about where it is: weighted countries, first-level
    divisions, and the points already placed (with the index of the span placed)."""

    countries: Counter[str] = field(default_factory=Counter)
    admins: Counter[str] = field(default_factory=Counter)
    anchors: list[tuple[float, float, str | None, str]] = field(default_factory=list)

    def add(self, candidate: Candidate, weight: float) -> None:
        if candidate.place.country:
            self.countries[candidate.place.country] += weight
        if candidate.admin_key:
            self.admins[candidate.admin_key] += weight

    def vote(self, found: list[Candidate], weight: float) -> None:
        """Before anything is chosen, a name votes for each of its meanings in
        proportion to a prior: 'Crestwood' (only American towns) votes for the USA
        whole, 'Paris' mostly for France."""
        priors = [prior(c) for c in found]
        total = sum(priors)
        for candidate, share in zip(found, priors, strict=True):
            self.add(candidate, weight * share / total)

    @staticmethod
    def sum(parts: Iterable[Context]) -> Context:
        total = Context()
        for part in parts:
            total.merge(part, 1.0)
        return total

    def without(self, part: Context | None) -> Context:
        rest = Context(Counter(self.countries), Counter(self.admins))
        if part is not None:
            rest.merge(part, -1.0)
        return rest

    def merge(self, other: Context, factor: float) -> None:
        for key, value in other.countries.items():
            self.countries[key] += factor * value
        for key, value in other.admins.items():
            self.admins[key] += factor * value


def prior(candidate: Candidate) -> float:
    value = math.sqrt(candidate.population + 1000)
    return value * 0.05 if candidate.alternate else value


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0088 * 2 * math.asin(min(1.0, math.sqrt(h)))


def score(candidate: Candidate, context: Context, own: str = "") -> float:
    """Log population plus what the document says, in log10 units: +3 for the story's
    country or state lets a town of 1,000 beat a namesake city of a million abroad."""
    place = candidate.place
    value = math.log10(candidate.population + 100)
    if candidate.alternate:
        value -= 2.5
    countries = sum(v for v in context.countries.values() if v > 1e-9)
    if countries > 1e-9 and place.country:
        value += COUNTRY_WEIGHT * max(0.0, context.countries[place.country]) / countries
    admins = sum(v for v in context.admins.values() if v > 1e-9)
    if admins > 1e-9 and candidate.admin_key:
        value += ADMIN_WEIGHT * max(0.0, context.admins[candidate.admin_key]) / admins
    if place.feature in ("city", "site") and place.latitude is not None:
        # Other names already placed nearby (not this name again: 'Athens' twice
        # must not vouch for itself).
        near = [
            d
            for a in context.anchors
            if a[3] != own and (d := distance_km(place.latitude, place.longitude, a[0], a[1])) > 1.0
        ]  # the same place named otherwise ("Mexico City" for "Mexico") is no neighbour
        if near:
            value += (
                NEAR_BONUS if min(near) < NEAR_KM else REGION_BONUS if min(near) < REGION_KM else 0
            )
    if candidate.source == "curated":
        value += 1.0  # our own lists name bases, seas and regions the news writes about
    if candidate.source == "capital":
        value += CAPITAL_BONUS  # "Washington" is the capital far more often than the state
    if place.feature == "country":
        value += 1.5  # a country's name means the country unless the story says otherwise
    return value


def _qualifier(doc: Doc, span: Span, gazetteer: Gazetteer) -> list[Candidate]:
    """'Alexandria, La.' / 'Rafah, Gaza' / 'Paris (Texas)': the state or country after it."""
    after = doc_text(doc)[span.end_char : span.end_char + 40]
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


@lru_cache(maxsize=1)
def load_catalog_names() -> frozenset[str]:
    """Every name of the actor catalog (people, groups, …), normalised."""
    return frozenset(normalise(alias) for alias in load_catalog().names)


def dateline_span(doc: Doc) -> tuple[int, int] | None:
    """Character span of the dateline place ('BAGHDAD' in 'BAGHDAD, Jan 4 —')."""
    match = DATELINE.match(doc_text(doc)[:120])
    if not match or not any(c.isalpha() for c in match.group(1)):
        return None
    return match.start(1), match.end(1)


def dateline_end(doc: Doc) -> int | None:
    """Character offset where the dateline ('BAGHDAD, Jan 4 —') gives way to the story."""
    place = dateline_span(doc)
    if place is None:
        return None
    dash = re.compile(r"\s(?:—|–|--|-|_)\s|—|–").search(doc_text(doc), place[1], place[1] + 60)
    return dash.end() if dash else place[1]


class PlaceResolver:
    """Sets `doc._.fp_places`: the toponyms of the text with their resolved places."""

    def __init__(self, gazetteer: Gazetteer | None = None, focus_fallback: bool = True) -> None:
        self._gazetteer = gazetteer
        self.focus_fallback = focus_fallback
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
            # A facility the gazetteer lacks ("Orchard St.", "the courthouse") is not put
            # on the map at the story's focus: only towns and areas are.
            if place is not None and not (
                span.label_ == "FAC"
                and place.geonameid is None
                and place.feature == "region"
                and place.name == span.text
            ):
                mentions.append(PlaceMention(span.start, span.end, place))
        doc._.fp_places = mentions
        return doc

    # --- recognition -----------------------------------------------------------

    def toponym_spans(self, doc: Doc) -> list[Span]:
        """Parser toponyms that are not actor names, plus curated names it missed."""
        spans: list[Span] = []
        taken: set[int] = set()
        ents = doc.ents  # spaCy rebuilds the tuple on every access
        for ent in ents:
            if ent.label_ not in TOPONYM_LABELS or normalise(ent.text) in self.not_places:
                continue
            spans.append(ent)
            taken.update(range(ent.start, ent.end))
        dateline = dateline_span(doc)
        if dateline is not None:  # "BAGHDAD, Jan 4 —", whatever the parser made of it
            span = doc.char_span(*dateline, alignment_mode="contract")
            known = span is not None and len(span) and self.gazetteer.lookup(span.text)
            if known and not any(t.i in taken for t in span):
                spans.append(span)
                taken.update(range(span.start, span.end))
        for ent in ents:
            if ent.label_ in ("PERSON", "ORG") and self._place_not_person(ent, taken):
                spans.append(ent)
                taken.update(range(ent.start, ent.end))
        in_entity = {t.i for e in ents for t in e}
        for token in doc:  # "pushed into eastern Rafah": a name the parser left untagged
            if token.pos_ != "PROPN" or token.i in in_entity or token.i in taken:
                continue
            if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
                continue  # not the end of the name yet
            start = token.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and start - 1 not in in_entity:
                start -= 1
            span = doc[start : token.i + 1]
            if self._place_not_person(span, taken):
                spans.append(span)
                taken.update(range(span.start, span.end))
        blocked = {
            i for e in ents if e.label_ in ("PERSON", "ORG", "NORP") for i in range(e.start, e.end)
        }
        phrases = self.gazetteer.phrases
        # Token attributes read once, as integers: the window scan below looks at each
        # token up to MAX_PHRASE_TOKENS times, and spaCy builds a Token per access.
        columns = doc.to_array(
            ["IDX", "LENGTH", "IS_TITLE", "IS_UPPER", "IS_PUNCT", "SENT_START", "LOWER"]
        ).tolist()
        articles = {doc.vocab.strings["al"], doc.vocab.strings["el"]}
        text_of_doc = doc_text(doc)
        size = len(columns)
        i = 0
        while i < size:
            found = 0
            if columns[i][2] or columns[i][3] or columns[i][6] in articles:
                for n in range(min(MAX_PHRASE_TOKENS, size - i), 0, -1):
                    end = i + n
                    if columns[end - 1][4] or any(k in taken for k in range(i, end)):
                        continue
                    if n == 1 and (i in blocked or columns[i][5] == 1):
                        continue
                    last = columns[end - 1]
                    text = text_of_doc[columns[i][0] : last[0] + last[1]]
                    if normalise(text) in phrases:
                        found = n
                        break
            if found:
                spans.append(doc[i : i + found])
                taken.update(range(i, i + found))
                i += found
            else:
                i += 1
        return sorted(spans, key=lambda s: s.start)

    def _place_not_person(self, ent: Span, taken: set[int]) -> bool:
        """The parser sometimes tags a town 'PERSON' ("struck Rafah"): a name our actor
        lists do not know, that is a sizeable town or a curated place, written where a
        place goes (after "in/near/at …", or as what was struck or shelled)."""
        if any(t.i in taken for t in ent) or normalise(ent.text) in self.not_places:
            return False
        if normalise(ent.text) in load_catalog_names():
            return False
        root = ent.root
        prep = root.head if root.dep_ == "pobj" else None
        placed = (
            (prep is not None and prep.lower_ in LOCATIVE_WORDS | TARGET_WORDS)
            or (
                prep is not None and prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_NOUNS
            )
            or (root.dep_ == "dobj" and root.head.pos_ == "VERB")
        )
        if not placed:
            return False
        return any(
            c.source == "curated" or (c.place.feature == "city" and c.population >= 50_000)
            for c in self.gazetteer.lookup(ent.text)
        )

    # --- resolution ------------------------------------------------------------

    def candidates(self, span: Span, demonyms: bool = False) -> list[Candidate]:
        gazetteer = self.gazetteer
        text = span.text
        found = gazetteer.lookup(text)
        if not found and demonyms and (country := gazetteer.demonym(text)) is not None:
            found = [country]
        if not found and demonyms:
            found = self.demonym_place(text)
        return found

    def demonym_place(self, text: str) -> list[Candidate]:
        """'South Ossetian' → South Ossetia, 'Ohioans' → Ohio, 'Dagestani' → Dagestan:
        the place a demonym is formed from, for spans already known to be toponyms."""
        words = text.split()
        if not words or not words[-1][:1].isupper():
            return []
        last = words[-1]
        for suffix, endings in DEMONYM_SUFFIXES:
            if last.endswith(suffix) and len(last) > len(suffix) + 2:
                stem = " ".join([*words[:-1], last[: len(last) - len(suffix)]])
                for ending in endings:
                    found = [
                        c
                        for c in self.gazetteer.lookup(stem + ending)
                        if c.place.feature in ("country", "region") or c.population > 100_000
                    ]
                    if found:
                        return found
        return []

    def resolve_spans(
        self, doc: Doc, char_spans: list[tuple[int, int]], demonyms: bool = True
    ) -> list[Place | None]:
        """Resolve given character spans (gold toponyms) with the document's context."""
        spans = []
        for start, end in char_spans:
            span = doc.char_span(start, end, alignment_mode="expand")
            spans.append(span if span is not None else doc[0:0])
        taken = {i for span in spans for i in range(span.start, span.end)}
        found = [
            s for s in self.toponym_spans(doc) if not any(i in taken for i in range(s.start, s.end))
        ]
        # The story's other toponyms are context too (resolved, then set aside).
        return self.resolve(doc, spans + found, demonyms=demonyms)[: len(spans)]

    def resolve(self, doc: Doc, spans: list[Span], demonyms: bool = False) -> list[Place | None]:
        """Places of the spans. Every mention of a name is evidence for the others, but
        never for itself: each name is scored in the context of the *other* names, so
        'Alexandria' cannot vote itself into Egypt in a story about Rapides Parish."""
        gazetteer = self.gazetteer
        options = [self.candidates(span, demonyms) if len(span) else [] for span in spans]
        names = [normalise(span.text) for span in spans]
        counties = [
            () if found else self._county_states(name)
            for found, name in zip(options, names, strict=True)
        ]
        self._narrow(doc, spans, options)
        dateline = dateline_span(doc)
        weights = [2.0 if dateline and s.start_char < dateline[1] else 1.0 for s in spans]
        # A name repeated counts for more, but less than once per mention.
        repeated = {name: math.sqrt(count) for name, count in Counter(names).items()}
        soft: dict[str, Context] = {}
        for i, span in enumerate(spans):
            qualifier = _qualifier(doc, span, gazetteer) if len(span) else []
            fitting = [c for c in options[i] if _fits(c, qualifier)]
            if fitting:  # "Alexandria, La.": the qualifier decides, and is evidence itself
                options[i] = fitting
                weights[i] = max(weights[i], 2.0)
            vote = soft.setdefault(names[i], Context())
            if vote.countries or vote.admins:
                continue  # a name counts once, however often it is repeated
            for candidate in qualifier:
                vote.add(candidate, 1.0)
            primary = [c for c in options[i] if not c.alternate] or options[i]
            weight = weights[i] * repeated[names[i]]
            if primary:
                vote.vote(primary, weight)
            elif counties[i]:
                vote.countries["USA"] += weight
                for key in counties[i]:
                    vote.admins[key] += weight / len(counties[i])
        soft[""] = self._actor_context(doc)  # the key no span has: actors are everyone's
        evidence = soft
        anchors: list[tuple[float, float, str | None, str]] = []
        chosen: list[Candidate | None] = [None] * len(spans)
        for _ in range(2):
            total = Context.sum(evidence.values())
            contexts = {name: total.without(evidence.get(name)) for name in set(names)}
            for context in contexts.values():
                context.anchors = anchors
            chosen = [
                max(found, key=lambda c, n=name: score(c, contexts[n], n)) if found else None
                for found, name in zip(options, names, strict=True)
            ]
            evidence = {name: Context() for name in soft}
            for name, vote in soft.items():
                evidence[name].merge(vote, 0.5)
            anchors = []
            for candidate, weight, name, states in zip(
                chosen, weights, names, counties, strict=True
            ):
                hard = evidence[name]
                if candidate is not None:
                    hard.add(candidate, weight * repeated[name] / names.count(name))
                    place = candidate.place
                    if place.feature in ("city", "site") and place.latitude is not None:
                        anchors.append((place.latitude, place.longitude, candidate.admin_key, name))
                elif states:
                    hard.countries["USA"] += weight * repeated[name] / names.count(name)
        final = Context.sum(evidence.values())
        final.anchors = anchors
        places: list[Place | None] = []
        for span, candidate, states in zip(spans, chosen, counties, strict=True):
            if candidate is None and states:
                places.append(self._county(span, states, final, options))
            elif candidate is None and self.focus_fallback and len(span):
                places.append(self._at_focus(span, final))
            else:
                places.append(candidate.place if candidate else None)
        return places

    def _at_focus(self, span: Span, context: Context) -> Place | None:
        """A name the gazetteer lacks (a township, a creek, a neighbourhood) in a story
        with a clear local focus is placed at that focus, as a region of it."""
        if not context.anchors:
            return None
        admins = Counter(a[2] for a in context.anchors if a[2])
        if not admins:
            return None
        key, count = admins.most_common(1)[0]
        if count < 2 or count < 0.6 * len(context.anchors):
            return None
        lat, lon, _, _ = next(a for a in context.anchors if a[2] == key)
        region = self.gazetteer.region(key)
        return Place(
            name=span.text,
            country=key.split(".")[0],
            admin1=region.place.admin1 if region else None,
            latitude=lat,
            longitude=lon,
            feature="region",
        )

    def _actor_context(self, doc: Doc) -> Context:
        """Countries of the actors ('Iraqi forces'): half a vote each, at most three; and
        the institutions of American local news ('the Paris High School', 'the Athens
        Police Department'): a vote for the USA, whose towns share names with the world."""
        context = Context()
        counts = Counter(
            m.actor.country
            for m in doc._.fp_actors or []
            if m.actor.country and len(m.actor.country) == 3 and m.actor.country.isupper()
        )
        for country, count in counts.items():
            context.countries[country] += 0.5 * min(count, 3)
        if US_LOCAL.search(doc_text(doc)):
            context.countries["USA"] += 1.0
        return context

    def _narrow(self, doc: Doc, spans: list[Span], options: list[list[Candidate]]) -> None:
        """What the words around a name say of its kind: 'Washington state' and 'the state
        of Washington' are states; in 'Arizona, California, Georgia and Texas' every name
        is what most of the list can be (states), in 'Mexico, China and Japan' countries."""
        for i, span in enumerate(spans):
            if not len(span):
                continue
            after = doc_text(doc)[span.end_char : span.end_char + 7].lower()
            before = doc_text(doc)[max(0, span.start_char - 10) : span.start_char].lower()
            if re.match(r"\s+state\b", after) or before.endswith("state of "):
                states = [c for c in options[i] if c.source in ("admin1", "curated")]
                options[i] = states or options[i]
        order = sorted((s.start_char, i) for i, s in enumerate(spans) if len(s))
        groups: list[list[int]] = []
        for (_, i), (_, j) in pairwise(order):
            between = doc_text(doc)[spans[i].end_char : spans[j].start_char]
            if re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*or)\s*", between):
                if groups and groups[-1][-1] == i:
                    groups[-1].append(j)
                else:
                    groups.append([i, j])
        for group in groups:
            if len(group) < 3:
                continue
            kinds = Counter(
                kind
                for i in group
                for kind in {LIST_KINDS.get(c.source, "place") for c in options[i]}
            )
            kind, count = kinds.most_common(1)[0] if kinds else ("place", 0)
            if kind == "place" or count < 0.6 * len(group):
                continue
            for i in group:
                fitting = [c for c in options[i] if LIST_KINDS.get(c.source) == kind]
                options[i] = fitting or options[i]

    def _county_states(self, name: str) -> tuple[str, ...]:
        counties = self.gazetteer.counties
        return counties.get(name) or counties.get(f"{name} county") or ()

    def _county(
        self,
        span: Span,
        states: tuple[str, ...],
        context: Context,
        options: list[list[Candidate]],
    ) -> Place | None:
        """A US county has no coordinates offline: place it at the story's town in that
        county's state (a county is small enough for that to be near), else at the state."""
        state = max(states, key=lambda key: context.admins[key])
        if len(states) > 1 and not context.admins[state]:
            return None
        region = self.gazetteer.region(state)
        if region is None:
            return None
        lat, lon = region.place.latitude, region.place.longitude
        towns = [(a[0], a[1]) for a in context.anchors if a[2] == state]
        # Else a town of the county's own name in that state (often its seat), else a
        # town of that state that another name of the story may mean.
        base = re.sub(r"\s+(?:county|parish|borough)$", "", normalise(span.text))
        for found in (self.gazetteer.lookup(base), *options):
            towns += [
                (c.place.latitude, c.place.longitude)
                for c in found
                if c.admin_key == state and c.place.feature == "city" and not c.alternate
            ]
        if towns:
            lat, lon = towns[0]
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
