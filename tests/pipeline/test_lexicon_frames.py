"""Lexicon coverage: the common wire-news ways of saying the frequent CAMEO events.

Each case names a predicate frame of ``data/predicates.txt`` (a verb synonym, a
phrasal verb, a verb with a disambiguating complement, an event noun with its light
verb) and the event it must code: the CAMEO code (or its prefix), the source and
target countries and the modality. Sentences are written for these tests in the
style of wire news about real events; none comes from a gold file.

The second half checks the other side of a complement: an ambiguous word ('hit',
'pump', 'rocket', 'take back', 'shoot dead', 'assault') does not code the event its
complement names when that complement is missing.
"""

from __future__ import annotations

import pytest

from tests.pipeline.helpers import has_actors

# (sentence, pub_date, CAMEO code prefix, source, target, modality)
# fmt: off
CASES = [
    # 04 / 05 / 06 consultation and diplomatic and material cooperation
    ("Biden spoke via video link with Xi Jinping on Monday.",
     "2021-11-16", "041", "USA", "CHN", "asserted"),
    ("Syria rejoined the Arab League after a 12-year suspension.",
     "2023-05-07", "050", "SYR", None, "asserted"),
    ("Iran and Saudi Arabia reestablished diplomatic relations in March.",
     "2023-06-06", "050", "IRN", "SAU", "asserted"),
    ("India and France conducted joint air exercises in Rajasthan.",
     "2022-10-30", "062", "IND", "FRA", "asserted"),
    # 07 provide aid
    ("North Korea provided artillery shells to Russia, the White House said.",
     "2023-10-13", "072", "PRK", "RUS", "asserted"),
    ("The United States delivered Patriot air defence systems to Ukraine.",
     "2023-04-19", "072", "USA", "UKR", "asserted"),
    ("Turkey hosts 3.6 million Syrian refugees.",
     "2023-02-10", "075", "TUR", "SYR", "asserted"),
    # 08 yield
    ("Washington pulled its troops from northern Syria in October.",
     "2019-10-14", "0874", "USA", "SYR", "asserted"),
    ("China lifted its ban on imports of Australian wine.",
     "2024-03-28", "085", "CHN", "AUS", "asserted"),
    ("Israel let through aid trucks to northern Gaza on Sunday.",
     "2024-03-10", "0863", "ISR", "PSE", "asserted"),
    # 11 / 12 / 13 verbal conflict
    ("Germany chastised Hungary over its veto of the aid package.",
     "2023-12-15", "111", "DEU", "HUN", "asserted"),
    ("Iran warned Israel of a crushing response.",
     "2024-04-15", "138", "IRN", "ISR", "asserted"),
    ("Trump gave Hamas three days to release the hostages.",
     "2025-02-11", "139", "USA", "PSE", "asserted"),
    # 14 / 15 / 16 / 17 protest, posture, reduced relations, coercion
    ("Teachers walked off the job in Chicago on Thursday.",
     "2019-10-17", "143", "USA", None, "asserted"),
    ("Bolivia ended diplomatic relations with Israel.",
     "2023-10-31", "161", "BOL", "ISR", "asserted"),
    ("The United States slapped Russia with new sanctions.",
     "2024-02-23", "163", "USA", "RUS", "asserted"),
    ("Russia blocked access to Facebook and Twitter.",
     "2022-03-04", "1721", "RUS", "RUS", "asserted"),
    ("Iranian security forces shot protesters in Zahedan.",
     "2022-09-30", "175", "IRN", "IRN", "asserted"),
    # 18 / 19 / 20 violence
    ("Hamas militants captured civilians in southern Israel.",
     "2023-10-08", "181", "PSE", "ISR", "asserted"),
    ("Russia pounded Kyiv with missiles overnight.",
     "2022-10-10", "195", "RUS", "UKR", "asserted"),
    ("Ukraine downed a Russian Su-34 fighter jet over Donetsk.",
     "2024-02-17", "195", "UKR", "RUS", "asserted"),
]
# fmt: on


def _describe(events):
    return [
        (
            e.trigger,
            e.cameo_code,
            e.source and e.source.country,
            e.target and e.target.country,
            e.modality,
        )
        for e in events
    ]


def _matches(event, code, source, target) -> bool:
    return event.cameo_code.startswith(code) and has_actors(event, source, target)


@pytest.mark.parametrize(("text", "pub_date", "prefix", "source", "target", "modality"), CASES)
def test_frame_codes_the_event(code, text, pub_date, prefix, source, target, modality) -> None:
    events = code(text, pub_date)
    found = [e for e in events if _matches(e, prefix, source, target)]
    assert found, _describe(events)
    assert modality in {e.modality for e in found}, _describe(found)


