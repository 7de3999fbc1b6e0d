"""One incident, one event: folding the frames that restate what another frame coded.

News states one incident in several frames: "a US drone strike killed a commander",
"bombed the town, killing 12", "imposed a siege on Gaza, cutting off electricity",
"rallied outside the base demanding that French troops leave". The event coder finds
every frame; these passes keep one event per incident, carrying over what the folded
frame knew (its target, a more specific code).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .arguments import OBJECT_DEPS, SUBJECT_DEPS
from .mentions import ActorMention, EventMention
from .words import CONSEQUENCE_VERBS

# Participle and infinitive clauses that elaborate the verb they hang from.
ELABORATING_DEPS = {"advcl", "acl", "xcomp"}


def fold_elaborations(doc: Doc, events: list[EventMention]) -> list[EventMention]:
    """'imposed a complete siege on Gaza, cutting off electricity', 'filed a case at the
    ICJ accusing Israel of genocide': two frames of one root by one actor, one of them
    without a target and the other governing it or governed by it, state one act."""
    kept = []
    for event in events:
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
            and (
                event.source is None
                or (
                    other.source is not None
                    and other.source.actor.country == event.source.actor.country
                )
            )
            and (
                # "imposed a siege on Gaza, cutting off electricity": the participle
                (head.head == doc[other.head] and head.dep_ in ELABORATING_DEPS)
                # "filed a case accusing Israel of genocide": the governing frame
                or (
                    doc[other.head].dep_ in ELABORATING_DEPS
                    and doc[other.head].head.head == head
                    and doc[other.head].head.pos_ == "NOUN"
                )
            )
        ]
        if not related:
            kept.append(event)
    return kept


def share_conjoined_targets(doc: Doc, events: list[EventMention]) -> None:
    """'Pakistan downgraded relations with India and suspended bilateral trade': a
    conjoined verb with the same actor and no target of its own acts on the same one."""
    by_head: dict[int, list[EventMention]] = {}
    for event in events:
        by_head.setdefault(event.head, []).append(event)
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


def fold_repeated_nouns(doc: Doc, events: list[EventMention]) -> list[EventMention]:
    """'Putin arrived in Pyongyang for his first visit to North Korea': a noun under a
    preposition of a verb coded with the same root and source repeats that event."""
    by_head: dict[int, list[EventMention]] = {}
    for event in events:
        by_head.setdefault(event.head, []).append(event)
    kept = []
    for event in events:
        noun = doc[event.head]
        purpose = noun.dep_ == "pobj" and noun.head.lower_ == "for"  # "arrived for a visit"
        verb = noun.head.head if purpose and noun.head.dep_ == "prep" else None
        repeated = (
            event.frame == "noun"
            and verb is not None
            and any(
                other.code[:2] == event.code[:2]
                and (
                    event.source is None
                    or (
                        other.source is not None
                        and other.source.actor.country == event.source.actor.country
                    )
                )
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
    """Fold consequence verbs into the event whose result they report."""
    by_head: dict[int, list[EventMention]] = {}
    for event in events:
        by_head.setdefault(event.head, []).append(event)
    kept = []
    for event in events:
        verb = doc[event.head]
        if event.frame == "noun" and verb.lemma_.lower() in CONSEQUENCE_NOUNS:
            # "the killing of seven aid workers in an Israeli airstrike": one incident
            causes = [
                cause
                for prep in verb.children
                if prep.dep_ == "prep" and prep.lower_ in ("in", "during", "by")
                for pobj in prep.children
                if pobj.dep_ == "pobj"
                for cause in by_head.get(pobj.i, [])
                if cause.code[:2] in ("18", "19", "20")
            ]
            if causes:
                for cause in causes:
                    if cause.target is None and event.target is not None:
                        cause.target = event.target
                    if _more_specific(event, cause):
                        cause.code = event.code
                continue
        if event.frame != "verb" or verb.lemma_.lower() not in CONSEQUENCE_VERBS:
            kept.append(event)
            continue
        cause = None
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None and subject.i in by_head:
            cause = by_head[subject.i]  # "the strike killed …"
        elif verb.dep_ in ("advcl", "conj", "xcomp") and verb.tag_ == "VBG":
            cause = by_head.get(verb.head.i)  # "… bombed the town, killing 12"
        else:  # "gunmen killed 26 people in an attack near Pahalgam"
            for prep in (
                c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
            ):
                for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                    cause = cause or by_head.get(pobj.i)
        if not cause:
            kept.append(event)
            continue
        for earlier in cause:
            if _more_specific(event, earlier):
                earlier.code = event.code  # "airstrikes killed the Hezbollah leader": 186
            if earlier.target is None and event.target is not None:
                earlier.target = event.target
            if earlier.source is None and event.source is not None:
                earlier.source = event.source
            if subject is not None and earlier.head == subject.i:
                # "strikes had damaged bases" under "denied": the clause of the
                # consequence verb carries the incident's modality, date and place
                earlier.head = event.head
    return kept


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
