"""Statements: what CAMEO codes when an actor declares, refuses or demands an act.

An actor declaring its own future act has made a statement (03x intent, 13x threat);
refusing a cooperative act is a 12x refusal; saying another actor must act is a 10x
demand. The modality stage (`modality.py`) reads each event's modality first; the
functions here turn the acts it marked future, negated or hypothetical into the
asserted statements behind them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .arguments import ArgumentFinder
from .mentions import ActorMention, EventMention, doc_text
from .words import FUTURE_AUX, IRREALIS_VERBS, PLAN_NOUNS, SPEECH_VERBS

# An actor declaring its own future act has made a statement, which CAMEO codes as
# such: future cooperation is an intent under root 03 ("Norway is willing to send
# aid" → 033), a future hostile act a threat under root 13 ("Iran threatened to cut
# off electricity" → 1311, "Turkey plans a ground operation" → 138). The act itself
# stays a future event; the statement is asserted.
DECLARATION_CUES = {
    "will",
    "would",
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
    "commit",
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
# Getting ready to use force: CAMEO 150, demonstrate military or police power.
MILITARY_POSTURE = "150"
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


# Verbs that are themselves the statement: "threatened to cut aid" is a threat (1311),
# "agreed to hold talks" an intent (036), "refused to release" a refusal (1243) —
# CAMEO codes the statement alone, so the act they govern is not a second event.
EXPLICIT_DECLARATIONS = {
    "threaten",
    "vow",
    "swear",
    "pledge",
    "promise",
    "agree",
    "offer",
    "refuse",
    "decline",
}
REFUSALS = {"refuse", "decline"}
# A cooperative act its own actor refuses or says it will not do → the 12x refusal.
REJECT_CODES = {
    "03": "120", "04": "125", "05": "120", "057": "127", "06": "121", "061": "1211",
    "062": "1212", "07": "122", "071": "1221", "072": "1222", "073": "1223",
    "074": "1224", "075": "1223", "08": "124", "081": "1241", "083": "123",
    "084": "1243", "0841": "1243", "085": "1244", "086": "1245", "087": "1246",
}  # fmt: skip
# An act someone else says another actor must do → the 10x demand of it.
DEMAND_CODES = {
    "03": "100", "04": "108", "05": "102", "06": "101", "061": "1011", "062": "1012",
    "07": "103", "071": "1031", "072": "1032", "073": "1033", "074": "1034",
    "08": "105", "081": "1051", "083": "104", "0831": "1041", "084": "1053",
    "0841": "1053", "085": "1054", "086": "1055", "087": "1056", "0871": "1056",
}  # fmt: skip


def _statement(
    event: EventMention,
    code: str,
    word: str,
    source: ActorMention | None = None,
    target: ActorMention | None = None,
) -> EventMention:
    """The asserted statement behind `event`; its roles unless others are given."""
    return EventMention(
        code,
        event.trigger,
        event.head,
        "declared",
        source or event.source,
        target or event.target,
        "asserted",
        cues=[f"declared:{word}"],
    )


def _said_by_other(doc: Doc, finder: ArgumentFinder, event: EventMention) -> bool:
    """'Analysts said Israel would retaliate': a future someone else foretells is no
    declaration of the actor's own. Speakers of the actor's own country count as it."""
    clause = doc[event.head]
    for _ in range(5):  # "analysts say X would be bound to come to Manila's aid"
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SPEECH_VERBS:
            break
        if clause.dep_ not in ("xcomp", "conj", "dobj", "pobj", "prep") or clause.head == clause:
            return False
        clause = clause.head
    else:
        return False
    subjects, _ = finder.subjects(doc, clause.head)
    if not subjects:
        return False
    speakers = _speaker(doc, finder, clause)
    if not speakers:
        # "analysts said …" foretells; "diplomatic sources said …" reports a plan
        return any(t.lemma_.lower() in FORECASTERS for t in subjects)
    if any(s.actor.country is None for s in speakers):
        return False  # a speaker we cannot place may well be the actor's own
    source = event.source
    # the actor's own side, or the one the act is for ("Albania said the German
    # foreign minister will visit"), speaks for the arrangement
    sides = {source.actor.country} if source is not None else set()
    if event.target is not None and event.code[:2] in ("03", "04", "05", "06", "07", "08"):
        sides.add(event.target.actor.country)
    return source is not None and not any(
        s.actor.name == source.actor.name or s.actor.country in sides for s in speakers
    )


# Speakers who foretell rather than report: what they expect is no actor's declaration.
FORECASTERS = {
    "analyst", "expert", "observer", "commentator", "economist", "pundit", "scholar",
    "researcher", "forecaster", "strategist", "academic", "critic", "poll", "survey",
}  # fmt: skip

# Hostile acts that are a threat even when the declaration names no target ("is
# prepared to impose martial law", "plans to cut aid"); troop movements are not.
UNTARGETED_THREATS = ("16", "17", "18", "19", "20")


def declared_event(doc: Doc, finder: ArgumentFinder, event: EventMention) -> EventMention | None:
    """The asserted 03x intent or 13x threat behind a future act its source declared."""
    if event.source is None or not event.cues:
        return None
    word = event.cues[-1].split(":", 1)[1]
    # "Russia would have to use a nuclear weapon if …": a hostile act one's own side
    # says it would do on a condition is the classic threat
    conditional_threat = (
        event.modality == "hypothetical" and word == "would" and event.code[:2] in THREAT_CODES
    )
    if event.modality != "future" and not conditional_threat:
        return None
    if word in ("will", "would", "shall", "'ll") and _said_by_other(doc, finder, event):
        return None
    if event.code[:2] in ("03", "04", "05", "06", "07", "08") and word in DECLARATION_CUES:
        code = _declared_code(event.code, INTENT_CODES)
    elif word == "prepare" and event.code[:2] in ("18", "19", "20"):
        # "the army prepared to resume shelling": readying force is a show of force
        # (15), not words; "is prepared to strike" (willing) stays a threat below
        code = MILITARY_POSTURE
    elif (
        event.code[:2] in THREAT_CODES
        and word in CONFLICT_CUES
        and (
            event.target is not None
            or word in EXPLICIT_THREATS
            or event.code[:2] in UNTARGETED_THREATS
        )
    ):
        code = _declared_code(event.code, THREAT_CODES)
    else:
        return None
    if code is None:
        return None
    return _statement(event, code, word)


def _negated_future(token: Token) -> bool:
    """'will not accept', 'would not meet': a negated clause about the future."""
    auxes = {c.lower_ for c in token.children if c.dep_ == "aux"}
    negated = any(c.dep_ == "neg" for c in token.children)
    return negated and bool(auxes & (FUTURE_AUX | {"would"}))


def refusal_event(doc: Doc, event: EventMention) -> EventMention | None:
    """'Iran refused to release the aid worker' → 1243; 'Syria says it will not accept
    more refugees' → 122: refusing a cooperative act is a 12x statement."""
    if event.modality != "negated" or event.source is None or not event.cues:
        return None
    word = event.cues[-1].split(":", 1)[1]
    if word not in REFUSALS and not (
        event.frame in ("verb", "light") and _negated_future(doc[event.head])
    ):
        return None
    code = _declared_code(event.code, REJECT_CODES)
    return _statement(event, code, word) if code else None


