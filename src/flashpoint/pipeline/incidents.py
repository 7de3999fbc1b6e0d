"""One incident, one event: folding the frames that restate what another frame coded.

News states one incident in several frames: "a US drone strike killed a commander",
"bombed the town, killing 12", "imposed a siege on Gaza, cutting off electricity",
"rallied outside the base demanding that French troops leave". The event coder finds
every frame; these passes keep one event per incident, carrying over what the folded
frame knew (its target, a more specific code).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Container

from spacy.tokens import Doc, Token

from .arguments import OBJECT_DEPS, SUBJECT_DEPS, place_actor
from .mentions import ActorMention, EventMention, doc_text
from .nonevents import stranded_subject
from .words import CONSEQUENCE_VERBS

# Participle and infinitive clauses that elaborate the verb they hang from.
ELABORATING_DEPS = {"advcl", "acl", "xcomp"}


def _by_head(events: list[EventMention]) -> dict[int, list[EventMention]]:
    by_head: dict[int, list[EventMention]] = {}
    for event in events:
        by_head.setdefault(event.head, []).append(event)
    return by_head


def _same_side(event: EventMention, other: EventMention) -> bool:
    """Could `other` be the same actor's act? (An event with no source could be.)"""
    return event.source is None or (
        other.source is not None and other.source.actor.country == event.source.actor.country
    )


def fold_elaborations(doc: Doc, events: list[EventMention]) -> list[EventMention]:
    """'imposed a complete siege on Gaza, cutting off electricity', 'filed a case at the
    ICJ accusing Israel of genocide': two frames of one root by one actor, one of them
    without a target and the other governing it or governed by it, state one act."""
    kept = []
    for event in events:
        if _purpose_of_same_act(doc, event, events):
            continue
        if event.target is not None or event.frame == "declared":
            kept.append(event)
            continue
        head = doc[event.head]
        related = [
            other
            for other in events
            if other is not event
            and other.target is not None
            and other.code[:2] == event.code[:2]
            and _same_side(event, other)
            and (
                # "imposed a siege on Gaza, cutting off electricity": the participle
                (head.head == doc[other.head] and head.dep_ in ELABORATING_DEPS)
                # "filed a case accusing Israel of genocide": the governing frame,
                # whether the participle hangs on its object or on it
                or (
                    doc[other.head].dep_ in ELABORATING_DEPS
                    and doc[other.head].head.head == head
                    and doc[other.head].head.pos_ == "NOUN"
                )
                or (
                    doc[other.head].dep_ in ELABORATING_DEPS
                    and doc[other.head].head == head
                    and doc[other.head].tag_ == "VBG"
                )
            )
        ]
        if not related:
            kept.append(event)
    return kept


# Roots of saying and protesting, whose purpose infinitive restates the act.
PROTESTING_ROOTS = {"10", "11", "12", "13", "14"}


def _purpose_of_same_act(doc: Doc, event: EventMention, events: list[EventMention]) -> bool:
    """'blocked highways to protest against the farm laws', 'summoned the envoy to
    protest': an infinitive of purpose of the same root as the act it serves names the
    act's aim, not a second act."""
    head = doc[event.head]
    if head.dep_ not in ("advcl", "xcomp") or event.frame == "noun":
        return False
    if event.code[:2] not in PROTESTING_ROOTS:
        return False  # "stormed the embassy to arrest Glas": two acts
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return False
    # the act served: the verb the infinitive hangs from, or the one above a participle
    # it hangs from ("blocked highways leading into New Delhi to protest")
    governor = head.head
    served = {governor.i}
    if governor.dep_ == "acl":  # participle → the noun it qualifies → that noun's verb
        served.add(governor.head.head.i)
    return any(
        other is not event
        and other.head in served
        and other.code[:2] == event.code[:2]
        and other.source is not None
        and _same_side(event, other)
        for other in events
    )


