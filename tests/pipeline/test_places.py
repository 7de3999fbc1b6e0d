"""Toponyms → places with the document's context, and an event's location."""

from __future__ import annotations

import time

import pytest

from flashpoint.pipeline import gazetteer as gazetteer_module
from flashpoint.pipeline.gazetteer import load_gazetteer, normalise
from flashpoint.pipeline.linking import dateline_place
from flashpoint.pipeline.places import PlaceResolver, dateline_span, distance_km
from tests.pipeline.helpers import places_of

# --- the gazetteer ----------------------------------------------------------------


def test_gazetteer_lookup_normalises_names() -> None:
    gazetteer = load_gazetteer()
    assert normalise("St. Louis") == normalise("Saint Louis") == "st louis"
    assert normalise("the Gaza Strip") == "gaza strip"
    names = {c.place.country for c in gazetteer.lookup("ALEXANDRIA")}
    assert {"EGY", "USA"} <= names
    assert gazetteer.lookup("no such place anywhere") == []


def test_gazetteer_countries_have_a_centre_point() -> None:
    gazetteer = load_gazetteer()
    usa = gazetteer.country("USA").place
    assert usa.feature == "country"
    # the centre of the country, not Washington: a country mention means the country
    assert distance_km(usa.latitude, usa.longitude, 39.8, -98.6) < 100
    iraq = next(c for c in gazetteer.lookup("Iraq") if c.place.feature == "country")
    assert iraq.place.country == "IRQ" and iraq.place.latitude is not None


def test_gazetteer_knows_states_continents_and_curated_places() -> None:
    gazetteer = load_gazetteer()
    louisiana = gazetteer.lookup("La.")[0].place
    assert (louisiana.name, louisiana.feature) == ("Louisiana", "region")
    assert gazetteer.lookup("Europe")[0].place.feature == "region"
    assert gazetteer.lookup("Red Sea")[0].place.feature == "sea"
    assert gazetteer.lookup("Ain al-Asad")[0].place.feature == "site"


def test_gazetteer_loads_warm_from_its_cache() -> None:
    load_gazetteer()  # built or read once for the session
    load_gazetteer.cache_clear()
    started = time.perf_counter()
    gazetteer = load_gazetteer()
    assert time.perf_counter() - started < 1.0
    assert len(gazetteer) > 100_000


