"""Date expressions resolved against the publication date, alone and through the pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.pipeline.dates import resolve, timex

FRIDAY = "2024-01-05"  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Thursday", ("2024-01-04", "day")),  # yesterday in a Friday paper
        ("Friday", ("2024-01-05", "day")),  # the same day is allowed
        ("Saturday", ("2023-12-30", "day")),  # the most recent Saturday, not tomorrow
        ("last Friday", ("2023-12-29", "day")),
        ("yesterday", ("2024-01-04", "day")),
        ("overnight", ("2024-01-05", "day")),
        ("Thursday night", ("2024-01-04", "day")),
        ("last week", ("2023-12", "month")),  # ISO week 52 of 2023: its Thursday's month
        ("earlier this month", ("2024-01", "month")),
        ("last month", ("2023-12", "month")),
        ("three years ago", ("2021", "year")),
        ("two days ago", ("2024-01-03", "day")),
        ("Jan. 4", ("2024-01-04", "day")),
        ("Dec. 28", ("2023-12-28", "day")),  # last year's, not next December's
        ("in 1948", ("1948", "year")),
        ("since 2003", ("2003", "year")),
        ("March 2022", ("2022-03", "month")),
        ("4 January 2024", ("2024-01-04", "day")),
        ("2023-11-30", ("2023-11-30", "day")),
        ("now", ("2024-01-05", "day")),
        ("the third quarter", ("2024", "year")),
    ],
)
def test_resolve_against_a_friday(text: str, expected: tuple[str, str]) -> None:
    assert resolve(text, FRIDAY) == expected


@pytest.mark.parametrize("text", ["recently", "the 1990s", "the coming months", "in the past"])
def test_vague_references_give_no_date(text: str) -> None:
    assert resolve(text, FRIDAY) is None


def test_future_clause_takes_the_next_weekday() -> None:
    assert resolve("Thursday", FRIDAY, future=True) == ("2024-01-11", "day")
    assert resolve("next Friday", FRIDAY) == ("2024-01-12", "day")


def test_without_pub_date_only_self_contained_dates_resolve() -> None:
    assert resolve("on Thursday", None) is None
    assert resolve("last week", None) is None
    assert resolve("three years ago", None) is None
    assert resolve("in 1948", None) == ("1948", "year")
    assert resolve("Jan. 4, 2024", None) == ("2024-01-04", "day")


def test_timex_values() -> None:
    anchor = dt.date(1989, 10, 26)
    assert timex("the third quarter", anchor) == "1989-Q3"
    assert timex("a year earlier", anchor, period="quarter") == "1988-Q3"
    assert timex("a year earlier", anchor) == "1988"
    assert timex("this week", anchor) == "1989-W43"
    assert timex("last fall", anchor) == "1988-FA"
    assert timex("the 1960s", anchor) == "196X"
    assert timex("nineteen ninety-six", anchor) == "1996"
    assert timex("Thanksgiving Day", dt.date(2000, 1, 6)) == "1999-11-25"
    assert timex("currently", anchor) == "PRESENT_REF"
    assert timex("recently", anchor) == "PAST_REF"


def test_pipeline_dates_on_thursday_in_a_friday_paper(code) -> None:
    events = code(
        "Israeli aircraft struck a building in Rafah on Thursday, Gaza health officials said.",
        FRIDAY,
    )
    struck = [e for e in events if e.trigger == "struck"]
    assert struck and struck[0].date == "2024-01-04"
    assert struck[0].date_precision == "day"
    assert struck[0].date_text == "Thursday"


def test_pipeline_article_without_pub_date_gives_null_dates(code) -> None:
    events = code("Russian forces shelled Kharkiv on Thursday, Ukrainian officials said.")
    assert events
    assert all(e.date is None and e.date_precision is None for e in events)


def test_pipeline_historical_year(code) -> None:
    events = code("Israeli forces attacked Egyptian positions in Sinai in 1967.", "2024-01-05")
    assert events and events[0].date == "1967" and events[0].date_precision == "year"


def test_pipeline_event_without_date_expression_takes_pub_date(code) -> None:
    events = code("Houthi militants attacked a cargo ship in the Red Sea.", FRIDAY)
    assert events and events[0].date == FRIDAY and events[0].date_text == "pub_date"


def test_dateline_date_is_not_the_event_date(nlp) -> None:
    doc = nlp.make_doc("BAGHDAD, Jan 5 — Rockets hit a US base on Thursday, officials said.")
    doc._.fp_pub_date = FRIDAY
    doc = nlp(doc)
    from flashpoint.pipeline.linking import event_date

    events = doc._.fp_events
    assert events
    date = event_date(doc, events[0], {e.head for e in events}, doc._.fp_dates)
    assert date is not None and date.text == "Thursday" and date.value == "2024-01-04"


def test_a_dated_dateline_anchors_the_story_however_late_it_is_published(code) -> None:
    text = "BAGHDAD, Jan 4 — A US drone strike in Baghdad on Thursday killed a militia commander."
    late = code(text, "2024-02-05")
    assert {e.date for e in late if e.cameo_root in ("18", "19")} == {"2024-01-04"}


def test_a_story_updated_within_the_week_counts_from_its_publication(code) -> None:
    text = (
        "TEHRAN, Jan 3 — Two blasts killed scores of people in Kerman. On Thursday the "
        "Islamic State claimed responsibility for the bombing."
    )
    events = code(text, "2024-01-04")
    assert {e.date for e in events if e.cameo_code == "015"} == {"2024-01-04"}
    assert {e.location.name for e in events if e.trigger == "killed"} == {"Kerman"}
