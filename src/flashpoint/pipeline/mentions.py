"""What the pipeline stages leave on a spaCy Doc for the next stage.

Each stage sets one `doc._.fp_*` attribute; `register_extensions` declares them all,
so any stage can be run on a Doc built by hand in a test.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..schema import Actor, Attribution, Place


@dataclass
class ActorMention:
    """A noun phrase that names an actor. `head` is the phrase's head token."""

    start: int
    end: int
    head: int
    actor: Actor
    kind: str  # catalog kind, 'unknown' or 'sector'


@dataclass
class EventMention:
    code: str
    trigger: tuple[int, int]  # token span of the words that state the event
    head: int  # the token whose clause carries modality, date and place
    frame: str  # verb | light | noun
    source: ActorMention | None = None
    target: ActorMention | None = None
    modality: str = "asserted"
    attribution: Attribution | None = None
    cues: list[str] = field(default_factory=list)
    # For a declaration of any act ("agreed to set up …", the '@act' frames): the
    # token heading the declared act, whose own event, if coded, says more.
    declared_act: int | None = None


@dataclass
class DateMention:
    start: int
    end: int
    value: str
    precision: str
    text: str


@dataclass
class PlaceMention:
    start: int
    end: int
    place: Place


EXTENSIONS = {
    "fp_pub_date": None,  # ISO date string the caller sets before the pipeline runs
    "fp_actors": None,  # list[ActorMention]
    "fp_actor_index": None,  # dict[token index, list[mention index]]
    "fp_events": None,  # list[EventMention]
    "fp_dates": None,  # list[DateMention]
    "fp_places": None,  # list[PlaceMention]
}


def register_extensions() -> None:
    for name, default in EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per Doc: spaCy rebuilds it from the tokens on every
    access, which stages that look around a span many times cannot afford."""
    text = doc.user_data.get("fp_text")
    if text is None:
        text = doc.user_data["fp_text"] = doc.text
    return text