def _speaker(doc: Doc, finder: ArgumentFinder, clause: Token) -> list[ActorMention]:
    """Who says a reported clause: the subject of the speech verb above it, or of the
    verb that issues a speech noun ("issued a stern reminder to Iraq that it must …")."""
    head = clause.head
    if clause.dep_ in ("acl", "ccomp") and head.lemma_.lower() in SPEECH_NOUNS:
        head = head.head
    elif clause.dep_ != "ccomp" or head.lemma_.lower() not in SPEECH_VERBS | DEMANDING_VERBS:
        return []
    subjects, passive = finder.subjects(doc, head)
    return [] if passive else [m for t in subjects for m in finder.mentions_at(doc, t)]


# Nouns whose clause is said by whoever issues them: "a reminder that Iraq must …".
SPEECH_NOUNS = {
    "reminder", "warning", "statement", "message", "letter", "demand", "call", "insistence",
    "declaration", "announcement", "note", "ultimatum",
}  # fmt: skip
# Verbs that are no speech verbs but whose clause is a demand: "urged that Iran halt".
DEMANDING_VERBS = {"demand", "urge"}


def demand_event(doc: Doc, finder: ArgumentFinder, event: EventMention) -> list[EventMention]:
    """'Russia said Sudan must return the helicopter' → Russia demands (1053) of Sudan:
    an act another actor must do, in the speaker's own words, is a 10x demand."""
    if event.modality != "hypothetical" or event.cues != ["hypothetical:must"]:
        return []
    if event.frame not in ("verb", "light"):
        return []
    code = _declared_code(event.code, DEMAND_CODES)
    if code is None:
        return []
    clause = doc[event.head]
    if event.source is None:
        # "issued a reminder to Iraq that it must cooperate": the pronoun is whoever
        # the reminder was addressed to
        addressed = [
            m
            for t in finder.prep_objects(clause.head.head, ("to",))
            for m in finder.mentions_at(doc, t)
        ]
        if not addressed:
            return []
        event.source = addressed[0]
    speakers = _speaker(doc, finder, clause)
    return [
        _statement(event, code, "must", source=s, target=event.source)
        for s in speakers
        if s.actor.country != event.source.actor.country or s.actor.name != event.source.actor.name
    ][:2]


