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
from spacy.tokens import Doc, Token

from .mentions import EventMention
from .words import CONSEQUENCE_VERBS, REPORTING_VERBS

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
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HYPOTHETICAL_AUX = {"could", "might", "may", "would", "should", "must", "can", "ca"}
FUTURE_VERBS = {
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
    "decide",
    "resolve",
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
HYPOTHETICAL_MARKS = {"if", "unless", "whether", "lest", "provided", "suppose", "supposing"}
SPEECH_VERBS = REPORTING_VERBS | {"argue", "assert", "believe", "stress", "think"}
# Verbs whose complement did not (yet) happen even without a modal: "called for X to leave".
IRREALIS_VERBS = {
    "call",
    "urge",
    "ask",
    "demand",
    "request",
    "appeal",
    "press",
    "want",
    "push",
    "lobby",
    "order",
    "encourage",
    "invite",
    "recommend",
    "insist",
    "suggest",
}
# Verbs whose subordinate content is unsettled: "asked whether", "wondered if".
DOUBT_VERBS = {
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


def _aux_cue(token: Token) -> str | None:
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in ("never",)):
            return "negated"
    for child in token.children:
        if child.dep_ in ("aux", "auxpass"):
            word = child.lower_
            if word in FUTURE_AUX:
                return "future"
            if word in HYPOTHETICAL_AUX:
                return "hypothetical"
        if child.dep_ == "mark" and child.lower_ in HYPOTHETICAL_MARKS:
            return "hypothetical"
        if child.dep_ == "advmod" and child.lower_ in ("possibly", "perhaps", "maybe"):
            return "hypothetical"
    # "is going to attack": going/xcomp with aux 'to'
    return None


def _aux_word(token: Token) -> str:
    """The word that gave a clause its cue ('will', 'not', 'if' …), for the record."""
    for child in token.children:
        cue_words = NEGATORS | FUTURE_AUX | HYPOTHETICAL_AUX | HYPOTHETICAL_MARKS
        if child.dep_ in ("neg", "aux", "auxpass", "mark", "advmod") and child.lower_ in cue_words:
            return child.lower_
    return token.lemma_.lower()


def _reported_would(token: Token) -> bool:
    would = any(c.dep_ == "aux" and c.lower_ == "would" for c in token.children)
    return would and token.dep_ == "ccomp" and token.head.lemma_.lower() in SPEECH_VERBS


def _going_to(token: Token) -> bool:
    head = token.head
    return token.dep_ == "xcomp" and head.lemma_ == "go" and head.tag_ == "VBG"


def clause_modality(token: Token) -> tuple[str, list[str]]:
    """Modality of the clause headed by `token`, climbing through embedding clauses."""
    cues: list[str] = []
    current = token
    for _ in range(8):
        cue = _aux_cue(current)
        if cue == "hypothetical" and _reported_would(current):
            cue = "future"  # "Biden said the US would respond": future in the past
        if cue:
            cues.append(f"{cue}:{_aux_word(current)}")
            return cue, cues
        if _going_to(current):
            return "future", [*cues, "future:going to"]
        dep = current.dep_
        head = current.head
        if head.i == current.i:
            break
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
                dep in ("xcomp", "ccomp", "pcomp", "dobj", "pobj", "prep")
                and (lemma in NEGATING_VERBS)
                and not (lemma == "rule" and not any(c.lower_ == "out" for c in head.children))
            ):
                cues.append(f"negated:{head.text}")
                return "negated", cues
            if dep in ("xcomp", "ccomp") and lemma in FUTURE_VERBS and lemma not in SPEECH_VERBS:
                cues.append(f"future:{head.lemma_.lower()}")
                return "future", cues
            if dep in ("xcomp", "ccomp", "advcl") and lemma in IRREALIS_VERBS:
                cues.append(f"future:{head.lemma_.lower()}")
                return "future", cues
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
            if dep in ("nsubj", "nsubjpass", "dobj", "attr") and lemma not in LIGHT_CARRIERS:
                # "condemned the attack": the attack happened; only negators reach through
                if lemma in NEGATING_VERBS and dep == "dobj":
                    cues.append(f"negated:{head.text}")
                    return "negated", cues
                break
            current = head
            continue
        break
    return "asserted", cues


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
    if event.frame == "noun" and _noun_is_negated(doc, event):
        return "negated", ["negated:no"]
    if event.frame == "noun":
        predicate = _copula_predicate(doc[event.head]) or _noun_modifier(doc[event.head])
        if predicate is not None:
            return predicate
    return clause_modality(doc[event.head])


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
PLAN_NOUNS = {
    "timetable",
    "plan",
    "deadline",
    "proposal",
    "roadmap",
    "schedule",
    "call",
    "demand",
    "bid",
    "offer",
    "plea",
    "request",
    "threat",
    "prospect",
    "possibility",
    "risk",
    "fear",
    "danger",
    "option",
    "idea",
    "push",
    "appeal",
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


# An actor declaring its own future act has made a statement, which CAMEO codes as
# such: future cooperation is an intent under root 03 ("Norway is willing to send
# aid" → 033), a future hostile act a threat under root 13 ("Iran threatened to cut
# off electricity" → 1311, "Turkey plans a ground operation" → 138). The act itself
# stays a future event; the statement is asserted.
DECLARATION_CUES = {
    "will",
    "shall",
    "'ll",
    "plan",
    "intend",
    "pledge",
    "promise",
    "vow",
    "offer",
    "agree",
    "ready",
    "willing",
    "prepared",
    "prepare",
    "decide",
    "set",
    "aim",
    "seek",
    "want",
    "propose",
    "resolve",
    "eager",
    "keen",
    "determined",
    "threaten",
    "warn",
}
CONFLICT_CUES = DECLARATION_CUES - {
    "offer",
    "agree",
    "willing",
    "eager",
    "keen",
    "want",
    "propose",
    "seek",
    "hope",
}
INTENT_CODES = {
    "061": "0311", "062": "0312", "063": "0313", "064": "0314", "071": "0331",
    "072": "0332", "073": "0333", "074": "0334", "081": "0351", "0841": "0353",
    "084": "0353", "085": "0354", "086": "0355", "087": "0356", "0871": "0356",
    "0872": "0356", "0873": "0356", "0874": "0356", "083": "034", "0831": "0341",
    "0832": "0342", "0833": "0343", "0834": "0344", "057": "030", "046": "036",
    "040": "036", "041": "036", "042": "036", "043": "036", "044": "036", "045": "039",
    "04": "036", "05": "032", "06": "031", "07": "033", "08": "035",
}  # fmt: skip
# Words that make a threat of what follows even when no target is named.
EXPLICIT_THREATS = {"threaten", "vow", "swear"}
THREAT_CODES = {
    "14": "133", "15": "130", "16": "131", "161": "1313", "162": "1311", "163": "1312",
    "164": "134", "165": "135", "166": "1313", "17": "137", "18": "1383", "19": "138",
    "190": "1384", "191": "1381", "192": "1382", "193": "1384", "194": "1384",
    "195": "1384", "20": "138", "204": "1385",
}  # fmt: skip


def _declared_code(code: str, table: dict[str, str]) -> str | None:
    for length in range(len(code), 1, -1):
        if code[:length] in table:
            return table[code[:length]]
    return None


def declared_event(event: EventMention) -> EventMention | None:
    """The asserted 03x intent or 13x threat behind a future act its source declared."""
    if event.modality != "future" or event.source is None or not event.cues:
        return None
    word = event.cues[-1].split(":", 1)[1]
    if event.code[:2] in ("03", "04", "05", "06", "07", "08") and word in DECLARATION_CUES:
        code = _declared_code(event.code, INTENT_CODES)
    elif (
        event.code[:2] in THREAT_CODES
        and word in CONFLICT_CUES
        and (event.target is not None or word in EXPLICIT_THREATS)
    ):
        code = _declared_code(event.code, THREAT_CODES)
    else:
        return None
    if code is None:
        return None
    return EventMention(
        code,
        event.trigger,
        event.head,
        "declared",
        event.source,
        event.target,
        "asserted",
        cues=[f"declared:{word}"],
    )


class ModalityTagger:
    def __call__(self, doc: Doc) -> Doc:
        events = doc._.fp_events or []
        declared = []
        for event in events:
            event.modality, event.cues = event_modality(doc, event)
            statement = declared_event(event)
            if statement is not None:
                declared.append(statement)
        doc._.fp_events = events + declared
        return doc


@Language.factory(
    "flashpoint_modality",
    requires=["doc._.fp_events", "token.dep"],
    assigns=["doc._.fp_events"],
)
def make_modality_tagger(nlp: Language, name: str) -> ModalityTagger:
    return ModalityTagger()
