"""`flashpoint evaluate`: scores against gold files, one module per kind."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError


def json_records(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) of a JSONL gold file; a bad line is a coded error (E013)."""
    path = Path(path)
    with path.open(encoding="utf-8-sig") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except json.JSONDecodeError as err:
                raise InputError("E013", path=path, line=number, detail=err.msg) from None
            if not isinstance(record, dict):
                raise InputError("E013", path=path, line=number, detail="not a JSON object")
            yield number, record
