"""The coder on real sentences: codes, actors and modality.

Each case names the event that must be coded (root or roots accepted, source and
target countries, modality). Sentences are written for these tests in the style of
wire news about real events.
"""

from __future__ import annotations

import pytest

# (sentence, pub_date, expected roots, source, target, modality)
# fmt: off
CASES = [
    # material conflict
    ("A US drone strike in Baghdad killed a commander of Harakat al-Nujaba on Thursday.",
     "2024-01-05", {"18", "19"}, "USA", "IRQ", "asserted"),
    ("Iranian-backed militias attacked US bases in Iraq and Syria.",
     "2024-01-20", {"19", "18"}, None, "USA", "asserted"),
    ("Russian forces shelled Kharkiv overnight, Ukrainian officials said.",
     "2024-05-10", {"19"}, "RUS", "UKR", "asserted"),
    ("Israeli warplanes bombed targets in southern Lebanon on Monday.",
     "2024-09-24", {"19", "18"}, "ISR", "LBN", "asserted"),
    ("Houthi rebels fired missiles at a British tanker in the Gulf of Aden.",
     "2024-01-27", {"19"}, "YEM", "GBR", "asserted"),
    ("Nigerian troops killed dozens of Boko Haram fighters in Borno state.",
     "2021-06-02", {"19", "18"}, "NGA", "NGA", "asserted"),
    ("The Pentagon said US forces struck Kata'ib Hezbollah facilities in Iraq.",
     "2024-01-24", {"19", "18"}, "USA", "IRQ", "asserted"),
    ("Turkish police arrested dozens of opposition activists in Istanbul.",
     "2023-03-01", {"17"}, "TUR", "TUR", "asserted"),
    ("Gunmen abducted Nigerian schoolchildren from a school in Kaduna.",
     "2024-03-08", {"18"}, None, "NGA", "asserted"),
    ("Iraqi protesters stormed the Swedish embassy in Baghdad.",
     "2023-07-20", {"14", "17", "18", "19"}, "IRQ", "SWE", "asserted"),
    # material and verbal cooperation
    ("Qatar and Egypt held talks with Hamas in Cairo.",
     "2024-02-10", {"04"}, "QAT", "PSE", "asserted"),
    ("Secretary of State Antony Blinken visited Israel on Tuesday.",
     "2024-01-10", {"04"}, "USA", "ISR", "asserted"),
    ("Saudi Arabia and Iran agreed to restore diplomatic relations.",
     "2023-03-10", {"03", "05", "06"}, "SAU", "IRN", "asserted"),
    ("The European Union imposed new sanctions on Russia.",
     "2024-02-23", {"16"}, "EUR", "RUS", "asserted"),
    ("Japan pledged humanitarian aid to Gaza.",
     "2023-11-01", {"03", "07"}, "JPN", "PSE", "asserted"),
    ("The United States withdrew its troops from Afghanistan.",
     "2021-08-31", {"08"}, "USA", "AFG", "asserted"),
    ("Hamas released two American hostages.",
     "2023-10-21", {"08"}, "PSE", "USA", "asserted"),
    # verbal conflict
    ("Jordan condemned the attack on the US base.",
     "2024-01-29", {"11"}, "JOR", "USA", "asserted"),
    ("Iraq accused the United States of violating its sovereignty.",
     "2024-01-05", {"11"}, "IRQ", "USA", "asserted"),
    ("China called on the United States to withdraw its troops from Syria.",
     "2024-01-30", {"02", "10"}, "CHN", "USA", "asserted"),
    ("Iran threatened to retaliate against Israel.",
     "2024-04-02", {"13"}, "IRN", "ISR", "asserted"),
    ("Thousands of Iraqis protested against the US strike in Baghdad.",
     "2024-01-06", {"14"}, "IRQ", "USA", "asserted"),
    ("Russia expelled two Estonian diplomats.",
     "2024-02-06", {"16", "17"}, "RUS", "EST", "asserted"),
    ("North Korea rejected a proposal for talks with South Korea.",
     "2023-05-01", {"12"}, "PRK", "KOR", "asserted"),
    # traps: never asserted
    ("Will the coalition refuse to withdraw from Iraq?",
     "2024-02-02", None, None, None, "hypothetical"),
    ("The US failed to respond to the attacks on its bases.",
     "2024-02-02", None, None, None, "negated"),
    ("If Iran attacks Israel, the United States will respond.",
     "2024-04-10", None, None, None, "hypothetical"),
    ("Iran's foreign ministry denied that Tehran attacked the base.",
     "2024-01-29", None, None, None, "negated"),
    ("Israel may have carried out the strike on the Iranian consulate.",
     "2024-04-02", None, None, None, "hypothetical"),
    ("China will not sit idly by if the United States attacks Iran.",
     "2024-02-02", None, None, None, None),
    ("The ministry said the army did not shell the village.",
     "2023-06-01", None, None, None, "negated"),
]
# fmt: on


