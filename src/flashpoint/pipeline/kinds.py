"""What kind of event a frame names, by who acts on whom and how.

The lexicon keys frames on words; some codes depend on the actors the arguments
stage found: troops that "arrive" are deployed, not visiting; an armed group's force
on civilians is unconventional violence; a ban on foreigners is a sanction; a state's
"protest" is a complaint. `recode` applies these CAMEO distinctions to the events of a
Doc once their actors are known.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .actors import is_person
from .datafiles import same_state
from .mentions import ActorMention, EventMention
from .nonevents import FORCE_ROOTS


def recode(doc: Doc, events: list[EventMention]) -> None:
    """Set each event's code where who acts on whom decides it."""
    for event in events:
        if (
            event.target
            and event.target.kind == "organization"
            and (
                event.code.startswith("0874")
                or (
                    event.code.startswith("0831")
                    and event.source is not None
                    and event.source.kind in ("country", "capital")
                )
            )
        ):
            # "announced their withdrawal from ECOWAS", "were quitting ECOWAS": troops
            # leave places and people resign; a state that leaves a bloc reduces its
            # relations with it
            event.code = LEAVING_A_BODY
        elif event.code == EXPULSION and _own_presence(doc, event):
            # "the US ended its mission in Iraq", "Putin ordered troops to withdraw": a
            # source ending its own presence retreats (0874); it expels only others
            event.code = RETREAT
            if event.target is not None and (
                event.target.actor.country is None
                or (
                    event.source is not None
                    and event.target.actor.country == event.source.actor.country
                )
            ):
                event.target = None  # its own troops are no target; where they leave is
        elif event.code.startswith("042") and _troops(doc, event):
            # "NATO peacekeeping troops arrived in Bosnia": forces that arrive are
            # deployed (154) or keep the peace (074); they pay no visit
            event.code = PEACEKEEPING if _peacekeepers(event.source) else DEPLOYMENT
        elif event.code[:2] == "19" and _into_the_sea(doc, event):
            # "fired ballistic missiles into waters around Taiwan during drills": a
            # show of force (150), not an attack on Taiwan
            event.code = SHOW_OF_FORCE
        elif event.code == "190" and _unconventional(event):
            # "al-Shabaab gunmen stormed the hotel, killing 21": force by an armed
            # group on people or places that are no armed force is CAMEO's
            # unconventional violence (18), not a battle (19)
            event.code = UNCONVENTIONAL
        elif event.code.startswith("172") and _foreign_target(event):
            # "the EU banned Belarusian airlines": restrictions on foreigners are
            # sanctions (163), a state's on its own people repression (17)
            event.code = SANCTIONS
        elif event.code.startswith("14") and event.frame != "noun" and _state_force(event.source):
            # "Ecuadorian police stormed the Mexican embassy": states coerce (170),
            # they do not riot
            event.code = COERCION
        elif event.code[:2] in FORCE_ROOTS and _verbal_attack(doc, event):
            # "a scathing attack on the archbishop": words, not force (111)
            event.code = CRITICISM
        elif event.code.startswith("14") and _official_protest(doc, event):
            # "Japan protested the visit", "…, a human rights group protested": a
            # government or body protests in words (114); crowds take to the streets
            event.code = OFFICIAL_COMPLAINT
        elif event.code == "190" and _crowd(event.source):
            # "supporters of Imran Khan stormed military installations": force by
            # protesters and crowds is a riot (145), not a military engagement
            event.code = RIOT


# Leaving an organisation (CAMEO 160, reduce relations), not a military retreat.
LEAVING_A_BODY = "160"
# Troops that arrive somewhere: deployed (154) or, as peacekeepers, keeping the peace (074).
DEPLOYMENT = "154"
PEACEKEEPING = "074"
# Force used by protesters, supporters and crowds: CAMEO 145, protest violently.
RIOT = "145"
CROWD_HEADS = {
    "protester", "protestor", "demonstrator", "marcher", "rioter", "mob", "crowd",
    "supporter", "student", "worker", "resident", "villager", "youth", "mourner",
}  # fmt: skip


def _troops(doc: Doc, event: EventMention) -> bool:
    """Is the traveller of a visit frame a body of troops or peacekeepers?"""
    source = event.source
    if source is None or source.actor.sector != "MIL":
        return False
    head = doc[source.head]
    return head.tag_ in ("NNS", "NNPS") or head.lemma_.lower() in (
        "contingent",
        "deployment",
        "battalion",
        "force",
        "unit",
        "brigade",
    )


def _peacekeepers(source: ActorMention | None) -> bool:
    text = (source.actor.text or "").lower() if source else ""
    return "peacekeep" in text or "blue helmet" in text


# Force by armed groups on the unarmed (180), administrative restrictions on foreigners
# (163), forcible acts of state forces (170).
UNCONVENTIONAL = "180"
SANCTIONS = "163"
COERCION = "170"
NON_STATE_ARMED = {"REB", "UAF", "CRM"}
ARMED_SECTORS = {"MIL", "COP", "REB", "UAF", "SPY", "GOV"}


