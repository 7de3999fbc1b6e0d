"""The place and date evaluators' arithmetic, on small gold files written for these tests."""

from __future__ import annotations

import statistics

import pytest

from flashpoint.errors import InputError
from flashpoint.evaluate import dates as date_eval
from flashpoint.evaluate import places as place_eval
from flashpoint.pipeline.places import distance_km

from ..conftest import FIXTURES


@pytest.fixture(scope="module")
def place_report(nlp):
    return place_eval.evaluate(FIXTURES / "places_gold.jsonl", nlp=nlp)


def test_places_recognition(place_report) -> None:
    recognition = place_report["recognition"]
    assert place_report["documents"] == 2
    assert recognition["gold_spans"] == 4
    # Baghdad and Basra found and right; Main Street and Zzyzxville not placed
    assert recognition["predicted_spans"] == 2
    assert recognition["precision"] == 1.0
    assert recognition["recall"] == 0.5
    assert recognition["f1"] == round(2 * 1.0 * 0.5 / 1.5, 4)


def test_places_resolution(place_report) -> None:
    resolution = place_report["resolution"]
    assert resolution["toponyms"] == 3  # Main Street has no coordinates: not scored
    assert resolution["unresolved"] == 1  # Zzyzxville is in no gazetteer
    assert resolution["accuracy_161km"] == round(1 / 3, 4)  # only Baghdad is right
    misses = {m["text"]: m for m in place_report["misses"]}
    assert set(misses) == {"Basra", "Zzyzxville"}
    assert misses["Zzyzxville"]["predicted"] is None
    assert misses["Zzyzxville"]["error_km"] == place_eval.UNRESOLVED_KM
    basra = misses["Basra"]["error_km"]
    predicted = misses["Basra"]["predicted"]
    assert predicted["country"] == "IRQ"
    # the gold point was put at 0°, 0° on purpose
    assert basra == round(distance_km(0.0, 0.0, predicted["lat"], predicted["lon"]), 1)
    errors = [basra, place_eval.UNRESOLVED_KM]
    assert resolution["median_error_km"] == round(basra, 1)  # Baghdad ≈ 0 km is the third
    assert resolution["mean_error_km"] < statistics.fmean(errors)
    assert resolution["country_toponyms"] == 2
    assert resolution["country_rate"] == 1.0  # Basra is in the right country, if far off


def test_places_limit(nlp) -> None:
    report = place_eval.evaluate(FIXTURES / "places_gold.jsonl", nlp=nlp, limit=1)
    assert report["documents"] == 1 and report["resolution"]["toponyms"] == 2


def test_places_bad_gold(tmp_path, nlp) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x", "toponyms": []}\nnot json\n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        place_eval.evaluate(bad, nlp=nlp)
    assert caught.value.code == "E013" and ":2:" in str(caught.value)


def test_dates_value_accuracy() -> None:
    report = date_eval.evaluate(FIXTURES / "timex_gold.jsonl")
    assert report["expressions"] == 7  # the DURATION is not scored
    assert report["resolved"] == 6
    assert report["value_accuracy"] == round(6 / 7, 4)
    kinds = report["by_kind"]
    assert kinds["day"] == {"count": 4, "accuracy": 0.75}
    assert kinds["year"]["accuracy"] == kinds["week"]["accuracy"] == 1.0
    assert kinds["reference"]["accuracy"] == 1.0
    assert [m["text"] for m in report["misses"]] == ["the day"]


def test_dates_limit_and_normalisation() -> None:
    assert date_eval.evaluate(FIXTURES / "timex_gold.jsonl", limit=2)["expressions"] == 2
    assert date_eval.normalise_value("1994-XX-XX") == "1994"
    assert date_eval.normalise_value("2000-W07") == "2000-W7"
    assert date_eval.normalise_value("1998-08-05TNI") == "1998-08-05"
    assert date_eval.future_of("Thursday", "They will meet on Thursday.") is True
    assert date_eval.future_of("Thursday", "They met on Thursday.") is None


def test_dates_bad_gold(tmp_path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "Friday", "type": "DATE"}\n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        date_eval.evaluate(bad)
    assert caught.value.code == "E013"
