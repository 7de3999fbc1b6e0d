"""`flashpoint evaluate --kind actors`: re3d spans, our actor gold, PLOVER actors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flashpoint.errors import InputError
from flashpoint.evaluate.actors import evaluate, read_re3d

GOLD = Path(__file__).parent.parent / "gold" / "actors.jsonl"


def _re3d(folder: Path, text: str, entities: list[tuple[str, str, float]]) -> Path:
    """A one-document re3d folder in mongoexport form (one JSON object a line)."""
    folder.mkdir(parents=True)
    (folder / "documents.json").write_text(
        json.dumps({"_id": "D1", "title": "t", "text": text}) + "\n", encoding="utf-8"
    )
    lines = []
    for value, label, confidence in entities:
        begin = text.index(value)
        lines.append(
            json.dumps(
                {
                    "_id": f"D1-{begin}-{label}",
                    "documentId": "D1",
                    "begin": begin,
                    "end": begin + len(value),
                    "type": label,
                    "value": value,
                    "confidence": confidence,
                }
            )
        )
    (folder / "entities.json").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_re3d_spans_typed_and_untyped(nlp, tmp_path: Path) -> None:
    text = "Syria accused Israel of bombing an airport near Damascus. The army said so."
    root = tmp_path / "re3d"
    _re3d(
        root / "BBC Online",
        text,
        [
            ("Syria", "Organisation", 1.0),
            ("Syria", "Location", 0.0),  # a competing label on the same span
            ("Israel", "Organisation", 1.0),
            ("Damascus", "Location", 1.0),
            ("The army", "Organisation", 0.9),
            ("bombing", "Weapon", 1.0),  # other types are not scored
        ],
    )
    documents, dropped = read_re3d(root)
    assert dropped == 0
    assert [g[2] for g in documents[0]["gold"]] == [
        "Organisation",
        "Organisation",
        "Location",
        "Organisation",
    ]
    result = evaluate(root, nlp=nlp)
    assert result["documents"] == 1 and result["gold_spans"] == 4
    assert result["untyped_recall"] == 1.0 and result["untyped_precision"] == 1.0
    assert result["typed_f1"] == 1.0
    assert result["misses"] == []


def test_actor_gold_scores_country_sector_sponsor(nlp, tmp_path: Path) -> None:
    gold = tmp_path / "actors.jsonl"
    rows = [
        {
            "text": "Iranian-backed militias attacked the base.",
            "pub_date": "2024-01-01",
            "actors": [{"text": "Iranian-backed militias", "country": None, "sector": "REB",
                        "sponsor": "IRN"}],
        },
        {
            "text": "Boris Johnson met Emmanuel Macron. He said the talks went well.",
            "pub_date": "2020-02-10",
            "actors": [{"text": "He", "country": None, "sector": None},
                       {"text": "Emmanuel Macron", "country": "FRA", "sector": "GOV"}],
        },
    ]  # fmt: skip
    gold.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = evaluate(gold, nlp=nlp)
    assert result["actors"] == 3
    assert result["country_accuracy"] == 1.0 and result["country_wrong_guesses"] == 0
    assert result["sector_accuracy"] == 1.0 and result["sponsor_accuracy"] == 1.0
    assert result["misses"] == []


def test_plover_records_score_actor_countries(nlp, tmp_path: Path) -> None:
    gold = tmp_path / "plover.jsonl"
    record = {
        "id": "X-1",
        "date": "2000-01-01",
        "text": "The United Nations rejected a call by Iraq for talks.",
        "source": [{"actorText": "United Nations", "code": "IGO"}],
        "target": [{"actorText": "Iraq", "code": "IRQ"}],
        "event": "REJECT",
    }
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = evaluate(gold, nlp=nlp)
    assert result["kind"] == "actors-plover"
    assert result["country_accuracy"] == 1.0  # UNO counts as the gold's IGO


def test_our_gold_file(nlp) -> None:
    """The project's own actor gold: precision first — no wrong country or sector."""
    result = evaluate(GOLD, nlp=nlp)
    assert result["sentences"] >= 60
    assert result["country_wrong_guesses"] == 0
    assert result["sector_wrong_guesses"] == 0
    assert result["country_accuracy"] >= 0.95
    assert result["sector_accuracy"] >= 0.95
    assert result["sponsor_accuracy"] >= 0.95


def test_bad_gold_names_file_and_line(tmp_path: Path) -> None:
    gold = tmp_path / "bad.jsonl"
    gold.write_text('{"text": "x", "actors": [{"text": "x"}]}\n{not json\n', encoding="utf-8")
    with pytest.raises(InputError) as err:
        evaluate(gold)
    assert err.value.code == "E013" and "bad.jsonl:2" in str(err.value)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError):
        evaluate(empty)
