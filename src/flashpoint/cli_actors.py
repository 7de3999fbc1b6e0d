"""`flashpoint actors`: list the actor catalog, so an analyst can check who is known.

One row per entry (a state, a seat, an international organisation, an armed or
political group, an office holder) with its name, kind, country, sector, the
backer the catalog records (groups only), how many aliases it is matched by, and —
for office holders — every term: role, country, sector, from and to.

    flashpoint actors --country IRQ --kind person
    flashpoint actors --name hezbollah --format jsonl
    flashpoint actors --sector REB --format csv -o groups.csv

Registered in `cli.py`; built on `Catalog.search`, so the library answers the
same question without the CLI.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import IO, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from .errors import ConfigError
from .pipeline.catalog import LISTED_KINDS, Catalog, Entry, load_catalog

ACTOR_FORMATS = ("table", "jsonl", "csv")
COLUMNS = ("name", "kind", "country", "sector", "sponsor", "aliases", "terms")


def catalog_rows(
    catalog: Catalog,
    country: str | None = None,
    sector: str | None = None,
    name: str | None = None,
    kind: str | None = None,
) -> list[dict[str, Any]]:
    """The listing as plain records (what every output format prints)."""
    return [_row(catalog, entry) for entry in catalog.search(country, sector, name, kind)]


def _row(catalog: Catalog, entry: Entry) -> dict[str, Any]:
    countries = sorted({t.country for t in entry.terms})
    sectors = sorted({t.sector for t in entry.terms})
    return {
        "name": entry.name,
        "kind": entry.kind,
        "country": entry.country or ("|".join(countries) if countries else None),
        "sector": entry.sector or ("|".join(sectors) if sectors else None),
        "sponsor": entry.sponsor,
        "aliases": len(catalog.aliases_of(entry)),
        "terms": [
            {
                "role": t.role,
                "country": t.country,
                "sector": t.sector,
                "start": t.start,
                "end": t.end,
            }
            for t in entry.terms
        ],
    }


def _terms_text(terms: list[dict[str, Any]]) -> str:
    return "; ".join(f"{t['role']} {t['country']} {t['start']}–{t['end'] or 'now'}" for t in terms)


def _write(rows: list[dict[str, Any]], fmt: str, out: IO[str]) -> None:
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "terms": _terms_text(row["terms"])})
    else:
        table = Table(header_style="bold", title=f"{len(rows)} actors")
        for column in COLUMNS:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(
                *(str(row[c] or "") for c in COLUMNS[:-1]),
                _terms_text(row["terms"]).replace("; ", "\n"),
            )
        Console(file=out, width=160).print(table)


def actors(
    country: Annotated[
        str | None, typer.Option(help="ISO3 or non-state code (IGO, UNO, EUR, NGO, IMG, MNC).")
    ] = None,
    sector: Annotated[str | None, typer.Option(help="Sector code: GOV, MIL, REB, …")] = None,
    name: Annotated[
        str | None, typer.Option(help="Part of a name or alias, any case ('nujaba').")
    ] = None,
    kind: Annotated[
        str | None, typer.Option(help="country, seat, organization, group or person.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, jsonl or csv.")] = "table",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
    ] = None,
) -> None:
    """List the actor catalog: who flashpoint knows, with country, sector and terms."""
    if fmt not in ACTOR_FORMATS:
        raise ConfigError("E009", value=fmt, choices=", ".join(ACTOR_FORMATS))
    if kind is not None and kind not in LISTED_KINDS:
        raise typer.BadParameter(f"choose one of: {', '.join(LISTED_KINDS)}", param_hint="--kind")
    rows = catalog_rows(load_catalog(), country, sector, name, kind)
    if output is None:
        _write(rows, fmt, sys.stdout)
        return
    with output.open("w", encoding="utf-8", newline="") as handle:
        _write(rows, fmt, handle)
    Console(stderr=True).print(f"wrote {len(rows)} actors to {output}")
