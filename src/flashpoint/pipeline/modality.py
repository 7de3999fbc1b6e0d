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
SPEECH_VERBS = {
    "say",
    "tell",
    "state",
    "announce",
    "claim",
    "report",
    "add",
    "confirm",
    "insist",
    "note",
    "write",
    "declare",
    "assert",
    "argue",
    "believe",
    "think",
    "explain",
    "acknowledge",
    "admit",
    "reveal",
    "disclose",
    "allege",
    "stress",
}
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
            cues.append(f"{cue}:{current.text}")
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
                cues.append(f"future:{head.text}")
                return "future", cues
            if dep in ("xcomp", "ccomp", "advcl") and lemma in IRREALIS_VERBS:
                cues.append(f"future:{head.text}")
                return "future", cues
            if dep in ("ccomp", "xcomp") and lemma in DOUBT_VERBS:
                cues.append(f"hypothetical:{head.text}")
                return "hypothetical", cues
            if dep == "xcomp" and lemma in FUTURE_ADJECTIVES:
                cues.append(f"future:{head.text}")
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


# Verbs that carry an event noun's modality: "an attack could come", "will launch …".
LIGHT_CARRIERS = {
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
    return clause_modality(doc[event.head])


class ModalityTagger:
    def __call__(self, doc: Doc) -> Doc:
        for event in doc._.fp_events or []:
            event.modality, event.cues = event_modality(doc, event)
        return doc


@Language.factory(
    "flashpoint_modality",
    requires=["doc._.fp_events", "token.dep"],
    assigns=["doc._.fp_events"],
)
def make_modality_tagger(nlp: Language, name: str) -> ModalityTagger:
    return ModalityTagger()