def fold_conjoined_repeats(doc: Doc, events: list[EventMention]) -> list[EventMention]:
    """'withdrew its forces from Kherson and pulled them back to the east bank': a
    conjoined verb of the same code by the same actor, with no object of its own but a
    pronoun and no other target, restates the first act."""
    by_head = _by_head(events)
    kept = []
    for event in events:
        verb = doc[event.head]
        first = by_head.get(verb.head.i, []) if verb.dep_ == "conj" else []
        # its own object is nothing new: none, a pronoun for the first one's, or what
        # the first one's object has ("seized the ship and took its crew hostage")
        own_object = any(
            c.dep_ in OBJECT_DEPS
            and c.pos_ != "PRON"
            and not any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children)
            for c in verb.children
        )
        repeated = (
            event.frame != "noun"
            and not own_object
            and any(
                other.code == event.code
                and other.source is not None
                and event.source is not None
                and other.source.actor.country == event.source.actor.country
                and (
                    event.target is None
                    or (
                        other.target is not None
                        and other.target.actor.country == event.target.actor.country
                    )
                )
                for other in first
            )
        )
        if not repeated:
            kept.append(event)
    return kept


def share_conjoined_targets(doc: Doc, events: list[EventMention]) -> None:
    """'Pakistan downgraded relations with India and suspended bilateral trade': a
    conjoined verb with the same actor and no target of its own acts on the same one."""
    by_head = _by_head(events)
    for event in events:
        verb = doc[event.head]
        if event.target is not None or event.source is None or event.frame == "noun":
            continue
        if verb.dep_ != "conj" or not any(c.dep_ in OBJECT_DEPS for c in verb.children):
            continue
        for first in by_head.get(verb.head.i, []):
            if (
                first.target is not None
                and first.source is not None
                and first.source.actor.country == event.source.actor.country
                and first.target.actor.country != event.source.actor.country
            ):
                event.target = first.target
                break


# Acts that answer another act are aimed at whoever did it: "did not retaliate after
# Iran shot down a drone", "called up reservists since the Hamas attack", "recalled its
# ambassador over the killing of …".
REACTION_ROOTS = {"11", "12", "13", "15", "16", "17", "19"}
CAUSE_PREPS = {"after", "following", "since", "over", "for"}
CAUSE_MARKS = {"after", "since", "because"}
# Hostile acts whose target a conditional response implies.
HOSTILE_ROOTS = {"13", "14", "15", "16", "17", "18", "19", "20"}
# Aid and pledges of aid (07, 033x), which go to whom an attack they answer fell on.
AID_CODES = ("07", "033")
# Answers of a victim rather than of a bystander: mobilising and striking back.
SELF_DEFENCE_ROOTS = {"15", "19"}


def reaction_targets(doc: Doc, events: list[EventMention]) -> None:
    """Give a reaction with no target of its own the agent of the act it answers."""
    by_head = _by_head(events)
    for event in events:
        if event.target is not None and event.code.startswith(AID_CODES):
            # "pledged air defence to Ukraine after a wave of Russian missile attacks":
            # help sent in answer to an attack goes to the one it fell on
            for cause in _answered(doc, doc[event.head], by_head):
                if cause.code[:2] in HOSTILE_ROOTS and cause.target is None:
                    cause.target = event.target
        if event.code.startswith(APOLOGY) and event.target is None:
            # "apologised for a drone strike in Kabul that killed ten civilians": an
            # apology is owed to whom the deed fell on
            for cause in _answered(doc, doc[event.head], by_head):
                if cause.target is not None and cause.target.actor.country:
                    event.target = cause.target
                    break
                # "apologised for a drone strike in Kabul that killed ten civilians":
                # whoever the strike fell on, where it fell
                where = _place_in(doc, doc[cause.head])
                if where is not None:
                    event.target = where
                    break
            continue
        if event.source is None or event.code[:2] not in REACTION_ROOTS:
            continue
        if event.target is not None and not _own_force(event):
            continue
        own = event.source.actor.country
        for cause in _answered(doc, doc[event.head], by_head):
            if cause.code[:2] < "10":
                continue  # "after the Gaza ceasefire" says when, not what is answered
            agent = cause.source
            if agent is not None and agent.actor.country and agent.actor.country != own:
                event.target = agent
                if cause.target is None and event.code[:2] in SELF_DEFENCE_ROOTS:
                    # "called up reservists since the Hamas attack": who mobilises or
                    # strikes back in answer to an attack is the one it fell on
                    cause.target = event.source
                break


