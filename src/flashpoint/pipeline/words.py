"""Word lists that several stages read. One list, one place."""

from __future__ import annotations

# Verbs that report speech or belief: their subject claims what their clause says.
REPORTING_VERBS = frozenset({
    "acknowledge", "add", "admit", "affirm", "allege", "announce", "claim", "conclude",
    "confirm", "declare", "disclose", "emphasise", "emphasize", "explain", "indicate",
    "insist", "maintain", "note", "reaffirm", "reiterate", "report", "reveal", "say",
    "state", "tell", "underline", "write",
})  # fmt: skip

# Verbs that report what an incident did rather than a new incident: "a drone strike
# killed a commander", "bombed the town, killing 12". The event coder folds them into
# their incident, and modality reads an event noun's modality through them.
CONSEQUENCE_VERBS = frozenset({
    "kill", "wound", "injure", "destroy", "damage", "leave", "claim", "cause", "displace",
    "hit", "maim", "flatten", "level", "raze", "target", "strike", "rock", "devastate",
})  # fmt: skip

# Auxiliaries of the future: "will strike", "shall respond".
FUTURE_AUX = {"will", "shall", "'ll", "wo"}

# Verbs of saying and believing whose clause is what their subject holds.
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

# Nouns whose complement is planned or asked for, not done: "a timetable for the
# withdrawal", "a call for talks".
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
