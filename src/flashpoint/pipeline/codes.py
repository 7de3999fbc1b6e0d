"""The code table: CAMEO code → name, Goldstein score, quad class, PLOVER type and mode."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .datafiles import read_rows

# CAMEO roots by what they record: words (statements, appeals, threats …) or deeds.
VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "09", "10", "11", "12", "13"})
MATERIAL_ROOTS = frozenset({"06", "07", "08", "14", "15", "16", "17", "18", "19", "20"})


@dataclass(frozen=True)
class EventCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


@lru_cache(maxsize=1)
def code_table() -> dict[str, EventCode]:
    table: dict[str, EventCode] = {}
    for _, f in read_rows("cameo_codes.tsv", 6, header="code"):
        table[f[0]] = EventCode(
            code=f[0],
            name=f[1],
            goldstein=float(f[2]),
            quad_class=int(f[3]),
            plover_type=f[4] or None,
            plover_mode=f[5] or None,
        )
    return table


def lookup(code: str) -> EventCode | None:
    """The entry of a code, falling back to its parents (0874 → 087 → 08)."""
    table = code_table()
    for length in range(len(code), 1, -1):
        entry = table.get(code[:length])
        if entry is not None:
            return entry
    return None


def plover_of(code: str) -> tuple[str | None, str | None]:
    """PLOVER type and mode of a code, inheriting the type from its parents."""
    table = code_table()
    mode = None
    for length in range(len(code), 1, -1):
        entry = table.get(code[:length])
        if entry is None:
            continue
        mode = mode or entry.plover_mode
        if entry.plover_type:
            return entry.plover_type, mode
    return None, mode