# Apologies (CAMEO 055) are owed to the victims of the deed they are for.
APOLOGY = "055"

# Verbs of paying back: "retaliate against X for Y", "punish X for Y".
AVENGING_VERBS = {"retaliate", "avenge", "punish", "revenge", "blame", "hit back", "respond"}


def avenged_deeds(doc: Doc, events: list[EventMention]) -> None:
    """'Iran vowed to retaliate against the United States for the killing of General
    Soleimani': whom one pays back for a deed did the deed, to the avenger's own."""
    by_head = _by_head(events)
    for event in events:
        if event.target is None or not event.target.actor.country or event.source is None:
            continue
        head = doc[event.head]  # "vowed to retaliate …": the vow's act avenges
        verbs = [v for v in (head, *head.children) if v.lemma_.lower() in AVENGING_VERBS]
        if not verbs or (verbs[0] is not head and verbs[0].dep_ != "xcomp"):
            continue
        verb = verbs[0]
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                for deed in by_head.get(pobj.i, []):
                    if deed.source is None:
                        deed.source = event.target
                        if deed.target is None or not deed.target.actor.country:
                            deed.target = event.source


# "in coordination with the Somali government": acting jointly with someone.
JOINT_NOUNS = {"coordination", "cooperation", "conjunction", "partnership", "concert"}
MILITARY_ROOTS = {"15", "18", "19", "20"}


def shared_exercises(doc: Doc, events: list[EventMention]) -> list[EventMention]:
    """'China and Russia held naval drills': an exercise two states hold together is
    military cooperation between them (062, each way), not a show of force."""
    groups: dict[tuple[int, int], list[EventMention]] = {}
    for event in events:
        if event.code == SHOW_OF_FORCE and event.target is None and event.source is not None:
            groups.setdefault(event.trigger, []).append(event)
    if not groups:
        return events
    replaced: dict[int, list[EventMention]] = {}
    for trigger, group in groups.items():
        words = {t.lemma_.lower() for t in doc[trigger[0] : trigger[1]]}
        countries = {e.source.actor.country for e in group if e.source}
        if len(countries) < 2 or None in countries or not words & EXERCISE_WORDS:
            continue
        for event in group:
            replaced[id(event)] = [
                dataclasses.replace(event, code=JOINT_MILITARY, target=other.source)
                for other in group
                if other.source and other.source.actor.country != event.source.actor.country
            ]
    if not replaced:
        return events
    return [new for e in events for new in replaced.get(id(e), [e])]


# A show of force (150) and the joint exercise (062) two states hold instead.
SHOW_OF_FORCE, JOINT_MILITARY = "150", "062"
EXERCISE_WORDS = {"exercise", "drill", "game", "maneuver", "manoeuvre", "maneuvers", "manoeuvres"}


def joint_acts(doc: Doc, events: list[EventMention]) -> list[EventMention]:
    """'an airstrike carried out in coordination with the Somali government killed three
    al-Shabaab fighters': an act done jointly with someone is also cooperation with
    them — military (062) for force, otherwise 060."""
    text = doc_text(doc)
    if not events or not any(word in text for word in JOINT_NOUNS):
        return events  # most texts name no joint act: no tokens visited
    heads = {e.head: e for e in events}
    added: list[EventMention] = []
    for token in doc:
        if token.lemma_.lower() not in JOINT_NOUNS or token.dep_ != "pobj":
            continue
        if token.head.lower_ not in ("in", "with"):
            continue
        partners = [
            pobj
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ == "with"
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        ]
        act = next((heads[a.i] for a in token.ancestors if a.i in heads), None)
        if act is None:
            # the parser split "an airstrike carried out in coordination with X killed
            # …" in two: the sentence's only act is the one done jointly
            sent = token.sent
            acts = [e for e in events if sent.start <= e.head < sent.end and e.source]
            act = acts[0] if len(acts) == 1 else None
        if act is None or act.source is None or not partners:
            continue
        code = "062" if act.code[:2] in MILITARY_ROOTS else "060"
        index = doc._.fp_actor_index or {}
        mentions = doc._.fp_actors or []
        for partner in partners:
            for n in index.get(partner.i, []):
                mention = mentions[n]
                if mention.actor.country and _actor_key(mention) != _actor_key(act.source):
                    added.append(
                        EventMention(
                            code, (token.i, token.i + 1), act.head, "noun", act.source, mention
                        )
                    )
    return events + added


