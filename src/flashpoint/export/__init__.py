"""Writing events: one function per format, all fed by the same event stream.

JSONL nests (`source.country`); CSV and Parquet flatten (`source_country`) with the
column names of `schema.flat_columns`, so every format carries every field.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import IO

from ..errors import ConfigError
from ..schema import Event
from .csv import write_csv
from .jsonl import write_jsonl
from .parquet import write_parquet

TEXT_WRITERS: dict[str, Callable[[Iterable[Event], IO[str]], int]] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
}
BINARY_WRITERS: dict[str, Callable[[Iterable[Event], str], int]] = {
    "parquet": write_parquet,
}
FORMATS = (*TEXT_WRITERS, *BINARY_WRITERS)


def check_format(fmt: str, allowed: Iterable[str] = FORMATS) -> str:
    allowed = tuple(allowed)
    if fmt not in allowed:
        raise ConfigError("E009", value=fmt, choices=", ".join(allowed))
    return fmt


__all__ = [
    "BINARY_WRITERS",
    "FORMATS",
    "TEXT_WRITERS",
    "check_format",
    "write_csv",
    "write_jsonl",
    "write_parquet",
]
