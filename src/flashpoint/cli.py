"""The `flashpoint` command: a thin layer over the library.

Every command that prints events shares one set of output options
(`--format`, `--output`), the way sqlite-utils does.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .cli_actors import actors as actors_command
from .errors import ConfigError, FlashpointError
from .export import BINARY_WRITERS, TEXT_WRITERS, check_format
from .schema import Event, json_schema

app = typer.Typer(
    help="Political event data from news text: who did what to whom, where, when.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err_console = Console(stderr=True)
DB_HELP = "DuckDB database file."

FormatOption = Annotated[
    str, typer.Option("--format", "-f", help="table, jsonl, csv or parquet (parquet needs -o).")
]
OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
]
DbOption = Annotated[Path, typer.Option("--db", help=DB_HELP)]
PubDateOption = Annotated[
    str | None,
    typer.Option("--pub-date", help="Publication date (YYYY-MM-DD) for inputs that have none."),
]


def _check_date(value: str | None) -> str | None:
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ConfigError("E012", value=value) from None


def _table(events: Iterable[Event], out: IO[str]) -> int:
    table = Table(show_lines=False, header_style="bold")
    for column in ("date", "type", "cameo", "modality", "source", "target", "where", "trigger"):
        table.add_column(column, overflow="fold")
    count = 0
    for event in events:
        table.add_row(
            event.date or "",
            event.event_type or "",
            event.cameo_code or "",
            event.modality,
            _actor_label(event.source),
            _actor_label(event.target),
            event.location.name if event.location else "",
            event.trigger,
        )
        count += 1
    Console(file=out, width=160).print(table)
    return count


def _actor_label(actor: object) -> str:
    if actor is None:
        return ""
    code = getattr(actor, "code", None)
    return f"{actor.name or actor.text} ({code})" if code else str(actor.name or actor.text)


def emit(events: Iterable[Event], fmt: str, output: Path | None) -> int:
    """Write events in a format to a file or stdout; returns how many were written."""
    check_format(fmt, ("table", *TEXT_WRITERS, *BINARY_WRITERS))
    if fmt in BINARY_WRITERS:
        if output is None:
            raise ConfigError("E009", value=f"{fmt} to stdout", choices="use -o FILE")
        return BINARY_WRITERS[fmt](events, str(output))
    writer = _table if fmt == "table" else TEXT_WRITERS[fmt]
    with contextlib.ExitStack() as stack:
        out = (
            stack.enter_context(output.open("w", encoding="utf-8", newline=""))
            if output
            else sys.stdout
        )
        return writer(events, out)


@app.command()
def code(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or '-' for stdin.")],
    pub_date: PubDateOption = None,
    fmt: FormatOption = "table",
    output: OutputOption = None,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline to use.")] = None,
) -> None:
    """Code documents and print their events (no database)."""
    from .coder import code_documents
    from .ingest import read_paths
    from .nlp import load_nlp

    pub_date = _check_date(pub_date)
    nlp = load_nlp(model)

    def events() -> Iterator[Event]:
        for _, doc_events in code_documents(read_paths(paths, pub_date), nlp):
            yield from doc_events

    emit(events(), fmt, output)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or '-' for stdin.")],
    db: DbOption = Path("flashpoint.duckdb"),
    pub_date: PubDateOption = None,
    batch_size: Annotated[int, typer.Option(help="Documents per transaction.")] = 64,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline to use.")] = None,
) -> None:
    """Code documents and store documents and events in DuckDB (idempotent)."""
    from .coder import code_documents
    from .ingest import read_paths
    from .nlp import load_nlp
    from .store import open_store

    pub_date = _check_date(pub_date)
    nlp = load_nlp(model)
    documents = events = 0
    with (
        open_store(db) as store,
        Progress(
            TextColumn("[bold]coding"),
            BarColumn(),
            TextColumn("{task.fields[docs]} documents"),
            TextColumn("{task.fields[events]} events"),
            TimeElapsedColumn(),
            console=err_console,
            transient=False,
            disable=not err_console.is_terminal,
        ) as progress,
    ):
        task = progress.add_task("ingest", total=None, docs=0, events=0)
        batch = []
        for document, doc_events in code_documents(read_paths(paths, pub_date), nlp):
            batch.append((document, doc_events))
            if len(batch) >= batch_size:
                events += store.write_many(batch)
                documents += len(batch)
                batch = []
                progress.update(task, docs=documents, events=events)
        events += store.write_many(batch)
        documents += len(batch)
        progress.update(task, docs=documents, events=events)
        totals = store.counts()
    err_console.print(
        f"stored {documents} documents, {events} events in {db} "
        f"(database now holds {totals['documents']} documents, {totals['events']} events)"
    )


def _filters(**kwargs: object) -> dict[str, object]:
    return {k: v for k, v in kwargs.items() if v is not None}


@app.command()
def events(
    db: DbOption = Path("flashpoint.duckdb"),
    country: Annotated[str | None, typer.Option(help="ISO3 of source or target.")] = None,
    event_type: Annotated[
        str | None, typer.Option("--type", help="PLOVER type, CAMEO code or root.")
    ] = None,
    since: Annotated[str | None, typer.Option(help="Earliest date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Latest date, YYYY-MM-DD.")] = None,
    modality: Annotated[str | None, typer.Option(help="asserted, negated, …")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    fmt: FormatOption = "table",
    output: OutputOption = None,
) -> None:
    """List stored events, filtered."""
    from .store import open_store

    with open_store(db, read_only=True) as store:
        emit(
            store.query_events(
                **_filters(
                    country=country,
                    event_type=event_type,
                    since=_check_date(since),
                    until=_check_date(until),
                    modality=modality,
                    limit=limit,
                )
            ),
            fmt,
            output,
        )


@app.command()
def export(
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    db: DbOption = Path("flashpoint.duckdb"),
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv or parquet.")] = "jsonl",
    country: Annotated[str | None, typer.Option(help="ISO3 of source or target.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER type or CAMEO.")] = None,
    since: Annotated[str | None, typer.Option(help="Earliest date.")] = None,
    until: Annotated[str | None, typer.Option(help="Latest date.")] = None,
) -> None:
    """Export stored events to a file."""
    from .store import open_store

    check_format(fmt, (*TEXT_WRITERS, *BINARY_WRITERS))
    with open_store(db, read_only=True) as store:
        count = emit(
            store.query_events(
                **_filters(
                    country=country,
                    event_type=event_type,
                    since=_check_date(since),
                    until=_check_date(until),
                )
            ),
            fmt,
            output,
        )
    err_console.print(f"wrote {count} events to {output}")


EVALUATE_KINDS = ("events", "actors", "places", "dates")


def _print_metrics(result: dict[str, object]) -> None:
    table = Table(title=f"evaluate: {result.get('kind', '')}", header_style="bold")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for key, value in result.items():
        if key in ("confusion", "per_type", "misses"):
            continue
        if isinstance(value, dict):
            value = "  ".join(f"{k}={v}" for k, v in value.items())
        table.add_row(key, str(value))
    Console().print(table)
    per_type = result.get("per_type")
    if isinstance(per_type, dict) and per_type:
        detail = Table(title="per type", header_style="bold")
        for column in ("type", "precision", "recall", "f1", "tp", "fp", "fn"):
            detail.add_column(column, justify="right" if column != "type" else "left")
        for label, scores in per_type.items():
            detail.add_row(
                label, *(str(scores[c]) for c in ("precision", "recall", "f1", "tp", "fp", "fn"))
            )
        Console().print(detail)
    confusion = result.get("confusion")
    if isinstance(confusion, list) and confusion:
        matrix = Table(title="confusion (gold → coded), most frequent first", header_style="bold")
        for column in ("gold", "coded", "n"):
            matrix.add_column(column)
        for gold, coded, n in confusion[:40]:
            matrix.add_row(str(gold), str(coded), str(n))
        Console().print(matrix)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold file (JSONL).")],
    kind: Annotated[str, typer.Option(help="events, actors, places or dates.")] = "events",
    gold_format: Annotated[
        str, typer.Option("--format", help="Gold format for events: flashpoint or plover.")
    ] = "flashpoint",
    misses: Annotated[
        Path | None, typer.Option(help="Write the sentences the coder got wrong here (JSONL).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    limit: Annotated[int | None, typer.Option(help="Only the first N gold items.")] = None,
) -> None:
    """Score the coder against a gold file: precision, recall, F1, confusion."""
    check_format(kind, EVALUATE_KINDS)
    if not gold.exists():
        raise _missing(gold)
    if kind == "events":
        from .evaluate.events import evaluate as evaluate_events

        check_format(gold_format, ("flashpoint", "plover"))
        report = evaluate_events(gold, gold_format, limit=limit)
        result, missed = report.as_dict(), report.misses
    elif kind == "actors":
        from .evaluate.actors import evaluate as evaluate_actors

        result = evaluate_actors(gold, limit=limit)
        missed = result.pop("misses", [])
    elif kind == "places":
        from .evaluate.places import evaluate as evaluate_places

        result = evaluate_places(gold, limit=limit)
        missed = result.pop("misses", [])
    else:
        from .evaluate.dates import evaluate as evaluate_dates

        result = evaluate_dates(gold, limit=limit)
        missed = result.pop("misses", [])
    result.setdefault("kind", kind)
    if misses is not None:
        with misses.open("w", encoding="utf-8") as handle:
            for item in missed:
                handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    if as_json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        _print_metrics(result)


def _missing(path: Path) -> FlashpointError:
    from .errors import InputError

    return InputError("E003", path=path)


app.command("actors")(actors_command)


@app.command()
def schema() -> None:
    """Print the JSON schema of the event record."""
    print(json.dumps(json_schema(Event), indent=2, ensure_ascii=False))


def main() -> None:
    try:
        app()
    except FlashpointError as err:
        err_console.print(f"[red]error[/red] {escape(str(err))}", highlight=False)
        raise SystemExit(1) from None


if __name__ == "__main__":
    main()
