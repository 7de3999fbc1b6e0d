"""The one definition of every record flashpoint reads or writes.

`Document` is what ingest produces; `Event` (with its nested `Actor`, `Attribution`
and `Place`) is what the coder produces and the store keeps. The nested JSON form,
the flat column names used by CSV, Parquet and DuckDB, and the JSON schema in
`docs/schema.json` are all derived from the dataclasses below, so a field is added
in exactly one place.
"""

from __future__ import annotations

import dataclasses
import hashlib
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Union

MODALITIES = ("asserted", "negated", "hypothetical", "future")
DATE_PRECISIONS = ("day", "month", "year")
ATTRIBUTION_KINDS = ("media", "official", "anonymous", "other")
PLACE_FEATURES = ("city", "site", "country", "sea", "region")


def _doc(text: str, **extra: Any) -> Any:
    return field(default=None, metadata={"doc": text, **extra})


@dataclass
class Document:
    """One article or text as read by ingest."""

    doc_id: str = field(metadata={"doc": "given id, or sha256 of the text (first 16 hex digits)"})
    text: str = field(metadata={"doc": "the plain text that was coded"})
    title: str | None = _doc("headline, if known")
    url: str | None = _doc("where the text came from, if known")
    publisher: str | None = _doc("who published it, if known")
    pub_date: str | None = _doc("publication date, ISO YYYY-MM-DD; anchors relative dates")


@dataclass
class Actor:
    """Who does or suffers an event."""

    text: str = field(metadata={"doc": "the words of the mention as written"})
    name: str | None = _doc("canonical name from the actor catalog, or the text")
    code: str | None = _doc("CAMEO-style code: country + sector, e.g. IRQGOV")
    country: str | None = _doc(
        "ISO 3166-1 alpha-3, or a PLOVER non-state code (IGO, UNO, EUR, NGO, IMG, MNC)"
    )
    sector: str | None = _doc("PLOVER/CAMEO sector: GOV, MIL, REB, COP, …")
    sponsor: str | None = _doc("ISO3 of a backer named in the text ('Iranian-backed' → IRN)")


@dataclass
class Attribution:
    """Who says that the event happened."""

    text: str = field(metadata={"doc": "the words naming the claimant"})
    name: str | None = _doc("canonical name of the claimant, if resolved")
    kind: str | None = _doc("media | official | anonymous | other")


@dataclass
class Place:
    """Where an event happened."""

    name: str = field(metadata={"doc": "canonical place name"})
    country: str | None = _doc("ISO 3166-1 alpha-3")
    admin1: str | None = _doc("first-level administrative division")
    latitude: float | None = _doc("WGS84 latitude")
    longitude: float | None = _doc("WGS84 longitude")
    feature: str | None = _doc("city | site | country | sea | region")
    geonameid: int | None = _doc("GeoNames id when the place comes from GeoNames")


@dataclass
class Event:
    """One coded event with its evidence."""

    event_id: str = field(metadata={"doc": "stable hash of doc, sentence, trigger offsets, type"})
    doc_id: str = field(metadata={"doc": "the document the event was read from"})
    sentence_index: int = field(metadata={"doc": "0-based index of the sentence in the document"})
    sentence: str = field(metadata={"doc": "the sentence, as evidence"})
    trigger: str = field(metadata={"doc": "the words that state the event"})
    start: int = field(metadata={"doc": "character offset of the trigger in the document"})
    end: int = field(metadata={"doc": "character offset just past the trigger"})
    event_type: str | None = _doc("PLOVER event type (AGREE … ASSAULT)")
    event_mode: str | None = _doc("PLOVER mode where known")
    cameo_code: str | None = _doc("CAMEO event code, a string ('0874')")
    cameo_root: str | None = _doc("CAMEO root, two digits ('08')")
    quad_class: int | None = _doc("1 verbal coop, 2 material coop, 3 verbal conflict, 4 material")
    goldstein: float | None = _doc("Goldstein conflict–cooperation score, −10 … +10")
    modality: str = field(
        default="asserted", metadata={"doc": "asserted | negated | hypothetical | future"}
    )
    source: Actor | None = _doc("who acts")
    target: Actor | None = _doc("who is acted upon")
    attribution: Attribution | None = _doc("who says so")
    date: str | None = _doc("ISO date of the event (YYYY-MM-DD, YYYY-MM or YYYY)")
    date_precision: str | None = _doc("day | month | year")
    date_text: str | None = _doc("the words the date came from, or 'pub_date'")
    location: Place | None = _doc("where it happened")
    confidence: float | None = _doc("0–1: how sure the coder is")
    coder_version: str | None = _doc("flashpoint version + data version")


