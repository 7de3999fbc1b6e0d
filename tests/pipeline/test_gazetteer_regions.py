"""First-level divisions of countries in conflict news (gazetteer_additions.tsv): states,
provinces, governorates, oblasts resolve to their region, while a same-named city stays
the city."""

from __future__ import annotations

import pytest

from flashpoint.pipeline import gazetteer as gazetteer_module
from flashpoint.pipeline.datafiles import data_path
from flashpoint.pipeline.gazetteer import load_gazetteer, normalise
from tests.pipeline.helpers import places_of

BLOCK = "# first-level administrative divisions"
# The last word of a suffixed form ("Kirkuk Governorate"), which no town name has.
SUFFIXES = {
    "state", "province", "governorate", "region", "oblast", "division", "department",
    "prefecture", "district", "krai", "republic",
}  # fmt: skip
COUNTRIES = {
    "SDN", "SSD", "ETH", "SOM", "NGA", "NER", "MLI", "BFA", "TCD", "CMR", "COD", "CAF",
    "MOZ", "LBY", "EGY", "YEM", "SAU", "IRQ", "SYR", "LBN", "IRN", "TUR", "AFG", "PAK",
    "IND", "BGD", "MMR", "PHL", "UKR", "RUS", "ISR", "PSE", "COL", "MEX", "VEN", "HTI",
}  # fmt: skip


def place_at(found: dict[str, object], start: str):
    """The place of the first span that begins with `start` ("Gezira" for "Gezira state")."""
    return next(place for text, place in found.items() if text.startswith(start))


def block_rows() -> list[list[str]]:
    lines = data_path("gazetteer_additions.tsv").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(BLOCK))
    return [line.split("\t") for line in lines[start:] if line and not line.startswith("#")]


# --- the data ---------------------------------------------------------------------------


def test_divisions_block_is_well_formed() -> None:
    rows = block_rows()
    assert len(rows) > 600
    assert {row[3] for row in rows} >= COUNTRIES
    for row in rows:
        assert len(row) == 8 and row[2] == "region", row
        assert -90 <= float(row[5]) <= 90 and -180 <= float(row[6]) <= 180, row
        assert all(field and field == field.strip() for field in row), row


def test_divisions_never_take_the_name_of_a_town_of_their_country() -> None:
    """'Idlib' is the city: the province is 'Idlib Governorate', never bare 'Idlib'."""
    gazetteer = load_gazetteer()
    for row in block_rows():
        names = [row[0], *(a for a in row[1].split("|") if a != "-")]
        for name in names:
            if normalise(name).split()[-1] in SUFFIXES:
                continue
            towns = [
                c.place.name
                for c in gazetteer.lookup(name)
                if c.source != "curated" and c.place.feature == "city" and c.place.country == row[3]
            ]
            assert not towns, (row[0], name, towns)


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Al Jazirah", "SDN"),
        ("Gezira state", "SDN"),
        ("North Kordofan", "SDN"),
        ("Red Sea state", "SDN"),
        ("Kurdistan", "IRQ"),
        ("Nineveh", "IRQ"),
        ("Kirkuk province", "IRQ"),
        ("Hatay province", "TUR"),
        ("Sumy Oblast", "UKR"),
        ("Niger State", "NGA"),
        ("Helmand", "AFG"),
        ("Kurdistan Province", "IRN"),
    ],
)
def test_division_names_look_up_as_regions(name: str, country: str) -> None:
    best = load_gazetteer().lookup(name)[0].place
    assert (best.country, best.feature) == (country, "region"), best


def test_cities_seas_and_countries_keep_their_names() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.lookup("Kirkuk")[0].place.feature == "city"
    assert gazetteer.lookup("Idlib")[0].place.feature == "city"
    assert gazetteer.lookup("Red Sea")[0].place.feature == "sea"
    assert gazetteer.lookup("Niger")[0].place.feature == "country"


