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