def test_declared_delivery_is_also_a_statement_of_intent(code) -> None:
    """The future delivery is not coded as done; the declaration is an asserted 03x."""
    events = code(
        "Berlin said it would deliver more Patriot air defence systems to Ukraine.", "2024-04-13"
    )
    acts = [e for e in events if _matches(e, "072", "DEU", "UKR")]
    assert acts and all(e.modality == "future" for e in acts), _describe(events)
    intents = [e for e in events if e.cameo_root == "03" and e.modality == "asserted"]
    assert intents and intents[0].source.country == "DEU", _describe(events)


def test_refused_release_of_frozen_funds_is_not_a_release(code) -> None:
    events = code("Washington refused to release frozen Afghan funds.", "2022-02-11")
    assert not [e for e in events if e.cameo_code == "085" and e.modality == "asserted"], _describe(
        events
    )
    assert [e for e in events if e.cameo_root == "12" and e.modality == "asserted"], _describe(
        events
    )


# --- an ambiguous word without its complement is not the complement's event ---------


def test_hit_with_weather_is_no_sanction_or_attack(code) -> None:
    """'hit X with +sanctions' is 163; a storm hitting a country with winds is nothing."""
    events = code("Typhoon Haiyan hit the Philippines with record winds.", "2013-11-08")
    assert not [e for e in events if e.cameo_root in ("16", "19")], _describe(events)


def test_pumping_oil_is_no_economic_aid(code) -> None:
    """'pump +billion|money' is 071; pumping oil is production."""
    events = code("Saudi Arabia pumped more oil in March.", "2024-04-10")
    assert not [e for e in events if e.cameo_root == "07"], _describe(events)


def test_prices_that_rocket_are_no_rocket_attack(code) -> None:
    """'rocket +town|@place' is 195; bare 'rocket' is not listed."""
    events = code("Oil prices rocketed on Monday.", "2022-03-07")
    assert not [e for e in events if e.cameo_root == "19"], _describe(events)


def test_hostages_taken_back_into_gaza_are_no_recapture(code) -> None:
    """'take back +town|territory' is 192; taking hostages back into Gaza is 181."""
    events = code("Hamas gunmen took more than 250 hostages back into Gaza.", "2023-10-08")
    assert not [e for e in events if e.cameo_code == "192"], _describe(events)
    assert [e for e in events if e.cameo_code.startswith("18")], _describe(events)


def test_shooting_a_suspect_dead_is_no_assassination(code) -> None:
    """'shoot dead +governor|leader...' is 186; a suspect shot dead is not."""
    events = code("French police shot dead a knife-wielding suspect in Paris.", "2023-10-20")
    assert not [e for e in events if e.cameo_code == "186"], _describe(events)
    hits = code("Taliban gunmen shot dead the governor of Kandahar.", "2012-05-01")
    assert [e for e in hits if e.cameo_code == "186"], _describe(hits)


def test_assault_needs_a_military_objective_to_be_fighting(code) -> None:
    """'assault +town|position|@place' is 190; assaulting a person stays 182."""
    events = code("Georgian police assaulted an opposition activist in Tbilisi.", "2024-05-15")
    assert not [e for e in events if e.cameo_root == "19"], _describe(events)
    assert [e for e in events if e.cameo_code == "182"], _describe(events)


def test_shooting_down_a_proposal_is_a_rejection(code) -> None:
    """'shoot down' is 195 with an aircraft; 'shoot down +proposal' is 127."""
    events = code("Israel shot down a French proposal for a ceasefire in Lebanon.", "2024-09-26")
    assert not [e for e in events if e.cameo_root == "19"], _describe(events)
    assert [e for e in events if e.cameo_code == "127" and e.source.country == "ISR"], _describe(
        events
    )


def test_forcing_an_agency_out_expels_it_and_pressure_to_act_is_a_demand(code) -> None:
    forced = code(
        "Jakarta forced the UN refugee agency, UNHCR, out of the country following the "
        "relief operation.",
        "1999-09-20",
    )
    pressed = code(
        "Iranian authorities have been pressuring bus workers in Tehran to cancel the strike.",
        "2006-01-28",
    )
    assert [(e.cameo_code, e.source.country, e.target.country) for e in forced] == [
        ("1663", "IDN", "UNO")
    ]
    assert "10" in {e.cameo_root for e in pressed}


def test_ordering_patrols_mobilises_police_and_capability_is_no_deed(code) -> None:
    patrols = code(
        "The government of Sindh province has ordered patrols by police and paramilitary "
        "soldiers after violent protests.",
        "2006-02-20",
    )
    able = code(
        "North Korea has trained more than 500 computer hackers capable of launching cyber "
        "warfare against the United States, South Korea's defense ministry said.",
        "2009-10-13",
    )
    assert [e.cameo_code for e in patrols] == ["153"]
    assert all(e.modality != "asserted" for e in able if e.cameo_root == "19")


def test_revoking_an_agreement_rejects_it_and_targets_the_partner(code) -> None:
    events = code(
        "Niger's junta revoked a military cooperation agreement with the United States.",
        "2024-03-17",
    )
    assert [(e.cameo_root, e.source.country, e.target.country) for e in events] == [
        ("12", "NER", "USA")
    ]
