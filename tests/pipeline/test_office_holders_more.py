"""Heads of state and government of the further countries (data/office_holders_more.tsv):
the file reads cleanly, names real states and dates, and its people resolve by the
article's date like those of the main file."""

from __future__ import annotations

import datetime

import pycountry

from flashpoint.pipeline.datafiles import read_rows, split_list
from tests.pipeline.helpers import mention, parse

FILE = "office_holders_more.tsv"
ROLES = {"head_of_state", "head_of_government"}


def _rows() -> list[list[str]]:
    return [row for _, row in read_rows(FILE, 8)]


def test_every_line_names_a_state_a_role_and_a_real_term() -> None:
    rows = _rows()
    assert len(rows) >= 900
    countries = set()
    for name, _aliases, country, sector, role, start, end, _note in rows:
        assert country == "XKX" or pycountry.countries.get(alpha_3=country), (name, country)
        assert sector == "GOV" and role in ROLES, name
        begun = datetime.date.fromisoformat(start)
        if end:
            assert datetime.date.fromisoformat(end) >= begun, name
        countries.add(country)
    assert {"BOL", "ECU", "AUT", "VNM", "KWT", "LBR", "VAT"} <= countries
    assert len(countries) >= 70


def test_no_alias_names_two_people() -> None:
    owner: dict[str, str] = {}
    for name, aliases, *_ in _rows():
        for alias in split_list(aliases):
            assert owner.setdefault(alias.lower(), name) == name, (alias, name, owner[alias])


def test_a_president_of_a_newly_covered_state_resolves_by_the_date(nlp) -> None:
    doc = parse(nlp, "President Luis Arce denounced the coup attempt.", "2024-06-26")
    assert (mention(doc, "Luis Arce").actor.country, mention(doc, "Luis Arce").actor.sector) == (
        "BOL",
        "GOV",
    )
    pope = parse(nlp, "Pope Leo XIV called for a ceasefire in Gaza.", "2025-06-01")
    assert mention(pope, "Pope Leo XIV").actor.country == "VAT"  # not where he speaks of
