"""Heads of international organisations, resolved by the article's date.

office_holders.tsv lists them with role international_official and the body's code
(UNO, IGO, EUR, NGO), so "Secretary-General Antonio Guterres" is the UN in 2024 and
Portugal's government in 2001, when he was its prime minister.
"""

from __future__ import annotations

from itertools import pairwise

import pytest

from flashpoint.pipeline.catalog import NON_STATE_CODES, load_catalog
from flashpoint.pipeline.datafiles import read_rows
from tests.pipeline.helpers import mention, parse


def country_sector(doc, words: str) -> tuple:
    actor = mention(doc, words).actor
    return (actor.country, actor.sector)


@pytest.mark.parametrize(
    ("pub_date", "expected"),
    [("2024-01-05", ("UNO", "GOV")), ("2001-01-01", ("PRT", "GOV"))],
)
def test_guterres_is_the_un_in_2024_and_portugal_in_2001(nlp, pub_date, expected) -> None:
    doc = parse(nlp, "Secretary-General Antonio Guterres condemned the attack.", pub_date)
    assert country_sector(doc, "Antonio Guterres") == expected
    assert mention(doc, "Antonio Guterres").actor.name == "António Guterres"


def test_guterres_as_refugee_chief_is_the_un(nlp) -> None:
    """His 2005-2015 term as High Commissioner for Refugees is a UN term too."""
    doc = parse(
        nlp, "Antonio Guterres, the UN refugee chief, visited camps in Kenya.", "2010-06-01"
    )
    assert country_sector(doc, "Antonio Guterres") == ("UNO", "GOV")


@pytest.mark.parametrize(
    ("text", "pub_date", "words", "expected"),
    [
        (
            "NATO Secretary General Jens Stoltenberg warned Russia against escalation.",
            "2020-03-01",
            "Jens Stoltenberg",
            ("IGO", "GOV"),
        ),
        (
            "Jens Stoltenberg met Vladimir Putin in Oslo.",
            "2010-03-01",
            "Jens Stoltenberg",
            ("NOR", "GOV"),
        ),
        (
            "Mark Rutte urged allies to spend more on defence.",
            "2025-03-01",
            "Mark Rutte",
            ("IGO", "GOV"),
        ),
        (
            "Mark Rutte urged allies to spend more on defence.",
            "2020-03-01",
            "Mark Rutte",
            ("NLD", "GOV"),
        ),
    ],
)
def test_nato_secretaries_general_and_their_national_terms(
    nlp, text, pub_date, words, expected
) -> None:
    assert country_sector(parse(nlp, text, pub_date), words) == expected


@pytest.mark.parametrize(
    ("text", "pub_date", "words", "expected"),
    [
        (
            "EU foreign policy chief Kaja Kallas met Ukrainian officials.",
            "2025-03-01",
            "Kaja Kallas",
            ("EUR", "GOV"),
        ),
        (
            "Estonian Prime Minister Kaja Kallas met Ukrainian officials.",
            "2022-03-01",
            "Kaja Kallas",
            ("EST", "GOV"),
        ),
        (
            "Josep Borrell criticised the Israeli strikes.",
            "2023-11-01",
            "Josep Borrell",
            ("EUR", "GOV"),
        ),
        (
            "Josep Borrell criticised the Israeli strikes.",
            "2019-01-15",
            "Josep Borrell",
            ("ESP", "GOV"),
        ),
        # European Parliament president 2004-2007: the body is a legislature
        (
            "Josep Borrell criticised the Israeli strikes.",
            "2006-08-01",
            "Josep Borrell",
            ("EUR", "LEG"),
        ),
        (
            "Charles Michel met Emmanuel Macron in Paris.",
            "2023-05-01",
            "Charles Michel",
            ("EUR", "GOV"),
        ),
        (
            "Charles Michel met Emmanuel Macron in Paris.",
            "2017-05-01",
            "Charles Michel",
            ("BEL", "GOV"),
        ),
    ],
)
def test_eu_leaders_by_date(nlp, text, pub_date, words, expected) -> None:
    assert country_sector(parse(nlp, text, pub_date), words) == expected