def condition_targets(doc: Doc, events: list[EventMention]) -> None:
    """'Israel would retaliate against Lebanon if Hezbollah opened a second front': a
    hostile act named as the condition of someone's response is aimed at the one who
    would respond."""
    by_head = _by_head(events)
    for event in events:
        if event.target is not None or event.source is None:
            continue
        if event.code[:2] not in HOSTILE_ROOTS:
            continue
        clause = doc[event.head]
        if event.frame == "noun" and clause.dep_ in SUBJECT_DEPS:
            clause = clause.head  # "if cross-border attacks by the Pakistani Taliban continue"
        if clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children
        ):
            continue
        for response in by_head.get(clause.head.i, []):
            responder = response.source
            if (
                responder is not None
                and responder.actor.country
                and _actor_key(responder) != _actor_key(event.source)
            ):
                event.target = responder
                break


def _own_force(event: EventMention) -> bool:
    """'called up 300,000 reservists': the forces a state mobilises are its own, not
    the target of its mobilisation."""
    target = event.target
    return (
        event.code[:2] == "15"
        and target is not None
        and target.kind == "sector"
        and not target.actor.country
        and target.actor.sector in ("MIL", "COP")
    )


def _answered(doc: Doc, word: Token, by_head: dict[int, list[EventMention]]) -> list[EventMention]:
    """The events a word's cause adjuncts name: 'after/since/over/for <event>', and
    past-tense 'after/since/because' clauses."""
    found: list[EventMention] = []
    for child in word.children:
        if child.dep_ == "prep" and child.lower_ in CAUSE_PREPS:
            for pobj in (g for g in child.children if g.dep_ == "pobj"):
                found += by_head.get(pobj.i, [])
                for of in (g for g in pobj.children if g.dep_ == "prep" and g.lower_ == "of"):
                    # "after a wave of Russian missile attacks"
                    found += [
                        e for o in of.children if o.dep_ == "pobj" for e in by_head.get(o.i, [])
                    ]
        elif child.dep_ == "advcl" and any(
            g.dep_ == "mark" and g.lower_ in CAUSE_MARKS for g in child.children
        ):
            found += by_head.get(child.i, [])
    return found


# Mediation of an arrangement others make: "a ceasefire deal brokered by Saudi Arabia".
MEDIATION_CODES = ("045", "039")


def broker_targets(doc: Doc, events: list[EventMention]) -> list[EventMention]:
    """'Sudan's army and the RSF signed a ceasefire deal brokered by Saudi Arabia and
    the United States': whoever brokered the arrangement mediated between the parties
    that made it — one mediation event per mediator and party."""
    by_head = _by_head(events)
    result: list[EventMention] = []
    for event in events:
        verb = doc[event.head]
        parties: list[ActorMention] = []
        if event.code.startswith(MEDIATION_CODES) and event.target is None and verb.dep_ == "acl":
            # "a ceasefire deal brokered by Saudi Arabia" (the act that made the deal),
            # "talks mediated by Qatar" (the talks themselves)
            made_by = by_head.get(verb.head.i, [])
            if not made_by and verb.head.dep_ in OBJECT_DEPS:
                made_by = by_head.get(verb.head.head.i, [])
            for made in made_by:
                for party in (made.source, made.target):
                    if party is not None and all(
                        party.actor.country != p.actor.country for p in parties
                    ):
                        parties.append(party)
        if not parties:
            result.append(event)
            continue
        for party in parties:
            if event.source is not None and party.actor.country == event.source.actor.country:
                continue
            result.append(dataclasses.replace(event, target=party, cues=list(event.cues)))
    return result


