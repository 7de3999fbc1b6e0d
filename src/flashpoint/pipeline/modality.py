"""Stage 3 — modality: did the event happen, or was it denied, supposed, or foretold?

For each event we walk from its head up the clauses that embed it and read the cues
on the way: negation ("not", "never", "failed to", "denied that"), hypothesis ("if",
"unless", "whether", "could", "may", a question mark), and the future ("will",
"plans to", "is ready to", "vowed to"). The first cue that binds the event decides;
an event with no cue is asserted. Speech verbs are transparent: "officials said the
US struck …" is asserted (and attributed), "officials said the US would strike …"
is future.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .arguments import ArgumentFinder
from .catalog import Catalog, load_catalog
from .lexicon import load_lexicon
from .mentions import EventMention
from .statements import (
    EXPLICIT_DECLARATIONS,
    condition_party,
    content_of_appeals,
    declared_event,
    demand_event,
    refusal_event,
    uncoded_demands,
)
from .words import CONSEQUENCE_VERBS, FUTURE_AUX, IRREALIS_VERBS, PLAN_NOUNS, SPEECH_VERBS

NEGATORS = {"not", "n't", "never", "no", "neither", "nor", "without"}
NEGATING_VERBS = {
    "fail",
    "refuse",
    "decline",
    "deny",
    "reject",
    "avoid",
    "refrain",
    "cease",
    "stop",
    "halt",
    "abandon",
    "forgo",
    "dismiss",
    "rule",
}
HYPOTHETICAL_AUX = {"could", "might", "may", "would", "should", "must", "can", "ca"}
FUTURE_VERBS = {
    "swear",
    "plan",
    "intend",
    "vow",
    "pledge",
    "promise",
    "prepare",
    "aim",
    "seek",
    "want",
    "hope",
    "expect",
    "threaten",
    "warn",
    "propose",
    "offer",
    "agree",
    # ("decide" and "resolve" are not here: a decision is the act, "the court decided
    # to allow Ouattara to run" lets him run)
    "consider",
    "mull",
    "weigh",
    "schedule",
    "set",
    "plot",
    "try",
    "attempt",
    "wish",
    "need",
    "aspire",
    "push",
    "move",
    "look",
    "begin",
    "start",
}
# Verbs of phase and attempt take an infinitive ("began to withdraw"), never a clause:
# a clause under one is a misparse, not a plan ("… since the war began").
PHASE_VERBS = {"begin", "start", "move", "look", "try", "attempt", "set", "push", "need"}
FUTURE_ADJECTIVES = {
    "ready",
    "prepared",
    "willing",
    "set",
    "poised",
    "likely",
    "expected",
    "determined",
    "due",
    "eager",
    "keen",
    "about",
}
HYPOTHETICAL_ADJECTIVES = {"able", "possible", "unable", "likely", "unlikely", "capable"}


def _doubted(clause: Token) -> bool:
    """Is the clause the that-clause of a copula of doubt ("it is doubtful that …")?"""
    head = clause.head
    return clause.dep_ == "ccomp" and (
        head.lemma_.lower() in DOUBTING_ADJECTIVES
        or any(c.dep_ == "acomp" and c.lemma_.lower() in DOUBTING_ADJECTIVES for c in head.children)
    )


# Adjectives of a copula whose that-clause is in doubt: "it is doubtful that …".
DOUBTING_ADJECTIVES = {"doubtful", "uncertain", "unclear", "unlikely", "possible",
                       "questionable", "conceivable", "likely", "probable"}  # fmt: skip
# Subjects that deny the clause: "none had killed US troops", "nobody was hurt".
NEGATIVE_SUBJECTS = {"none", "nobody", "no-one", "noone", "neither", "nothing"}
HYPOTHETICAL_MARKS = {"if", "unless", "whether", "lest", "provided", "suppose", "supposing"}
# Verbs whose subordinate content is unsettled: "asked whether", "wondered if".
DOUBT_VERBS = {
    "appear",  # "the blast appeared to be the work of a suicide bomber"
    "seem",
    "doubt",
    "question",
    "wonder",
    "speculate",
    "rumour",
    "rumor",
    "suspect",
    "fear",
    "worry",
    "suggest",
    "guess",
}


def _aux_cue(token: Token, polarity: bool = True) -> str | None:
    """The clause's own cue; without `polarity` its negation is not read ("did not
    retaliate, and its first strikes hit depots": a conjunct with a subject of its
    own shares the clause's tense and mood, not its 'not')."""
    for child in token.children if polarity else ():
        if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in ("never",)):
            return "negated"
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in NEGATIVE_SUBJECTS:
            return "negated"  # "until Sunday none had killed US troops"
    for child in token.children:
        if child.dep_ in ("aux", "auxpass"):
            word = child.lower_
            if word in FUTURE_AUX:
                return "future"
            if word in HYPOTHETICAL_AUX:
                return "hypothetical"
        if child.dep_ == "mark" and child.lower_ in HYPOTHETICAL_MARKS:
            return "hypothetical"
        if child.dep_ == "advmod" and child.lower_ in HEDGING_ADVERBS:
            return "hypothetical"  # "for allegedly trying to stir unrest"
    if _subjunctive(token):
        return "hypothetical"  # "demanded that Israel ease restrictions"
    # "is going to attack": going/xcomp with aux 'to'
    return None


