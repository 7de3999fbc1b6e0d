"""Helpers shared by the coder's sentence tests."""

from __future__ import annotations


def has_actors(event, source: str | None, target: str | None) -> bool:
    """Does the event have the expected source and target countries (None: any)?"""
    if source and (event.source is None or event.source.country != source):
        return False
    return not (target and (event.target is None or event.target.country != target))


def parse(nlp, text: str, pub_date: str | None = None):
    """Run the pipeline on a text with a publication date."""
    doc = nlp.make_doc(text)
    doc._.fp_pub_date = pub_date
    return nlp(doc)


def mention(doc, words: str):
    """The actor mention whose text is `words` (or that covers their first token)."""
    start = doc.text.index(words)
    for m in doc._.fp_actors:
        span = doc[m.start : m.end]
        if span.text == words:
            return m
    for m in doc._.fp_actors:
        span = doc[m.start : m.end]
        if span.start_char <= start < span.end_char:
            return m
    raise AssertionError(
        f"no mention for {words!r} in {[doc[m.start : m.end].text for m in doc._.fp_actors]}"
    )


def summary(events) -> list[tuple]:
    """What the coder found, for an assertion's message."""
    return [
        (e.trigger, e.cameo_code, e.source and e.source.country, e.target and e.target.country,
         e.modality)
        for e in events
    ]  # fmt: skip


def places_of(nlp, text: str, pub_date: str | None = "2024-01-05") -> dict[str, object]:
    """The places the pipeline found, by their text (a leading 'the ' dropped)."""
    doc = parse(nlp, text, pub_date)
    return {doc[p.start : p.end].text.removeprefix("the "): p.place for p in doc._.fp_places}