def test_gazetteer_cache_is_keyed_by_its_inputs(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("FLASHPOINT_CACHE", str(tmp_path))
    assert gazetteer_module.cache_dir() == tmp_path
    key = gazetteer_module.input_key()
    assert gazetteer_module.cache_path().name == f"gazetteer-{key}.pickle"
    monkeypatch.setattr(gazetteer_module, "CITY_FILE", "cities15000.json")
    assert gazetteer_module.input_key() != key  # another input → another cache file
    small = gazetteer_module.build("cities15000.json")
    path = gazetteer_module.cache_path()
    gazetteer_module._store(path, small)
    again = gazetteer_module._unpack(path.read_bytes())
    assert [c.place for c in again.lookup("Baghdad")] == [c.place for c in small.lookup("Baghdad")]


# --- resolution with the document's context -----------------------------------------


def test_rafah_in_a_gaza_article_is_in_palestine(nlp) -> None:
    found = places_of(
        nlp,
        "Israeli tanks pushed into eastern Rafah on Tuesday as air strikes hit Khan Younis "
        "and other parts of the Gaza Strip, Palestinian medics said.",
    )
    assert found["Rafah"].country == "PSE"
    assert found["Gaza Strip"].feature == "region"


def test_alexandria_in_a_louisiana_article_is_american(nlp) -> None:
    found = places_of(
        nlp,
        "A fire destroyed a mobile home in Alexandria on Tuesday. Deputies from the Rapides "
        "Parish Sheriff's Office said the blaze was the third this month in central Louisiana.",
    )
    assert found["Alexandria"].country == "USA"
    assert found["Alexandria"].admin1 == "Louisiana"


def test_alexandria_alone_is_the_egyptian_city(nlp) -> None:
    found = places_of(nlp, "Protesters gathered in Alexandria and Cairo on Friday.")
    assert found["Alexandria"].country == "EGY"


def test_qualifier_decides(nlp) -> None:
    found = places_of(nlp, "Police in Paris, Texas, arrested two men on Friday.")
    assert found["Paris"].country == "USA" and found["Paris"].admin1 == "Texas"


def test_list_of_states_and_washington_state(nlp) -> None:
    found = places_of(
        nlp,
        "Cases were reported in Arizona, California, Georgia and Texas. A cow from a "
        "Washington state farm tested positive.",
    )
    assert found["Georgia"].country == "USA" and found["Georgia"].feature == "region"
    assert found["Washington"].feature == "region"


def test_demonyms_are_not_places(nlp) -> None:
    found = places_of(nlp, "Iraqi officials said Iranian-backed militias fired rockets.")
    assert "Iraqi" not in found and "Iranian" not in found


def test_gold_spans_may_be_demonyms(nlp) -> None:
    doc = nlp("Russian troops entered South Ossetian villages.")
    resolver = PlaceResolver()
    russian, ossetian = resolver.resolve_spans(doc, [(0, 7), (22, 36)])
    assert russian.country == "RUS" and russian.feature == "country"
    assert ossetian.name == "South Ossetia"


def test_a_base_and_a_sea(nlp) -> None:
    found = places_of(
        nlp,
        "Rockets hit Ain al-Asad air base in western Iraq, and a drone struck a tanker in "
        "the Red Sea.",
    )
    base = next(p for text, p in found.items() if text.startswith("Ain al-Asad"))
    assert (base.country, base.feature) == ("IRQ", "site")
    sea = next(p for text, p in found.items() if "Red Sea" in text)
    assert sea.feature == "sea"


def test_dateline_place(nlp) -> None:
    doc = nlp("BAGHDAD, Jan 4 — A drone strike killed a militia commander, officials said.")
    assert doc.text[slice(*dateline_span(doc))] == "BAGHDAD"
    place = dateline_place(doc, doc._.fp_places)
    assert place is not None and place.place.name == "Baghdad" and place.place.country == "IRQ"


# --- the event's location -------------------------------------------------------------


def test_event_location_from_its_own_clause(code) -> None:
    events = code(
        "Israel struck Rafah after Hamas fired rockets from Khan Younis, the army said.",
        "2024-03-08",
    )
    by_trigger = {e.trigger: e for e in events}
    assert by_trigger["struck"].location.country == "PSE"
    assert by_trigger["struck"].location.name.startswith("Rafa")
    # the rocket fire has its own place, never the strike's
    assert by_trigger["fired"].location is None or by_trigger["fired"].location.name.startswith(
        "Kh"
    )


def test_event_location_prefers_the_most_specific_place(code) -> None:
    events = code("Rockets hit Ain al-Asad air base in western Iraq on Saturday.", "2024-01-21")
    assert events[0].location.feature == "site"
    assert events[0].location.name == "Ain al-Asad Air Base"


def test_event_location_at_sea(code) -> None:
    events = code("Houthi militants attacked a cargo ship in the Red Sea.", "2024-01-12")
    assert events[0].location.feature == "sea" and events[0].location.name == "Red Sea"


def test_event_location_falls_back_to_the_dateline(code) -> None:
    events = code(
        "BAGHDAD, Jan 4 — A drone strike killed a commander of Kataib Hezbollah on Thursday, "
        "officials said.",
        "2024-01-05",
    )
    assert events and events[0].location.name == "Baghdad"
    assert events[0].location.feature == "city"


def test_event_location_is_none_without_a_place(code) -> None:
    events = code("Hamas fighters attacked an army patrol on Thursday.", "2024-01-05")
    assert events and events[0].location is None


def test_actors_are_not_locations(code) -> None:
    events = code("Iran accused Israel of attacking its embassy.", "2024-04-02")
    assert events and all(e.location is None for e in events)


@pytest.mark.parametrize("feature", ["city", "site", "country", "sea", "region"])
def test_features_are_the_documented_ones(feature) -> None:
    assert feature in gazetteer_module.FEATURES


def test_a_list_of_unknown_names_does_not_break_resolution(nlp) -> None:
    doc = nlp("Delegates came from Zzyzxa, Qqqrrb and Wwwxyz to the talks.")
    spans = [
        (doc.text.index(n), doc.text.index(n) + len(n)) for n in ("Zzyzxa", "Qqqrrb", "Wwwxyz")
    ]
    assert PlaceResolver().resolve_spans(doc, spans) == [None, None, None]


def test_towns_the_parser_misreads_are_places_where_written_as_places(nlp) -> None:
    # spaCy's small model tags these PRODUCT and ORG
    struck = places_of(nlp, "A Russian missile strike on a restaurant in the city of Kramatorsk.")
    killed = places_of(nlp, "Russian troops had killed more than 400 civilians in Bucha.")
    assert struck["Kramatorsk"].country == "UKR"
    assert killed["Bucha"].country == "UKR"


def test_a_possessive_inside_a_place_name_splits_it(nlp) -> None:
    found = places_of(nlp, "Gangs killed 184 people in Port-au-Prince's Cite Soleil district.")
    assert found["Port-au-Prince"].country == "HTI"


def test_a_unit_word_after_a_name_makes_it_the_administrative_unit(nlp) -> None:
    found = places_of(nlp, "Gunmen attacked a village in Kirkuk province.")
    assert found["Kirkuk"].feature == "region" and found["Kirkuk"].country == "IRQ"


def test_a_small_namesake_abroad_is_no_place_of_a_story_about_others(nlp) -> None:
    # Moura in Mali is too small for the gazetteer; Portugal's and Australia's Moura
    # must not stand in for it in a story whose actors are Malian and Russian.
    found = places_of(
        nlp, "Malian troops and Russian fighters killed at least 500 people in Moura.", "2022-04-05"
    )
    assert found.get("Moura") is None
    portugal = places_of(nlp, "Portuguese police arrested two men in Moura.", "2022-04-05")
    assert portugal["Moura"].country == "PRT"


def test_a_lower_case_word_the_parser_calls_a_proper_noun_is_no_place(nlp) -> None:
    found = places_of(nlp, "A Turkish drone struck near Sulaimaniyah airport.", "2023-04-08")
    assert "airport" not in found
    assert found["Sulaimaniyah"].country == "IRQ"
