"""CSV: flat columns, codes as strings, a header row."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import IO

from ..schema import Event, flat_columns, flatten

COLUMNS = [name for name, _ in flat_columns(Event)]


def write_csv(events: Iterable[Event], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for event in events:
        writer.writerow(flatten(event))
        count += 1
    return count
