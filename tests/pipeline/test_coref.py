"""Within-document coreference for actors: resolved only when certain (issue 4)."""

from __future__ import annotations

from flashpoint.pipeline.coref import CorefMention


def parse(nlp, text: str, pub_date: str | None = None):
    doc = nlp.make_doc(text)
    doc._.fp_pub_date = pub_date
    return nlp(doc)


def at(doc, word: str, occurrence: int = 0):
    """The actor mentions on the n-th token whose text is `word`."""
    tokens = [t for t in doc if t.text == word]
    token = tokens[occurrence]
    return [doc._.fp_actors[n] for n in (doc._.fp_actor_index or {}).get(token.i, [])]


def test_two_competing_antecedents_leave_the_pronoun_unresolved(nlp) -> None:
    doc = parse(nlp, "Boris Johnson met Emmanuel Macron in Paris. He said the talks went well.")
    assert at(doc, "He") == []


def test_a_single_antecedent_resolves_he(nlp) -> None:
    doc = parse(
        nlp,
        "Prime Minister Mohammed Shia al-Sudani visited Washington. He said Iraq wanted "
        "more investment.",
        "2023-06-01",
    )
    (he,) = at(doc, "He")
    assert isinstance(he, CorefMention)
    assert (he.actor.name, he.actor.country, he.actor.sector) == (
        "Mohammed Shia al-Sudani",
        "IRQ",
        "GOV",
    )
    assert he.actor.text == "He"


def test_it_after_a_seat(nlp) -> None:
    doc = parse(nlp, "The Pentagon said it would send more troops to the region.")
    (it,) = at(doc, "it")
    assert (it.actor.country, it.actor.sector) == ("USA", "MIL")


def test_competing_states_leave_it_unresolved(nlp) -> None:
    doc = parse(nlp, "Iran warned Israel on Monday. It said any attack would be answered.")
    assert at(doc, "It") == []


def test_a_state_named_as_a_place_does_not_compete(nlp) -> None:
    doc = parse(nlp, "Israel struck targets in Syria. It said the strikes hit weapons depots.")
    (it,) = at(doc, "It")
    assert it.actor.country == "ISR"


def test_expletive_it_is_left_alone(nlp) -> None:
    doc = parse(nlp, "Hamas fired rockets. It remains unclear whether anyone was hurt.")
    assert at(doc, "It") == []


def test_the_group_and_its_fighters(nlp) -> None:
    doc = parse(
        nlp,
        "Hayat Tahrir al-Sham captured Aleppo. The group said its fighters met little resistance.",
        "2024-11-30",
    )
    (group,) = at(doc, "group")
    assert (group.actor.name, group.actor.country, group.actor.sector) == (
        "Hay'at Tahrir al-Sham",
        "SYR",
        "REB",
    )
    (fighters,) = at(doc, "fighters")
    assert fighters.actor.country == "SYR" and fighters.actor.text == "its fighters"


def test_the_coalition_and_the_ministry(nlp) -> None:
    doc = parse(
        nlp,
        "The US-led coalition struck Islamic State targets. The coalition said no "
        "civilians were harmed.",
    )
    (coalition,) = at(doc, "coalition", 1)
    assert coalition.actor.country == "IGO" and coalition.actor.sector == "MIL"
    doc = parse(
        nlp,
        "The Iraqi foreign ministry summoned the Turkish ambassador. The ministry said "
        "the strike violated Iraq's sovereignty.",
    )
    (ministry,) = at(doc, "ministry", 1)
    assert (ministry.actor.country, ministry.actor.sector) == ("IRQ", "GOV")


def test_the_militia_leader_and_he(nlp) -> None:
    doc = parse(nlp, "The militia leader said he would fight on.")
    (he,) = at(doc, "he")
    assert he.actor.sector == "REB"


def test_a_placeholder_is_replaced_not_doubled(nlp) -> None:
    """'the army' after 'the Iraqi army': one mention on the token, resolved."""
    doc = parse(nlp, "The Iraqi army retook the town. The army said it lost four soldiers.")
    (army,) = at(doc, "army", 1)
    assert (army.actor.country, army.actor.sector) == ("IRQ", "MIL")


def test_the_antecedent_must_be_near(nlp) -> None:
    doc = parse(
        nlp,
        "Hamas fired rockets at Israel. Sirens sounded in Tel Aviv. Schools were closed. "
        "Markets stayed shut. The group said more would follow.",
    )
    assert at(doc, "group") == []


def test_a_title_finds_its_office_holder(nlp) -> None:
    doc = parse(
        nlp,
        "The Kremlin said Vladimir Putin would not attend. The president will send his "
        "foreign minister.",
        "2023-08-21",
    )
    (president,) = at(doc, "president")
    assert (president.actor.name, president.actor.country) == ("Vladimir Putin", "RUS")


