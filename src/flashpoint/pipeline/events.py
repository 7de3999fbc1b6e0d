"""Stage 2 — events: predicates and event nouns → CAMEO code, source and target.

Three frames, all keyed on lemma and dependency structure (see `lexicon.py`):
  verb   "Iranian-backed militias attacked US bases" (passive: "was attacked by")
  light  "the US carried out a strike on …", "Qatar and Egypt held talks"
  noun   "the US airstrike on Baghdad", "Israel's invasion of Gaza"
Compound actors give one event per actor; reciprocal frames ("X and Y agreed",
"talks between X and Y") give X→Y and Y→X. A verb or noun consumed as another
frame's complement ("threatened to attack", "demanded the withdrawal") does not
make a second event: the frame that embeds it already coded it.

Frame matching lives in `frames.py`, argument finding in `arguments.py`.
"""

from __future__ import annotations

import numpy
from spacy.attrs import POS, TAG
from spacy.language import Language
from spacy.strings import hash_string
from spacy.symbols import AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc, Token

from .actors import is_person
from .arguments import (
    OBJECT_DEPS,
    SUBJECT_DEPS,
    ArgumentFinder,
    _same,
    conjuncts,
    place_actor,
)
from .catalog import Catalog, load_catalog
from .codes import MATERIAL_ROOTS, VERBAL_ROOTS
from .frames import ACT_CLASS, FrameMatcher, counted_noun, for_clause
from .incidents import (
    AVENGING_VERBS,
    CONSEQUENCE_NOUNS,
    avenged_deeds,
    broker_targets,
    claimed_deeds,
    condition_targets,
    dedupe,
    fold_conjoined_repeats,
    fold_elaborations,
    fold_protest_demands,
    fold_repeated_nouns,
    joint_acts,
    merge_consequences,
    named_brokers,
    named_deeds,
    reaction_targets,
    repeated_deeds,
    share_conjoined_targets,
    shared_exercises,
    violations_and_harm,
)
from .kinds import BLAME_LABELS, CRITICISM, LABELLING_VERBS, OFFICIAL_COMPLAINT, recode
from .lexicon import Block, Lexicon, NounFrame, VerbFrame, load_lexicon
from .mentions import ActorMention, EventMention
from .modality import clause_modality
from .nonevents import (
    FORCE_ROOTS,
    NATURAL_CAUSES,
    abstract_foe,
    accidental,
    sporting_sentences,
)
from .words import CONSEQUENCE_VERBS, REPORTING_VERBS

LOCATIVE_PREPS = {
    "in",
    "near",
    "outside",
    "inside",
    "across",
    "around",
    "during",
    "after",
    "before",
    "since",
    "until",
    "throughout",
    "within",
    "amid",
    "despite",
}
NOT_AGENTIVE = {
    "tell",
    "address",
    "attend",
    "say",
    "report",
    "see",
    "witness",
    "fear",
    "face",
    "suffer",
    "survive",
    "describe",
    "call",
    "deny",
    "condemn",
    "mourn",
    "remember",
    "mark",
    "investigate",
    "blame",
    "welcome",
    "discuss",
    "follow",
    "expect",
    "predict",
    "warn",
    "recall",
    "cite",
    "reject",
    "protest",
    "end",
    "halt",
    "stop",
    "prevent",
    "avert",
    "escape",
    "flee",
    "oppose",
    "criticize",
    "criticise",
    "denounce",
    "urge",
    "demand",
    "want",
    "need",
    "seek",
    "ask",
    "be",
    "have",
    "hear",
    "watch",
    "document",
    "confirm",
    "dismiss",
}
# Nouns of a state of affairs between sides, where a state's name before them says
# where or about what, not who: "the Gaza ceasefire", "the Syria talks".
SCENE_NOUNS = frozenset(
    {
        "ceasefire",
        "truce",
        "armistice",
        "war",
        "conflict",
        "crisis",
        "fighting",
        "violence",
        "unrest",
        "peace",
        "talks",
        "negotiation",
        "summit",
        "conference",
        "process",
    }
)
# Military operations whose doer is whoever acts "in" them, and verbs whose subject
# only undergoes what happens in one ("three soldiers died in a raid").
OPERATION_NOUNS = {"incursion", "offensive", "operation", "raid", "assault", "invasion",
                   "attack", "ambush", "sortie", "counteroffensive"}  # fmt: skip
UNDERGOING = {"die", "perish", "suffer", "lose", "survive", "flee", "escape", "be", "get",
              "remain", "sustain", "receive"}  # fmt: skip
# Nouns of a state's land: a state's adjective on them says where ("Iranian provinces").
TERRITORY_NOUNS = {
    "province", "region", "city", "town", "village", "territory", "soil", "border",
    "airspace", "waters", "coast", "district", "port", "base", "state", "land",
}  # fmt: skip
# Roots of agreements, which can be the framework something happens under.
AGREEMENT_ROOTS = ("03", "05", "06")
# Exchanges and talks whose parties are whoever acts in or under them.
EXCHANGE_NOUNS = {"swap", "exchange", "deal", "agreement", "trade", "arrangement", "talk",
                  "negotiation", "consultation"}  # fmt: skip
# Participles of a third party's help, whose agent is no party to what it helped.
MEDIATING = {"mediate", "broker", "host", "facilitate", "chair", "sponsor", "arbitrate"}
# Heads an organisation's name governs that are bodies or things of its own, not its
# deeds: "the EU mission", "a UN commission", "the IMF package".
# fmt: off
BODY_WORDS = frozenset({
    "mission", "commission", "package", "panel", "team", "force", "delegation", "office",
    "agency", "body", "council", "committee", "court", "tribunal", "envoy", "summit",
    "conference", "meeting", "session", "resolution", "report", "statement", "plan",
    "programme", "program", "fund", "forum", "assembly", "member", "state", "country",
    "official",
})
# fmt: on
ADDRESSED_ROOTS = {"02", "10"}
# Nouns of verbal reaction whose 'from' phrase names who reacts.
STATEMENT_ROOTS = {"01", "02", "10", "11", "12", "13"}
# Verbs by which an act draws a reaction: "drew condemnation from the UN".
DRAWING_VERBS = {"draw", "prompt", "spark", "trigger", "provoke", "attract", "earn", "bring"}
OWN_POSSESSIVES = {"his", "her", "its", "their"}
# Verbs that answer a statement made about their subject: "dismissed the allegations".
DISMISSING_VERBS = {"dismiss", "reject", "deny", "refute", "rebuff", "denounce", "answer"}
# Clauses that name no agent: "may have been caused by Israeli sabotage".
DOUBTED = ("hypothetical", "negated")
DIRECTIONAL_PREPS = (
    "into",
    "around",
    "toward",
    "towards",
    "against",
    "on",
    "at",
    "onto",
    "to",
    "across",
)
# Objects that are the source's own people: the target is where they are sent or recalled.
OWN_PEOPLE = {
    "ambassador",
    "envoy",
    "diplomat",
    "troop",
    "force",
    "soldier",
    "citizen",
    "national",
    "embassy",
    "staff",
    "personnel",
    "warship",
    "delegation",
}


# What a source gives or keeps of its own: "cut off US funding to South Africa".
OWN_THINGS = OWN_PEOPLE | {
    "funding", "aid", "assistance", "money", "support", "investment", "loan", "grant",
    "weapon", "arm", "jet", "equipment", "supply",
}  # fmt: skip


