"""Leaders of armed groups and commanders of state forces (data/group_leaders.tsv):
resolved by the article's date like the office holders, so a named militant or general
gets his group's or his state's country and sector, not the place he was in."""

from __future__ import annotations

import pytest

from flashpoint.pipeline.catalog import load_catalog
from tests.pipeline.helpers import mention, parse


def codes(m) -> tuple:
    return (m.actor.country, m.actor.sector)


def test_soleimani_killed_in_iraq_is_iranian_military(nlp) -> None:
    """Killed in Baghdad, he is still Iran's Quds Force commander, not an Iraqi."""
    doc = parse(nlp, "Soleimani was killed near Baghdad airport.", "2020-01-03")
    assert codes(mention(doc, "Soleimani")) == ("IRN", "MIL")
    assert mention(doc, "Soleimani").actor.name == "Qassem Soleimani"
    # Two days on his term has ended (the catalog's "former" convention: ELI), but he
    # stays Iranian.
    later = parse(nlp, "Soleimani was killed near Baghdad airport.", "2020-01-05")
    assert mention(later, "Soleimani").actor.country == "IRN"


def test_nasrallah_is_hezbollah(nlp) -> None:
    doc = parse(
        nlp,
        "Hezbollah leader Hassan Nasrallah said all options were open on the Lebanese front.",
        "2023-11-03",
    )
    assert codes(mention(doc, "Hassan Nasrallah")) == ("LBN", "REB")


def test_sinwar_is_a_palestinian_militant(nlp) -> None:
    doc = parse(
        nlp, "Yahya Sinwar is believed to be hiding in the tunnels under Khan Younis.", "2024-10-01"
    )
    assert codes(mention(doc, "Yahya Sinwar")) == ("PSE", "REB")


def test_baghdadi_is_iraqi_islamic_state(nlp) -> None:
    doc = parse(
        nlp,
        "Abu Bakr al-Baghdadi made his first public appearance at a mosque in Mosul.",
        "2014-07-05",
    )
    assert codes(mention(doc, "Abu Bakr al-Baghdadi")) == ("IRQ", "REB")


def test_bin_laden_is_al_qaeda(nlp) -> None:
    doc = parse(nlp, "Osama bin Laden called for attacks on American targets.", "1998-05-28")
    assert codes(mention(doc, "Osama bin Laden")) == ("IMG", "REB")


@pytest.mark.parametrize(
    ("pub_date", "sector"),
    [("2018-06-01", "MIL"), ("2021-06-01", "GOV"), ("2023-06-01", "REB")],
)
def test_hemedti_from_state_paramilitary_to_rebel(nlp, pub_date, sector) -> None:
    """The RSF commander: a state paramilitary chief, then deputy head of the
    Sovereignty Council, then at war with the army from 2023-04-15."""
    doc = parse(nlp, "Hemedti said his forces would not hand over their weapons.", pub_date)
    assert codes(mention(doc, "Hemedti")) == ("SDN", sector)


def test_haftar_and_prigozhin(nlp) -> None:
    doc = parse(nlp, "Khalifa Haftar ordered his forces to march on Tripoli.", "2019-04-04")
    assert codes(mention(doc, "Khalifa Haftar")) == ("LBY", "REB")
    doc = parse(nlp, "Yevgeny Prigozhin said his men had taken Bakhmut.", "2023-05-20")
    assert codes(mention(doc, "Yevgeny Prigozhin")) == ("RUS", "MIL")


def test_a_kunya_names_the_same_person_as_his_office(nlp) -> None:
    """'Abu Mohammed al-Golani' led HTS before he became Syria's head of state as
    Ahmed al-Sharaa (office_holders.tsv): one person, his terms joined across files."""
    doc = parse(nlp, "Abu Mohammed al-Golani told fighters to spare civilians.", "2024-12-02")
    golani = mention(doc, "Abu Mohammed al-Golani")
    assert golani.actor.name == "Ahmed al-Sharaa"
    assert codes(golani) == ("SYR", "REB")
    doc = parse(nlp, "Abu Mohammed al-Golani met a Turkish delegation.", "2025-01-20")
    assert codes(mention(doc, "Abu Mohammed al-Golani")) == ("SYR", "GOV")