def _subjunctive(token: Token) -> bool:
    """'… that Israel ease the restrictions': a base-form verb with a third-person
    singular subject and no auxiliary is the mandative subjunctive — what someone
    wants done, not what was done."""
    if token.tag_ != "VB" or token.dep_ not in ("ccomp", "acl"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is not None and (
        subject.tag_ in ("NNP", "NN") or subject.lower_ in ("he", "she", "it")
    )


def _aux_word(token: Token) -> str:
    """The word that gave a clause its cue ('will', 'not', 'if' …), for the record."""
    for child in token.children:
        cue_words = NEGATORS | FUTURE_AUX | HYPOTHETICAL_AUX | HYPOTHETICAL_MARKS
        if child.dep_ in ("neg", "aux", "auxpass", "mark", "advmod") and child.lower_ in cue_words:
            return child.lower_
    if _subjunctive(token):
        return "must"  # a mandate, as strong as 'must'
    return token.lemma_.lower()


def _reported_would(token: Token) -> bool:
    """'Biden said the US would respond': future in the past — unless an if-clause makes
    'would' the conditional it also is ('… would defend Taiwan if China attacked')."""
    would = any(c.dep_ == "aux" and c.lower_ == "would" for c in token.children)
    # the if-clause may hang on the verb or on the act it governs ("would be bound to
    # come to Manila's aid if a sailor were killed")
    clauses = [token, *(c for c in token.children if c.dep_ == "xcomp")]
    conditional = any(
        c.dep_ == "advcl"
        and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
        for clause in clauses
        for c in clause.children
    )
    return (
        would
        and not conditional
        and token.dep_ == "ccomp"
        and token.head.lemma_.lower() in SPEECH_VERBS
    )


def _going_to(token: Token) -> bool:
    head = token.head
    return token.dep_ == "xcomp" and head.lemma_ == "go" and head.tag_ == "VBG"


def clause_modality(token: Token) -> tuple[str, list[str]]:
    """Modality of the clause headed by `token`, climbing through embedding clauses."""
    cues: list[str] = []
    current = token
    # only an event noun itself rides a light verb up ("agreed to provide 70 million
    # dollars of aid"), not the participle of a described thing ("rice offered by …")
    noun_event = token.pos_ in ("NOUN", "PROPN")
    own_clause = False  # just climbed from a conjunct clause with a subject of its own
    pending = ""  # a future the clause above may still overrule ("may be preparing …")
    for _ in range(8):
        # "the US did not retaliate, and its first strikes hit depots": a conjunct
        # with its own subject keeps its own polarity
        cue = _aux_cue(current, polarity=not own_clause)
        own_clause = False
        if cue == "hypothetical" and _reported_would(current):
            cue = "future"  # "Biden said the US would respond": future in the past
        if cue == "future" and _doubted(current):
            cues.append("hypothetical:doubtful")  # "it is doubtful that X will …": a
            return "hypothetical", cues  # forecast in doubt, no declaration of X's
        if cue:
            cues.append(f"{cue}:{_aux_word(current)}")
            return cue, cues
        if _going_to(current):
            return "future", [*cues, "future:going to"]
        dep = current.dep_
        head = current.head
        if head.i == current.i:
            break
        if dep == "ccomp" and any(
            c.dep_ == "mark" and c.lower_ in ADVERBIAL_MARKS for c in current.children
        ):
            dep = "advcl"  # "Days after Israeli jets struck …, the commander warned": the
            # parser made the time clause what was warned of
        if (
            dep == "conj"
            and current.tag_ == "VB"
            and head.tag_ in ("VBD", "VBN", "VBZ", "VBP")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in current.children)
        ):
            # "refused to agree to renounce violence, recognise Israel and accept past
            # deals": a bare infinitive the parser joined to the finite verb is one more
            # of its complements
            dep = "xcomp"
        if (
            dep == "advcl"
            and current.tag_ in ("VBP", "VBZ")
            and any(
                c.dep_ == "mark" and c.lower_ in ("until", "before", "once")
                for c in current.children
            )
        ):
            # "sworn to fight until they gain control": a present tense after 'until'
            # tells of what has not yet happened
            cues.append("future:until")
            return "future", cues
        if (
            dep == "advcl"
            and current.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children)
            and current.lemma_.lower() in OUSTING
        ):
            # "launched their offensive to topple Mobutu": an aim, not yet achieved
            cues.append(f"future:to {current.lemma_.lower()}")
            return "future", cues
        if _presupposed_here(current, head):
            break  # "did not retaliate after Iran shot down a drone": the downing happened
        if (
            dep == "conj"
            and current.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children)
        ):
            own_clause = True
        if dep in (
            "xcomp",
            "ccomp",
            "advcl",
            "pcomp",
            "conj",
            "acomp",
            "relcl",
            "dobj",
            "pobj",
            "prep",
            "nsubj",
            "nsubjpass",
            "acl",
            "attr",
            "oprd",
            "appos",
            "agent",
        ):
            lemma = head.lemma_.lower()
            if (
                dep in ("acl", "relcl")
                and head.pos_ == "NOUN"
                and lemma in PLAN_NOUNS
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
            ):
                if any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
                    cues.append(f"negated:no {lemma}")
                    return "negated", cues  # "has no plans to withdraw its troops"
                # "an appeal to lay down their arms", "a plan to withdraw": asked or planned
                cues.append(f"future:{lemma}")
                return "future", cues
            if (
                dep in ("ccomp", "acl")
                and head.pos_ == "NOUN"
                and lemma in REPORT_NOUNS
                and head.dep_ in ("dobj", "nsubjpass")
                and head.head.lemma_.lower() in REBUTTING
            ):
                # "rejected reports that the Gulf state had expelled Hamas": what the
                # rebutted report says is denied
                cues.append(f"negated:{head.head.lemma_.lower()}")
                return "negated", cues
            if dep in ("ccomp", "acl") and head.pos_ == "NOUN" and lemma in ALLEGATION_NOUNS:
                cues.append(f"hypothetical:{lemma}")
                return "hypothetical", cues  # "an allegation that the NPFL had taken over …"
            if dep == "pobj" and head.lower_ == "of" and _no_evidence(head.head):
                # "no immediate confirmation of reports that a Turkish drone had struck"
                cues.append(f"hypothetical:no {head.head.lemma_.lower()}")
                return "hypothetical", cues
            if dep in ("ccomp", "acl", "relcl") and _no_evidence(head):
                cues.append(f"hypothetical:no {lemma}")
                return "hypothetical", cues  # "no sign that Belarus was preparing to …"
            if dep == "pcomp" and head.lower_ == "to" and head.head.lemma_.lower() in COMMITTED:
                cues.append(f"future:{head.head.lemma_.lower()}")
                return "future", cues  # "Vietnam is committed to opening up the economy"
            if dep in ("pcomp", "pobj") and head.lower_ == "of":
                holder = head.head
                if holder.pos_ == "NOUN" and holder.lemma_.lower() in INTENTION_NOUNS:
                    if any(c.dep_ == "det" and c.lower_ == "no" for c in holder.children):
                        cues.append(f"negated:no {holder.lemma_.lower()}")
                        return "negated", cues  # "had no intention of sending troops"
                    cues.append(f"future:{holder.lemma_.lower()}")
                    return "future", cues  # "with the intention of annexing …"
            if dep == "dobj" and lemma in REJECTING_VERBS and current.pos_ == "NOUN":
                # "dismissed an appeal from President Gbagbo", "rejected a Russian
                # offer": what is rejected was made
                break
            if (
                dep in ("xcomp", "ccomp", "pcomp", "dobj", "pobj", "prep")
                and (lemma in NEGATING_VERBS)
                and not (lemma == "rule" and not any(c.lower_ == "out" for c in head.children))
            ):
                cues.append(f"negated:{lemma}")
                return "negated", cues
            to_clause = dep == "advcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in current.children
            )  # "have sworn to fight": the parser's advcl is the verb's complement
            if (
                (dep in ("xcomp", "ccomp") or to_clause)
                and lemma in FUTURE_VERBS
                and lemma not in SPEECH_VERBS
                and not (dep == "ccomp" and lemma in PHASE_VERBS)
            ):
                cues.append(f"future:{head.lemma_.lower()}")
                return "future", cues
            if dep in ("xcomp", "ccomp", "advcl") and lemma in IRREALIS_VERBS:
                cues.append(f"future:{head.lemma_.lower()}")
                return "future", cues
            cleared_by = head.head if head.head.pos_ == "VERB" else head.head.head
            if (
                dep in ("pcomp", "pobj")
                and head.lower_ == "of"
                and cleared_by.lemma_.lower() in ACQUITTING
            ):
                # "acquitted a physician of murdering his wife": the court found he did not
                cues.append(f"negated:{cleared_by.lemma_.lower()}")
                return "negated", cues
            if dep in ("pcomp", "pobj") and head.lower_ == "of" and head.head.lower_ in CAPABLE:
                # "hackers capable of launching cyber warfare": able to, not doing
                cues.append(f"hypothetical:{head.head.lower_}")
                return "hypothetical", cues
            if (
                dep in ("pcomp", "pobj")
                and head.lower_ == "of"
                and (head.head.lemma_.lower() in ALLEGING_VERBS)
            ):
                # "accused Kigali of backing the M23": the backing is alleged
                cues.append(f"hypothetical:{head.head.lemma_.lower()}")
                return "hypothetical", cues
            if dep in ("ccomp", "xcomp") and lemma in ALLEGING_VERBS - {"accuse", "charge"}:
                cues.append(f"hypothetical:{lemma}")
                return "hypothetical", cues
            if dep in ("ccomp", "xcomp") and lemma in DOUBT_VERBS:
                cues.append(f"hypothetical:{head.text}")
                return "hypothetical", cues
            if dep == "xcomp" and lemma in FUTURE_ADJECTIVES:
                cues.append(f"future:{head.lemma_.lower()}")
                return "future", cues
            if dep == "xcomp" and lemma in HYPOTHETICAL_ADJECTIVES:
                cues.append(f"hypothetical:{head.text}")
                return "hypothetical", cues
            if _doubted(current):
                # "it is increasingly doubtful that the junta will hand power back"
                cues.append("hypothetical:doubtful")
                return "hypothetical", cues
            if dep in ("nsubj", "dobj", "pobj", "prep", "attr") and head.pos_ not in (
                "VERB",
                "AUX",
                "ADP",
                "ADJ",
            ):
                # a noun inside a noun phrase: its clause is the verb above the phrase
                current = head
                continue
            if (
                current.pos_ == "NOUN"
                and current.lemma_.lower() in REPORT_NOUNS
                and dep in ("nsubj", "nsubjpass", "dobj", "pobj")
            ):
                # "Reports that X withdrew could not be verified": the content of a
                # report stands or falls with what is said of the report.
                current = head
                continue
            if dep == "dobj" and lemma in PREPARING and noun_event and not pending:
                # "Russia is preparing a new offensive": prepared, not yet launched —
                # unless the preparing is itself in doubt ("may be preparing")
                pending = f"future:{lemma}"
                current = head
                continue
            if dep == "dobj" and lemma in CREATING and noun_event:
                # "is expected to broker talks next week": talks someone would broker,
                # host or convene happen only if they do
                current = head
                continue
            if dep == "dobj" and lemma in EVIDENCING:
                # "footage appeared to show helicopters dropping barrel bombs": what
                # evidence shows is as sure as the evidence and the clause that cites it
                if any(c.dep_ in ("nsubj", "nsubjpass") and _unchecked(c) for c in head.children):
                    cues.append("hypothetical:unverified")
                    return "hypothetical", cues
                current = head
                continue
            if dep in ("nsubj", "nsubjpass", "dobj", "attr") and lemma not in LIGHT_CARRIERS:
                # "condemned the attack": the attack happened; only negators reach through
                if lemma in NEGATING_VERBS and dep == "dobj":
                    cues.append(f"negated:{lemma}")
                    return "negated", cues
                if lemma in DEFERRING and dep in ("dobj", "nsubjpass"):
                    cues.append(f"future:{lemma}")
                    return "future", cues  # "the opposition postponed the blockade"
                if dep in ("dobj", "attr") and (
                    not _presupposes(head) or (noun_event and _carries(head, current))
                ):
                    # "agreed to undertake joint exercises": a verb that is no event of
                    # its own only carries the noun; the clause above it decides
                    current = head
                    continue
                break
            current = head
            continue
        break
    if pending:
        return "future", [*cues, pending]
    return "asserted", cues


