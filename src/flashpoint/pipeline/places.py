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
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

import numpy
from spacy.language import Language
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span

from ..schema import Place
from .catalog import SPONSOR_WORDS, load_catalog
from .gazetteer import (
    Candidate,
    Gazetteer,
    lead_word,
    load_gazetteer,
    normalise,
    normalise_text,
)
from .mentions import PlaceMention, doc_text

TOPONYM_LABELS = {"GPE", "LOC", "FAC"}
# Words after a name that make it an administrative unit: "Idlib province".
UNIT_AFTER = re.compile(
    r"\s+(province|governorate|region|oblast|district|department|prefecture|state)\b"
)
# Labels the parser gives towns it does not know ("Kramatorsk" PRODUCT, "Bucha" ORG):
# such a name is a place only where it is written as one (see _place_not_person).
MISREAD_LABELS = {"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT"}
# Population a misread name must have to count as a place: a city where the name is
# only an object ("struck X"), a town where a place noun or locative says so.
CITY_POPULATION = 50_000
TOWN_POPULATION = 10_000
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
# A town this small, in a country nothing else in the story names, is not trusted.
STRAY_POPULATION = 20_000
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
    # The positive weight of all countries and of all divisions, which `score` divides
    # by: fixed by `settle` once the context is complete, so that scoring every
    # candidate of every name does not add them up again.
    totals: tuple[float, float] | None = field(default=None, compare=False, repr=False)

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

    def sums(self) -> tuple[float, float]:
        """Positive weight of all countries and of all first-level divisions."""
        if self.totals is not None:
            return self.totals
        return (
            sum(v for v in self.countries.values() if v > 1e-9),
            sum(v for v in self.admins.values() if v > 1e-9),
        )

    def settle(self) -> None:
        """No more evidence comes: keep the sums (see `totals`)."""
        self.totals = None
        self.totals = self.sums()


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
    countries, admins = context.sums()
    if countries > 1e-9 and place.country:
        value += COUNTRY_WEIGHT * max(0.0, context.countries[place.country]) / countries
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


def _stray(candidate: Candidate, context: Context, actors: Context) -> bool:
    """A small town abroad that nothing else in the story points to, in a story whose
    actors name their countries, is a namesake of a village the gazetteer lacks:
    "Malian troops killed 500 people in Moura" is no event in Portugal's Moura."""
    place = candidate.place
    return (
        candidate.population < STRAY_POPULATION
        and candidate.source == "geonames"
        and place.feature == "city"
        and bool(place.country)
        and any(weight >= 0.5 for weight in actors.countries.values())
        and context.countries[place.country] <= 1e-9
    )


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
    """Every name of the actor catalog (people, groups, …), normalised — but not the
    capitals, which are places too ("Russian forces struck Kyiv", tagged PERSON)."""
    return frozenset(
        normalise(alias)
        for alias, entries in load_catalog().names.items()
        if any(e.kind != "capital" for e in entries)
    )


def _backer(doc: Doc, end: int) -> bool:
    """A name right before '-backed', '-aligned' …: who backs an actor, not a place."""
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in SPONSOR_WORDS


def _possessive_parts(ent: Span) -> list[Span]:
    """'Port-au-Prince's Cite Soleil' is two places: the possessor and what it owns."""
    marks = [t.i for t in ent if t.tag_ == "POS" and ent.start < t.i < ent.end - 1]
    if not marks:
        return [ent]
    doc = ent.doc
    return [doc[ent.start : marks[0]], doc[marks[0] + 1 : ent.end]]


def _opposed(doc: Doc, start: int) -> bool:
    """A name right after 'anti-' ('anti-Syria', 'anti-American'): what a person or
    group is against, never where anything is."""
    before = doc[start - 1].lower_ if start > 0 else ""
    if before in ("anti", "anti-"):
        return True
    return before == "-" and start > 1 and doc[start - 2].lower_ == "anti"