def test_a_changed_additions_file_builds_a_new_cache(tmp_path, monkeypatch) -> None:
    key = gazetteer_module.input_key()
    changed = tmp_path / "gazetteer_additions.tsv"
    changed.write_text(
        data_path("gazetteer_additions.tsv").read_text(encoding="utf-8")
        + "Test Province\t-\tregion\tSDN\tTest Province\t15.00\t30.00\t-\n",
        encoding="utf-8",
    )
    original = gazetteer_module.data_path
    monkeypatch.setattr(
        gazetteer_module,
        "data_path",
        lambda name: changed if name == "gazetteer_additions.tsv" else original(name),
    )
    assert gazetteer_module.input_key() != key


# --- sentences ----------------------------------------------------------------------------


def test_fighting_in_gezira_state_is_in_sudan(nlp) -> None:
    found = places_of(nlp, "Fighting in Gezira state killed dozens of civilians, activists said.")
    gezira = place_at(found, "Gezira")
    assert (gezira.country, gezira.feature) == ("SDN", "region")


def test_al_jazirah_is_the_sudanese_state(nlp) -> None:
    found = places_of(nlp, "RSF fighters stormed villages in Al Jazirah state on Monday.")
    assert (found["Al Jazirah"].country, found["Al Jazirah"].name) == ("SDN", "Gezira")


def test_nineveh_province_is_in_iraq(nlp) -> None:
    found = places_of(nlp, "Militants attacked a checkpoint in Nineveh province.")
    nineveh = place_at(found, "Nineveh")
    assert (nineveh.country, nineveh.feature) == ("IRQ", "region")


def test_the_kurdistan_region_is_in_iraq(nlp) -> None:
    found = places_of(nlp, "Clashes erupted in the Kurdistan region of Iraq.")
    kurdistan = place_at(found, "Kurdistan")
    assert (kurdistan.country, kurdistan.feature) == ("IRQ", "region")


def test_kirkuk_province_and_the_city_of_kirkuk(nlp) -> None:
    province = places_of(nlp, "The army shelled villages in Kirkuk province, officials said.")
    assert (province["Kirkuk province"].country, province["Kirkuk province"].feature) == (
        "IRQ",
        "region",
    )
    city = places_of(nlp, "A car bomb exploded in the city of Kirkuk.")
    assert (city["Kirkuk"].country, city["Kirkuk"].feature) == ("IRQ", "city")


def test_idlib_city_stays_the_city(nlp) -> None:
    found = places_of(nlp, "Fighting spread to Idlib city on Tuesday.")
    assert (found["Idlib"].country, found["Idlib"].feature) == ("SYR", "city")


def test_ukrainian_oblasts(nlp) -> None:
    found = places_of(nlp, "Drones struck Sumy region and Odesa Oblast overnight.")
    assert found["Sumy region"].name == "Sumy Oblast"
    assert (found["Odesa Oblast"].country, found["Odesa Oblast"].feature) == ("UKR", "region")


def test_niger_state_is_nigerian_not_the_country(nlp) -> None:
    found = places_of(nlp, "Gunmen killed 20 villagers in Zamfara State and Niger State.")
    assert (found["Niger State"].country, found["Niger State"].feature) == ("NGA", "region")


def test_red_sea_state_is_not_the_sea(nlp) -> None:
    found = places_of(nlp, "Floods hit Red Sea State and Kassala.")
    assert (found["Red Sea State"].country, found["Red Sea State"].feature) == ("SDN", "region")
    assert (found["Kassala"].country, found["Kassala"].feature) == ("SDN", "city")


def test_somali_and_afghan_provinces(nlp) -> None:
    found = places_of(nlp, "Al-Shabaab fighters attacked a base in Lower Shabelle region.")
    assert place_at(found, "Lower Shabelle").country == "SOM"
    found = places_of(nlp, "The Taliban captured Helmand after weeks of fighting.")
    assert (found["Helmand"].country, found["Helmand"].feature) == ("AFG", "region")


def test_nile_states_and_the_river(nlp) -> None:
    found = places_of(
        nlp,
        "Heavy rains flooded Blue Nile State and White Nile State, and the Blue Nile burst "
        "its banks.",
    )
    assert found["Blue Nile State"].country == "SDN"
    assert found["White Nile State"].feature == "region"
    assert found["Blue Nile"].feature == "sea"
