"""JSON Lines: one article per line, read one line at a time (never the whole file)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..schema import Document
from .fields import record_document


def read_jsonl_stream(lines: Iterable[str], path: Path) -> Iterator[Document]:
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as err:
            raise InputError("E001", path=path, line=number, detail=err.msg) from None
        if not isinstance(record, dict):
            raise InputError("E001", path=path, line=number, detail="not a JSON object")
        yield record_document(record, path, number)


def read_jsonl(path: Path) -> Iterator[Document]:
    with path.open(encoding="utf-8") as handle:
        yield from read_jsonl_stream(handle, path)