class EventCoder(FrameMatcher, ArgumentFinder):
    """Sets `doc._.fp_events`."""

    def __init__(self, lexicon: Lexicon | None = None, catalog: Catalog | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()
        self.catalog = catalog or load_catalog()
        # the token-array values of the words that can be events (see __call__)
        self._event_pos = numpy.array([VERB, AUX, NOUN, PROPN], dtype="uint64")
        self._verb_tags = numpy.array(
            [hash_string(t) for t in ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")], dtype="uint64"
        )

    # -- actors -----------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        events: list[EventMention] = []
        consumed: set[int] = set()
        light_nouns: set[int] = set()
        lexicon = self.lexicon
        verbs: list[Token] = []
        nouns: list[Token] = []
        labellers: list[Token] = []
        aimers: list[Token] = []
        # one pass over the words that can be events: nouns and verbs, picked out on the
        # token array first (the rest is half the text and never an event)
        table = doc.to_array([POS, TAG])
        wanted = numpy.flatnonzero(
            numpy.isin(table[:, 0], self._event_pos) | numpy.isin(table[:, 1], self._verb_tags)
        )
        for i in wanted.tolist():
            token = doc[i]
            lemma = token.lemma_.lower()
            pos = token.pos_
            if pos == "VERB" and lemma in LABELLING_VERBS:
                labellers.append(token)  # "called the move illegal": see _labels
            if lemma in AIMING_VERBS and token.dep_ == "acl":
                aimers.append(token)  # "a demand aimed at …": see _aimed_at
            if pos in ("VERB", "AUX") or token.tag_.startswith("VB"):
                if token.tag_ in INFLECTED_TAGS and (
                    (lemma not in lexicon.verbs and lemma not in lexicon.light)
                    or (lemma + "e" in lexicon.verbs and token.lower_.startswith(lemma + "e"))
                ):
                    # "staged" read as stag, "raped" as rap
                    lemma = _repaired_lemma(token, lexicon) or lemma
                if lemma in lexicon.verbs or lemma in lexicon.light:
                    verbs.append(token)
            elif pos in ("NOUN", "PROPN") and (
                lemma in lexicon.nouns or token.lower_ in lexicon.nouns
            ):
                nouns.append(token)
        # Light verbs first: "launch attacks" makes "attacks" a verb-frame event.
        for verb in verbs:
            for obj in self._light_objects(verb):
                frame = self._light(verb, obj)
                if frame is None:
                    continue
                for o in conjuncts(obj):
                    light_nouns.add(o.i)
                if obj.dep_ == "nsubjpass":
                    # "the withdrawal of French troops from Niger was completed": the
                    # noun's own phrase names who acts and on whom
                    events.extend(self._noun_events(doc, obj, frame))
                else:
                    events.extend(self._verb_events(doc, verb, frame.block, obj, None, "light"))
                break
        for verb in verbs:
            if verb.i in consumed or verb.i in light_nouns or verb.dep_ in ATTRIBUTIVE_DEPS:
                continue  # "ousted President X", "the wounded": adjectives, not events
            if _participle_after_to(verb):
                continue  # "asylum to ousted President X": the parser made "to" an aux
            if any(e.head == verb.i for e in events):
                continue
            match = self.match_verb(verb)
            if match is None:
                continue
            frame, complement, prep_target = match
            declares_act = ACT_CLASS in frame.complements and complement is not None
            if complement is not None and not declares_act:
                consumed.add(complement.i)
                counted = counted_noun(complement)  # "$400 million in aid": the aid too
                if counted is not None:
                    consumed.add(counted.i)
            found = self._verb_events(
                doc, verb, frame.block, None, prep_target, "verb", frame, complement
            )
            if declares_act:
                # the act keeps its own event; the modality stage turns it into the
                # specific statement (0312, 1384 …) and this generic one gives way
                for event in found:
                    event.declared_act = complement.i
            events.extend(found)
        labels = self._labels(doc, labellers)
        if labels:  # "called the move illegal" is criticism, not an appeal (020)
            labelled = {e.head for e in labels}
            criticising = {e.head for e in events if e.code[:2] == "11"}
            # "condemned what it called a terrorist attack": one criticism, not two
            labels = [
                e for e in labels if not any(a.i in criticising for a in doc[e.head].ancestors)
            ]
            events = [e for e in events if e.head not in labelled] + labels
        named = self._inside_names(doc)
        for noun in nouns:
            if noun.i in light_nouns or noun.i in consumed or noun.i in named:
                continue
            if noun.dep_ == "pobj" and noun.head.lower_ == "as":
                continue  # "condemned the strike as a violation of sovereignty": a label
            if _topic(noun):
                continue  # "talks on a Gaza ceasefire": what is discussed has not happened
            if _medium_of_saying(noun):
                continue  # "said in a statement carried by KCNA": how it was said
            frame = self.match_noun(noun)
            if frame is None:
                continue
            if _framework(noun) and frame.block.code[:2] in AGREEMENT_ROOTS:
                continue  # "under their 1951 defence treaty": a framework, not an event
            events.extend(self._noun_events(doc, noun, frame))
        # Complements consumed by a later frame: drop the events they made on their own.
        events = [e for e in events if e.head not in consumed or e.frame == "light"]
        sporting = sporting_sentences(doc)
        if sporting:
            # "Kallis struck two crucial blows for South Africa": a game, not a war
            events = [
                e
                for e in events
                if e.code[:2] not in FORCE_ROOTS or doc[e.head].sent.start not in sporting
            ]
        recode(doc, events)
        events = fold_repeated_nouns(doc, fold_protest_demands(doc, events))
        share_conjoined_targets(doc, events)
        events = fold_elaborations(doc, merge_consequences(doc, events))
        events = broker_targets(doc, fold_conjoined_repeats(doc, events))
        reaction_targets(doc, events)
        condition_targets(doc, events)
        avenged_deeds(doc, events)
        repeated_deeds(doc, events, self.lexicon.nouns)
        named_deeds(doc, events, self.lexicon.nouns)
        if aimers:
            self._aimed_at(doc, events, aimers)
        events = named_brokers(doc, shared_exercises(doc, joint_acts(doc, events)))
        events = violations_and_harm(doc, events)
        claimed_deeds(doc, events)
        doc._.fp_events = dedupe(events)
        return doc

    def _aimed_at(self, doc: Doc, events: list[EventMention], aimers: list[Token]) -> None:
        """'China called for foreign forces to leave Syria, a demand aimed squarely at the
        900 American troops there': words the sentence says were aimed at someone are
        aimed at them, when the statement's own target has no country. `aimers` are the
        participles of aiming the coder's token pass found."""
        aimers = [t for t in aimers if t.head.lemma_.lower() in STATEMENT_NOUNS]
        for event in events:
            if event.code[:2] not in AIMABLE_ROOTS or event.source is None:
                continue
            if event.target is not None and event.target.actor.country:
                continue
            sent = doc[event.head].sent
            for token in aimers:
                if not sent.start <= token.i < sent.end:
                    continue
                aimed = [
                    m
                    for t in self.prep_objects(token, ("at",))
                    for m in self.mentions_at(doc, t)
                    if m.actor.country and m.actor.country != event.source.actor.country
                ]
                if aimed:
                    event.target = aimed[0]
                    break

    def _labels(self, doc: Doc, labellers: list[Token]) -> list[EventMention]:
        """'calling their presence an infringement of Iraqi sovereignty', 'called the
        move illegal': branding what someone does with a term of blame criticises them
        (111); the verb's own frame, if any, gives way."""
        found: list[EventMention] = []
        for verb in labellers:  # verbs of calling, found in the coder's one token pass
            labels = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "acomp", "npadvmod")]
            words = [w for c in labels for w in (c, *c.children) if w.i == c.i or w.i < c.i]
            if not any(w.lemma_.lower() in BLAME_LABELS for w in words):
                continue  # "branding it an 'aggressor state'": the label or its modifier
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            targets = [m for o in objects for m in self.mentions_at(doc, o)]
            targets += [m for o in objects if not targets for m in self._deed_agents(doc, o)]
            sources = self._subject_mentions(doc, verb)
            targets = [t for t in targets if not any(_same(t, s) for s in sources)]
            if not targets:
                continue  # "struck what New Delhi called terrorist infrastructure": no one
            found += self._pairs(
                Block(CRITICISM, "label", (), False, 0), (verb.i, verb.i + 1), verb.i, "verb",
                sources, targets,
            )  # fmt: skip
        return found

    def _inside_names(self, doc: Doc) -> set[int]:
        """Tokens inside an organisation's or group's name: "Asia-Pacific Economic
        Cooperation", "Islamic Resistance in Iraq" name actors, not events."""
        inside: set[int] = set()
        for mention in doc._.fp_actors or []:
            if mention.end - mention.start < 2:
                continue
            if mention.kind == "unknown" and all(
                t.is_title or t.is_upper or t.lower_ in NAME_LINKS
                for t in doc[mention.start : mention.end]
            ):
                # "the Ceasefire Violations Committee": a name the catalog lacks
                inside.update(range(mention.start, mention.end))
                continue
            if mention.kind not in ("organization", "group"):
                continue
            # "the Hamas attack" and "EU sanctions" are deeds, not names; an
            # organisation's "commission", "mission" or "package" is a body or a thing of
            # its own
            name_words = set((mention.actor.name or "").lower().split())
            for i in range(mention.start, mention.end):
                if (
                    i == mention.head
                    and doc[i].lower_ not in name_words
                    and (mention.kind == "group" or doc[i].lemma_.lower() not in BODY_WORDS)
                ):
                    continue  # "EU sanctions", "NATO airstrikes" are deeds
                inside.add(i)
        return inside

    def _light_objects(self, verb: Token) -> list[Token]:
        """Direct objects, passive subjects, and objects of the verb's prepositions
        ("engage in talks", "take part in exercises")."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        for prep in (c for c in verb.children if c.dep_ == "prep"):
            objects.extend(g for g in prep.children if g.dep_ == "pobj")
        # "launched artillery, mortar, and rocket fire against …": the event noun may be
        # a later conjunct of the object
        return objects + [c for o in objects for c in o.conjuncts if c not in objects]

    def _light(self, verb: Token, obj: Token) -> NounFrame | None:
        entries = self.lexicon.light.get(verb.lemma_.lower(), [])
        if not entries:
            return None
        # "called off the protest" is another verb than "called a protest": a light
        # entry must name the verb's particle
        particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
        for frame in self.noun_frames(obj):
            for words, block in entries:
                if particles - set(words):
                    continue
                if block.code != frame.block.code and block is not frame.block:
                    continue
                if obj.dep_ == "pobj" and (not words or obj.head.lower_ != words[-1]):
                    continue  # a noun under a preposition needs a frame naming it
                if not words or self._frame_words(verb, words) is not None:
                    return frame
        return None

    def _verb_events(
        self,
        doc: Doc,
        verb: Token,
        block: Block,
        noun: Token | None,
        prep_target: Token | None,
        kind: str,
        frame: VerbFrame | None = None,
        complement: Token | None = None,
    ) -> list[EventMention]:
        if block.code[:2] in FORCE_ROOTS and abstract_foe(noun or verb):
            return []  # "hastened to fight bird flu", "stepped up the war on drugs"
        if noun is None and not self._fits_patient(doc, verb, block):
            return []  # "began releasing treated wastewater", "was dismissed from his job"
        subject_tokens, passive = self.subjects(doc, verb)
        if verb.lemma_.lower() in CONSEQUENCE_VERBS and accidental(verb, subject_tokens, passive):
            return []  # "floods killed 1,100", "six were killed when buses collided"
        if verb.lemma_.lower() in CONSEQUENCE_VERBS and subject_tokens:
            named = [  # "another typhoon, Cimaron, hit …": the name's own noun says
                c
                for t in subject_tokens
                for c in (*t.children, *t.head.children)
                if c.dep_ in ("appos", "npadvmod")
            ]
            if any(t.lemma_.lower() in NATURAL_CAUSES for t in [*subject_tokens, *named]):
                return []  # "monsoon floods submerged a third of Pakistan and killed 1,100"
            weapon = None if passive else _weapon_code(subject_tokens[0])
            if (
                weapon is not None
                and block.code[:2] in ("18", "19")
                and not block.code.startswith("186")
            ):
                # "a suicide bomber killed 13 soldiers" (1831), "Russian drones hit
                # Kyiv" (195): the means in the subject slot says how
                block = Block(weapon, block.label, block.target_preps, block.reciprocal, 0)
        if (passive or any(c.dep_ == "auxpass" for c in verb.children)) and _stance(verb):
            # "Israel is opposed to French mediation": an adjective of stance, whose
            # subject holds it about what follows 'to'
            sources = [
                m for c in verb.children if c.dep_ == "nsubjpass" for m in self.mentions_at(doc, c)
            ]
            targets = [
                m
                for t in self.prep_objects(verb, ("to",))
                for m in (self.mentions_at(doc, t) or self._noun_agents(doc, t))
            ]
        elif passive or any(c.dep_ == "auxpass" for c in verb.children):
            has_agent = any(c.dep_ == "agent" for c in verb.children)
            if not has_agent and verb.dep_ == "acl" and block.code[:2] in VERBAL_ROOTS:
                # "two French citizens accused of stirring unrest": a description of
                # someone, not a statement anybody is said to have made here
                return []
            sources = (
                [m for t in subject_tokens for m in self.mentions_at(doc, t)] if (has_agent) else []
            )
            patients = self.passive_patient(verb)
            targets = [m for t in patients for m in self.mentions_at(doc, t)]
            if not targets:  # "a camp for Congolese refugees was attacked"
                targets = [m for t in patients for m in self._housed(doc, t)]
            if not targets:  # "talks between Ethiopia and Somalia hosted by Turkey"
                targets = [
                    m
                    for t in patients
                    for p in self.prep_objects(t, ("between", "among"))
                    for m in self.mentions_at(doc, p)
                ]
        else:
            sources = [m for t in subject_tokens for m in self.mentions_at(doc, t)]
            if not sources:
                # "a drone launched by Iranian-backed militants killed three US soldiers":
                # whoever launched, fired or planted the weapon is the agent
                sources = [
                    m
                    for t in subject_tokens
                    for c in t.children
                    if c.dep_ == "acl" and c.tag_ == "VBN"
                    for a in self.prep_objects(c, ("by",))
                    for m in self.mentions_at(doc, a)
                ]
            targets = self.find_targets(doc, verb, block, noun, prep_target, complement, sources)
            if not targets and verb.dep_ == "advcl" and verb.tag_ == "VBG":
                targets = self._participle_object(doc, verb)
        trigger = (
            (verb.i, verb.i + 1) if noun is None else (min(verb.i, noun.i), max(verb.i, noun.i) + 1)
        )
        if frame is not None and frame.words:
            trigger = (verb.i, verb.i + 1)
        # "threatened to resume attacks", "threatened to ban voting": a threat of a
        # stated act is an event even when it names nobody to suffer it
        stated_act = frame is not None and ACT_CLASS in frame.complements and complement is not None
        reciprocal = False
        if (
            len(sources) >= 2
            and not any(m.actor.country for m in targets)
            and _each(verb, subject_tokens)
        ):
            sources, targets, reciprocal = sources[:1], sources[1:], True
        return self._pairs(
            block, trigger, verb.i, kind, sources, targets, reciprocal, stated_act=stated_act
        )

    def find_targets(
        self,
        doc: Doc,
        verb: Token,
        block: Block,
        noun: Token | None,
        prep_target: Token | None,
        complement: Token | None,
        sources: list[ActorMention],
    ) -> list[ActorMention]:
        """The target of an active verb frame, most direct evidence first."""
        preps = [p for p in block.target_preps if p not in LOCATIVE_PREPS]
        if block.reciprocal:
            preps.append("with")
        if block.code.startswith(("039", "045", "028", "105")):
            preps.append("between")  # "mediated between Israel and Hamas"

        moves_forces = block.code.startswith(MOVED_FORCE_CODES)

        def usable(found: list[ActorMention]) -> list[ActorMention]:
            # "withdrew its troops", "recalled its ambassador": the source's own people
            # are not the target; the place they leave or go to is. So too forces of
            # no stated side that a show of force or a retreat moves ("sent 500
            # troops to Mali", "pulled troops back").
            return [
                m
                for m in found
                if not any(_same(m, s) for s in sources)
                and not (moves_forces and _own_forces(m, sources))
            ]

        if block.code[:2] == "11":
            # "complained to the United Nations over two Israeli air raids": the
            # complaint is against whoever did the deed, not the body it goes to
            for head in (noun, verb) if noun is not None else (verb,):
                for pobj in self.prep_objects(head, ("over", "about")):
                    if found := usable(self._deed_agents(doc, pobj)):
                        return found
        avenging = verb.lemma_.lower() in AVENGING_VERBS
        if block.code[:2] in (*ABOUT_DEED_ROOTS, "14") or avenging:
            # "joined demonstrations against the killing of protesters by security
            # forces": a protest or condemnation of a deed is aimed at its doer, and so
            # is an act of revenge ("retaliating for American support for Israel")
            for head in (noun, verb) if noun is not None else (verb,):
                for pobj in self.prep_objects(head, [*preps, "for"] if avenging else preps):
                    if pobj.lemma_.lower() in self.lexicon.nouns and (
                        found := usable(self._deed_agents(doc, pobj))
                    ):
                        return found
        if prep_target is not None and (found := usable(self.mentions_at(doc, prep_target))):
            return found
        if block.code[:2] == "09" and verb.lemma_.lower() in ("send", "dispatch", "deploy"):
            # "sent investigators to Bucha": whom or where they are sent to is examined
            for pobj in self.prep_objects(verb, ("to",)):
                found = usable(self.mentions_at(doc, pobj))
                place = place_actor(doc, pobj)
                if found or place is not None:
                    return found or [place]
        if block.code.startswith("084"):
            # "refused to hand over Osama bin Laden to the United States": whoever gets
            # the person or property back is the target
            receivers = [
                m
                for t in self.prep_objects(verb, ("to",))
                for m in self.mentions_at(doc, t)
                if m.actor.country and m.actor.country not in ("IGO", "UNO", "EUR", "NGO")
            ]  # (not the Red Cross or the UN a captive is handed to on the way home)
            if found := usable(receivers):
                return found
        missions = [c for c in verb.children if c.dep_ in OBJECT_DEPS and c.lemma_ in MISSIONS]
        if missions and block.code[:2] in DIPLOMATIC_ROOTS:
            # "opened an embassy in Tehran": a mission is its sender's; the state that
            # hosts it is the target
            hosts = [t for m in missions for t in self.prep_objects(m, ("in",))]
            hosts += self.prep_objects(verb, ("in",))
            return usable([m for h in hosts for m in self.mentions_at(doc, h)])
        verbal = block.code[:2] in VERBAL_ROOTS
        if noun is None:
            for obj in [*(c for c in verb.children if c.dep_ in OBJECT_DEPS), *_up_to(verb)]:
                if found := usable(self._object_targets(doc, obj, preps, verbal, sources)):
                    if block.code.startswith(AID_CODES) and all(map(_thing, found)):
                        # "pledged an air defence system to Ukraine": to whom, not what
                        recipients = [
                            m
                            for t in self.prep_objects(verb, ("to", "for"))
                            for m in self.mentions_at(doc, t)
                            if m.actor.country
                        ]
                        return usable(recipients) or found
                    return found
        for head in (noun, verb) if noun is not None else (verb,):
            for pobj in self.prep_objects(head, preps):
                if found := usable(self.mentions_at(doc, pobj)):
                    return found
        if block.code[:2] in MATERIAL_ROOTS and not block.code.startswith(SENDING_AWAY):
            # "drills around Taiwan", "airdropped food into Gaza", "fired at the convoy"
            # (but "deported them to the United States": where people are sent is no target)
            for head in (noun, verb) if noun is not None else (verb,):
                for pobj in self.prep_objects(head, DIRECTIONAL_PREPS):
                    if found := usable(self.mentions_at(doc, pobj)):
                        return found
        if noun is not None:
            # "gave the Ivory Coast aid": the indirect object receives the light event
            datives = [c for c in verb.children if c.dep_ == "dative"]
            datives += [  # "granted asylum to ousted President Assad" (misparsed)
                g
                for c in verb.children
                if _participle_after_to(c)
                for g in c.children
                if g.dep_ == "dobj"
            ]
            for dative in datives:
                if found := usable(self.mentions_at(doc, dative)):
                    return found
        if complement is not None and (
            found := usable(self._complement_targets(doc, complement, preps, sources))
        ):
            return found
        if block.code[:2] == "01":
            # "said he was hopeful about relations with Syria's new government",
            # "voiced concern over Iran's programme": a comment is about what it names
            for head in [verb, *(c for c in verb.children if c.dep_ in ("acomp", "attr"))]:
                for pobj in self.prep_objects(head, COMMENT_PREPS):
                    if found := usable(self.mentions_at(doc, pobj)):
                        return found
                    for deeper in self.prep_objects(pobj, ("with", "between", "of", "to")):
                        if found := usable(self.mentions_at(doc, deeper)):
                            return found
        if block.code[:2] in ABOUT_DEED_ROOTS:
            # "opened an investigation into war crimes committed by Russian forces",
            # "investigated allegations of torture by Russian troops": an inquiry or a
            # condemnation is aimed at whoever did the deed it names
            slots = [c for c in verb.children if c.dep_ in OBJECT_DEPS and c is not noun]
            for head in (noun, verb) if noun is not None else (verb,):
                slots += self.prep_objects(head, ABOUT_PREPS)
            for slot in slots:
                if found := usable(self._deed_agents(doc, slot)):
                    return found
        # "sent a carrier group to the Mediterranean to deter Hezbollah", "willing to send
        # material to help defend Saudi Arabia": aid and shows of force are aimed at whom
        # their purpose names
        if block.code[:2] in PURPOSED_ROOTS and (found := usable(self._purpose_targets(doc, verb))):
            return found
        if block.code[:2] in MATERIAL_ROOTS:
            # "shelled residential areas of Kherson", "a drone attack on Odesa": a named
            # place in the object or target slot stands for its country
            return usable(self._place_targets(doc, verb, noun, preps))
        if block.code[:2] == "13" and complement is not None:
            # "threatened to resume attacks in Israel": the place of the threatened act
            return usable(self._place_targets(doc, complement, None, [*preps, "in"]))
        if block.code[:2] == "12":
            # "declined to resign despite growing pressure by the anti-corruption
            # commission": a refusal answers whoever pressed for the act
            holders = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
            for pobj in (p for h in holders for p in self.prep_objects(h, ("despite",))):
                for by in self.prep_objects(pobj, ("by", "from")):
                    if found := usable(self.mentions_at(doc, by)):
                        return found
        if block.code[:2] in ADDRESSED_ROOTS:
            # "demanded that the US cancel the sale": a demand or appeal is addressed to
            # the subject of the clause it puts forward (not so a question it quotes)
            clauses = [c for c in verb.children if c.dep_ == "ccomp" or for_clause(c)]
            # "insisted on its demands that Burundi's government grant …": the clause of
            # the demand noun the verb governs
            clauses += [
                g
                for n in [
                    *(c for c in verb.children if c.dep_ in OBJECT_DEPS),
                    *self.prep_objects(verb, ("on", "for")),
                ]
                if n.lemma_.lower() in STATEMENT_NOUNS
                for g in n.children
                if g.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in g.children)
            ]
            for clause in clauses:
                subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
                inverted = subject is not None and any(
                    c.dep_ == "aux" and c.i < subject.i for c in clause.children
                )
                if subject is None or inverted:
                    continue
                if found := usable(self.mentions_at(doc, subject)):
                    return found
                # "demanded that control of the Interior Ministry be taken away": the
                # body the subject belongs to
                for owner in self.prep_objects(subject, ("of",)):
                    if found := usable(self.mentions_at(doc, owner)):
                        return found
        return []

    def _fits_patient(self, doc: Doc, verb: Token, block: Block) -> bool:
        """Bare verbs whose sense hangs on what they act on: one releases or frees
        people ("released two hostages", not "released wastewater"), and one dismisses
        claims ("dismissed the allegations"), where dismissing a person is firing."""
        lemma = verb.lemma_.lower()
        patients = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if not patients:
            return True
        if block.code.startswith("0841") and lemma in ("release", "free"):
            return any(self.mentions_at(doc, p) for p in patients)
        if lemma == "demonstrate" and block.code.startswith("14"):
            return False  # "demonstrated intelligence and maturity": showed, not protested
        if lemma == "protest" and any(p.lemma_.lower() == "innocence" for p in patients):
            return False  # "has repeatedly protested his innocence": a claim, not a protest
        if (
            lemma in ("recognize", "recognise")
            and block.code.startswith("054")
            and any(
                g.lemma_.lower() not in RECOGNISED_AS
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == "as"
                for g in c.children
                if g.dep_ == "pobj"
            )
        ):
            return False  # "recognized internationally as a world leader": acknowledged
        if (
            lemma == "take"
            and block.code.startswith("192")
            and any(
                g.lemma_.lower() in OFFICES
                for p in patients
                if p.lemma_.lower() == "control"
                for c in p.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
            )
        ):
            return False  # "Gates takes control of the Department of Defense": takes office
        if lemma == "hang":
            # "hanged the prisoners" is an execution; "a picture was hung" is not
            return not any(p.lemma_.lower() in HUNG_THINGS for p in patients)
        if block.code.startswith("12") and lemma in ("dismiss", "sack"):
            return not any(
                m.head == p.i and (is_person(doc, m) or m.actor.sector in ("GOV", "ELI"))
                for p in patients
                for m in self.mentions_at(doc, p)
            ) or any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
        return True

    def _housed(self, doc: Doc, thing: Token) -> list[ActorMention]:
        """The people a place is for: 'a camp for Congolese refugees', 'a shelter for
        displaced families'."""
        if thing.lemma_.lower() not in SHELTERS:
            return []
        return [m for t in self.prep_objects(thing, ("for",)) for m in self.mentions_at(doc, t)]

    def _purpose_targets(self, doc: Doc, verb: Token) -> list[ActorMention]:
        """Objects of a to-infinitive of purpose and of the verbs it chains to."""
        clauses = [
            c
            for c in verb.children
            if c.dep_ in ("advcl", "xcomp")
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        ]
        for clause in clauses:
            chain = [clause, *(c for c in clause.children if c.dep_ in ("xcomp", "ccomp"))]
            for step in chain:
                for obj in (c for c in step.children if c.dep_ in ("dobj", "dative")):
                    if found := self.mentions_at(doc, obj):
                        return found
                    # "to show their disapproval for the United States' policies"
                    for pobj in self.prep_objects(obj, ("for", "of", "against", "over")):
                        if found := self.mentions_at(doc, pobj):
                            return found
        # "mobilized reservists for a possible war against Iraq": the act it readies for
        for pobj in self.prep_objects(verb, ("for",)):
            if pobj.lemma_.lower() in self.lexicon.nouns:
                for obj in self.prep_objects(pobj, ("against", "on", "with", "in")):
                    if found := self.mentions_at(doc, obj):
                        return found
        # "in defiance of Chinese authorities", "in protest at the arrests"
        for pobj in self.prep_objects(verb, ("in",)):
            if pobj.lemma_.lower() in DEFIANCE_NOUNS:
                for obj in self.prep_objects(pobj, ("of", "at", "against", "to", "over")):
                    if found := self.mentions_at(doc, obj) or self._deed_agents(doc, obj):
                        return found
        return []

    def _deed_agents(self, doc: Doc, slot: Token) -> list[ActorMention]:
        """Who did the deed a phrase names: 'war crimes committed by Russian forces',
        'allegations of torture by Russian troops' (one of-step to the deed)."""
        for phrase in (slot, *self.prep_objects(slot, ("of",))):
            for noun in conjuncts(phrase):
                nouns = self.lexicon.nouns
                if (noun.lemma_.lower() in nouns or noun.lower_ in nouns) and (
                    agents := self._noun_agents(doc, noun, participles=True)
                ):
                    return agents
        for clause in slot.children:
            # "an investigation into an allegation that the NPFL had taken over
            # Greenville": the deed is the content clause, its doer the subject
            if clause.dep_ in ("acl", "ccomp") and clause.pos_ in ("VERB", "AUX"):
                for subject in (c for c in clause.children if c.dep_ in SUBJECT_DEPS):
                    if agents := self.mentions_at(doc, subject):
                        return agents
        return []

    def _place_targets(
        self, doc: Doc, verb: Token, noun: Token | None, preps: list[str]
    ) -> list[ActorMention]:
        slots: list[Token] = []
        for head in (noun, verb) if noun is not None else (verb,):
            slots += [c for c in head.children if c.dep_ in OBJECT_DEPS]
            slots += self.prep_objects(head, (*preps, *DIRECTIONAL_PREPS))
        slots += [t for s in list(slots) for t in self.prep_objects(s, ("of", "in"))]
        for slot in slots:
            mention = place_actor(doc, slot)
            if mention is not None:
                return [mention]
            # "a village in Western Cambodia", "military sites in three Iranian
            # provinces": a state named as the place, or the adjective of a place noun
            states = [
                m
                for m in self.mentions_at(doc, slot)
                if m.kind in ("country", "capital")
                or (m.kind == "adjective" and slot.lemma_.lower() in TERRITORY_NOUNS)
            ]
            if states and slot.dep_ == "pobj" and slot.head.lower_ in ("in", "of"):
                return states[:1]
        return []

    def _object_targets(
        self,
        doc: Doc,
        obj: Token,
        preps: list[str],
        verbal: bool,
        sources: list[ActorMention],
    ) -> list[ActorMention]:
        """A direct object that is itself an event ("lifted sanctions on Syria",
        "condemned the US strike") points past itself: statements are about the
        event's agent, actions reach the event's target."""
        if obj.lemma_.lower() in self.lexicon.nouns or obj.lower_ in self.lexicon.nouns:
            agents = self._noun_agents(doc, obj)
            patients = [
                m
                for t in self.prep_objects(obj, (*preps, "on", "against", "of", "to", "between"))
                for m in self.mentions_at(doc, t)
            ]
            # "mediated a prisoner exchange between Russia and Ukraine": a bare sector
            # word in the compound says what the event is about, not who acts in it
            agents = [m for m in agents if m.actor.country or m.kind != "sector"] or (
                [] if patients else agents
            )
            ordered = (agents, patients) if verbal else (patients, agents)
            if ordered[0] or ordered[1]:
                return ordered[0] or ordered[1]
            # (a word that heads some event noun, like "facility", may be only a thing)
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
            # "deliver its jets to Ukraine", "withdrew its forces from Kherson": what
            # the source owns is not its target; where it goes to or leaves is.
            return [
                m
                for head in (obj, obj.head)
                for t in self.prep_objects(head, ("to", "from", "into", "for", "in"))
                for m in self.mentions_at(doc, t)
            ][:3]
        found = self.mentions_at(doc, obj)
        own = not found or all(
            f.actor.country and any(f.actor.country == s.actor.country for s in sources)
            for f in found
        )
        if obj.lemma_.lower() in OWN_PEOPLE and own:
            # "recalled its ambassador to Ethiopia": the source's own envoys or troops
            # point at where they are sent; "stormed the Swedish embassy" does not
            sent_to = [
                m
                for t in self.prep_objects(obj, ("to", "from", "in", "for"))
                for m in self.mentions_at(doc, t)
            ]
            if sent_to:
                return sent_to
        if not found:
            found = self._housed(doc, obj)  # "shelled a camp for displaced Syrians"
        if not found:
            # "struck a boat carrying suspected drug traffickers from Venezuela": a
            # vessel or vehicle is struck in whom it carries
            found = [
                m
                for c in obj.children
                if c.dep_ == "acl" and c.lemma_.lower() in CARRYING
                for d in c.children
                if d.dep_ == "dobj"
                for m in self.mentions_at(doc, d)
            ]
        if not found:
            # "struck 85 targets linked to Iran's Revolutionary Guards", "seized a ship
            # belonging to an Israeli businessman": what is hit is its owner's
            found = [
                m
                for c in obj.children
                if c.dep_ == "acl" and c.lemma_.lower() in OWNING_VERBS
                for t in self.prep_objects(c, ("to", "with", "by"))
                for m in self.mentions_at(doc, t)
            ]  # ("facilities used by Kataib Hezbollah", "territory held by the rebels")
        if not found and verbal:
            # "rejected an offer from Afghanistan", "dismissed an appeal by the president",
            # "refused to accept rice offered by South Korea": a statement about a
            # proposal is about whoever made it
            makers = [obj] + [c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"]
            found = [
                m
                for h in makers
                for t in self.prep_objects(h, ("from", "by"))
                for m in self.mentions_at(doc, t)
            ]
        return found

    def _complement_targets(
        self,
        doc: Doc,
        complement: Token,
        preps: list[str],
        sources: list[ActorMention] | None = None,
    ) -> list[ActorMention]:
        """'demanded that Hamas free the hostages' → Hamas; 'threatened to target US
        warships' → the warships; 'called for the withdrawal of US troops' → the troops."""
        if complement.dep_ == "ccomp":
            for child in complement.children:
                if child.dep_ in SUBJECT_DEPS and (found := self.mentions_at(doc, child)):
                    return found
        own = {s.actor.country for s in sources or [] if s.actor.country}
        if complement.pos_ in ("NOUN", "PROPN"):
            # "withdrew from China's Belt and Road Initiative": the complement's owner
            found = [m for m in self.mentions_at(doc, complement) if m.actor.country not in own]
            if found:
                return found
        for clause in (c for c in complement.children if c.dep_ == "ccomp"):
            # "agreed to let IAEA inspectors reinstall cameras": whom the act lets
            for child in (c for c in clause.children if c.dep_ in SUBJECT_DEPS):
                if found := [m for m in self.mentions_at(doc, child) if m.actor.country not in own]:
                    return found
        for child in complement.children:
            found = self.mentions_at(doc, child) if child.dep_ in OBJECT_DEPS else []
            if (
                found
                and child.lemma_.lower() in OWN_THINGS
                and all(m.actor.country in own for m in found)
            ):
                found = []  # "cut off US funding to South Africa": the source's own
            if found:
                return found
            # "break off relations with Congo", "impose sanctions on Iran"
            if child.dep_ in OBJECT_DEPS and (
                found := [
                    m
                    for t in [
                        *self.prep_objects(child, ("with", "to", "on", "against")),
                        *self.prep_objects(complement, ("to", "against", "on")),
                    ]
                    for m in self.mentions_at(doc, t)
                ]
            ):
                return found
        for pobj in self.prep_objects(
            complement, (*preps, "of", "for", "from", "to", "between", "with")
        ):
            if found := self.mentions_at(doc, pobj):
                return found
            # "rejected a proposal for talks with South Korea": one step further
            for deeper in self.prep_objects(pobj, ("with", "to", "between", "of", "from")):
                if found := self.mentions_at(doc, deeper):
                    return found
        return []

    def _noun_events(self, doc: Doc, noun: Token, frame: NounFrame) -> list[EventMention]:
        block = frame.block
        if (
            block.code.startswith("14")
            and noun.lemma_.lower() == "protest"
            and noun.dep_ in OBJECT_DEPS
            and noun.head.lemma_.lower() in DRAWING_VERBS
        ):
            # "visited the Yasukuni shrine, drawing angry protests from China and South
            # Korea": protests drawn from states are their complaints (114)
            block = Block(OFFICIAL_COMPLAINT, block.label, block.target_preps, False, 0)
        if block.code[:2] in FORCE_ROOTS and abstract_foe(noun):
            return []  # "the fight against corruption", "a war on drugs"
        rescuers = _coming_to_aid(noun)
        if rescuers is not None:
            # "would come to Manila's aid", "rushed to Estonia's defence": the one who
            # comes helps the one whose aid or defence it is
            subjects, passive = self.subjects(doc, rescuers)
            helped = [
                m for c in noun.children if c.dep_ == "poss" for m in self.mentions_at(doc, c)
            ]
            if not passive:
                sources = [m for t in subjects for m in self.mentions_at(doc, t)]
                return self._pairs(block, (noun.i, noun.i + 1), noun.i, "noun", sources, helped)
        sources: list[ActorMention] = []
        targets: list[ActorMention] = []
        sources = self._noun_agents(doc, noun, participles=True)
        preps = [p for p in block.target_preps if p not in LOCATIVE_PREPS]
        for pobj in self.prep_objects(noun, preps):
            targets.extend(self.mentions_at(doc, pobj))
        if not targets and block.code[:2] in (*ABOUT_DEED_ROOTS, "14"):
            # "demonstrations against violations by the Israeli military",
            # "condemnation of the killing of aid workers by Israeli forces": aimed at
            # whoever did the deed
            targets = [m for p in self.prep_objects(noun, preps) for m in self._deed_agents(doc, p)]
        measure = _measure(noun)
        if not targets and measure is not None:
            # "70 million dollars of aid for Romania": the parser hangs the recipient
            # on the amount
            for pobj in self.prep_objects(measure, preps):
                targets.extend(self.mentions_at(doc, pobj))
        if not targets and "of" not in preps:
            # "the withdrawal of US troops from Afghanistan": the parser hangs the
            # target's preposition on the of-phrase that names who acts
            for agent in self.prep_objects(noun, ("of",)):
                for pobj in self.prep_objects(agent, preps):
                    targets.extend(self.mentions_at(doc, pobj))
        if not targets and block.code[:2] in MATERIAL_ROOTS:
            # "the artillery strike on a resort in Zakho": where the blow lands
            targets = self._place_targets(doc, noun, None, preps)
        if not targets and block.code[:2] in MATERIAL_ROOTS and noun.dep_ == "pobj":
            # "an investigation into the Turkish strike on a resort in Zakho": the parser
            # hangs the noun's target phrase, right after it, on the verb above
            for prep in (c for a in list(noun.ancestors)[:4] for c in a.children):
                if prep.dep_ == "prep" and prep.lower_ in preps and prep.i == noun.right_edge.i + 1:
                    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                        targets = self.mentions_at(doc, pobj) or self._place_targets(
                            doc, pobj, None, ["in", "of"]
                        )
        if not sources and block.code[:2] in STATEMENT_ROOTS:
            # "drew condemnation from Britain", "a formal protest from Tokyo"
            holders = [noun]
            if noun.dep_ in OBJECT_DEPS and noun.head.lemma_.lower() in DRAWING_VERBS:
                holders.append(noun.head)  # the parser hangs 'from' on the verb
            sources = [
                m
                for h in holders
                for t in self.prep_objects(h, ("from",))
                for m in self.mentions_at(doc, t)
            ]
            if sources and not targets and noun.dep_ in OBJECT_DEPS:
                targets = [m for m in self._drawn_from(doc, noun.head) if m not in sources]
                if not targets and noun.head.lemma_.lower() in DISMISSING_VERBS:
                    # "dismissing allegations made by Sudan's army": the allegations
                    # were about whoever dismisses them
                    targets = self._subject_mentions(doc, noun.head, sources)
            elif sources and not targets and _despite(noun):
                # "refused despite repeated appeals from London": the appeals were
                # addressed to whoever the sentence is about
                targets = self._subject_mentions(doc, noun.head.head, sources)
        if not sources and any(
            c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in noun.children
        ):
            # "his first visit to North Korea", "their immediate withdrawal": the owner
            # is the subject of the clause the noun sits in
            sources = self._clause_subjects(doc, noun)
        if not sources and "of" not in preps:
            # "the withdrawal of French troops": for an act without a patient, the
            # of-phrase names who acts ("the invasion of Gaza" lists 'of' as a target)
            sources = [
                m for t in self.prep_objects(noun, ("of",)) for m in self.mentions_at(doc, t)
            ]
        between = self.prep_objects(noun, ("between", "among"))
        if not between and noun.dep_ in SUBJECT_DEPS:
            between = self.prep_objects(
                noun.head, ("between", "among")
            )  # "fighting erupted between"
        if between:
            parties = [m for t in between for m in self.mentions_at(doc, t)]
            if len(parties) >= 2:
                return self._pairs(
                    block,
                    (noun.i, noun.i + 1),
                    noun.i,
                    "noun",
                    parties[:1],
                    parties[1:],
                    reciprocal=True,
                )
        if not targets and noun.dep_ in SUBJECT_DEPS and noun.head.lemma_ in CONSEQUENCE_VERBS:
            for obj in (c for c in noun.head.children if c.dep_ in OBJECT_DEPS):
                targets = self.mentions_at(doc, obj)
                if targets:
                    break
        if sources and all(m.kind == "sector" and not m.actor.country for m in sources):
            # "Israel responded with artillery fire": 'artillery' says who (the military)
            # but not whose; the subject that wields it does
            wielders, _ = self._governor_subject(doc, noun)
            if any(m.actor.country for m in wielders):
                sources = wielders
        if not sources:
            sources, governor = self._governor_subject(doc, noun)
            if sources and governor is not None and governor.lemma_.lower() in RECEIVING_VERBS:
                # "Lebanon received 20 tonnes of medical aid from Qatar": the receiver is
                # the target, whoever it came from the source
                givers = [
                    m
                    for h in (noun, governor)
                    for t in self.prep_objects(h, ("from",))
                    for m in self.mentions_at(doc, t)
                ]
                receivers = sources
                sources = givers
                targets = [m for m in receivers if not any(_same(m, g) for g in givers)]
                governor = None
            if sources and not targets and governor is not None:
                # "gave the Ivory Coast 5 million dollars of aid", "sent aid to Gaza"
                recipients = [c for c in governor.children if c.dep_ == "dative"]
                recipients += self.prep_objects(governor, ("to", "for"))
                targets = [
                    m
                    for t in recipients
                    for m in self.mentions_at(doc, t)
                    if not any(_same(m, s) for s in sources)
                ]
        if not sources and not targets:
            return []  # an event with nobody in it is not evidence of anything
        index = doc._.fp_actor_index or {}
        start = min(
            [noun.i]
            + [
                t.i
                for t in noun.children
                if t.dep_ == "compound" and t.i < noun.i and t.i not in index
            ]
        )
        return self._pairs(block, (start, noun.i + 1), noun.i, "noun", sources, targets)

    def _participle_object(self, doc: Doc, verb: Token) -> list[ActorMention]:
        """'expelled three French diplomats, accusing them of spying': an object pronoun
        of a participle clause is the object of the verb it hangs from."""
        pronoun = next(
            (
                c
                for c in verb.children
                if c.dep_ in OBJECT_DEPS and c.lower_ in ("them", "him", "her", "it")
            ),
            None,
        )
        if pronoun is None:
            return []
        for obj in (c for c in verb.head.children if c.dep_ in OBJECT_DEPS):
            if found := self.mentions_at(doc, obj):
                return found
        return []

    def _drawn_from(self, doc: Doc, verb: Token) -> list[ActorMention]:
        """Whom a reaction is drawn by: 'Spain recognised Palestine, drawing criticism
        from Israel' → Spain; 'the killing in an Israeli airstrike drew condemnation'
        → Israel (the agent of the event that drew it)."""
        if verb.lemma_.lower() not in DRAWING_VERBS:
            return []
        subjects, passive = self.subjects(doc, verb)
        if passive:
            return []
        found: list[ActorMention] = []
        for subject in subjects:
            lemma = subject.lemma_.lower()
            is_event = lemma in self.lexicon.nouns or lemma in CONSEQUENCE_NOUNS
            if not is_event:
                found += self.mentions_at(doc, subject)
                if found:
                    continue
            # an event drew the reaction: its agent, not its victims, is the target
            for noun in (subject, *self.prep_objects(subject, ("in", "by"))):
                found += self._noun_agents(doc, noun)
                if found:
                    break
        return found

    def _clause_subjects(self, doc: Doc, noun: Token) -> list[ActorMention]:
        head = noun.head
        for _ in range(4):
            if head.pos_ in ("VERB", "AUX") or head.i == head.head.i:
                break
            head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            return []
        return self._subject_mentions(doc, head)

    def _subject_mentions(
        self,
        doc: Doc,
        verb: Token,
        besides: list[ActorMention] = (),  # type: ignore[assignment]
    ) -> list[ActorMention]:
        """The actors an active verb's subject names, other than `besides`."""
        subjects, passive = self.subjects(doc, verb)
        if passive:
            return []
        return [
            m
            for t in subjects
            for m in self.mentions_at(doc, t)
            if not any(_same(m, b) for b in besides)
        ]

    def _noun_agents(self, doc: Doc, noun: Token, participles: bool = False) -> list[ActorMention]:
        """Who an event noun's own phrase says acts: possessive, compound, adjective
        ("Israel's invasion", "the US strike", "Russian attacks"), a by-phrase, and for
        the noun's own event a participle's by-phrase ("allegations made by Sudan's
        army"; as an object, "a deal brokered by Saudi Arabia" names no signatory). A
        city compounded into the noun says where, not who ("the Baghdad strike"), and so
        does a state compounded into a war, truce or talks ("the Gaza ceasefire")."""
        agents: list[ActorMention] = []
        scene = noun.lemma_.lower() in SCENE_NOUNS
        for child in noun.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod"):
                agents += [
                    m
                    for m in self.mentions_at(doc, child, depth=2)
                    if not (
                        child.dep_ == "compound"
                        and (m.kind in ("capital", "place") or (scene and m.kind == "country"))
                    )
                ]
        by_heads = [noun]
        if participles:
            by_heads += [
                c
                for c in noun.children
                if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in MEDIATING
            ]  # "talks mediated by Qatar": the mediator is no party to the talks
        agents += [
            m
            for h in by_heads
            for t in self.prep_objects(h, ("by",))
            for m in self.mentions_at(doc, t)
        ]
        if not agents:
            # "attacks on US bases in Iraq and Syria by Iran-backed militias": the
            # parser hangs the by-phrase on the last place named
            agents += [m for t in self._late_by(noun) for m in self.mentions_at(doc, t)]
        # "a drone attack blamed on Kata'ib Hezbollah", "a bombing attributed to IS"
        agents += [
            m
            for c in noun.children
            if c.dep_ == "acl" and c.lemma_.lower() in BLAMING_VERBS
            for t in self.prep_objects(c, ("on", "to"))
            for m in self.mentions_at(doc, t)
        ]
        unique: list[ActorMention] = []
        for mention in agents:
            if mention not in unique:
                unique.append(mention)
        return unique

    def _late_by(self, noun: Token) -> list[Token]:
        """By-objects hung on the noun's own target or place phrases (two steps down)."""
        found: list[Token] = []
        frontier = [noun]
        for _ in range(3):
            step = []
            for head in frontier:
                for prep in (c for c in head.children if c.dep_ == "prep"):
                    objects = [g for g in prep.children if g.dep_ == "pobj"]
                    if prep.lower_ == "by":
                        found += objects
                    elif prep.lower_ in ("on", "in", "against", "at", "across"):
                        # ("protests against violations by the military": a deed
                        # named there has its own agent)
                        step += [
                            o
                            for obj in objects
                            for o in conjuncts(obj)
                            if o.lemma_.lower() not in self.lexicon.nouns
                        ]
            if found:
                return found
            frontier = step
        return found

    def _governor_subject(self, doc: Doc, noun: Token) -> tuple[list[ActorMention], Token | None]:
        """'The EU adopted a package of sanctions': whoever adopts, orders, announces or
        carries out an event noun is its agent — unless that verb is an event of its
        own ("condemned the attack") or a verb of saying or perceiving."""
        holder = noun
        for _ in range(2):  # "a package of sanctions", "a wave of attacks"
            if holder.dep_ == "pobj" and holder.head.lower_ == "of":
                holder = holder.head.head
            else:
                break
        # "IS claimed responsibility for the bombing in Kerman", "the US military
        # apologised for a drone strike": who owns up to a deed did it (one who denies
        # it is negated by the modality stage); and who takes part in it
        for taker in (_owned_up_to(holder), _participants_verb(holder)):
            if taker is not None:
                subjects, passive = self.subjects(doc, taker)
                if not passive:
                    return [m for t in subjects for m in self.mentions_at(doc, t)], None
        if holder.dep_ == "pobj" and holder.head.lower_ == "with":  # "…, with missile strikes"
            verb = holder.head.head
        elif holder.dep_ in ("dobj", "nsubjpass"):
            verb = holder.head
        else:
            return [], None
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in NOT_AGENTIVE:
            return [], None
        instrument = holder.dep_ == "pobj" and holder.head.lower_ == "with"
        if holder.dep_ == "nsubjpass" and clause_modality(verb)[0] in DOUBTED:
            return [], None  # "may have been caused by Israeli sabotage" names no agent
        if not instrument and verb.lemma_.lower() not in CLAIMING and self.match_verb(verb):
            # "condemned the attack" names no agent; "responded with artillery fire",
            # "invaded, with missile strikes on Kyiv" do: the subject wields the means
            return [], None
        subjects, passive = self.subjects(doc, verb)
        if holder.dep_ == "nsubjpass":
            agents = [c for c in verb.children if c.dep_ == "agent"]
            subjects = [g for a in agents for g in a.children if g.dep_ == "pobj"]
        elif passive:
            return [], None
        return [m for t in subjects for m in self.mentions_at(doc, t)], verb

    def _pairs(
        self,
        block: Block,
        trigger: tuple[int, int],
        head: int,
        kind: str,
        sources: list[ActorMention],
        targets: list[ActorMention],
        reciprocal: bool = False,
        stated_act: bool = False,
    ) -> list[EventMention]:
        if not sources and not targets:
            return []
        if block.code.startswith("13") and not targets and not stated_act:
            return []  # a threat against nobody is a warning about the world, not an event
        if (
            block.reciprocal
            and len(sources) >= 2
            and (
                not targets
                or (
                    not any(t.actor.country for t in targets)
                    and len({s.actor.country for s in sources}) >= 2
                )
            )
        ):
            # "Qatar and Egypt held talks": each is the other's partner ("Afghan and
            # Pakistani forces exchanged fire at the Torkham crossing": where, not whom)
            sources, targets = sources[:1], sources[1:]
            reciprocal = True
        events = []
        for source in sources or [None]:
            for target in targets or [None]:
                if source is not None and target is not None and _same(source, target):
                    continue
                events.append(EventMention(block.code, trigger, head, kind, source, target))
                if reciprocal and source is not None and target is not None:
                    events.append(EventMention(block.code, trigger, head, kind, target, source))
        return events


# Past forms the small model lemmatises wrongly or not at all ("staged" → "stag",
# "retook", "rearrested"): the lexicon's own verbs are tried from the surface form.
IRREGULAR_PASTS = {
    "took": "take", "taken": "take", "seized": "seize", "fought": "fight", "shot": "shoot",
    "struck": "strike", "stricken": "strike", "froze": "freeze", "frozen": "freeze",
    "withdrew": "withdraw", "withdrawn": "withdraw", "sent": "send", "held": "hold",
}  # fmt: skip


INFLECTED_TAGS = {"VBD", "VBN", "VBG", "VBZ"}


def _repaired_lemma(token: Token, lexicon: Lexicon) -> str | None:
    """A lexicon verb the token's surface form is an inflection of, setting its lemma."""
    word = token.lower_
    stems = [word]
    if word.startswith("re") and len(word) > 5:
        stems.append(word[2:].lstrip("-"))  # "retook", "re-imposed", "rearrested"
    for stem in stems:
        candidates = [IRREGULAR_PASTS.get(stem, "")]
        if stem.endswith(("ed", "es")):
            candidates += [stem[:-1], stem[:-2]]  # "staged" → stage, "arrested" → arrest
        if stem.endswith("ing"):
            candidates += [stem[:-3] + "e", stem[:-3]]  # "staging" → stage
        if stem.endswith("s"):
            candidates.append(stem[:-1])
        for candidate in candidates:
            if candidate and (candidate in lexicon.verbs or candidate in lexicon.light):
                token.lemma_ = candidate
                return candidate
    return None


# Participles that name who did a deed: "an attack blamed on X", "attributed to X".
BLAMING_VERBS = {"blame", "attribute", "pin"}

# Participles that tie a thing to its owner: "targets linked to the IRGC".
OWNING_VERBS = {"link", "belong", "affiliate", "tie", "connect", "own", "operate", "use", "run",
                "control", "hold"}  # fmt: skip

# Verbs of receiving: what is received came from someone else.
RECEIVING_VERBS = {"receive", "get", "obtain", "accept", "take delivery"}

# Deporting and expelling: whom, not where to.
SENDING_AWAY = ("174", "166", "1663")

# "a demand aimed squarely at the American troops": statements and who they aim at.
AIMABLE_ROOTS = {"01", "02", "10", "11", "12", "13"}
AIMING_VERBS = {"aim", "direct", "target"}
STATEMENT_NOUNS = {
    "demand", "call", "appeal", "warning", "threat", "message", "criticism", "rebuke",
    "remark", "comment", "statement", "jibe", "swipe", "accusation", "ultimatum", "plea",
}  # fmt: skip

# Verbs of coming together for, or joining in, a protest or strike.
GATHERING_VERBS = {"converge", "gather", "assemble", "march", "rally", "turn", "join",
                   "participate", "take", "flock", "pour", "mass", "descend"}  # fmt: skip

# Verbs whose object is a deed their subject did: "the group claimed dozens of attacks".
CLAIMING = {"claim"}

# Verbs of owning up to a deed (with "responsibility"), and of apologising for one.
OWNING_UP = {"claim", "admit", "accept", "take", "bear", "assume", "acknowledge", "deny",
             "disclaim", "reject"}  # fmt: skip
APOLOGISING = {"apologise", "apologize"}

# What a state is recognised as in diplomatic recognition ("recognised Kosovo as an
# independent state"); recognised as anything else is praise.
RECOGNISED_AS = {"state", "country", "nation", "government", "republic", "representative",
                 "authority", "entity", "president", "premier", "ruler", "head",
                 "sovereign"}  # fmt: skip

# Bodies one takes charge of in taking office, not by force.
OFFICES = {"department", "ministry", "office", "portfolio", "party", "committee", "board",
           "company", "agency", "administration", "presidency", "chairmanship"}  # fmt: skip

# Things that are hung up rather than hanged.
HUNG_THINGS = {"picture", "portrait", "poster", "banner", "flag", "photo", "photograph",
               "painting", "sign", "placard", "lantern", "decoration", "curtain"}  # fmt: skip

# Verbs by which a vessel or vehicle is named after whom it carries.
CARRYING = {"carry", "transport", "ferry", "smuggle"}

# Places named by whom they shelter: "a camp for refugees".
SHELTERS = {"camp", "shelter", "school", "hospital", "clinic", "home", "center", "centre",
            "settlement", "compound", "hostel", "orphanage"}  # fmt: skip

# Lower-case words inside capitalised names: "Association of African Jurists".
NAME_LINKS = {"of", "for", "the", "and", "on", "in", "de", "al"}

# Diplomatic missions: opened, closed or upgraded in the state that hosts them.
MISSIONS = {"embassy", "embassies", "consulate", "consulates", "legation", "chancery"}
DIPLOMATIC_ROOTS = {"04", "05", "16"}

# Codes whose object is the source's forces being moved: shows of force and
# mobilisation (15), de-escalation and retreat (087x).
MOVED_FORCE_CODES = ("15", "087")
FORCE_SECTORS = {"MIL", "COP", "SPY"}

# Aid, shows of force and protests aimed at whom their purpose names ("to deter
# Hezbollah", "in defiance of Chinese authorities").
PURPOSED_ROOTS = {"07", "14", "15"}
DEFIANCE_NOUNS = {"defiance", "protest", "opposition", "response", "retaliation", "reprisal"}

# What a comment is about: "hopeful about", "concern over", "optimistic on".
COMMENT_PREPS = ("about", "over", "on", "regarding", "concerning", "toward", "towards")

# Inquiries, condemnations and rejections of a deed are aimed at its doer.
ABOUT_DEED_ROOTS = {"09", "11"}
ABOUT_PREPS = ("into", "over", "about", "of", "for")

# Verbs used as adjectives ("ousted President X", "the wounded") are not events.
ATTRIBUTIVE_DEPS = {"amod", "compound", "nmod"}


# Nouns whose topic ("talks on a ceasefire", "a vote on sanctions") is only discussed.
DISCUSSION_NOUNS = {
    "talk", "negotiation", "discussion", "consultation", "proposal", "plan", "debate",
    "vote", "meeting", "summit", "conference", "dialogue", "deliberation", "hearing",
}  # fmt: skip
TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning"}


def _own_forces(mention: ActorMention, sources: list[ActorMention]) -> bool:
    """'500 troops', 'French soldiers' beside France: forces of no other side."""
    if mention.actor.sector not in FORCE_SECTORS:
        return False
    country = mention.actor.country
    return country is None or any(s.actor.country == country for s in sources)


def _owned_up_to(noun: Token) -> Token | None:
    """The verb of 'claimed responsibility for <noun>', 'apologised for <noun>'."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    holder = noun.head.head
    if holder.pos_ == "VERB" and holder.lemma_.lower() in APOLOGISING:
        return holder
    if holder.lemma_.lower() == "responsibility" and holder.dep_ == "dobj":
        verb = holder.head
        if verb.lemma_.lower() in OWNING_UP:
            return verb
    return None


def _up_to(verb: Token) -> list[Token]:
    """'kidnapped up to 16 Russian advisers': the parser reads 'up' as a particle and
    hangs the counted object on 'to'."""
    return [
        g
        for p in verb.children
        if p.dep_ == "prt" and p.lower_ == "up"
        for t in p.children
        if t.dep_ == "prep" and t.lower_ == "to"
        for g in t.children
        if g.dep_ == "pobj" and any(c.dep_ == "nummod" for c in g.children)
    ]


def _measure(noun: Token) -> Token | None:
    """'70 million dollars of aid', 'tonnes of supplies': the amount a noun is the
    of-phrase of."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ not in ("NOUN", "NUM"):
        return None
    amount = prep.head
    if amount.tag_ == "CD" or any(c.dep_ == "nummod" for c in amount.children):
        return amount
    return None


def _medium_of_saying(noun: Token) -> bool:
    """'said in a statement', 'told reporters in an interview': the medium of a
    reported statement, which is its attribution, not a second event."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in ("in", "through", "via")
        and prep.head.lemma_.lower() in REPORTING_VERBS
    )


def _participants_verb(holder: Token) -> Token | None:
    """The verb whose subject takes part in the event noun it governs: who gathers
    for a protest holds it ("converging for a rally in Lagos"), who moves in an
    operation carries it out ("crossed into Kursk in a surprise incursion"), who acts
    in or under an exchange or talks is a party to it ("released Alex Saab in a
    prisoner swap", "agreed to a ceasefire in talks mediated by Qatar")."""
    if holder.dep_ != "pobj":
        return None
    prep, lemma = holder.head.lower_, holder.lemma_.lower()
    governor = holder.head.head
    if prep in ("for", "in") and governor.lemma_.lower() in GATHERING_VERBS:
        return governor
    if (
        prep == "in"
        and lemma in OPERATION_NOUNS
        and governor.pos_ == "VERB"
        and governor.lemma_.lower() not in UNDERGOING
    ):
        return governor
    if prep in ("in", "under", "at") and lemma in EXCHANGE_NOUNS:
        return _verb_above(governor)
    return None


def _verb_above(token: Token) -> Token | None:
    """The verb itself, or the verb a noun is the object of ("agreed to a ceasefire"
    for "ceasefire")."""
    if token.pos_ in ("VERB", "AUX"):
        return token
    if token.dep_ in ("dobj", "nsubjpass"):
        return token.head if token.head.pos_ in ("VERB", "AUX") else None
    if token.dep_ == "pobj" and token.head.head.pos_ in ("VERB", "AUX"):
        return token.head.head
    return None


def _coming_to_aid(noun: Token) -> Token | None:
    """The verb of "come to X's aid" / "rush to X's defence" whose noun this is."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "to" or noun.lemma_.lower() not in RESCUES:
        return None
    verb = noun.head.head
    return verb if verb.lemma_.lower() in COMING else None


# "come to the aid of", "rush to the defence of": helping, said as coming.
RESCUES = {"aid", "defence", "defense", "rescue", "assistance", "help"}
COMING = {"come", "go", "rush", "leap", "spring", "hurry", "race"}


def _framework(noun: Token) -> bool:
    """'under their 1951 mutual defence treaty', 'under the 2015 nuclear deal': an
    agreement something happens under is its framework, not an event of the story."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("under", "per")


def _topic(noun: Token) -> bool:
    """Is the event noun only the topic of a discussion ('talks on a Gaza ceasefire')?"""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in TOPIC_PREPS
        and prep.head.lemma_.lower() in DISCUSSION_NOUNS
    )


# Participles that state where their subject stands: "is opposed to", "is committed to".
STANCE_PARTICIPLES = {"oppose", "commit", "dedicate", "devote", "resign", "attach"}


def _stance(verb: Token) -> bool:
    """'X is opposed to Y': a stance with 'to' and no agent, not a passive act on X."""
    return (
        verb.lemma_.lower() in STANCE_PARTICIPLES
        and not any(c.dep_ == "agent" for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    )


# Giving and pledging aid: what is given is no target, whom it goes to is.
AID_CODES = ("07", "033")


def _thing(mention: ActorMention) -> bool:
    """A sector word with no country ('an air defence system', '250 hostages')."""
    return mention.kind in ("sector", "unknown") and not mention.actor.country


def _participle_after_to(verb: Token) -> bool:
    """'granted asylum to ousted President Assad', 'sent aid to displaced families':
    no English verb phrase is 'to' + past participle, so the parser's aux 'to' is a
    preposition and the participle an adjective of its object."""
    if verb.tag_ != "VBN" or verb.i == 0:
        return False
    before = verb.doc[verb.i - 1]
    return before.lower_ == "to" and before.dep_ == "aux" and before.head.i == verb.i


def _each(verb: Token, subjects: list[Token]) -> bool:
    """'Russia and Ukraine each released 390 prisoners': each did it to the other."""
    for head in (verb, *subjects):
        if any(
            c.lower_ == "each" and c.dep_ in ("appos", "advmod", "det", "npadvmod")
            for c in head.children
        ):
            return True
    return False


def _despite(noun: Token) -> bool:
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in ("despite", "amid", "after", "following")
        and prep.head.pos_ in ("VERB", "AUX")
    )


# Subjects of a killing or damaging verb that say how it was done.
WEAPON_SUBJECTS = {
    "suicide bomber": "1831", "suicide attacker": "1831", "car bomb": "1832",
    "roadside bomb": "1833", "bomb": "183", "explosion": "183",
    "blast": "183", "ied": "183", "drone": "195", "warplane": "195", "jet": "195",
    "aircraft": "195", "helicopter": "195", "airstrike": "195", "missile": "195",
    "artillery": "194", "shell": "194", "shelling": "194", "mortar": "194",
    "tank": "194", "rocket": "194", "sniper": "193", "gunfire": "193",
}  # fmt: skip


def _weapon_code(subject: Token) -> str | None:
    head = subject.lemma_.lower()
    modifiers = [c.lemma_.lower() for c in subject.children if c.dep_ in ("compound", "amod")]
    for modifier in modifiers:
        if f"{modifier} {head}" in WEAPON_SUBJECTS:
            return WEAPON_SUBJECTS[f"{modifier} {head}"]
    return WEAPON_SUBJECTS.get(head)


@Language.factory(
    "flashpoint_events",
    requires=["doc._.fp_actors", "token.dep", "token.lemma"],
    assigns=["doc._.fp_events"],
)
def make_event_coder(nlp: Language, name: str) -> EventCoder:
    return EventCoder()
