"""Reading our plain-text data files: tab-separated lines, '#' comments, '|' lists."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import ConfigError

DATA = resources.files("flashpoint") / "data"


def data_path(name: str) -> Path:
    return Path(str(DATA / name))


def read_rows(
    name: str, columns: int, header: str | None = None
) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) of a TSV data file; '-' fields become ''.

    A missing file yields nothing, so a stage still runs while a list is being
    written; a malformed line is an error naming the file and line.
    """
    path = data_path(name)
    if not path.exists():
        return
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            fields = line.split("\t")
            if header is not None and fields[0] == header:
                continue
            if len(fields) < columns:
                raise ConfigError(
                    "E008",
                    path=path,
                    line=number,
                    detail=f"expected {columns} tab-separated fields, found {len(fields)}",
                )
            yield number, ["" if f.strip() == "-" else f.strip() for f in fields]


def split_list(field: str) -> list[str]:
    return [item.strip() for item in field.split("|") if item.strip() and item.strip() != "-"]


@lru_cache(maxsize=1)
def sovereigns() -> dict[str, str]:
    """Dependent territory → the state it belongs to (`territories.tsv`)."""
    return {row[0]: row[1] for _, row in read_rows("territories.tsv", 2, header="territory")}


def same_state(a: str | None, b: str | None) -> bool:
    """Are two country codes one state ('FRA' and New Caledonia's 'NCL')?"""
    if not a or not b:
        return False
    table = sovereigns()
    return table.get(a, a) == table.get(b, b)
