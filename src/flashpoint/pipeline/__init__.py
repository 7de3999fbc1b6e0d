"""The coder: one module per stage, each a registered spaCy component.

Importing this package registers the factories; `STAGES` is their order.
"""

from __future__ import annotations

from . import actors, attribution, coref, dates, events, modality, places, syntax  # noqa: F401
from .mentions import register_extensions

register_extensions()

# Places and dates come before events: a named place can stand for a target's country.
STAGES = (
    "flashpoint_syntax",
    "flashpoint_actors",
    "flashpoint_coref",
    "flashpoint_places",
    "flashpoint_dates",
    "flashpoint_events",
    "flashpoint_modality",
    "flashpoint_attribution",
)
