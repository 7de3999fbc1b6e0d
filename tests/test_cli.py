"""Each CLI command, run in-process through typer's test runner."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from flashpoint.cli import app

runner = CliRunner()
ARTICLE = (
    "BAGHDAD, Jan 4 — A US drone strike in Baghdad on Thursday killed a commander of "
    "Harakat al-Nujaba, Iraqi officials said. Iraq condemned the United States."
)


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps({"id": "a1", "text": ARTICLE, "pub_date": "2024-01-05"}) + "\n")
    return path


def invoke(*args: str):
    result = runner.invoke(app, list(args))
    return result


def test_every_command_has_help() -> None:
    for command in ("code", "ingest", "events", "export", "evaluate", "actors", "schema"):
        result = invoke(command, "--help")
        assert result.exit_code == 0, result.output
        assert "Usage" in result.output


def test_code_jsonl_keeps_ids_and_prints_full_records(article: Path) -> None:
    result = invoke("code", str(article), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records, "the article has events"
    assert {r["doc_id"] for r in records} == {"a1"}
    schema = json.loads(invoke("schema").stdout)
    for record in records:
        assert set(record) == set(schema["required"])
        assert ARTICLE[record["start"] : record["end"]] == record["trigger"]


def test_code_csv_and_table(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    result = invoke("code", str(article), "--format", "csv", "-o", str(out))
    assert result.exit_code == 0, result.output
    header = out.read_text().splitlines()[0].split(",")
    assert "source_country" in header and "cameo_code" in header
    table = invoke("code", str(article))
    assert table.exit_code == 0 and "ASSAULT" in table.stdout


def test_ingest_is_idempotent_and_events_filters(article: Path, tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    for _ in range(2):
        result = invoke("ingest", str(article), "--db", str(db))
        assert result.exit_code == 0, result.output
    listed = invoke("events", "--db", str(db), "--format", "jsonl")
    records = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(records) == len({r["event_id"] for r in records}) > 0
    only_usa = invoke("events", "--db", str(db), "--country", "USA", "--format", "jsonl")
    assert all(
        "USA" in (r["source"] or {}).get("country", "") + (r["target"] or {}).get("country", "")
        for r in map(json.loads, only_usa.stdout.splitlines())
    )
    none = invoke("events", "--db", str(db), "--since", "2030-01-01", "--format", "jsonl")
    assert none.stdout.strip() == ""


def test_export_parquet_and_jsonl(article: Path, tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    assert invoke("ingest", str(article), "--db", str(db)).exit_code == 0
    parquet = tmp_path / "e.parquet"
    result = invoke("export", "--db", str(db), "--format", "parquet", "-o", str(parquet))
    assert result.exit_code == 0, result.output
    table = pq.read_table(parquet)
    assert table.num_rows > 0 and "target_country" in table.column_names
    assert str(table.schema.field("cameo_code").type) == "string"


def test_bad_input_exits_non_zero_with_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "Iraq condemned the strike."}\n{oops\n')
    db = tmp_path / "t.duckdb"
    result = invoke("ingest", str(bad), "--db", str(db), "--batch-size", "1")
    assert result.exit_code != 0
    assert isinstance(result.exception, Exception)
    assert f"{bad}:2" in str(result.exception)
    # The line read before the bad one is kept.
    from flashpoint.store import open_store

    with open_store(db, read_only=True) as store:
        assert store.counts()["documents"] == 1


def test_unknown_format_is_refused(article: Path) -> None:
    result = invoke("code", str(article), "--format", "xml")
    assert result.exit_code != 0
    assert "E009" in str(result.exception)


def test_evaluate_on_a_small_gold_file(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    rows = [
        {
            "text": "Russia expelled two Estonian diplomats.",
            "pub_date": "2024-02-06",
            "events": [{"source": "RUS", "target": "EST", "cameo": "166"}],
        },
        {
            "text": "Will Iran attack Israel?",
            "trap": True,
            "events": [
                {"source": "IRN", "target": "ISR", "cameo": "190", "modality": "hypothetical"}
            ],
        },
    ]
    gold.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    misses = tmp_path / "misses.jsonl"
    result = invoke("evaluate", str(gold), "--json", "--misses", str(misses))
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["sentences"] == 2
    assert scores["trap_sentences"] == 1 and scores["trap_violations"] == 0
    assert 0 <= scores["tuples_source_target_root"]["f1"] <= 1
    assert misses.exists()


def test_evaluate_rejects_a_bad_gold_line(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"events": []}\n')
    result = invoke("evaluate", str(gold))
    assert result.exit_code != 0
    assert "gold.jsonl:1" in str(result.exception)


def test_main_prints_coded_errors_and_exits_1(tmp_path: Path) -> None:
    import subprocess
    import sys

    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n")
    run = subprocess.run(
        [sys.executable, "-m", "flashpoint.cli", "code", str(bad)], capture_output=True, text=True
    )
    assert run.returncode == 1
    assert "E001" in run.stderr and "bad.jsonl:1" in run.stderr