def named_brokers(doc: Doc, events: list[EventMention]) -> list[EventMention]:
    """'agreed to stop attacking American ships under an Omani-brokered deal': the
    state named before "-brokered" or "-mediated" mediated between the parties of the
    act the arrangement governs (045, one event per party)."""
    if "-brokered" not in doc_text(doc) and "-mediated" not in doc_text(doc):
        return events  # most texts name no such deal: no tokens visited
    index = doc._.fp_actor_index or {}
    mentions = doc._.fp_actors or []
    heads = {e.head for e in events}
    added: list[EventMention] = []
    for token in doc:
        if token.lemma_.lower() not in BROKERING or token.dep_ != "amod":
            continue
        brokers = [
            mentions[n]
            for c in token.children
            if c.dep_ in ("npadvmod", "compound", "amod")
            for n in index.get(c.i, [])
            if mentions[n].actor.country
        ]
        act = next((a.i for a in token.head.ancestors if a.i in heads), None)
        if not brokers or act is None:
            continue
        parties: list[ActorMention] = []
        for made in (e for e in events if e.head == act):
            for party in (made.source, made.target):
                if (
                    party is not None
                    and party.actor.country
                    and all(party.actor.country != p.actor.country for p in parties)
                ):
                    parties.append(party)
        added += [
            EventMention(MEDIATION_CODES[0], (token.i, token.i + 1), token.i, "verb", b, p)
            for b in brokers[:1]
            for p in parties
            if p.actor.country != b.actor.country
        ]
    return events + added


BROKERING = {"broker", "mediate"}


def violations_and_harm(doc: Doc, events: list[EventMention]) -> list[EventMention]:
    """What a sentence says an attack was or did. 'Israeli drone strikes violated the
    ceasefire': the strikes are the violation (196), one event with their agent. 'The
    missile attack caused injuries to 100 US service members': whom the harm befell is
    the attack's target."""
    by_head = _by_head(events)
    dropped: set[int] = set()
    for event in events:
        verb = doc[event.head]
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.i not in by_head:
            continue
        if event.code.startswith(VIOLATION) and event.frame == "verb":
            for deed in by_head[subject.i]:
                if deed.code[:2] in ("18", "19", "20") and deed.frame == "noun":
                    dropped.add(id(deed))
                    event.source = event.source or deed.source
    for event in events:
        noun = doc[event.head]
        if event.frame != "noun" or event.target is not None or noun.dep_ not in SUBJECT_DEPS:
            continue
        if event.code[:2] not in ("18", "19", "20") or noun.head.lemma_.lower() not in CAUSING:
            continue
        index = doc._.fp_actor_index or {}
        mentions = doc._.fp_actors or []
        for harm in (c for c in noun.head.children if c.dep_ == "dobj"):
            if harm.lemma_.lower() not in HARM_NOUNS:
                continue
            # "injuries to 100 US service members" (the parser may hang 'to' on the verb)
            preps = [
                c
                for c in (*harm.children, *noun.head.children)
                if c.dep_ == "prep" and c.lower_ in ("to", "among")
            ]
            victims = [
                mentions[n]
                for prep in preps
                for p in prep.children
                if p.dep_ == "pobj"
                for n in index.get(p.i, [])
            ]
            if victims:
                event.target = victims[0]
    return [e for e in events if id(e) not in dropped]