def _after_locative(span: Span) -> bool:
    """Is the word right before the span a locative preposition ("an attack on", "in")?"""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.pos_ == "ADP" and before.lower_ in LOCATIVE_WORDS | TARGET_WORDS


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
        self._leads: tuple[frozenset[str], frozenset[str]] | None = None

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
            if _opposed(doc, span.start) or _backer(doc, span.end):
                continue  # "an anti-Syria journalist", "Iran-aligned groups": no place
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
        text_of_doc = doc_text(doc)
        # Entity texts sliced from the document's text: `Span.text` joins the tokens.
        names = [text_of_doc[ent.start_char : ent.end_char] for ent in ents]
        labels = [ent.label_ for ent in ents]
        for ent, label, name in zip(ents, labels, names, strict=True):
            if label not in TOPONYM_LABELS or normalise(name) in self.not_places:
                continue
            parts = _possessive_parts(ent)
            spans.extend(parts)
            taken.update(i for part in parts for i in range(part.start, part.end))
        dateline = dateline_span(doc)
        if dateline is not None:  # "BAGHDAD, Jan 4 —", whatever the parser made of it
            span = doc.char_span(*dateline, alignment_mode="contract")
            known = span is not None and len(span) and self.gazetteer.lookup(span.text)
            if known and not any(t.i in taken for t in span):
                spans.append(span)
                taken.update(range(span.start, span.end))
        for ent, label, name in zip(ents, labels, names, strict=True):
            if label in MISREAD_LABELS and self._place_not_person(ent, name, taken):
                spans.append(ent)
                taken.update(range(ent.start, ent.end))
        # Token attributes read once, as integers: the scans below look at each token
        # (the window scan up to MAX_PHRASE_TOKENS times), and spaCy builds a Token
        # object per access.
        table = doc.to_array(
            [
                "POS", "IDX", "LENGTH", "IS_TITLE", "IS_UPPER", "IS_PUNCT", "SENT_START",
                "LOWER", "SPACY",
            ]
        )  # fmt: skip
        pos = table[:, 0].tolist()
        size = len(pos)
        in_entity = {i for ent in ents for i in range(ent.start, ent.end)}
        # "pushed into eastern Rafah": a name the parser left untagged. Only proper
        # nouns can be one, so only they are visited.
        for i in [i for i, tag in enumerate(pos) if tag == PROPN]:
            if i in in_entity or i in taken:
                continue
            if i + 1 < size and pos[i + 1] == PROPN:
                continue  # not the end of the name yet
            start = i
            while start > 0 and pos[start - 1] == PROPN and start - 1 not in in_entity:
                start -= 1
            if not (table[start, 3] or table[start, 4]):
                continue  # "near Sulaimaniyah airport": a lower-case word is no name
            span = doc[start : i + 1]
            if self._place_not_person(span, text_of_doc[span.start_char : span.end_char], taken):
                spans.append(span)
                taken.update(range(span.start, span.end))
        blocked = {
            i
            for ent, label in zip(ents, labels, strict=True)
            if label in ("PERSON", "ORG", "NORP")
            for i in range(ent.start, ent.end)
        }
        spans.extend(self._curated_phrases(doc, table, taken, blocked))
        return sorted(spans, key=lambda s: s.start)

    def _curated_phrases(
        self, doc: Doc, table: numpy.ndarray, taken: set[int], blocked: set[int]
    ) -> list[Span]:
        """Curated names the parser missed ("the Red Sea", "al-Tanf"): token windows of
        up to MAX_PHRASE_TOKENS words that start with a capital (or an Arabic article)
        and whose normalised text is a curated phrase, the longest first."""
        phrases = self.gazetteer.phrases
        articles = [doc.vocab.strings["al"], doc.vocab.strings["el"]]
        # Only a window's first token decides whether it is looked at: find those at
        # once on the array, not token by token.
        starts = numpy.flatnonzero(
            (table[:, 3] != 0) | (table[:, 4] != 0) | numpy.isin(table[:, 7], articles)
        ).tolist()
        if not starts:
            return []
        idx, length, punct, sent_start, spaced = (table[:, k].tolist() for k in (1, 2, 5, 6, 8))
        leads = self._phrase_leads()
        text_of_doc = doc_text(doc)
        size = len(idx)
        # A window may not reach into a name already taken; what this scan itself takes
        # lies behind the next window's start, so the taken tokens from before suffice.
        fence = sorted(taken)
        found: list[Span] = []
        resume = 0
        for i in starts:
            if i < resume:
                continue  # inside a phrase just found
            at = bisect_left(fence, i)
            room = (fence[at] if at < len(fence) else size) - i
            word = text_of_doc[idx[i] : idx[i] + length[i]]
            # A longer window can only be a curated phrase if its first word begins
            # one: known from the first token alone when a space follows it, which
            # spares normalising most windows ("The", "al-" and the like are tried).
            lead = lead_word(word) if spaced[i] else None
            longer = lead is None or lead in leads
            for n in range(min(MAX_PHRASE_TOKENS, size - i, room), 0, -1):
                last = i + n - 1
                if punct[last]:
                    continue
                if n == 1:
                    if i in blocked or sent_start[i] == 1:
                        continue
                    key = normalise(word)  # one word: the cache knows most of them
                elif longer:
                    # Window texts are new strings every time: the uncached function
                    # spares the name cache from being flooded with them.
                    key = normalise_text(text_of_doc[idx[i] : idx[last] + length[last]])
                else:
                    continue
                if key in phrases:
                    found.append(doc[i : last + 1])
                    resume = last + 1
                    break
        return found

    def _phrase_leads(self) -> frozenset[str]:
        """First words of the curated phrases (see `lead_word`)."""
        phrases = self.gazetteer.phrases
        if self._leads is None or self._leads[0] is not phrases:
            self._leads = (phrases, frozenset(p.split(" ")[0] for p in phrases if p))
        return self._leads[1]

    def _place_not_person(self, ent: Span, text: str, taken: set[int]) -> bool:
        """The parser sometimes tags a town 'PERSON' ("struck Rafah"): a name our actor
        lists do not know, that is a sizeable town or a curated place, written where a
        place goes (after "in/near/at …", or as what was struck or shelled).
        `text` is the span's text."""
        if any(i in taken for i in range(ent.start, ent.end)):
            return False
        name = normalise(text)
        if name in self.not_places or name in load_catalog_names():
            return False
        root = ent.root
        prep = root.head if root.dep_ == "pobj" else None
        # "the town of Bucha", "killed 400 civilians in Bucha": a place noun or a
        # locative preposition says so more surely than an object slot does, so a
        # smaller town is believed there
        named_as_place = (
            prep is not None and prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_NOUNS
        ) or (prep is not None and prep.lower_ in LOCATIVE_WORDS)
        placed = (
            named_as_place
            or (prep is not None and prep.lower_ in TARGET_WORDS)
            or (root.dep_ == "dobj" and root.head.pos_ == "VERB")
            # "a drone attack on Odesa damaged …": the parser lost the preposition's
            # object, but the word right before the name still says where it is
            or _after_locative(ent)
        )
        if not placed:
            return False
        least = TOWN_POPULATION if named_as_place else CITY_POPULATION
        return any(
            c.source == "curated" or (c.place.feature == "city" and c.population >= least)
            for c in self.gazetteer.lookup(text)
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
                context.settle()
            # A name repeated with the same candidates is scored once: scoring is the
            # costly part (distances to every placed town), and its answer is the same.
            best: dict[tuple[str, tuple[int, ...]], Candidate] = {}
            chosen = []
            for found, name in zip(options, names, strict=True):
                if not found:
                    chosen.append(None)
                    continue
                key = (name, tuple(map(id, found)))
                if key not in best:
                    best[key] = max(found, key=lambda c, n=name: score(c, contexts[n], n))
                chosen.append(best[key])
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
        for span, candidate, states, name in zip(spans, chosen, counties, names, strict=True):
            if candidate is not None and _stray(candidate, contexts[name], soft[""]):
                candidate = None
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
            unit = UNIT_AFTER.match(doc_text(doc)[span.end_char : span.end_char + 14].lower())
            if unit:
                # "Idlib province", "Sumy region": the unit named with its suffix, where
                # the parser left the suffix out of the name
                regions = [
                    c
                    for c in self.gazetteer.lookup(f"{span.text} {unit.group(1)}")
                    if c.place.feature == "region"
                ]
                options[i] = regions or options[i]
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
                # sorted: a tie between kinds must not depend on the process's hash seed
                for kind in sorted({LIST_KINDS.get(c.source, "place") for c in options[i]})
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