NESTED = {"source": Actor, "target": Actor, "attribution": Attribution, "location": Place}


def _base_type(hint: Any) -> Any:
    """`int | None` → int; dataclasses stay as they are."""
    if typing.get_origin(hint) in (Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return args[0]
    return hint


def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def flat_columns(cls: type = Event) -> list[tuple[str, type]]:
    """Flat column names and Python types: nested records become prefix_field."""
    columns: list[tuple[str, type]] = []
    hints = _hints(cls)
    for f in dataclasses.fields(cls):
        base = _base_type(hints[f.name])
        if dataclasses.is_dataclass(base):
            sub_hints = _hints(base)
            for sub in dataclasses.fields(base):
                columns.append((f"{f.name}_{sub.name}", _base_type(sub_hints[sub.name])))
        else:
            columns.append((f.name, base))
    return columns


def to_dict(record: Any) -> dict[str, Any]:
    """Nested JSON-ready dict (None stays None, so every field is present)."""
    return dataclasses.asdict(record)


def flatten(record: Any) -> dict[str, Any]:
    """One flat row with the names from `flat_columns`."""
    row: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if f.name in NESTED and type(record) is Event:
            sub_cls = NESTED[f.name]
            for sub in dataclasses.fields(sub_cls):
                row[f"{f.name}_{sub.name}"] = (
                    getattr(value, sub.name) if value is not None else None
                )
        else:
            row[f.name] = value
    return row


def event_from_dict(data: dict[str, Any]) -> Event:
    """Inverse of `to_dict` for events."""
    kwargs = dict(data)
    for name, sub_cls in NESTED.items():
        value = kwargs.get(name)
        kwargs[name] = sub_cls(**value) if isinstance(value, dict) else None
    return Event(**kwargs)


def event_from_row(row: dict[str, Any]) -> Event:
    """Inverse of `flatten`: a nested record is None when all its columns are None."""
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(Event):
        if f.name in NESTED:
            sub_cls = NESTED[f.name]
            values = {s.name: row.get(f"{f.name}_{s.name}") for s in dataclasses.fields(sub_cls)}
            kwargs[f.name] = None if all(v is None for v in values.values()) else sub_cls(**values)
        else:
            kwargs[f.name] = row.get(f.name)
    return Event(**kwargs)


_JSON_TYPES = {str: "string", int: "integer", float: "number", bool: "boolean"}


def json_schema(cls: type = Event) -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of a record class, nested records inline."""
    hints = _hints(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        base = _base_type(hint)
        optional = base is not hint
        if dataclasses.is_dataclass(base):
            prop = json_schema(base)
            prop.pop("$schema", None)
        else:
            prop = {"type": _JSON_TYPES[base]}
        if f.name == "modality":
            prop["enum"] = list(MODALITIES)
        if optional:
            prop = {"anyOf": [prop, {"type": "null"}]}
        prop["description"] = f.metadata.get("doc", "")
        properties[f.name] = prop
        required.append(f.name)
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": cls.__name__,
        "description": (cls.__doc__ or "").strip(),
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }
    return schema


def make_event_id(
    doc_id: str, sentence_index: int, start: int, end: int, cameo: str, actors: str = ""
) -> str:
    """Stable id: the same evidence coded the same way always gets the same id.

    `actors` separates the events of one trigger with a compound actor ("US and
    British warplanes struck …" is two events on one verb).
    """
    key = f"{doc_id}\x1f{sentence_index}\x1f{start}\x1f{end}\x1f{cameo}\x1f{actors}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def make_doc_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