def claimed_deeds(doc: Doc, events: list[EventMention]) -> None:
    """'Al-Shabaab claimed responsibility for the attack … that killed three
    Americans': a claim of a deed is aimed where the deed fell (015 → USA)."""
    by_head = _by_head(events)
    for event in events:
        if not event.code.startswith(CLAIM) or event.target is not None:
            continue
        for token in doc[event.head].subtree:
            if token.dep_ == "pobj" and token.head.lower_ == "for" and token.i in by_head:
                deed = next((d for d in by_head[token.i] if d.target is not None), None)
                if deed is not None:
                    event.target = deed.target
                    break


CLAIM = "015"
VIOLATION = "196"
CAUSING = {"cause", "inflict", "leave"}
HARM_NOUNS = {"injury", "casualty", "death", "damage", "wound", "loss", "harm", "fatality"}


def fold_repeated_nouns(doc: Doc, events: list[EventMention]) -> list[EventMention]:
    """'Putin arrived in Pyongyang for his first visit to North Korea': a noun under a
    preposition of a verb coded with the same root and source repeats that event."""
    by_head = _by_head(events)
    kept = []
    for event in events:
        noun = doc[event.head]
        purpose = noun.dep_ == "pobj" and noun.head.lower_ == "for"  # "arrived for a visit"
        verb = noun.head.head if purpose and noun.head.dep_ == "prep" else None
        repeated = (
            event.frame == "noun"
            and verb is not None
            and any(
                other.code[:2] == event.code[:2] and _same_side(event, other)
                for other in by_head.get(verb.i, [])
            )
        )
        if not repeated:
            kept.append(event)
    return kept


def fold_protest_demands(doc: Doc, events: list[EventMention]) -> list[EventMention]:
    """'Thousands rallied in Seoul demanding Yoon's impeachment', 'staged protests to
    demand reforms': the demand is what the protest is for, not a second event."""
    protests: dict[int, list[EventMention]] = {}
    for event in events:
        if event.code.startswith("14"):
            protests.setdefault(event.head, []).append(event)
    if not protests:
        return events
    kept = []
    for event in events:
        head = doc[event.head]
        governor = head.head
        owners = [
            e
            for i in (governor.i, *(c.i for c in governor.children if c.dep_ in OBJECT_DEPS))
            if i != event.head
            for e in protests.get(i, [])
        ]
        folded = (
            event.code[:2] in ("10", "02", "14")
            and head.dep_ in ("advcl", "xcomp", "acl", "conj")
            and bool(owners)
            and not (event.code.startswith("14") and head.dep_ == "conj")
        )
        if not folded:
            kept.append(event)
            continue
        for protest in owners:
            # "rallied outside the base demanding that French troops leave Niger": the
            # protest is aimed at whom its demand addresses
            if protest.target is None and event.target is not None:
                protest.target = event.target
    return kept


# Nouns that report what an incident did: "the killing of aid workers in an airstrike".
CONSEQUENCE_NOUNS = {"killing", "death", "murder", "wounding", "destruction", "massacre"}


def merge_consequences(doc: Doc, events: list[EventMention]) -> list[EventMention]:
    """Fold what an incident did into the incident: consequence verbs ("the strike
    killed …", "bombed the town, killing 12") and consequence nouns ("the killing of
    seven aid workers in an Israeli airstrike")."""
    by_head = _by_head(events)
    kept = []
    for event in events:
        cause = _cause(doc, event, by_head)
        if not cause:
            kept.append(event)
            continue
        subject = next((c for c in doc[event.head].children if c.dep_ in SUBJECT_DEPS), None)
        for earlier in list(cause):
            if _more_specific(event, earlier):
                earlier.code = event.code  # "airstrikes killed the Hezbollah leader": 186
            if earlier.target is None and event.target is not None:
                earlier.target = event.target
            elif (
                earlier.target is not None
                and earlier.target.kind == "place"
                and event.target is not None
                and event.target.kind not in ("place", "capital")
                and event.target.actor.country
                and earlier is cause[0]
            ):
                # "the attack on the Manda Bay airfield in Kenya that killed three
                # Americans": whom the blow killed is its target, not the ground it fell on
                earlier.target = event.target
            elif (
                event.target is not None
                and earlier.target is not None
                and event.target.kind != "sector"  # "soldiers and civilians": one group
                and _coordinated(doc, event.target, earlier.target)
                and earlier is cause[0]
                and not any(_actor_key(e.target) == _actor_key(event.target) for e in cause)
            ):
                # "the strike that killed Soleimani and al-Muhandis": one incident,
                # each victim its target
                extra = dataclasses.replace(earlier, target=event.target)
                cause.append(extra)
                kept.append(extra)
            if earlier.source is None and event.source is not None:
                earlier.source = event.source
            if subject is not None and earlier.head == subject.i:
                # "strikes had damaged bases" under "denied": the clause of the
                # consequence verb carries the incident's modality, date and place
                earlier.head = event.head
    return kept