SHOW_OF_FORCE = "150"
WATERS = {"water", "waters", "sea", "ocean", "gulf"}


def _into_the_sea(doc: Doc, event: EventMention) -> bool:
    """Missiles fired into the sea or 'waters around X' hit no one."""
    verb = doc[event.head]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("into", "in")):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if pobj.lemma_.lower() in WATERS and pobj.lower_ != "gulf":
                return True
    return False


def _unconventional(event: EventMention) -> bool:
    source, target = event.source, event.target
    if source is None or source.actor.sector not in NON_STATE_ARMED:
        return False
    # the victims must be named as unarmed: "killing 21 people", "attacked villagers"
    return (
        target is not None
        and target.kind == "sector"
        and target.actor.sector is not None
        and target.actor.sector not in ARMED_SECTORS
    )


def _foreign_target(event: EventMention) -> bool:
    source, target = event.source, event.target
    return (
        source is not None
        and target is not None
        and bool(source.actor.country)
        and bool(target.actor.country)
        and not same_state(source.actor.country, target.actor.country)
        and len(source.actor.country) == 3
    )


def _state_force(source: ActorMention | None) -> bool:
    return (
        source is not None and source.actor.sector in ("COP", "MIL") and bool(source.actor.country)
    )


# Calling something by a term of blame: "called the move illegal".
LABELLING_VERBS = {"call", "brand", "label", "describe", "term", "dub", "deem"}
BLAME_LABELS = {
    "illegal", "unlawful", "illegitimate", "unacceptable", "infringement", "violation",
    "provocation", "provocative", "aggression", "crime", "criminal", "terrorism",
    "terrorist", "genocide", "occupation", "interference", "breach", "betrayal",
    "outrageous", "irresponsible", "hostile", "invasion", "attack", "affront", "insult",
    "aggressor", "enemy", "rogue", "pariah", "murderer", "criminals", "terrorists",
    "puppet", "threat", "massacre", "atrocity", "barbaric", "lawless",
}  # fmt: skip

EXPULSION = "166"
RETREAT = "0874"


def _own_presence(doc: Doc, event: EventMention) -> bool:
    """Is what is ended or ordered out the source's own (its, their, no one else's)?"""
    verb = doc[event.head]
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(
        c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for t in things for c in t.children
    ):
        return True
    target, source = event.target, event.source
    if target is None:
        return not any(t.lemma_.lower() in ("mission", "presence") for t in things)
    return target.actor.country is None or (
        source is not None and target.actor.country == source.actor.country
    )


# Attacks made of words: CAMEO 111, criticize or denounce.
CRITICISM = "111"
VERBAL_MODIFIERS = {
    "verbal", "scathing", "stinging", "blistering", "withering", "rhetorical", "personal",
    "veiled", "thinly-veiled", "written", "public", "fierce", "sharp", "bitter", "furious",
}  # fmt: skip


def _verbal_attack(doc: Doc, event: EventMention) -> bool:
    """'a scathing attack on the archbishop', 'his verbal attacks on Israel'."""
    words = [doc[i] for i in range(*event.trigger)]
    heads = [w for w in words if w.lemma_.lower() in ("attack", "assault", "broadside")]
    if not heads:
        return False
    modifiers = {c.lower_ for h in heads for c in h.children if c.dep_ in ("amod", "compound")}
    if modifiers & {"verbal", "scathing", "stinging", "blistering", "withering", "rhetorical"}:
        return True
    # "personal", "fierce" or "sharp" attacks are words only when a person makes them
    source = event.source
    return bool(modifiers & VERBAL_MODIFIERS) and source is not None and is_person(doc, source)


# Protesting in words: CAMEO 114, complain officially.
OFFICIAL_COMPLAINT = "114"
# Bodies whose protests are statements, not demonstrations.
STATEMENT_SECTORS = {"GOV", "MIL", "JUD", "LEG", "NGO", "HRI", "MED"}


def _official_protest(doc: Doc, event: EventMention) -> bool:
    """Is this 'protest' a complaint by a state or body rather than a demonstration?"""
    verb = doc[event.head]
    source = event.source
    if verb.lemma_.lower() != "protest" or source is None or event.frame == "noun":
        return False
    if source.kind in ("country", "capital", "seat", "organization") and not source.actor.sector:
        return True  # "Japan protested …", "the UN protested …"
    return source.actor.sector in STATEMENT_SECTORS and not _crowd(source)


def _crowd(source: ActorMention | None) -> bool:
    """Is the source a crowd of civilians or protesters (no armed group or force)?"""
    if source is None or source.actor.sector not in ("OPP", "CVL", "LAB", "EDU"):
        return False
    words = (source.actor.text or "").lower().replace("-", " ").split()
    return any(w.rstrip("s") in CROWD_HEADS or w in CROWD_HEADS for w in words)