# Subordinators that make a clause adverbial, whatever the parser called it.
ADVERBIAL_MARKS = {"after", "before", "since", "because", "once", "while", "when", "although",
                   "though", "as", "until"}  # fmt: skip
# Subordinators and prepositions whose clause or noun is taken as given by the clause
# it hangs from: "did not retaliate after Iran shot down the drone", "refused despite
# repeated appeals from London", "rejected a resolution calling for …".
PRESUPPOSING_MARKS = {"after", "since", "because", "as", "once", "when", "while", "though",
                      "although"}  # fmt: skip
PRESUPPOSING_PREPS = {"after", "following", "since", "during"}
CONCESSIVE_PREPS = {"despite", "amid"}  # given whatever the tense
# Reactions take their cause as given: "vowed to retaliate for the killing of X".
REACTION_VERBS = {
    "retaliate", "avenge", "punish", "apologise", "apologize", "blame", "condemn",
    "criticise", "criticize", "thank", "praise", "compensate", "sanction", "revenge",
}  # fmt: skip
# Verbs of rejection whose object exists to be rejected: its own clauses are real.
REJECTING_VERBS = {
    "reject", "veto", "dismiss", "block", "oppose", "denounce", "condemn", "rebuff", "spurn",
}  # fmt: skip


def _finite(verb: Token) -> Token:
    """The tensed verb of a chain of infinitives: 'pledged to expand' → 'pledged'."""
    for _ in range(4):
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb


