"""The DuckDB store. Tables are derived from `schema.py`; codes stay strings.

Writes are idempotent: a document is keyed by `doc_id`, an event by `event_id`, and
re-coding a document replaces its events in one transaction, so an interrupted run
that is run again ends with the same database — and nothing stored before is lost.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import duckdb

from ..errors import ConfigError
from ..schema import Document, Event, event_from_row, flat_columns, flatten

SQL_TYPES = {str: "VARCHAR", int: "BIGINT", float: "DOUBLE", bool: "BOOLEAN"}
DEFAULT_DB = "flashpoint.duckdb"
EVENT_COLUMNS = [name for name, _ in flat_columns(Event)]
DOCUMENT_COLUMNS = [f.name for f in dataclasses.fields(Document)]
QUOTED_EVENT_COLUMNS = [f'"{name}"' for name in EVENT_COLUMNS]


def _table_sql(name: str, columns: list[tuple[str, type]], key: str) -> str:
    body = ",\n  ".join(
        f'"{col}" {SQL_TYPES[typ]}' + (" PRIMARY KEY" if col == key else "") for col, typ in columns
    )
    return f"CREATE TABLE IF NOT EXISTS {name} (\n  {body}\n)"


class Store:
    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        self.path = Path(path)
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as err:
            raise ConfigError("E010", path=self.path, detail=str(err).splitlines()[0]) from None
        if read_only:
            tables = {row[0] for row in self.con.execute("SHOW TABLES").fetchall()}
            if "events" not in tables:
                raise ConfigError("E010", path=self.path, detail="it has no events table")
        else:
            self.create()

    def create(self) -> None:
        doc_columns = [(f.name, str) for f in dataclasses.fields(Document)]
        self.con.execute(_table_sql("documents", doc_columns, "doc_id"))
        self.con.execute(_table_sql("events", flat_columns(Event), "event_id"))

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def write(self, document: Document, events: list[Event]) -> None:
        """Store one coded document, replacing what an earlier run stored for it."""
        self.write_many([(document, events)])

    def write_many(self, batch: Iterable[tuple[Document, list[Event]]]) -> int:
        rows = list(batch)
        if not rows:
            return 0
        doc_ids = [doc.doc_id for doc, _ in rows]
        event_rows = {e.event_id: flatten(e) for _, events in rows for e in events}
        self.con.execute("BEGIN TRANSACTION")
        try:
            placeholders = ", ".join("?" for _ in DOCUMENT_COLUMNS)
            self.con.executemany(
                f"INSERT OR REPLACE INTO documents VALUES ({placeholders})",
                [[getattr(doc, c) for c in DOCUMENT_COLUMNS] for doc, _ in rows],
            )
            self.con.execute(
                "DELETE FROM events WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [doc_ids]
            )
            if event_rows:
                placeholders = ", ".join("?" for _ in EVENT_COLUMNS)
                self.con.executemany(
                    f"INSERT OR REPLACE INTO events VALUES ({placeholders})",
                    [[row[c] for c in EVENT_COLUMNS] for row in event_rows.values()],
                )
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return len(event_rows)

    def query_events(
        self,
        country: str | None = None,
        event_type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        modality: str | None = None,
        limit: int | None = None,
    ) -> Iterator[Event]:
        where, params = [], []
        if country:
            where.append("(source_country = ? OR target_country = ?)")
            params += [country.upper(), country.upper()]
        if event_type:
            where.append("(event_type = ? OR cameo_code = ? OR cameo_root = ?)")
            params += [event_type.upper(), event_type, event_type]
        if since:
            where.append("date >= ?")
            params.append(since)
        if until:
            where.append("date <= ? || '~'")  # '2024-01' <= until covers partial dates
            params.append(until)
        if modality:
            where.append("modality = ?")
            params.append(modality)
        sql = f"SELECT {', '.join(QUOTED_EVENT_COLUMNS)} FROM events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += ' ORDER BY date NULLS LAST, doc_id, sentence_index, "start", event_id'
        if limit:
            sql += f" LIMIT {int(limit)}"
        cursor = self.con.execute(sql, params)
        while chunk := cursor.fetchmany(1000):
            for values in chunk:
                yield event_from_row(dict(zip(EVENT_COLUMNS, values, strict=True)))

    def counts(self) -> dict[str, int]:
        docs = self.con.execute("SELECT count(*) FROM documents").fetchone()
        events = self.con.execute("SELECT count(*) FROM events").fetchone()
        return {"documents": int(docs[0]) if docs else 0, "events": int(events[0]) if events else 0}

    def raw(self, sql: str, params: list[Any] | None = None) -> list[tuple]:
        return self.con.execute(sql, params or []).fetchall()


def open_store(path: str | Path = DEFAULT_DB, read_only: bool = False) -> Store:
    if read_only and not Path(path).exists():
        raise ConfigError("E010", path=path, detail="the file does not exist")
    return Store(path, read_only=read_only)
