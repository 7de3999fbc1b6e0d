"""Scoring date resolution against TIMEX3 gold (TimeBank / AQUAINT as TempEval-3 has them).

Gold format (one JSON object per line): `text` (the time expression), `type` (DATE,
TIME, DURATION, SET), `value` (its TIMEX3 value), `dct` (the document creation time)
and optionally `context` (the surrounding text, TimeML tags allowed) and `doc`/`tid`.

Only DATE expressions are scored: each is normalised by `pipeline.dates.timex` from
its text and the document date — the tense of the clause, which decides whether
"Friday" is last Friday or next, is read from the words around it in `context`.
Value accuracy is exact string equality after two harmless normalisations: trailing
unknown fields are dropped ("1994-XX-XX" is "1994") and a part of day is optional
("1998-08-05TNI" matches "1998-08-05").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..pipeline.dates import timex
from . import json_records

FUTURE_CUE = re.compile(
    r"\b(will|won't|shall|'ll|going to|plans? to|planned|expected to|expects? to|scheduled|"
    r"is to|are to|due to|set to|intends? to|would|could|might|may|next|as soon as|"
    r"as early as|until|postponed|deadline)\b",
    re.I,
)
TAG = re.compile(r"<[^>]+>")


def read_gold(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for number, row in json_records(path):
        missing = [k for k in ("text", "value", "dct") if k not in row]
        if missing:
            raise InputError("E013", path=path, line=number, detail=f"missing {', '.join(missing)}")
        if row.get("type", "DATE") != "DATE":
            continue
        rows.append(row)
        if limit is not None and len(rows) >= limit:
            break
    return rows


def normalise_value(value: str | None) -> str | None:
    if value is None:
        return None
    value = re.sub(r"T(?:MO|AF|EV|NI|DT)$", "", value.strip())
    while value.endswith("-XX"):
        value = value[:-3]
    return re.sub(r"-W0(\d)\b", r"-W\1", value)  # "2000-W07" is "2000-W7"


def future_of(text: str, context: str | None) -> bool | None:
    """Tense near the expression: a future cue before it in its clause → True. Without
    a parse only such a cue is reliable (past-tense clauses often carry future dates:
    "said the dividend is payable Dec. 15"), so otherwise the tense is unknown and a
    month or day without a year is the nearest one."""
    if not context:
        return None
    plain = " ".join(TAG.sub("", context).split())
    at = plain.find(text)
    if at < 0:
        return None
    before = re.split(r"[.;!?]\s", plain[:at])[-1][-80:]
    return True if FUTURE_CUE.search(before) else None


def period_of(context: str | None) -> str | None:
    """'quarter' when the text reports on a quarter (the reference period of 'a year
    earlier'), as `DateResolver` reads it from the sentence."""
    return "quarter" if context and re.search(r"\bquarter", TAG.sub("", context), re.I) else None


def _anchor(dct: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(dct)[:10])
    except ValueError:
        return None


def _shape(value: str) -> str:
    if value.endswith("_REF"):
        return "reference"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return "day"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return "month"
    if re.fullmatch(r"\d{4}", value):
        return "year"
    if re.fullmatch(r"\d{4}-Q[\dX]|\d{4}-H\d", value):
        return "quarter"
    if "-W" in value:
        return "week"
    return "other"


def evaluate(gold_path: Path, limit: int | None = None) -> dict:
    """Value accuracy of DATE expressions resolved against their document's date."""
    rows = read_gold(gold_path, limit)
    # What a document reports on is a property of the document: an earnings report's
    # "a year earlier" is the year-earlier quarter even where "quarter" is out of view.
    periods: dict[str, str | None] = {}
    for row in rows:
        key = str(row.get("doc"))
        periods[key] = periods.get(key) or period_of(row.get("context"))
    right = resolved = 0
    by_shape: Counter[str] = Counter()
    right_by_shape: Counter[str] = Counter()
    misses: list[dict[str, Any]] = []
    for row in rows:
        gold = normalise_value(row["value"])
        context = row.get("context")
        predicted = normalise_value(
            timex(
                row["text"],
                _anchor(row["dct"]),
                future_of(row["text"], context),
                periods[str(row.get("doc"))],
            )
        )
        shape = _shape(gold or "")
        by_shape[shape] += 1
        resolved += predicted is not None
        if predicted == gold:
            right += 1
            right_by_shape[shape] += 1
        else:
            misses.append(
                {
                    "doc": row.get("doc"),
                    "tid": row.get("tid"),
                    "text": row["text"],
                    "dct": row["dct"],
                    "gold": row["value"],
                    "predicted": predicted,
                }
            )
    total = len(rows)
    return {
        "kind": "dates",
        "gold": str(gold_path),
        "expressions": total,
        "resolved": resolved,
        "value_accuracy": round(right / total, 4) if total else None,
        "by_kind": {
            shape: {"count": count, "accuracy": round(right_by_shape[shape] / count, 4)}
            for shape, count in sorted(by_shape.items())
        },
        "misses": misses,
    }