def _past(verb: Token) -> bool:
    """A verb in a past tense ("refused", "did not retaliate", "has rejected")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a in HYPOTHETICAL_AUX or a in FUTURE_AUX for a in auxes):
        return False
    return verb.tag_ in ("VBD", "VBN") or any(a in ("did", "had", "has", "have") for a in auxes)


def _presupposed_here(current: Token, head: Token) -> bool:
    """Does the step from `current` up to `head` cross into a clause that takes
    `current` as given, so nothing above it bears on whether it happened?"""
    dep = current.dep_
    if dep == "advcl" and current.tag_ in ("VBD", "VBN"):
        # a past-tense adverbial clause of time or cause happened
        return any(c.dep_ == "mark" and c.lower_ in PRESUPPOSING_MARKS for c in current.children)
    if dep == "pobj" and head.dep_ == "prep" and head.lower_ in CONCESSIVE_PREPS:
        return True  # "… despite repeated appeals", "amid protests": they were made
    if dep == "pobj" and head.dep_ == "prep" and _past(_finite(head.head)):
        if head.lower_ in PRESUPPOSING_PREPS:
            return True  # "(did not retaliate) after the attack"
        if head.lower_ == "for" and head.head.lemma_.lower() in REACTION_VERBS:
            return True  # "retaliate for the killing of General Soleimani"
    if dep in ("acl", "relcl") and head.pos_ == "NOUN":
        # "rejected a resolution calling for …": what the rejected thing says is real
        governor = head.head
        return (
            head.dep_ == "dobj"
            and governor.lemma_.lower() in REJECTING_VERBS
            and head.lemma_.lower() not in load_lexicon().nouns
            and head.lemma_.lower() not in REPORT_NOUNS  # "rejected reports that …"
        )
    return False


# Verbs that take an event noun as given: "denounced the attack", "mourned the killing".
PRESUPPOSING_VERBS = {
    "see",
    "witness",
    "watch",
    "mourn",
    "remember",
    "commemorate",
    "mark",
    "recall",
    "survive",
    "suffer",
    "document",
    "film",
    "record",
    "cover",
    "confirm",
    "claim",
    "blame",
    "acknowledge",
    "admit",
    "describe",
    "follow",
    "cause",
    "trigger",
    "spark",
    "prompt",
}


# Verbs whose event-noun object is still to come: "preparing an offensive".
PREPARING = {"prepare", "plan", "plot", "contemplate", "mull", "weigh", "consider",
             "envisage", "schedule", "propose", "seek"}  # fmt: skip
# Verbs that bring about the event noun they take: "broker talks", "host a summit".
CREATING = {"broker", "mediate", "host", "convene", "arrange", "organise", "organize",
            "facilitate", "sponsor", "schedule", "call"}  # fmt: skip
# Verbs by which evidence shows what happened.
EVIDENCING = {"show", "reveal", "depict", "indicate", "suggest", "document", "capture"}
UNVERIFIED = {"unverified", "unconfirmed", "unauthenticated", "purported", "alleged"}


def _unchecked(noun: Token) -> bool:
    """'Unverified footage', 'purported video': evidence no one has checked."""
    return any(c.dep_ == "amod" and c.lower_ in UNVERIFIED for c in noun.children)


def _presupposes(verb: Token) -> bool:
    """A verb that is an event itself, or one that takes its object as given."""
    lemma = verb.lemma_.lower()
    lexicon = load_lexicon()
    return (
        verb.pos_ not in ("VERB", "AUX")
        or lemma in PRESUPPOSING_VERBS
        or lemma in SPEECH_VERBS
        or lemma in lexicon.verbs
    )


def _carries(verb: Token, obj: Token) -> bool:
    """'to provide 70 million dollars of aid': a light verb whose object is an amount
    or a thing only carries the event noun inside it."""
    return verb.lemma_.lower() in load_lexicon().light and obj.lemma_.lower() not in (
        load_lexicon().nouns
    )


# Outcomes one sets out to achieve, which the setting out does not make so: "an
# offensive to topple Mobutu", "a campaign to oust the president", "to seize the city".
OUSTING = {"topple", "oust", "overthrow", "unseat", "depose", "remove", "seize", "capture",
           "take", "annex", "destroy", "eliminate", "defeat", "kill", "assassinate"}  # fmt: skip

# Verbs that clear someone of a deed: "acquitted of murder", "cleared of spying".
ACQUITTING = {"acquit", "clear", "exonerate", "absolve"}

# Adjectives of ability: what one is capable of has not happened.
CAPABLE = {"capable", "incapable", "able", "unable"}

# Verbs whose content is an allegation, not a fact: "accused X of shelling Y".
ALLEGING_VERBS = {"accuse", "allege", "charge", "suspect", "indict", "implicate"}

# Nouns whose content clause is only as true as what is said of them.
REPORT_NOUNS = {
    "report",
    "claim",
    "rumour",
    "rumor",
    "allegation",
    "speculation",
    "suggestion",
    "assertion",
    "accusation",
    "word",
    "story",
    "account",
}

# Putting off an event: it has not happened yet ("postponed the march", "the
# postponement of the blockade"); calling it off: it will not.
DEFERRING = {"postpone", "delay", "defer", "reschedule"}
DEFERRING_NOUNS = {"postponement", "delay", "deferral", "rescheduling"}
CANCELLING_NOUNS = {"cancellation", "calling-off", "scrapping", "abandonment"}

# Verbs that deny what a report says: "rejected reports that …", "dismissed claims".
REBUTTING = {"deny", "reject", "dismiss", "refute", "rebut", "debunk", "disown", "contradict"}
# Nouns whose content clause is alleged, whatever is said of the noun.
ALLEGATION_NOUNS = {
    "allegation", "claim", "rumour", "rumor", "speculation", "suggestion", "assertion",
    "accusation", "charge", "suspicion",
}  # fmt: skip

# Verbs that carry an event noun's modality: "an attack could come", "will launch …".
LIGHT_CARRIERS = CONSEQUENCE_VERBS | {
    "come",
    "happen",
    "occur",
    "take",
    "begin",
    "start",
    "be",
    "follow",
    "continue",
    "launch",
    "carry",
    "conduct",
    "mount",
    "stage",
    "hold",
    "make",
    "impose",
    "sign",
    "issue",
    "resume",
    "escalate",
    "intensify",
    "step",
    "order",
    "approve",
    "authorize",
    "authorise",
}


def _noun_is_negated(doc: Doc, event: EventMention) -> bool:
    noun = doc[event.head]
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def event_modality(doc: Doc, event: EventMention) -> tuple[str, list[str]]:
    sent = doc[event.head].sent
    if sent.text.rstrip().rstrip("\"”’'").endswith("?"):
        return "hypothetical", ["hypothetical:question"]
    if event.frame == "light" and any(
        c.dep_ == "det" and c.lower_ == "no" for c in doc[event.trigger[1] - 1].children
    ):
        return "negated", ["negated:no"]  # "made no public statement", "held no talks"
    if _reported(doc[event.head]) and _unverified(sent):
        # "… said North Korea had executed its defence chief, but the report could not
        # be independently confirmed": what was reported stays unconfirmed
        return "hypothetical", ["hypothetical:unverified"]
    if event.frame == "noun" and _noun_is_negated(doc, event):
        return "negated", ["negated:no"]
    if event.frame == "noun":
        predicate = _copula_predicate(doc[event.head]) or _noun_modifier(doc[event.head])
        if predicate is not None:
            return predicate
    return clause_modality(doc[event.head])


def _reported(token: Token) -> bool:
    """Is the token inside what a verb of saying reports (its complement clause), or in
    a clause told on someone's word ("has reportedly ordered …, according to …")?"""
    for ancestor in (token, *token.ancestors):
        if ancestor.dep_ == "ccomp" and ancestor.head.lemma_.lower() in SPEECH_VERBS:
            return True
        if ancestor.pos_ in ("VERB", "AUX") and any(
            c.lower_ in HEARSAY or (c.lower_ == "according" and c.dep_ == "prep")
            for c in ancestor.children
        ):
            return True
    return False


