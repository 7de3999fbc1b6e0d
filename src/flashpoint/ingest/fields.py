"""What every record-shaped reader (JSONL, CSV) shares: fields → Document."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..schema import Document, make_doc_id

ID_KEYS = ("id", "doc_id")
DATE_KEYS = ("pub_date", "date", "dct")


def normalise_date(value: Any, path: Path, line: int) -> str | None:
    """ISO date string or None; a value that is not a date is an error, not a guess."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        raise InputError("E005", path=path, line=line, value=text) from None


def record_document(record: dict[str, Any], path: Path, line: int) -> Document:
    if "text" not in record:
        raise InputError("E002", path=path, line=line, keys=", ".join(sorted(record)) or "none")
    text = record["text"]
    if not isinstance(text, str) or not text.strip():
        raise InputError("E011", path=path, line=line)
    doc_id = next((str(record[k]) for k in ID_KEYS if record.get(k) not in (None, "")), None)
    pub_date = next((record[k] for k in DATE_KEYS if record.get(k) not in (None, "")), None)
    return Document(
        doc_id=doc_id or make_doc_id(text),
        text=text,
        title=record.get("title") or None,
        url=record.get("url") or None,
        publisher=record.get("publisher") or record.get("source") or None,
        pub_date=normalise_date(pub_date, path, line),
    )