def _place_in(doc: Doc, noun: Token) -> ActorMention | None:
    """The country of the first place named inside a noun's own phrase."""
    tokens = {t.i for t in noun.subtree}
    for place in doc._.fp_places or []:
        if place.start in tokens and place.place.country and place.place.feature != "sea":
            return place_actor(doc, doc[place.start])
    return None


def _coordinated(doc: Doc, later: ActorMention, first: ActorMention) -> bool:
    """'killed Soleimani and al-Muhandis': the later victim is a conjunct of the first."""
    token = doc[later.head]
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
        if token.i == first.head:
            return True
    return False


def _cause(
    doc: Doc, event: EventMention, by_head: dict[int, list[EventMention]]
) -> list[EventMention]:
    """The events of the incident whose result `event` reports, if it reports one."""
    word = doc[event.head]
    lemma = word.lemma_.lower()
    if event.frame == "noun" and lemma in CONSEQUENCE_NOUNS:
        return [
            cause
            for prep in word.children
            if prep.dep_ == "prep" and prep.lower_ in ("in", "during", "by")
            for pobj in prep.children
            if pobj.dep_ == "pobj"
            for cause in by_head.get(pobj.i, [])
            if cause.code[:2] in ("18", "19", "20")
        ]
    if event.frame != "verb":
        return []
    subject = next((c for c in word.children if c.dep_ in SUBJECT_DEPS), None)
    if word.dep_ == "relcl" and subject is not None and subject.lower_ in ("that", "which"):
        # "a drone strike in Kabul that killed ten civilians", "a prisoner exchange that
        # freed ten fighters": a relative clause on an incident says what it did
        causes = by_head.get(word.head.i, [])
        if lemma in CONSEQUENCE_VERBS or any(c.code[:2] == event.code[:2] for c in causes):
            return causes
    if lemma not in CONSEQUENCE_VERBS:
        return []
    if subject is None and word.tag_ == "VBD" and word.dep_ in ("advcl", "conj"):
        # "fled after shelling by government forces killed ten people"
        subject = next(iter(stranded_subject(word)), None)
    if subject is not None and subject.i in by_head:
        return by_head[subject.i]  # "the strike killed …"
    if word.dep_ in ("advcl", "conj", "xcomp") and word.tag_ == "VBG":
        return by_head.get(word.head.i, [])  # "… bombed the town, killing 12"
    for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ in ("in", "during")):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if pobj.i in by_head:  # "gunmen killed 26 people in an attack near Pahalgam"
                return by_head[pobj.i]
    return []


def _more_specific(consequence: EventMention, cause: EventMention) -> bool:
    """A consequence frame keyed on its object ("kill +leader" → 186, "kill +hundreds"
    → 202) says more about the incident than a bare event noun does."""
    if consequence.code.startswith("20"):
        return cause.code[:2] == "19"  # a bombing that kills 100 stays a bombing (18x)
    if consequence.code.startswith("1823"):
        return cause.code[:2] == "18"  # an airstrike that kills stays an airstrike
    return consequence.code.startswith("186") and cause.code[:2] in ("18", "19")


def _actor_key(mention: ActorMention | None) -> tuple[str | None, str | None] | None:
    if mention is None:
        return None
    return (mention.actor.name, mention.actor.country)


