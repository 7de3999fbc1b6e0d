"""Arguments of an event: who acts and who is acted upon.

Reads the actor mentions the actors stage left on the Doc and walks the parse from
a predicate to its subject, object and prepositional phrases — through coordination
("Iraq and Syria"), relative pronouns, control verbs ("urged Iran to withdraw"),
participles and pronouns a speech verb reports ("Syria says it will").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from ..schema import Actor
from .catalog import Catalog
from .mentions import ActorMention
from .nonevents import stranded_subject
from .words import REPORTING_VERBS

SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
OBJECT_DEPS = ("dobj", "dative", "attr", "oprd")
# Prepositions that mark places or times, never a target.
OBJECT_CONTROL = {
    "urge",
    "ask",
    "call",
    "press",
    "force",
    "tell",
    "order",
    "allow",
    "persuade",
    "pressure",
    "encourage",
    "invite",
    "compel",
    "demand",
    "prompt",
    "lead",
    "push",
    "spur",
    "drive",
    "prod",
}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
# Words before 'with' that make its object a partner in the act: "together with".
JOINT = {"together", "along", "jointly", "alongside"}
# Verbs that judge someone of a deed: the one judged is the deed's agent.
JUDGING = {"convict", "acquit", "clear", "exonerate", "absolve", "sentence", "find", "try"}
# Nouns of an intention one holds: "has no plans to withdraw" (its holder would act).
HELD_INTENTIONS = {"plan", "intention", "intent", "decision", "desire", "wish", "aim", "bid",
                   "attempt", "readiness", "willingness"}  # fmt: skip
# Verbs whose subject does not carry out the event noun they govern.
PERSONAL_PRONOUNS = {"it", "they", "he", "she", "we"}
# Verbs after which "it/they" in the reported clause is the speaker ("Syria says it will").
DECLARING_VERBS = REPORTING_VERBS | {
    "agree",
    "decide",
    "indicate",
    "pledge",
    "promise",
    "reiterate",
    "signal",
    "stress",
    "threaten",
    "vow",
    "warn",
}
# Words that may join a conjunct verb to the one before it.
LINKING = {"cc", "punct", "advmod", "preconj"}
# Plural nouns of states that a "including"/"such as" phrase names the members of.
# fmt: off
MEMBER_NOUNS = frozenset({
    "country", "nation", "state", "government", "ally", "partner", "neighbour", "neighbor",
    "member", "power",
})
# fmt: on


def conjuncts(token: Token) -> list[Token]:
    """A token and the tokens coordinated with it ("Iraq and Syria"). A list the parser
    took for an apposition ("Mali, Burkina Faso and Niger": Faso appos, Niger conj of
    Faso) is still a list: an apposition with conjuncts of its own is one of its items."""
    found = [token, *[t for t in token.conjuncts if t.i != token.i]]
    for child in token.children:
        if child.dep_ == "appos" and any(g.dep_ == "conj" for g in child.children):
            found += [child, *[t for t in child.conjuncts if t.i != child.i]]
    return found


# Nouns that count people: "thousands of students", "hundreds of protesters".
COUNT_NOUNS = {"thousand", "hundred", "dozen", "million", "score", "group", "crowd", "number"}


class ArgumentFinder:
    """Finds the actor mentions that fill an event's roles (mixed into EventCoder)."""

    catalog: Catalog

    def mentions_at(self, doc: Doc, token: Token, depth: int = 0) -> list[ActorMention]:
        """Actor mentions for a syntactic argument, looking inside its noun phrase."""
        found: list[ActorMention] = []
        for tok in conjuncts(token):
            for hit in self._mentions_of(doc, tok, depth):
                if hit not in found:
                    found.append(hit)
        if len(found) > 1:
            # "Yemen's Houthi movement": the phrase names the group, not also Yemen
            found = [
                m
                for m in found
                if doc[m.head].dep_ != "poss"
                or not any(
                    o is not m
                    and o.start <= m.start
                    and m.end <= o.end
                    and (o.end - o.start) > (m.end - m.start)
                    for o in found
                )
            ]
        return found

    def _mentions_of(self, doc: Doc, tok: Token, depth: int) -> list[ActorMention]:
        actors: list[ActorMention] = doc._.fp_actors or []
        index: dict[int, list[int]] = doc._.fp_actor_index or {}
        hits = [actors[n] for n in index.get(tok.i, [])]
        if not hits and tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
            before = _before_comma(doc, tok, actors)
            if before is not None:  # "Kigali's support for the M23 rebels, who have seized"
                return [before]
            return self.mentions_at(doc, tok.head.head, depth + 1)
        if (
            not hits
            and tok.lower_ in PERSONAL_PRONOUNS
            and tok.dep_ in (*SUBJECT_DEPS, "nsubjpass")
        ):
            hits = self._reported_subject(doc, tok, depth)
        if hits and all(not h.actor.country for h in hits) and depth < 2:
            # "Jordan's King Abdullah", "Hans Grundberg, the UN envoy": a named person
            # the catalog lacks takes the country the phrase gives.
            context = self._modifier_mentions(doc, tok, index, actors, with_appos=True)
            context = [m for m in context if m.actor.country and m not in hits]
            if context:
                hits = [_with_country(hits[0], context[0])]
        if len(hits) > 1 and any(h.actor.country for h in hits):
            hits = [h for h in hits if h.actor.country]  # one phrase, one actor
        if not hits and depth < 2:
            hits = self._modifier_mentions(doc, tok, index, actors)
            if not hits and tok.pos_ == "PROPN" and tok.dep_ in (*SUBJECT_DEPS, "nsubjpass"):
                # "Kenzo Oshima, the UN Emergency Relief Coordinator, demanded …": a name
                # we do not know speaks for the body its apposition names
                hits = [
                    actors[n]
                    for c in tok.children
                    if c.dep_ == "appos" and c.i in index
                    for n in index[c.i]
                ]
            if not hits:
                for child in tok.children:
                    if child.dep_ == "prep" and (
                        child.lower_ in ("of", "from") or _naming_members(tok, child)
                    ):
                        for pobj in child.children:
                            if pobj.dep_ == "pobj":
                                hits.extend(self.mentions_at(doc, pobj, depth + 1))
        if not hits and tok.pos_ in ("NOUN", "PROPN"):
            sector = self.catalog.sectors.get(tok.lower_) or self.catalog.sectors.get(
                tok.lemma_.lower()
            )
            if sector:
                text = doc[tok.left_edge.i : tok.i + 1].text
                actor = Actor(
                    text=text, name=tok.lemma_.lower(), sector=sector, code=f"---{sector}"
                )
                hits = [ActorMention(tok.left_edge.i, tok.i + 1, tok.i, actor, "sector")]
        return hits

    def _reported_subject(self, doc: Doc, pronoun: Token, depth: int) -> list[ActorMention]:
        """'Syria says it is willing to withdraw': a subject pronoun in a clause reported
        by a speech verb is that verb's subject, the one reading news allows."""
        clause = pronoun.head
        for _ in range(3):
            if clause.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or clause.head.i == clause.i:
                return []
            if clause.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in ("after", "before", "when", "since", "because")
                for c in clause.children
            ):
                return []  # "imposed sanctions on Iraq after it invaded Kuwait": not the UN
            clause = clause.head
            subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None and subject.lower_ not in PERSONAL_PRONOUNS:
                if clause.lemma_.lower() not in DECLARING_VERBS and clause.dep_ != "ROOT":
                    continue
                found = self.mentions_at(doc, subject, depth + 1)
                number_matches = (pronoun.lower_ in ("they", "we")) == (
                    subject.tag_ in ("NNS", "NNPS")
                ) or pronoun.lower_ in ("it", "they")
                return found if number_matches else []
        return []

    @staticmethod
    def _modifier_mentions(
        doc: Doc,
        tok: Token,
        index: dict[int, list[int]],
        actors: list[ActorMention],
        with_appos: bool = False,
    ) -> list[ActorMention]:
        deps = {"poss", "compound", "amod", "nmod"} | ({"appos"} if with_appos else set())
        hits: list[ActorMention] = []
        for child in tok.children:
            if child.dep_ in deps and child.i in index:
                hits.extend(actors[n] for n in index[child.i] if actors[n] not in hits)
        return hits

    def subjects(self, doc: Doc, verb: Token, seen: int = 0) -> tuple[list[Token], bool]:
        """The agent tokens of a verb and whether the verb is passive."""
        found = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if len(found) > 1:
            # "In mid-January the Revolutionary Guards fired …": the parser may make
            # several words subjects; the nominal one nearest the verb is
            # (an actor's name first: "Sheikh Hamad bin Khalifa al-Thani" is one subject)
            nominal = (
                [c for c in found if self.mentions_at(doc, c)]
                or [c for c in found if c.pos_ in ("NOUN", "PROPN", "PRON")]
                or found
            )
            return [min(nominal, key=lambda c: abs(verb.i - c.i))], False
        if found:
            return found, False
        for child in verb.children:
            if child.dep_ == "agent":
                # "mediated by EU foreign policy chief Josep Borrell broke down": the
                # parser may hang the agent's name elsewhere; the name right after 'by' is it
                agents = [c for c in child.children if c.dep_ == "pobj"] or _named_after(doc, child)
                return agents, True
        if (
            verb.dep_ == "acl"
            and seen < 3
            and verb.head.lemma_.lower() in HELD_INTENTIONS
            and verb.head.dep_ in ("dobj", "attr")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        ):
            # "it has no plans to withdraw its troops", "took a decision to send troops":
            # whoever has the plan or takes the decision would do the act — unless the
            # noun names its own holder ("respected Iraq's decision to execute Saddam")
            holders = [c for c in verb.head.children if c.dep_ == "poss"]
            if holders:
                return holders, False
            return self.subjects(doc, verb.head.head, seen + 1)
        if verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBZ", "VBP"):
            # a finite adverbial clause has a subject of its own, even when the parse
            # lost it ("… after a fire at a wedding hall killed 100 people")
            return [], False
        if verb.dep_ == "conj" and verb.tag_ == "VBD" and doc[verb.i - 1].dep_ not in LINKING:
            # "Residents fled after shelling by government forces killed ten people": a
            # past verb joined with no "and" or comma lost its own subject to the parser
            stranded = stranded_subject(verb)
            if stranded:
                return stranded, False
        if verb.dep_ in ("ccomp", "advcl", "conj") and _agentless_passive(verb):
            return [], True  # "the Pentagon said the withdrawal was completed"
        if (
            seen < 3
            and verb.dep_ in ("xcomp", "conj", "advcl", "ccomp", "acomp")
            and (verb.head.i != verb.i)
        ):
            head = verb.head
            raised = [c for c in head.children if c.dep_ == "nsubjpass"]
            if verb.dep_ == "xcomp" and raised:
                # "North Korea is expected to conduct a test", "X was reported to have
                # shelled Y": the passive raising verb's subject does the act
                return raised, False
            if verb.dep_ == "xcomp" and head.lemma_ in OBJECT_CONTROL:
                objects = [c for c in head.children if c.dep_ in OBJECT_DEPS]
                if objects:
                    return objects, False
            if _agentless_passive(head) and verb.dep_ != "xcomp":
                # "the withdrawal … was completed, ending a 20-year war, the Pentagon
                # said": no one named did it, least of all whoever reports it
                return [], False
            if head.pos_ in ("VERB", "AUX", "ADJ"):
                return self.subjects(doc, head, seen + 1)
        if (verb.dep_ == "pcomp" or (verb.dep_ == "pobj" and verb.pos_ == "VERB")) and seen < 3:
            # "had no intention of sending troops", "accused of helping": the gerund's
            # subject is that of the verb the phrase hangs from
            governor = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if governor is not None and governor.lemma_.lower() in JUDGING:
                # "convicted the soldier of murdering a Palestinian": the one judged did it
                judged = [c for c in governor.children if c.dep_ in ("dobj", "nsubjpass")]
                if judged:
                    return judged, False
            agents = self.prep_objects(verb, ("by",))
            if agents and verb.tag_ == "VBG":
                return agents, False  # "fled after shelling by government forces"
            if governor is not None and governor.lemma_.lower() not in ("accuse", "charge"):
                involved = [c for c in governor.children if c.dep_ == "nsubjpass"]
                if involved:  # "al-Saadi had been involved in carrying out attacks"
                    return involved, False
                return self.subjects(doc, governor, seen + 1)
        if verb.dep_ == "relcl":
            return [verb.head], False
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and self._acts(doc, verb.head):
            return [verb.head], False  # "protesters demonstrating in Abuja"
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and seen < 3:
            # "signed an order lifting sanctions": the signer lifts them
            governor = verb.head.head
            if verb.head.dep_ in OBJECT_DEPS and governor.pos_ in ("VERB", "AUX"):
                return self.subjects(doc, governor, seen + 1)
        if (
            verb.dep_ == "acl"
            and verb.tag_ in ("VBN", "VBD")
            and (
                any(c.dep_ == "dobj" for c in verb.children)
                # "Thousands of students protested in Dhaka": the parser made the noun
                # the sentence's root, so its participle is the only verb there is
                or (verb.head.dep_ == "ROOT" and not any(c.dep_ == "agent" for c in verb.children))
            )
            and self._acts(doc, verb.head)
        ):
            # "Boko Haram militants killed 110 farmworkers, the UN said": a participle
            # with an object of its own is no passive; the parser lost the main verb
            return [verb.head], False
        if verb.dep_ in ("acl",) and verb.tag_ == "VBN":  # "bases attacked by militias"
            return [], True
        return [], False

    def _acts(self, doc: Doc, noun: Token) -> bool:
        """Can this noun do things: an actor mention, or a word for people or forces
        (also counted: "thousands of students")?"""
        index: dict[int, list[int]] = doc._.fp_actor_index or {}
        if noun.i in index:
            return True
        counted = [
            g
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if noun.like_num or noun.lemma_.lower() in COUNT_NOUNS:
            return any(self._acts(doc, g) for g in counted)
        sectors = self.catalog.sectors
        return noun.pos_ in ("NOUN", "PROPN") and (
            noun.lower_ in sectors or noun.lemma_.lower() in sectors
        )

    def passive_patient(self, verb: Token) -> list[Token]:
        for child in verb.children:
            if child.dep_ in PASSIVE_SUBJECT_DEPS:
                return [child]
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            return [verb.head]
        return []

    def prep_objects(self, head: Token, preps: Iterable[str]) -> list[Token]:
        wanted = set(preps)
        found = []
        for child in head.children:
            # "offered condolences to Turkey": the parser calls that 'to' a dative
            if child.dep_ in ("prep", "agent", "dative") and child.lower_ in wanted:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if child.lower_ == "with" and child.i > 0 and child.nbor(-1).lower_ in JOINT:
                    continue  # "imposed the zone together with London": a partner
                if child.lower_ == "with":
                    # "held talks in Muscat, with Omani officials shuttling messages":
                    # an absolute clause says what went on, not who took part
                    objects = [o for o in objects if not _absolute(o)]
                    if not objects:
                        continue
                if not objects:
                    # "granted asylum to five Panamanian officers holed up …": the parse
                    # lost the object; an actor named right after the preposition is it
                    objects = _named_after(head.doc, child)
                found.extend(objects)
            elif "from" in wanted and child.lower_ == "out" and child.dep_ in ("prep", "prt"):
                # "pull its troops out of Niger": "out of" says from where
                found.extend(
                    g
                    for of in child.children
                    if of.lower_ == "of"
                    for g in of.children
                    if g.dep_ == "pobj"
                )
        return found

    # -- frames -----------------------------------------------------------------


def _before_comma(doc: Doc, pronoun: Token, actors: list[ActorMention]) -> ActorMention | None:
    """The actor whose phrase ends right before ', who' / ', which': a non-restrictive
    relative clause tells of what was just named, whatever the parser hung it on."""
    comma = pronoun.i - 1
    if comma < 1 or doc[comma].text != "," or pronoun.lower_ not in ("who", "which"):
        return None
    ending = [m for m in actors if m.end == comma and doc[m.head].pos_ in ("NOUN", "PROPN")]
    return ending[-1] if len(ending) == 1 else None


def _agentless_passive(verb: Token) -> bool:
    """A passive clause with a subject of its own and no by-agent."""
    children = [c.dep_ for c in verb.children]
    return "nsubjpass" in children and "agent" not in children


def _naming_members(noun: Token, prep: Token) -> bool:
    """'countries including the Philippines', 'allies such as Japan': a generic
    plural of states stands for the members it names."""
    if noun.lemma_.lower() not in MEMBER_NOUNS or noun.tag_ not in ("NNS", "NNPS"):
        return False
    if prep.lower_ in ("including", "like"):
        return True
    return prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"


def _absolute(noun: Token) -> bool:
    """'with Omani officials shuttling messages': a noun with a participle of its own."""
    return any(c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") for c in noun.children)


def _named_after(doc: Doc, prep: Token) -> list[Token]:
    """The head of an actor mention that starts within two tokens after `prep`."""
    for mention in doc._.fp_actors or []:
        if prep.i < mention.start <= prep.i + 3 and mention.head > prep.i:
            return [doc[mention.head]]
    return []


def _with_country(mention: ActorMention, context: ActorMention) -> ActorMention:
    actor = Actor(**vars(mention.actor))
    actor.country = context.actor.country
    actor.sector = actor.sector or context.actor.sector
    actor.code = f"{actor.country}{actor.sector or ''}"
    return ActorMention(mention.start, mention.end, mention.head, actor, mention.kind)


def _same(a: ActorMention, b: ActorMention) -> bool:
    return a is b or (
        a.actor.name == b.actor.name
        and a.actor.country == b.actor.country
        and a.actor.sector == b.actor.sector
    )


def place_actor(doc: Doc, token: Token) -> ActorMention | None:
    """The country of a named place the places stage resolved, as an actor ("Kherson"
    → UKR). Seas and places without a country stand for no one."""
    for place in doc._.fp_places or []:
        if place.start <= token.i < place.end:
            where = place.place
            if not where.country or where.feature == "sea":
                return None
            actor = Actor(
                text=doc[place.start : place.end].text,
                name=where.name,
                code=where.country,
                country=where.country,
            )
            return ActorMention(place.start, place.end, token.i, actor, "place")
    return None
