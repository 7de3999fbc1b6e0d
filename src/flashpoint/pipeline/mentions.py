"""What the pipeline stages leave on a spaCy Doc for the next stage.

Each stage sets one `doc._.fp_*` attribute; `register_extensions` declares them all,
so any stage can be run on a Doc built by hand in a test.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.attrs import IDX, LENGTH
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


def token_offsets(doc: Doc) -> tuple[list[int], list[int]]:
    """Character offsets where each token starts and ends, read once per Doc."""
    offsets = doc.user_data.get("fp_offsets")
    if offsets is None:
        table = doc.to_array([IDX, LENGTH]).tolist()
        offsets = doc.user_data["fp_offsets"] = (
            [start for start, _ in table],
            [start + length for start, length in table],
        )
    return offsets


def span_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text` (0 <= start; `end` may run past the Doc, as in a slice)
    without building the Span and a Token per word, which the stages that try
    phrase after phrase around a name would otherwise do thousands of times."""
    end = min(end, len(doc))
    if end <= start:
        return ""
    starts, ends = token_offsets(doc)
    return doc_text(doc)[starts[start] : ends[end - 1]]


def keep_text(doc: Doc, text: str) -> None:
    """Remember the text a Doc was tokenised from, so `doc_text` need not join it.

    spaCy's tokenizer is non-destructive (`doc.text == text`), and the join costs
    about a millisecond per news article: the coder hands the text over instead."""
    doc.user_data["fp_text"] = text