def dedupe(events: list[EventMention]) -> list[EventMention]:
    """One event per code, trigger and pair of actors (two mentions of one actor are one)."""
    seen: set[tuple] = set()
    kept = []
    for event in events:
        key = (event.code, event.trigger, _actor_key(event.source), _actor_key(event.target))
        if key not in seen:
            seen.add(key)
            kept.append(event)
    return kept


def named_deeds(doc: Doc, events: list[EventMention], deed_words: Container[str]) -> None:
    """'The office of Prime Minister al-Sudani condemned the strike': a reaction to a
    deed the text names only as 'the strike' answers whoever did the strike it told of
    just before (within the previous two sentences), when exactly one actor did one."""
    reactions = [e for e in events if e.target is None and e.code[:2] in REACTION_ROOTS_OF_DEEDS]
    if not reactions:
        return
    starts = [s.start for s in doc.sents]
    for event in reactions:
        verb = doc[event.head]
        slots = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
        slots += [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in DEED_PREPS
            for g in c.children
            if g.dep_ == "pobj"
        ]
        for slot in slots:
            if slot.lemma_.lower() not in deed_words or not _definite_deed(slot):
                continue
            sentence = max(n for n, start in enumerate(starts) if start <= slot.i)
            window_start = starts[max(0, sentence - 2)]
            earlier = [
                e
                for e in events
                if window_start <= e.head < slot.i
                and e.source is not None
                and e.code[:2] in HOSTILE_DEED_ROOTS
                and doc[e.head].sent.start != doc[slot.i].sent.start
            ]
            # the same word first: "US forces carried out the strike … condemned the
            # strike" (not the attacks someone else was said to have planned)
            lemma = slot.lemma_.lower()
            same = [
                e
                for e in earlier
                if any(t.lemma_.lower() == lemma for t in doc[e.trigger[0] : e.trigger[1]])
                or doc[e.head].lemma_.lower() == lemma
            ]
            earlier = same or earlier
            doers = {(e.source.actor.name, e.source.actor.country) for e in earlier}
            if len(doers) == 1 and earlier[-1].source.actor.country != _country(event.source):
                event.target = earlier[-1].source
                break


def repeated_deeds(doc: Doc, events: list[EventMention], deed_words: Container[str]) -> None:
    """'A US drone strike killed al-Saadi. … US forces carried out the strike in
    self-defence': a definite deed told again falls on whom it fell the first time, when
    the same actor did it (anywhere before: a story's 'the strike' is its lead's)."""
    for event in events:
        if event.target is not None or event.source is None:
            continue
        nouns = [
            t
            for t in doc[event.trigger[0] : event.trigger[1]]
            if t.lemma_.lower() in deed_words and _definite_deed(t)
        ]
        if not nouns:
            continue
        noun = nouns[0]
        earlier = [
            e
            for e in events
            if e.trigger[0] < doc[noun.i].sent.start
            and e.target is not None
            and e.source is not None
            and e.source.actor.country == event.source.actor.country
            and any(
                t.lemma_.lower() == noun.lemma_.lower() for t in doc[e.trigger[0] : e.trigger[1]]
            )
        ]
        if len({(e.target.actor.name, e.target.actor.country) for e in earlier}) == 1:
            event.target = earlier[-1].target


def _definite_deed(noun: Token) -> bool:
    """'the strike', 'Thursday's attack', 'this bombing' — with no agent of its own."""
    if any(c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN" for c in noun.children):
        return False  # "the US strike" names its agent
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
        or (c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME"))
        for c in noun.children
    )


def _country(mention: ActorMention | None) -> str | None:
    return mention.actor.country if mention is not None else None


# Statements that answer a deed: comment, appeal, disapproval, investigation, demand,
# rejection, protest.
REACTION_ROOTS_OF_DEEDS = {"01", "02", "09", "10", "11", "12", "14"}
DEED_PREPS = ("for", "over", "about", "into", "against", "of")
HOSTILE_DEED_ROOTS = {"17", "18", "19", "20"}