@pytest.mark.parametrize(
    ("pub_date", "haniyeh"),
    [("2024-02-01", "REB"), ("2024-09-01", "ELI")],
)
def test_change_of_hamas_leader(nlp, pub_date, haniyeh) -> None:
    """Haniyeh headed the political bureau until he was killed (2024-07-31); Sinwar, Gaza
    leader before, headed it after him. Both stay Palestinian."""
    text = "Ismail Haniyeh and Yahya Sinwar were named in the warrant request."
    doc = parse(nlp, text, pub_date)
    assert codes(mention(doc, "Ismail Haniyeh")) == ("PSE", haniyeh)
    assert codes(mention(doc, "Yahya Sinwar")) == ("PSE", "REB")
    term = load_catalog().people["Yahya Sinwar"].term_at(pub_date)
    assert (term.start >= "2024-08-06") == (pub_date >= "2024-08-06")


@pytest.mark.parametrize(
    ("pub_date", "sector"),
    [("2023-11-01", "MIL"), ("2024-06-01", "ELI")],
)
def test_ukraines_commander_in_chief_changes(nlp, pub_date, sector) -> None:
    """Zaluzhnyi commanded until 2024-02-08; Syrskyi after him."""
    doc = parse(nlp, "Valeriy Zaluzhnyi said the war had reached a stalemate.", pub_date)
    assert codes(mention(doc, "Valeriy Zaluzhnyi")) == ("UKR", sector)
    doc = parse(nlp, "Oleksandr Syrskyi said Ukrainian forces had entered Kursk.", "2024-08-12")
    assert codes(mention(doc, "Oleksandr Syrskyi")) == ("UKR", "MIL")


def test_a_state_commander_before_he_took_office(nlp) -> None:
    """Joseph Aoun led the Lebanese army before he became president (2025-01-09)."""
    doc = parse(nlp, "Joseph Aoun said the army would deploy south of the Litani.", "2024-11-28")
    assert codes(mention(doc, "Joseph Aoun")) == ("LBN", "MIL")
    doc = parse(nlp, "Joseph Aoun said the army would deploy south of the Litani.", "2025-03-01")
    assert codes(mention(doc, "Joseph Aoun")) == ("LBN", "GOV")


def test_namesakes_are_kept_apart(nlp) -> None:
    """A Basij commander called Soleimani is not the Quds Force commander, and Israel's
    Golani Brigade is no alias of al-Golani."""
    doc = parse(nlp, "Gholamreza Soleimani said the Basij were ready.", "2022-10-01")
    assert mention(doc, "Gholamreza Soleimani").actor.name == "Gholamreza Soleimani"
    assert "Golani" not in load_catalog().names


def test_group_countries_agree_with_the_armed_group_catalog() -> None:
    """A group leader's country is the one armed_groups.tsv gives his group."""
    catalog = load_catalog()
    group = {e.id: e.country for e in catalog.entries() if e.kind == "group"}
    pairs = {
        "Hassan Nasrallah": "hezbollah",
        "Yahya Sinwar": "hamas",
        "Abdul-Malik al-Houthi": "houthis",
        "Abu Bakr al-Baghdadi": "islamic-state",
        "Osama bin Laden": "al-qaeda",
        "Mazloum Abdi": "syrian-democratic-forces",
        "Abdullah Ocalan": "pkk",
        "Khalifa Haftar": "libyan-national-army",
        "Yevgeny Prigozhin": "wagner-group",
        "Brahim Ghali": "polisario-front",
        "Twan Mrat Naing": "arakan-army",
        "Velupillai Prabhakaran": "ltte",
    }
    for person, group_id in pairs.items():
        countries = {t.country for t in catalog.people[person].terms}
        assert countries == {group[group_id]}, person