def test_pronouns_inside_quotations_are_left_alone(nlp) -> None:
    doc = parse(nlp, 'The Pentagon issued a statement. "It is a grave threat," it said.')
    assert at(doc, "It") == []
    (it,) = at(doc, "it")
    assert it.actor.country == "USA"


def test_the_event_coder_sees_resolved_anaphors(code) -> None:
    events = code(
        "Kata'ib Hezbollah announced a new campaign on Monday. The group attacked US "
        "forces near the Syrian border.",
        "2024-01-29",
    )
    sources = {e.source.country for e in events if e.source and e.event_type == "ASSAULT"}
    assert "IRQ" in sources


def test_a_counted_plural_names_the_list_of_that_many_states(nlp) -> None:
    """'the three countries' are the three listed, not Israel, the fourth state named."""
    doc = parse(
        nlp,
        "Israel recalled its ambassadors to Ireland, Norway and Spain after the three "
        "countries announced they would recognise a Palestinian state.",
        "2024-05-22",
    )
    assert sorted(m.actor.country for m in at(doc, "countries")) == ["ESP", "IRL", "NOR"]


def test_the_two_leaders_are_the_two_people_named_before(nlp) -> None:
    doc = parse(
        nlp,
        "Chinese President Xi Jinping hosted Vladimir Putin in Beijing, where the two "
        "leaders pledged to deepen their strategic partnership.",
        "2024-05-16",
    )
    assert sorted(m.actor.country for m in at(doc, "leaders")) == ["CHN", "RUS"]


def test_a_counted_plural_without_a_set_of_that_size_stays_unresolved(nlp) -> None:
    """Three states named, 'the two countries' could be any two of them."""
    doc = parse(
        nlp,
        "Egypt, Qatar and the United States brokered the deal. The two countries said "
        "talks would resume.",
        "2024-01-10",
    )
    assert at(doc, "countries") == []


def test_a_short_form_of_a_name_given_in_full_is_the_same_person(nlp) -> None:
    doc = parse(
        nlp,
        "A US strike killed Iranian General Qassem Soleimani in Baghdad. Soleimani had led "
        "the Quds Force for two decades.",
        "2020-01-03",
    )
    (short,) = at(doc, "Soleimani", 1)
    assert (short.actor.name, short.actor.country) == ("Qassem Soleimani", "IRN")


def test_a_state_institution_named_by_office_belongs_to_the_state_just_named(nlp) -> None:
    home = parse(nlp, "Ethiopia declared a state of emergency. The army said it killed 20 rebels.")
    foe = parse(nlp, "US troops fought the army in Grenada.")
    rivals = parse(nlp, "Israel and Iran exchanged threats. The army said it was ready.")
    assert [m.actor.country for m in at(home, "army")] == ["ETH"]
    assert "USA" not in [m.actor.country for m in at(foe, "army")]
    assert [m.actor.country for m in at(rivals, "army")] == [None]


def test_a_possessive_takes_the_one_subject_of_its_own_sentence(nlp) -> None:
    text = (
        "The militias kept up their campaign against American bases. When the attacks "
        "began, the US did not retaliate for a week, and its first strikes hit depots."
    )
    rivals = parse(nlp, "Iran said the US attacked its embassy.")
    assert [m.actor.country for m in at(parse(nlp, text), "its")] == ["USA"]
    assert at(rivals, "its") == []


def test_a_short_name_with_a_lower_case_particle_is_the_full_name_given_before(nlp) -> None:
    doc = parse(
        nlp,
        "A US drone strike killed Mushtaq Talib al-Saadi, a commander of the Iran-aligned "
        "armed group Harakat al-Nujaba, officials said. Ryder said al-Saadi had been "
        "involved in planning and carrying out attacks on American personnel.",
    )
    assert [(m.actor.country, m.actor.sector) for m in at(doc, "Saadi", 1)] == [("IRQ", "REB")]
    assert not [p for p in doc._.fp_places if doc[p.start].text == "Iran"]


def test_a_ministry_reporting_what_a_state_did_is_that_states(nlp) -> None:
    doc = parse(
        nlp,
        "Jordan recalled its ambassador from Israel on Wednesday, the foreign ministry said.",
        "2023-11-01",
    )
    ministry = at(doc, "ministry")
    assert [(m.actor.country, m.actor.sector) for m in ministry] == [("JOR", "GOV")]
    # with no state as the subject of what it reports, it stays unresolved
    doc = parse(nlp, "Talks with Israel will resume, the foreign ministry said.", "2023-11-01")
    assert [m.actor.country for m in at(doc, "ministry")] == [None]
