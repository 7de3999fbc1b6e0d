"""Word lists that several stages read. One list, one place."""

from __future__ import annotations

# Verbs that report speech or belief: their subject claims what their clause says.
REPORTING_VERBS = frozenset({
    "acknowledge", "add", "admit", "allege", "announce", "claim", "confirm", "declare",
    "disclose", "explain", "insist", "note", "report", "reveal", "say", "state",
    "tell", "write",
})  # fmt: skip