# Adverbs that leave a clause in doubt ("possibly", "for allegedly trying to …");
# "reportedly" only attributes, and stays asserted unless the report is unverified.
HEDGING_ADVERBS = {"possibly", "perhaps", "maybe", "allegedly", "purportedly", "supposedly"}
# Adverbs that tell a clause on someone else's word.
HEARSAY = {"reportedly", "allegedly", "purportedly", "apparently", "supposedly"}


def _unverified(sent: Span) -> bool:
    """A sentence that says its report could not be confirmed or verified."""
    for token in sent:
        if token.lemma_.lower() not in VERIFYING or token.pos_ not in ("VERB", "AUX"):
            continue
        denied = any(c.dep_ == "neg" for c in token.children) or any(
            c.lemma_.lower() in ("unable", "impossible") for c in token.ancestors
        )
        told = any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in UNCONFIRMED_THINGS
            for c in token.children
        )
        if denied and told:
            return True
    return False


VERIFYING = {"confirm", "verify", "corroborate", "substantiate"}
UNCONFIRMED_THINGS = REPORT_NOUNS | {
    "account", "information", "figure", "toll", "it", "this", "that", "which", "claim",
}  # fmt: skip


def _noun_modifier(noun: Token) -> tuple[str, list[str]] | None:
    """'a planned march', 'the alleged attack', 'a timetable for the withdrawal'."""
    for child in noun.children:
        word = child.lower_
        if child.dep_ == "amod" and word in FUTURE_MODIFIERS:
            return "future", [f"future:{word}"]
        if child.dep_ == "amod" and word in HYPOTHETICAL_MODIFIERS:
            return "hypothetical", [f"hypothetical:{word}"]
    if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "of", "on"):
        holder = noun.head.head
        if holder.pos_ == "NOUN" and holder.lemma_.lower() in PLAN_NOUNS:
            return "future", [f"future:{holder.lemma_.lower()}"]
        if noun.head.lower_ == "of" and holder.lemma_.lower() in DEFERRING_NOUNS:
            # "announced the postponement of the nationwide blockade"
            return "future", [f"future:{holder.lemma_.lower()}"]
        if noun.head.lower_ == "of" and holder.lemma_.lower() in CANCELLING_NOUNS:
            return "negated", [f"negated:{holder.lemma_.lower()}"]
    return None