@pytest.mark.parametrize(
    ("pub_date", "expected"),
    [("2020-03-01", ("UNO", "GOV")), ("2014-03-01", ("ETH", "GOV"))],
)
def test_tedros_is_who_after_ethiopian_office(nlp, pub_date, expected) -> None:
    doc = parse(nlp, "Tedros Adhanom praised the response to the outbreak.", pub_date)
    assert country_sector(doc, "Tedros Adhanom") == expected


def test_human_rights_commissioners_are_hri(nlp) -> None:
    doc = parse(nlp, "Volker Türk said the siege of Gaza may amount to a war crime.", "2023-10-17")
    assert country_sector(doc, "Volker Türk") == ("UNO", "HRI")
    doc = parse(nlp, "Navi Pillay urged Syria to stop the shelling of Homs.", "2012-02-13")
    assert country_sector(doc, "Navi Pillay") == ("UNO", "HRI")


def test_international_courts_are_judicial(nlp) -> None:
    icc = parse(
        nlp, "Karim Khan sought arrest warrants for the Israeli prime minister.", "2024-05-20"
    )
    assert country_sector(icc, "Karim Khan") == ("IGO", "JUD")
    icj = parse(nlp, "Joan Donoghue read out the ruling in The Hague.", "2024-01-26")
    assert country_sector(icj, "Joan Donoghue") == ("UNO", "JUD")


def test_ban_ki_moon_was_korean_minister_before_the_un(nlp) -> None:
    before = parse(nlp, "Ban Ki-moon met Chinese officials in Beijing.", "2005-03-01")
    during = parse(nlp, "Ban Ki-moon met Chinese officials in Beijing.", "2012-03-01")
    after = parse(nlp, "Kofi Annan met Chinese officials in Beijing.", "2010-03-01")
    assert country_sector(before, "Ban Ki-moon") == ("KOR", "GOV")
    assert country_sector(during, "Ban Ki-moon") == ("UNO", "GOV")
    # Annan out of office (2007-2011): a former UN official, an elite of the body
    assert country_sector(after, "Kofi Annan") == ("UNO", "ELI")


def test_regional_bodies_and_the_red_cross(nlp) -> None:
    arab = parse(nlp, "Ahmed Aboul Gheit condemned the raid on the refugee camp.", "2023-07-04")
    assert country_sector(arab, "Ahmed Aboul Gheit") == ("IGO", "GOV")
    egypt = parse(nlp, "Ahmed Aboul Gheit condemned the raid on the refugee camp.", "2008-07-04")
    assert country_sector(egypt, "Ahmed Aboul Gheit") == ("EGY", "GOV")
    icrc = parse(nlp, "Mirjana Spoljaric Egger visited hospitals in Gaza.", "2023-11-20")
    assert country_sector(icrc, "Mirjana Spoljaric Egger") == ("NGO", "HLH")


def test_lagarde_moves_from_the_imf_to_the_ecb(nlp) -> None:
    imf = parse(nlp, "Christine Lagarde warned that Brexit would hurt growth.", "2016-07-01")
    ecb = parse(nlp, "Christine Lagarde warned that inflation would stay high.", "2022-07-01")
    assert country_sector(imf, "Christine Lagarde") == ("IGO", "GOV")
    assert country_sector(ecb, "Christine Lagarde") == ("EUR", "GOV")


def test_international_terms_use_non_state_codes() -> None:
    """Every international_official line names a body code, and one person's
    international terms never overlap (a later term is a new line)."""
    terms: dict[str, list[tuple[str, str]]] = {}
    for _, f in read_rows("office_holders.tsv", 7, header="name"):
        if f[4] != "international_official":
            continue
        assert f[2] in NON_STATE_CODES, f
        assert f[3] in ("GOV", "HRI", "JUD", "LEG", "HLH"), f
        terms.setdefault(f[0], []).append((f[5], f[6] or "9999-12-31"))
    assert len(terms) > 150
    for name, spans in terms.items():
        spans.sort()
        for (_, end), (start, _) in pairwise(spans):
            assert start >= end, (name, spans)
    catalog = load_catalog()
    assert catalog.people["Kofi Annan"].at("2004-06-01") == ("UNO", "GOV")


def test_before_a_term_with_a_body_no_one_speaks_for_it(nlp) -> None:
    doc = parse(nlp, "Paul Wolfowitz visited Baghdad.", "2004-03-01")
    assert country_sector(doc, "Paul Wolfowitz") != ("IGO", "MIL")
