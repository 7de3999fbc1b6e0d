"""Stage 4 — attribution: who says the event happened.

"X said (that) …", "… , X said.", "according to X", "X's office said",
"officials said" (anonymous), "the statement said". The claimant is the subject of
the nearest speech verb that embeds the event, or the object of "according to" in
the event's sentence.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..schema import Attribution
from .catalog import Catalog, load_catalog
from .mentions import ActorMention
from .words import REPORTING_VERBS

# Verbs whose subject claims the events of their clause (wider than words.SPEECH_VERBS:
# an accusation or a denial also names who says what happened).
CLAIMANT_VERBS = REPORTING_VERBS | {"accuse", "cite", "deny", "quote", "warn"}
ANONYMOUS_HEADS = {
    "official",
    "officials",
    "source",
    "sources",
    "diplomat",
    "diplomats",
    "witness",
    "witnesses",
    "resident",
    "residents",
    "person",
    "people",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "aide",
    "aides",
    "insider",
    "insiders",
    "analyst",
    "analysts",
    "observer",
    "observers",
    "activist",
    "activists",
    "member",
    "members",
}
DOCUMENT_HEADS = {
    "statement",
    "report",
    "communique",
    "communiqué",
    "release",
    "letter",
    "announcement",
    "document",
    "memo",
    "post",
    "video",
    "message",
}


def _mention_at(doc: Doc, token: Token) -> ActorMention | None:
    index = doc._.fp_actor_index or {}
    for tok in (token, *token.children):
        if tok.i in index:
            return doc._.fp_actors[index[tok.i][0]]
    return None


def _claimant(doc: Doc, token: Token, catalog: Catalog) -> Attribution:
    phrase = doc[token.left_edge.i : token.i + 1]
    mention = _mention_at(doc, token)
    head = token.lower_
    if mention is not None and mention.actor.sector == "MED":
        kind = "media"
    elif mention is not None and mention.kind in (
        "person",
        "seat",
        "organization",
        "group",
        "country",
        "capital",
    ):
        kind = "official"
    elif head in ANONYMOUS_HEADS or (catalog.sectors.get(head) is None and token.pos_ == "PRON"):
        kind = "anonymous"
    elif head in DOCUMENT_HEADS:
        kind = "official"
    elif token.ent_type_ == "ORG":
        kind = "media" if _is_media_name(phrase) else "official"
    elif token.ent_type_ == "PERSON":
        kind = "official"
    else:
        kind = "other"
    if (
        kind == "official"
        and head in ANONYMOUS_HEADS
        and not any(t.ent_type_ == "PERSON" for t in phrase)
    ):
        kind = "anonymous"  # "US officials said": a country, but nobody named
    name = mention.actor.name if mention is not None else None
    return Attribution(text=phrase.text, name=name, kind=kind)


MEDIA_WORDS = {
    "reuters",
    "ap",
    "afp",
    "associated",
    "press",
    "news",
    "agency",
    "times",
    "post",
    "journal",
    "tv",
    "television",
    "radio",
    "bbc",
    "cnn",
    "xinhua",
    "tass",
    "irna",
    "al",
    "jazeera",
    "arabiya",
    "guardian",
    "telegraph",
}


def _is_media_name(span: Span) -> bool:
    return any(t.lower_ in MEDIA_WORDS for t in span) and len(span) <= 5


def speech_claimant(doc: Doc, head: Token, catalog: Catalog) -> Attribution | None:
    """Climb from the event's head to the first speech verb that embeds it."""
    current = head
    for _ in range(8):
        parent = current.head
        if parent.i == current.i:
            break
        if (
            parent.lemma_.lower() in CLAIMANT_VERBS
            and current.dep_ in ("ccomp", "parataxis", "advcl", "xcomp", "dobj", "conj")
        ) or (
            parent.lemma_.lower() in CLAIMANT_VERBS
            and current.i < parent.i
            and current.dep_ == "ROOT"
        ):
            subject = next((c for c in parent.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.i != head.i:
                return _claimant(doc, subject, catalog)
        current = parent
    # "…, the ministry said." attaches the speech verb as a child of the event's root
    root = head.sent.root
    for child in root.children:
        if child.dep_ in ("parataxis", "ccomp", "advcl") and child.lemma_.lower() in CLAIMANT_VERBS:
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return _claimant(doc, subject, catalog)
    if root.lemma_.lower() in CLAIMANT_VERBS and root.i != head.i:
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is not None and not (subject.left_edge.i <= head.i <= subject.right_edge.i):
            return _claimant(doc, subject, catalog)
    return None


def according_to(doc: Doc, sent: Span, catalog: Catalog) -> Attribution | None:
    for token in sent:
        if (
            token.lower_ == "according"
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ == "to"
        ):
            to = doc[token.i + 1]
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None and token.i + 2 < sent.end:
                pobj = doc[token.i + 2].head if doc[token.i + 2].head.i != token.i else None
            if pobj is not None:
                return _claimant(doc, pobj, catalog)
    return None


class AttributionTagger:
    def __init__(self, catalog: Catalog | None = None) -> None:
        self.catalog = catalog or load_catalog()

    def __call__(self, doc: Doc) -> Doc:
        events = doc._.fp_events or []
        if not events:
            return doc
        # Where "according" occurs, found once on the token array: a sentence without
        # it has no "according to" claimant, and its tokens need not be walked.
        according = doc.vocab.strings["according"]
        cues = [i for i, lower in enumerate(doc.to_array(LOWER).tolist()) if lower == according]
        for event in events:
            head = doc[event.head]
            sent = head.sent
            quoted = any(sent.start <= i < sent.end for i in cues)
            event.attribution = (
                according_to(doc, sent, self.catalog) if quoted else None
            ) or speech_claimant(doc, head, self.catalog)
        return doc


@Language.factory(
    "flashpoint_attribution",
    requires=["doc._.fp_events", "token.dep"],
    assigns=["doc._.fp_events"],
)
def make_attribution_tagger(nlp: Language, name: str) -> AttributionTagger:
    return AttributionTagger()
