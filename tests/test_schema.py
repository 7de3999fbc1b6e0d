from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from flashpoint.schema import (
    MODALITIES,
    Actor,
    Attribution,
    Event,
    Place,
    event_from_dict,
    event_from_row,
    flat_columns,
    flatten,
    json_schema,
    to_dict,
)

DOCS = Path(__file__).parent.parent / "docs"


def sample_event(**changes) -> Event:
    event = Event(
        event_id="e1",
        doc_id="d1",
        sentence_index=0,
        sentence="A US drone strike in Baghdad killed a commander.",
        trigger="drone strike",
        start=5,
        end=17,
        event_type="ASSAULT",
        event_mode=None,
        cameo_code="195",
        cameo_root="19",
        quad_class=4,
        goldstein=-10.0,
        modality="asserted",
        source=Actor(text="US", name="United States", code="USA", country="USA"),
        target=Actor(
            text="a commander",
            name="Harakat al-Nujaba",
            code="IRQREB",
            country="IRQ",
            sector="REB",
            sponsor="IRN",
        ),
        attribution=Attribution(text="officials", name=None, kind="anonymous"),
        date="2024-01-04",
        date_precision="day",
        date_text="Thursday",
        location=Place(
            name="Baghdad",
            country="IRQ",
            latitude=33.34,
            longitude=44.4,
            feature="city",
            geonameid=98182,
        ),
        confidence=0.9,
        coder_version="test",
    )
    return dataclasses.replace(event, **changes)


def test_design_table_fields_are_all_there() -> None:
    names = [f.name for f in dataclasses.fields(Event)]
    for field in (
        "event_id",
        "doc_id",
        "sentence_index",
        "sentence",
        "trigger",
        "start",
        "end",
        "event_type",
        "event_mode",
        "cameo_code",
        "cameo_root",
        "quad_class",
        "goldstein",
        "modality",
        "source",
        "target",
        "attribution",
        "date",
        "date_precision",
        "date_text",
        "location",
        "confidence",
        "coder_version",
    ):
        assert field in names


def test_flat_columns_name_nested_fields() -> None:
    columns = dict(flat_columns(Event))
    assert columns["source_country"] is str
    assert columns["target_sponsor"] is str
    assert columns["location_latitude"] is float
    assert columns["quad_class"] is int
    assert "source" not in columns


def test_dict_and_row_round_trip() -> None:
    event = sample_event()
    assert event_from_dict(json.loads(json.dumps(to_dict(event)))) == event
    assert event_from_row(flatten(event)) == event
    empty = sample_event(source=None, attribution=None, location=None)
    assert event_from_row(flatten(empty)) == empty


def test_codes_stay_strings() -> None:
    row = flatten(sample_event(cameo_code="0874", cameo_root="08"))
    assert row["cameo_code"] == "0874" and row["cameo_root"] == "08"


def test_json_schema_matches_records() -> None:
    schema = json_schema(Event)
    assert set(schema["properties"]) == {f.name for f in dataclasses.fields(Event)}
    assert schema["properties"]["modality"]["enum"] == list(MODALITIES)
    source = schema["properties"]["source"]["anyOf"][0]
    assert set(source["properties"]) == {f.name for f in dataclasses.fields(Actor)}


def test_docs_schema_is_current() -> None:
    """docs/schema.json is generated from schema.py; this keeps it true."""
    on_disk = json.loads((DOCS / "schema.json").read_text())
    assert on_disk == json_schema(Event)