FUTURE_MODIFIERS = {
    "planned",
    "proposed",
    "expected",
    "imminent",
    "upcoming",
    "threatened",
    "scheduled",
    "impending",
    "forthcoming",
    "promised",
    "pledged",
    "intended",
}
HYPOTHETICAL_MODIFIERS = {
    "alleged",
    "suspected",
    "possible",
    "potential",
    "rumoured",
    "rumored",
    "purported",
    "feared",
    "apparent",
    "hypothetical",
}


def _copula_predicate(noun: Token) -> tuple[str, list[str]] | None:
    """'New sanctions are unlikely', 'an attack is imminent': the predicate decides."""
    head = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or head.lemma_ != "be":
        return None
    for child in head.children:
        if child.dep_ == "acomp":
            word = child.lemma_.lower()
            if word in HYPOTHETICAL_ADJECTIVES or word in ("unlikely", "possible", "uncertain"):
                return "hypothetical", [f"hypothetical:{word}"]
            if word in FUTURE_ADJECTIVES or word in ("imminent", "planned", "forthcoming"):
                return "future", [f"future:{word}"]
    return None


def _declaration_stands(doc: Doc, act: EventMention, statement: EventMention) -> bool:
    """The declaring verb's own clause must be asserted: 'if Poland decided to send
    tanks', 'no sign that Belarus was preparing to send troops' declare nothing."""
    word = statement.cues[0].split(":", 1)[1] if statement.cues else ""
    head = doc[act.head]
    declaring = next(
        (a for a in (head, *head.ancestors) if a.lemma_.lower() == word or a.lower_ == word),
        None,
    )
    if declaring is None:
        return True
    for clause in (declaring, *declaring.ancestors):
        if clause.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in clause.children
        ):
            return False  # "… if Poland decided to send its tanks"
    holder = declaring.head
    if declaring.dep_ in ("ccomp", "acl") and _no_evidence(holder):
        return False  # "no sign that Belarus was preparing to send troops"
    if declaring is not head and clause_modality(declaring)[0] in ("negated", "hypothetical"):
        return False  # "denied that it was planning to supply weapons"
    return declaring.sent.text.rstrip().rstrip("\"”’'")[-1:] != "?"


