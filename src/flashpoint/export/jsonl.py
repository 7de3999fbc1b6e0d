"""JSON Lines: one nested event per line, every schema field present."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO

from ..schema import Event, to_dict


def write_jsonl(events: Iterable[Event], out: IO[str]) -> int:
    count = 0
    for event in events:
        out.write(json.dumps(to_dict(event), ensure_ascii=False) + "\n")
        count += 1
    return count
