"""Parquet: flat columns with types from the schema, written in row groups."""

from __future__ import annotations

from collections.abc import Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from ..schema import Event, flat_columns, flatten

ARROW_TYPES = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}
SCHEMA = pa.schema([(name, ARROW_TYPES[typ]) for name, typ in flat_columns(Event)])
ROW_GROUP = 50_000


def write_parquet(events: Iterable[Event], path: str) -> int:
    count = 0
    with pq.ParquetWriter(path, SCHEMA) as writer:
        batch: list[dict] = []
        for event in events:
            batch.append(flatten(event))
            if len(batch) >= ROW_GROUP:
                writer.write_table(pa.Table.from_pylist(batch, schema=SCHEMA))
                count += len(batch)
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=SCHEMA))
            count += len(batch)
    return count