def _matches(event, roots, source, target) -> bool:
    if event.cameo_root not in roots:
        return False
    if source and (event.source is None or event.source.country != source):
        return False
    return not (target and (event.target is None or event.target.country != target))


@pytest.mark.parametrize(("text", "pub_date", "roots", "source", "target", "modality"), CASES)
def test_sentence(code, text, pub_date, roots, source, target, modality) -> None:
    events = code(text, pub_date)
    if roots is None:  # a trap: nothing asserted, and the events found carry the cue
        assert all(e.modality != "asserted" for e in events), [
            (e.trigger, e.cameo_code, e.modality) for e in events
        ]
        if modality is not None:
            assert events, "the trap's event should still be coded, as not asserted"
            assert modality in {e.modality for e in events}
        return
    found = [e for e in events if _matches(e, roots, source, target)]
    assert found, [
        (
            e.trigger,
            e.cameo_code,
            e.source and e.source.country,
            e.target and e.target.country,
            e.modality,
        )
        for e in events
    ]
    assert modality in {e.modality for e in found}


def test_compound_subject_gives_one_event_per_actor(code) -> None:
    events = code("US and British warplanes struck Houthi targets in Yemen.", "2024-01-12")
    pairs = {(e.source.country, e.target.country) for e in events if e.source and e.target}
    assert {("USA", "YEM"), ("GBR", "YEM")} <= pairs


def test_reciprocal_event_both_ways(code) -> None:
    events = code("Qatar and Egypt held talks in Doha.", "2024-02-10")
    pairs = {(e.source.country, e.target.country) for e in events if e.source and e.target}
    assert {("QAT", "EGY"), ("EGY", "QAT")} <= pairs


def test_passive_voice(code) -> None:
    events = code("The US base was attacked by Kata'ib Hezbollah on Sunday.", "2024-01-29")
    [event] = [e for e in events if e.cameo_root in ("18", "19")]
    assert event.source.country == "IRQ" and event.target.country == "USA"
    assert event.date == "2024-01-28"


def test_sponsor_is_kept_without_becoming_the_actor(code) -> None:
    events = code("Iranian-backed militias attacked a US base in Syria.", "2024-01-20")
    [event] = [e for e in events if e.cameo_root in ("18", "19")]
    assert event.source.sponsor == "IRN"
    assert event.source.country != "IRN"
    assert event.source.sector == "REB"


def test_attribution_kinds(code) -> None:
    [official] = [
        e
        for e in code("Iraqi officials said a US strike killed two militiamen.", "2024-01-05")
        if e.cameo_root in ("18", "19")
    ]
    assert official.attribution is not None and official.attribution.kind == "anonymous"
    [media] = [
        e
        for e in code("Israeli jets struck Rafah overnight, according to Reuters.", "2024-02-12")
        if e.cameo_root in ("18", "19")
    ]
    assert media.attribution is not None and media.attribution.kind == "media"


def test_evidence_offsets_point_at_the_trigger(code) -> None:
    text = "Officials said calm returned. Then Russian forces shelled Kharkiv."
    [event] = [e for e in code(text, "2024-05-10") if e.cameo_root == "19"]
    assert text[event.start : event.end] == event.trigger
    assert event.sentence_index == 1
    assert event.sentence == "Then Russian forces shelled Kharkiv."


def test_record_carries_code_table_values(code) -> None:
    [event] = [
        e
        for e in code("The European Union imposed new sanctions on Russia.", "2024-02-23")
        if e.cameo_root == "16"
    ]
    assert event.event_type == "COERCE"  # PLOVER's crosswalk puts sanctions under COERCE
    assert event.quad_class == 4
    assert event.goldstein is not None and event.goldstein < 0
    assert 0 < event.confidence <= 1
    assert event.coder_version.startswith("flashpoint-")


def test_a_declared_plan_is_a_threat_and_the_act_stays_future(code) -> None:
    """CAMEO codes a source's own announced attack as a threat (13x); the attack
    itself is not coded as having happened."""
    events = code(
        "Turkey plans to launch a ground operation against Kurdish militants in Syria.",
        "2022-11-25",
    )
    acts = [e for e in events if e.cameo_root == "19"]
    threats = [e for e in events if e.cameo_root == "13"]
    assert acts and all(e.modality == "future" for e in acts)
    assert threats and threats[0].modality == "asserted"
    assert threats[0].source.country == "TUR"


def test_a_question_codes_nothing_asserted_even_with_a_plan(code) -> None:
    events = code(
        "Will Turkey launch a ground operation against Kurdish militants in Syria?", "2022-11-25"
    )
    assert events and all(e.modality == "hypothetical" for e in events)