def uncoded_demands(
    doc: Doc, finder: ArgumentFinder, events: list[EventMention]
) -> list[EventMention]:
    """'The administration declared that China must drop barriers to US exports': a
    must-clause whose act the lexicon does not code is still a demand (100)."""
    text = doc_text(doc)
    if "must" not in text and "Must" not in text:
        return []  # most documents: no token walk at all
    heads = {e.head for e in events}
    found = []
    for token in doc:
        if token.lower_ != "must" or token.dep_ != "aux":
            continue
        clause = token.head
        if any(c.dep_ == "neg" for c in clause.children):
            continue  # "must not" forbids rather than demands; leave it uncoded
        if any(h == clause.i or (doc[h].head == clause and doc[h].dep_ != "relcl") for h in heads):
            continue  # the act is coded: demand_event made the specific demand
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        targets = [m for t in subjects for m in finder.mentions_at(doc, t)]
        if not targets:
            continue
        for speaker in _speaker(doc, finder, clause)[:1]:
            for target in targets[:2]:
                if speaker.actor.name == target.actor.name:
                    continue
                found.append(
                    EventMention(
                        "100",
                        (clause.i, clause.i + 1),
                        clause.i,
                        "declared",
                        speaker,
                        target,
                        "asserted",
                        cues=["declared:must"],
                    )
                )
    return found


def condition_party(doc: Doc, finder: ArgumentFinder, token: Token) -> ActorMention | None:
    """'Russia threatened to stop the talks if the United States deploys new missiles':
    a conditional threat is aimed at whoever must meet the condition."""
    # the condition hangs off the threatened act or off the verb of threatening
    acts = [c for c in token.children if c.dep_ in ("xcomp", "ccomp")]
    for act in acts:
        for clause in (c for c in act.children if c.dep_ == "advcl"):
            if any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in clause.children):
                subjects, passive = finder.subjects(doc, clause)
                found = [] if passive else [m for t in subjects for m in finder.mentions_at(doc, t)]
                if found:
                    return found[0]
    for _ in range(4):
        for clause in (c for c in token.children if c.dep_ == "advcl"):
            if not any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in clause.children):
                continue
            subjects, passive = finder.subjects(doc, clause)
            found = [] if passive else [m for t in subjects for m in finder.mentions_at(doc, t)]
            if found:
                return found[0]
        if token.head.i == token.i or token.dep_ not in ("xcomp", "ccomp", "conj", "dobj"):
            break
        token = token.head
    return None


def content_of_appeals(doc: Doc, events: list[EventMention]) -> list[EventMention]:
    """'urged Congress to approve the aid package', 'demanded a timetable for the
    withdrawal': what an appeal or demand asks for is its content, coded in the 02x/10x
    code itself, not a second (future) event."""
    appeals = {e.head for e in events if e.code[:2] in ("02", "10")}
    if not appeals:
        return events
    kept = []
    for event in events:
        word = event.cues[-1].split(":", 1)[1] if event.cues else ""
        asked = (event.modality == "future" and (word in IRREALIS_VERBS or word in PLAN_NOUNS)) or (
            # "called on both sides to avoid a wider war"
            event.modality == "negated" and word in ("avoid", "refrain")
        )
        token = doc[event.head]
        inside = False
        for _ in range(5):
            if token.head.i == token.i:
                break
            token = token.head
            if token.i in appeals:
                inside = True
                break
        if not (asked and inside):
            kept.append(event)
    return kept