def _no_evidence(noun: Token) -> bool:
    """'no sign', 'no evidence', 'no indication': the clause they hold is unproven."""
    return noun.lemma_.lower() in EVIDENCE_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children
    )


# Participles of commitment: "is committed to opening up", "dedicated to rebuilding".
COMMITTED = {"commit", "dedicate", "devote", "pledge"}

# Nouns whose content clause is only as true as the evidence said of them.
EVIDENCE_NOUNS = {"sign", "evidence", "indication", "proof", "suggestion", "hint", "trace",
                  "confirmation", "verification", "corroboration"}  # fmt: skip
# Nouns of intention: "no intention of sending troops", "plans to withdraw".
INTENTION_NOUNS = {"intention", "intent", "plan", "desire", "interest", "wish", "need", "aim"}


class _Finder(ArgumentFinder):
    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog


class ModalityTagger:
    def __init__(self, catalog: Catalog | None = None) -> None:
        self.finder = _Finder(catalog or load_catalog())

    def __call__(self, doc: Doc) -> Doc:
        events = doc._.fp_events or []
        statements: list[tuple[EventMention, EventMention]] = []
        for event in events:
            event.modality, event.cues = event_modality(doc, event)
            statement = declared_event(doc, self.finder, event) or refusal_event(doc, event)
            if statement is not None and _declaration_stands(doc, event, statement):
                statements.append((event, statement))
            for demand in demand_event(doc, self.finder, event):
                statements.append((event, demand))
        replaced = {
            id(act)
            for act, statement in statements
            if statement.cues[0].split(":", 1)[1] in EXPLICIT_DECLARATIONS
        }
        # "agreed to undertake exercises": the specific intent (0312) made from the act
        # stands for the generic declaration (030) of the verb that governs it.
        covered = {
            generic.declared_act
            for generic in events
            if generic.declared_act is not None
            for act, _ in statements
            if generic.declared_act == act.head
            or doc[generic.declared_act].is_ancestor(doc[act.head])
        }
        kept = [
            e
            for e in events
            if id(e) not in replaced and (e.declared_act is None or e.declared_act not in covered)
        ]
        for generic in kept:
            if generic.declared_act is not None:
                _aim_at_act_target(doc, generic, events)
        for event in [*kept, *(statement for _, statement in statements)]:
            if event.code.startswith("13") and event.target is None:
                event.target = condition_party(doc, self.finder, doc[event.head])
        kept = content_of_accusations(doc, content_of_appeals(doc, kept))
        kept = _denials_of_told_events(doc, kept)
        kept += uncoded_demands(doc, self.finder, events)
        doc._.fp_events = kept + [statement for _, statement in statements]
        return doc


