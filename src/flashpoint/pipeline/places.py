"""Stage 6 — places: toponyms → gazetteer → coordinates.

Toponyms are the parser's GPE, LOC and FAC entities plus names our gazetteer knows.
Candidates are ranked by what the document already says: a country named in the
article pulls its cities ahead of namesakes elsewhere, then population decides.
Demonyms ("Iraqi") are adjectives, not places.
"""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span

from .gazetteer import Candidate, Gazetteer, load_gazetteer
from .mentions import PlaceMention

TOPONYM_LABELS = {"GPE", "LOC", "FAC"}


def _document_countries(doc: Doc, gazetteer: Gazetteer, spans: list[Span]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for span in spans:
        for candidate in gazetteer.lookup(span.text):
            if candidate.place.feature == "country" and candidate.place.country:
                counts[candidate.place.country] += 1
                break
    for mention in doc._.fp_actors or []:
        if mention.actor.country and len(mention.actor.country) == 3:
            counts[mention.actor.country] += 1
    return counts


def rank(candidates: list[Candidate], context: Counter[str]) -> Candidate | None:
    if not candidates:
        return None

    def score(candidate: Candidate) -> tuple[int, int, int]:
        in_context = context.get(candidate.place.country or "", 0)
        is_country = candidate.place.feature == "country"
        return (int(is_country), in_context, candidate.population)

    return max(candidates, key=score)


class PlaceResolver:
    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer()
        return self._gazetteer

    def __call__(self, doc: Doc) -> Doc:
        spans = [ent for ent in doc.ents if ent.label_ in TOPONYM_LABELS]
        context = _document_countries(doc, self.gazetteer, spans)
        mentions = []
        for span in spans:
            text = span.text[4:] if span.text.lower().startswith("the ") else span.text
            best = rank(self.gazetteer.lookup(text), context)
            if best is not None:
                mentions.append(PlaceMention(span.start, span.end, best.place))
        doc._.fp_places = mentions
        return doc


@Language.factory("flashpoint_places", requires=["doc.ents"], assigns=["doc._.fp_places"])
def make_place_resolver(nlp: Language, name: str) -> PlaceResolver:
    return PlaceResolver()
