"""Dump what the stages leave on each Doc, and the event records, as JSON lines.

    python bench/snapshot.py --data ../shared/data/news/te3_silver_newswire.jsonl \
        --limit 300 --out /tmp/before.jsonl

Used to check that a speed-up changes no output: run it before and after and diff.
Actors, places and dates are written apart from events so that a difference in the
event coder (another stage) can be told from one in the stages that feed it.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path
from typing import Any

from throughput import read_documents

from flashpoint.coder import coded_docs
from flashpoint.nlp import load_nlp


def plain(value: Any) -> Any:
    """Dataclasses, tuples and lists as JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    documents = read_documents(args.data, args.limit)
    nlp = load_nlp()
    with args.out.open("w", encoding="utf-8") as out:
        for document, doc, events in coded_docs(documents, nlp, batch_size=args.batch_size):
            row = {
                "doc_id": document.doc_id,
                "actors": plain(doc._.fp_actors),
                "actor_index": plain(doc._.fp_actor_index),
                "places": plain(doc._.fp_places),
                "dates": plain(doc._.fp_dates),
                "mentions": plain(doc._.fp_events),
                "events": sorted(
                    (plain(e) for e in events), key=lambda e: json.dumps(e, sort_keys=True)
                ),
            }
            out.write(json.dumps(row, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