def _denials_of_told_events(doc: Doc, events: list[EventMention]) -> list[EventMention]:
    """'rejected reports that the Gulf state had expelled Hamas': like "denied that X
    happened", a denial of a report that tells what happened is that event, negated
    (when the lexicon codes it) — not also a denial of responsibility (016)."""
    denials = [e for e in events if e.code == DENIAL]
    if not denials:
        return events
    dropped = set()
    for denial in denials:
        verb = doc[denial.head]
        # the report is the verb's object, or (as the parser reads "dismissed as
        # rumours reports that …") the object of its preposition
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + [
            g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
        ]
        told = [
            clause
            for obj in objects
            if obj.lemma_.lower() in REPORT_NOUNS
            for clause in obj.children
            if clause.dep_ in ("acl", "ccomp")
        ]
        if any(c.pos_ in ("VERB", "AUX") for c in told):
            dropped.add(id(denial))
    return [e for e in events if id(e) not in dropped]


# Denying responsibility (CAMEO 016).
DENIAL = "016"


def content_of_accusations(doc: Doc, events: list[EventMention]) -> list[EventMention]:
    """'Ukraine accused Russian forces of executing soldiers': what an accusation
    charges is its content, carried by the accusation (11x) itself, not a second event
    (the same holds for threats and vows, see `EXPLICIT_DECLARATIONS`)."""
    accusations = {e.head for e in events if e.code[:2] == "11"}
    if not accusations:
        return events
    kept = []
    for event in events:
        charged = next((c for c in event.cues if c.split(":", 1)[-1] in ACCUSING_VERBS), None)
        accuser = next((a for a in doc[event.head].ancestors if a.i in accusations), None)
        if charged is None or accuser is None or accuser.lemma_.lower() not in ACCUSING_VERBS:
            kept.append(event)
    return kept


# Verbs whose of-phrase is the charge: "accused Kigali of backing the M23".
ACCUSING_VERBS = {"accuse", "charge"}


def _aim_at_act_target(doc: Doc, generic: EventMention, events: list[EventMention]) -> None:
    """'France agreed to send 500 troops to Mali': a declaration whose own target is
    missing or of no country is aimed where the declared act is (Mali)."""
    if generic.target is not None and generic.target.actor.country is not None:
        return
    act_root = doc[generic.declared_act]  # type: ignore[index]
    for act in events:
        if (
            act is not generic
            and act.target is not None
            and act.target.actor.country is not None
            and (act.head == act_root.i or act_root.is_ancestor(doc[act.head]))
        ):
            generic.target = act.target
            return


@Language.factory(
    "flashpoint_modality",
    requires=["doc._.fp_events", "token.dep"],
    assigns=["doc._.fp_events"],
)
def make_modality_tagger(nlp: Language, name: str) -> ModalityTagger:
    return ModalityTagger()
