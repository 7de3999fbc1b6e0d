from __future__ import annotations

import json
from pathlib import Path

import pytest

from flashpoint.errors import ConfigError
from flashpoint.export import write_jsonl
from flashpoint.schema import Document, event_from_dict, to_dict
from flashpoint.store import open_store
from tests.test_schema import sample_event


def test_jsonl_to_duckdb_to_jsonl_is_unchanged(tmp_path: Path) -> None:
    events = [
        sample_event(),
        sample_event(event_id="e2", source=None, cameo_code="0874", cameo_root="08", location=None),
    ]
    first = tmp_path / "a.jsonl"
    with first.open("w") as handle:
        write_jsonl(events, handle)
    loaded = [event_from_dict(json.loads(line)) for line in first.read_text().splitlines()]
    with open_store(tmp_path / "t.duckdb") as store:
        store.write(Document(doc_id="d1", text="x"), loaded)
    with open_store(tmp_path / "t.duckdb", read_only=True) as store:
        back = list(store.query_events())
    second = tmp_path / "b.jsonl"
    with second.open("w") as handle:
        write_jsonl(sorted(back, key=lambda e: e.event_id), handle)
    assert first.read_text() == second.read_text()


def test_writing_twice_leaves_the_same_rows(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    doc = Document(doc_id="d1", text="x", pub_date="2024-01-05")
    for _ in range(2):
        with open_store(db) as store:
            store.write(doc, [sample_event()])
    with open_store(db, read_only=True) as store:
        assert store.counts() == {"documents": 1, "events": 1}


def test_recoding_a_document_replaces_its_events(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    with open_store(db) as store:
        store.write(Document(doc_id="d1", text="x"), [sample_event(event_id="old")])
        store.write(Document(doc_id="d2", text="y"), [sample_event(event_id="other", doc_id="d2")])
        store.write(Document(doc_id="d1", text="x"), [sample_event(event_id="new")])
        ids = sorted(row[0] for row in store.raw("SELECT event_id FROM events"))
    assert ids == ["new", "other"]


def test_filters(tmp_path: Path) -> None:
    with open_store(tmp_path / "t.duckdb") as store:
        store.write(
            Document(doc_id="d1", text="x"),
            [
                sample_event(event_id="a"),
                sample_event(
                    event_id="b",
                    event_type="CONSULT",
                    cameo_code="042",
                    cameo_root="04",
                    date="2023-05-01",
                    source=None,
                    target=None,
                ),
            ],
        )
        assert [e.event_id for e in store.query_events(country="irq")] == ["a"]
        assert [e.event_id for e in store.query_events(event_type="CONSULT")] == ["b"]
        assert [e.event_id for e in store.query_events(event_type="19")] == ["a"]
        assert [e.event_id for e in store.query_events(since="2024-01-01")] == ["a"]
        assert [e.event_id for e in store.query_events(until="2023-12-31")] == ["b"]


def test_reading_a_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as err:
        open_store(tmp_path / "none.duckdb", read_only=True)
    assert err.value.code == "E010"


def test_event_json_has_every_field(tmp_path: Path) -> None:
    record = to_dict(sample_event(attribution=None))
    assert record["attribution"] is None
    assert record["source"]["country"] == "USA"
