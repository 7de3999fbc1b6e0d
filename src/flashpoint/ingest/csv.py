"""CSV with a header row; column `text` is required, the others optional."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..schema import Document
from .fields import record_document

# Articles are long: lift the csv module's 128 KiB default field limit.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def read_csv(path: Path) -> Iterator[Document]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames is None or "text" not in reader.fieldnames:
            raise InputError(
                "E006", path=path, line=1, detail=f"header is {reader.fieldnames or 'missing'}"
            )
        for row in reader:
            if None in row:
                raise InputError(
                    "E006", path=path, line=reader.line_num, detail="more fields than the header"
                )
            yield record_document(dict(row), path, reader.line_num)
