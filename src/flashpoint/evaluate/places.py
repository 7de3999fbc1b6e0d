"""Scoring the geoparser against gold toponyms with coordinates.

Gold format (one JSON object per line, as LGL and GeoVirus are distributed for
geoparsing evaluation): `doc_id`, `text`, optional `date`, and `toponyms`, each with
character offsets `start`/`end`, `name`, and — when the toponym was resolved by the
annotators — `lat`/`lon` (strings or numbers) and optionally `country` (a GeoNames
country name) and `geonameid`.

Two things are measured separately, as the geoparsing literature does:

* recognition — the pipeline's own toponyms against all gold spans: precision and
  recall where any character overlap counts as a match;
* resolution — every gold span that has coordinates is resolved by the pipeline's
  resolver *with the document's context*, whether or not recognition found it:
  accuracy within 161 km (100 miles), median and mean error in km, and the rate of
  the right country. A span the gazetteer cannot place counts as wrong, at the
  largest possible error (half the Earth's circumference), so medians stay honest.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import InputError
from ..nlp import load_nlp
from ..pipeline.gazetteer import _read_json
from ..pipeline.places import PlaceResolver, distance_km
from . import json_records

ACCURACY_KM = 161.0  # 100 miles, the customary threshold
UNRESOLVED_KM = 20037.5  # half the Earth's circumference: the worst possible error


def read_gold(path: Path, limit: int | None = None) -> Iterator[dict[str, Any]]:
    for count, (number, row) in enumerate(json_records(path)):
        if limit is not None and count >= limit:
            return
        if "text" not in row or not isinstance(row.get("toponyms"), list):
            raise InputError(
                "E013", path=path, line=number, detail="needs 'text' and a 'toponyms' list"
            )
        row["_line"] = number
        yield row


def _country_codes() -> dict[str, str]:
    """GeoNames country names (as gold files write them) → ISO alpha-3."""
    return {info["name"]: info["iso3"] for info in _read_json("countries.json").values()}


def _resolver(nlp: Language) -> PlaceResolver:
    if "flashpoint_places" in nlp.pipe_names:
        return nlp.get_pipe("flashpoint_places")
    return PlaceResolver()


def _docs(nlp: Language, rows: list[dict[str, Any]]) -> Iterator[Doc]:
    def with_dates() -> Iterator[Doc]:
        for row in rows:
            doc = nlp.make_doc(row["text"])
            date = str(row.get("date") or row.get("pub_date") or "")[:10]
            doc._.fp_pub_date = date or None
            yield doc

    yield from nlp.pipe(with_dates(), batch_size=32)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate(gold_path: Path, nlp: Language | None = None, limit: int | None = None) -> dict:
    """Recognition P/R and resolution accuracy of the geoparser on a gold file."""
    nlp = nlp or load_nlp()
    resolver = _resolver(nlp)
    countries = _country_codes()
    rows = list(read_gold(gold_path, limit))
    predicted_total = predicted_matched = gold_total = gold_found = 0
    demonym_total = demonym_found = 0
    errors: list[float] = []
    country_total = country_right = unresolved = 0
    misses: list[dict[str, Any]] = []
    for row, doc in zip(rows, _docs(nlp, rows), strict=True):
        gold = [(int(t["start"]), int(t["end"])) for t in row["toponyms"]]
        predicted = [
            (doc[p.start].idx, doc[p.end - 1].idx + len(doc[p.end - 1]))
            for p in doc._.fp_places or []
        ]
        predicted_total += len(predicted)
        predicted_matched += sum(any(_overlaps(p, g) for g in gold) for p in predicted)
        gold_total += len(gold)
        found = [any(_overlaps(g, p) for p in predicted) for g in gold]
        gold_found += sum(found)
        # Gold files that count demonyms ("Russian") as toponyms: the pipeline never
        # does (they are adjectives), so recall is also given without them.
        for toponym, hit in zip(row["toponyms"], found, strict=True):
            if _is_demonym(resolver, toponym.get("name") or ""):
                demonym_total += 1
                demonym_found += hit
        located = [t for t in row["toponyms"] if t.get("lat") not in (None, "")]
        places = resolver.resolve_spans(doc, [(int(t["start"]), int(t["end"])) for t in located])
        for toponym, place in zip(located, places, strict=True):
            lat, lon = float(toponym["lat"]), float(toponym["lon"])
            if place is None or place.latitude is None:
                error = UNRESOLVED_KM
                unresolved += 1
            else:
                error = distance_km(lat, lon, place.latitude, place.longitude)
            errors.append(error)
            gold_country = countries.get(toponym.get("country") or "")
            if gold_country:
                country_total += 1
                country_right += int(place is not None and place.country == gold_country)
            if error > ACCURACY_KM:
                misses.append(_miss(row, toponym, place, error, gold_country))
    resolved = len(errors)
    return {
        "kind": "places",
        "gold": str(gold_path),
        "documents": len(rows),
        "recognition": {
            "gold_spans": gold_total,
            "predicted_spans": predicted_total,
            "precision": _ratio(predicted_matched, predicted_total),
            "recall": _ratio(gold_found, gold_total),
            "demonym_spans": demonym_total,
            "recall_without_demonyms": _ratio(
                gold_found - demonym_found, gold_total - demonym_total
            ),
            "f1": _f1(_ratio(predicted_matched, predicted_total), _ratio(gold_found, gold_total)),
        },
        "resolution": {
            "toponyms": resolved,
            "unresolved": unresolved,
            "accuracy_161km": _ratio(sum(e <= ACCURACY_KM for e in errors), resolved),
            "median_error_km": round(statistics.median(errors), 1) if errors else None,
            "mean_error_km": round(statistics.fmean(errors), 1) if errors else None,
            "country_rate": _ratio(country_right, country_total),
            "country_toponyms": country_total,
        },
        "misses": misses,
    }


def _miss(
    row: dict[str, Any], toponym: dict[str, Any], place: Any, error: float, gold_country: str | None
) -> dict[str, Any]:
    start, end = int(toponym["start"]), int(toponym["end"])
    return {
        "doc_id": row.get("doc_id"),
        "text": row["text"][start:end],
        "context": row["text"][max(0, start - 60) : end + 60].replace("\n", " "),
        "gold": {
            "name": toponym.get("name"),
            "country": gold_country,
            "lat": float(toponym["lat"]),
            "lon": float(toponym["lon"]),
        },
        "predicted": None
        if place is None
        else {
            "name": place.name,
            "country": place.country,
            "feature": place.feature,
            "lat": place.latitude,
            "lon": place.longitude,
        },
        "error_km": round(error, 1),
    }


def _is_demonym(resolver: PlaceResolver, name: str) -> bool:
    gazetteer = resolver.gazetteer
    if not name or gazetteer.lookup(name):
        return False
    return gazetteer.demonym(name) is not None or bool(resolver.demonym_place(name))


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _f1(precision: float | None, recall: float | None) -> float | None:
    if not precision or not recall:
        return None
    return round(2 * precision * recall / (precision + recall), 4)
