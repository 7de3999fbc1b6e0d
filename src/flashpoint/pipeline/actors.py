"""Stage 1 — actors: noun phrases that name who acts, resolved against the catalog.

A mention is built around the head of its noun phrase: "Iraqi troops" is one
mention (IRQ, MIL) whose head is "troops"; "US and British warplanes" is two
mentions (USA, GBR) sharing the head "warplanes"; "Iranian-backed armed groups"
is a militia (REB) with sponsor IRN. Names are matched case-sensitively on token
text, so "US" the country is never "us" the pronoun.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..schema import Actor
from .catalog import Catalog, Entry, load_catalog
from .mentions import ActorMention

# Dependencies that keep us inside one noun phrase when climbing to its head.
MODIFIER_DEPS = {"compound", "amod", "nmod", "npadvmod", "nummod"}
# "Iranian-backed", "Turkish-supported", "US-led": the first part is a sponsor.
SPONSOR_WORDS = {
    "backed",
    "sponsored",
    "supported",
    "funded",
    "aligned",
    "allied",
    "armed",
    "trained",
    "linked",
    "affiliated",
    "controlled",
    "led",
    "financed",
    "equipped",
    "directed",
}
NOUN_POS = {"NOUN", "PROPN"}
SPECIFIC_KINDS = {"person", "group", "organization", "seat"}


def _sector_of(tokens: list[Token], catalog: Catalog) -> str | None:
    """Sector from the head noun (two-word titles first), else from a title modifier."""
    for token in reversed(tokens):
        for width in (3, 2):
            if token.i - width + 1 >= tokens[0].i:
                phrase = token.doc[token.i - width + 1 : token.i + 1].text.lower()
                if phrase in catalog.sectors:
                    return catalog.sectors[phrase]
        for form in (token.lower_, token.lemma_.lower()):
            if form in catalog.sectors:
                return catalog.sectors[form]
    return None


def _phrase_head(token: Token, stop: set[int]) -> Token:
    """Climb modifiers to the head of the noun phrase ("US" → "bases" in "US bases")."""
    while token.head.i != token.i:
        head = token.head
        if token.dep_ == "conj" and head.dep_ in MODIFIER_DEPS | {"poss"}:
            token = head  # "US and British warplanes": British → US → warplanes
            continue
        if token.dep_ in MODIFIER_DEPS and head.pos_ in NOUN_POS | {"VERB", "ADJ"}:
            if head.pos_ != "NOUN" and head.pos_ != "PROPN" and head.lower_ not in SPONSOR_WORDS:
                break
            token = head
            continue
        if token.dep_ == "punct" and head.i in stop:
            token = head
            continue
        break
    return token


def _sponsor_head(token: Token) -> Token | None:
    """'Iranian' in 'Iranian-backed groups' → 'groups' (None if not a sponsor pattern)."""
    doc = token.doc
    nxt = token.i + 1
    if nxt + 1 < len(doc) and doc[nxt].text == "-" and doc[nxt + 1].lower_ in SPONSOR_WORDS:
        backing = doc[nxt + 1]
        head = backing.head if backing.dep_ in ("amod", "compound") else None
        while head is not None and head.pos_ not in NOUN_POS and head.dep_ in MODIFIER_DEPS:
            head = head.head
        return head if head is not None and head.pos_ in NOUN_POS else None
    return None


def _pro_head(span: Span) -> Token | None:
    """'pro-Iranian militias': 'pro' '-' NAME → the militias are backed by NAME's country."""
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].text == "-" and doc[span.start - 2].lower_ == "pro":
        head = span.root.head
        return head if head.pos_ in NOUN_POS else None
    return None


class ActorRecognizer:
    """Finds and resolves actor mentions; sets `doc._.fp_actors` and `fp_actor_index`."""

    def __init__(self, nlp: Language, catalog: Catalog | None = None) -> None:
        self.catalog = catalog or load_catalog()
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.entries: dict[str, list[Entry]] = {}
        aliases = sorted(self.catalog.names)
        for alias, pattern in zip(aliases, nlp.tokenizer.pipe(aliases), strict=True):
            self.matcher.add(alias, [pattern])
            self.entries[alias] = self.catalog.names[alias]

    def _resolve(self, entry: Entry, pub_date: str | None) -> tuple[str | None, str | None]:
        return entry.at(pub_date)

    def _choose(self, entries: list[Entry]) -> Entry:
        """An alias shared by several entries: prefer the most specific kind."""
        order = {
            "person": 0,
            "group": 1,
            "organization": 2,
            "seat": 3,
            "country": 4,
            "capital": 5,
            "adjective": 6,
        }
        return sorted(entries, key=lambda e: order.get(e.kind, 9))[0]

    def __call__(self, doc: Doc) -> Doc:
        pub_date = doc._.fp_pub_date
        spans: list[tuple[Span, Entry]] = []
        taken: set[int] = set()
        matches = sorted(
            self.matcher(doc), key=lambda m: (-(m[2] - m[1]), m[1])
        )  # longest first: "US-led coalition" beats "US"
        for match_id, start, end in matches:
            if any(i in taken for i in range(start, end)):
                continue
            alias = doc.vocab.strings[match_id]
            spans.append((doc[start:end], self._choose(self.entries[alias])))
            taken.update(range(start, end))
        for ent in doc.ents:  # named people and organisations the catalog does not know
            if ent.label_ in ("PERSON", "ORG") and not any(
                i in taken for i in range(ent.start, ent.end)
            ):
                kind = "person" if ent.label_ == "PERSON" else "organization"
                spans.append((ent, Entry(name=ent.text, kind=kind)))
                taken.update(range(ent.start, ent.end))
        by_head: dict[int, list[tuple[Span, Entry, str | None]]] = defaultdict(list)
        for span, entry in sorted(spans, key=lambda s: s[0].start):
            sponsor_head = _sponsor_head(span[-1]) or _pro_head(span)
            if sponsor_head is not None and entry.kind in ("country", "adjective", "capital"):
                by_head[sponsor_head.i].append((span, entry, "sponsor"))
                continue
            head = _phrase_head(span.root, taken)
            # "Al-Sudani's office", "Iran's Revolutionary Guards": the possessor speaks
            # through an institution of its own; "the coalition's mission" is no actor.
            if head.dep_ == "poss" and _sector_of([head.head], self.catalog):
                head = head.head
            by_head[head.i].append((span, entry, None))
        mentions: list[ActorMention] = []
        for head_i, items in sorted(by_head.items()):
            mentions.extend(self._build(doc, doc[head_i], items, pub_date))
        index: dict[int, list[int]] = defaultdict(list)
        for number, mention in enumerate(mentions):
            for i in range(mention.start, mention.end):
                if number not in index[i]:
                    index[i].append(number)
        doc._.fp_actors = mentions
        doc._.fp_actor_index = dict(index)
        return doc

    def _build(
        self,
        doc: Doc,
        head: Token,
        items: list[tuple[Span, Entry, str | None]],
        pub_date: str | None,
    ) -> list[ActorMention]:
        sponsors = [e.country for _, e, role in items if role == "sponsor" and e.country]
        named = [(s, e) for s, e, role in items if role != "sponsor"]
        specific = [(s, e) for s, e in named if e.kind in SPECIFIC_KINDS]
        countries = [(s, e) for s, e in named if e.kind not in SPECIFIC_KINDS]
        start = min([s.start for s, _, _ in items] + [head.i])
        end = max([s.end for s, _, _ in items] + [head.i + 1])
        modifiers = [t for t in doc[start:end]]
        head_sector = _sector_of(modifiers, self.catalog)
        chosen = specific or countries
        if not chosen:  # only a sponsor: "Iranian-backed militias"
            text = doc[start:end].text
            actor = Actor(
                text=text,
                name=head.lemma_.lower() if head.pos_ == "NOUN" else text,
                sector=head_sector or "REB",
                sponsor=sponsors[0] if sponsors else None,
            )
            actor.code = _code(actor)
            return [ActorMention(start, end, head.i, actor, "sector")]
        fallback_country = next((e.country for _, e in countries if e.country), None)
        mentions = []
        for span, entry in chosen:
            country, sector = self._resolve(entry, pub_date)
            if entry.kind in ("country", "adjective") or (
                entry.kind == "capital" and head.i >= span.end
            ):
                sector = head_sector if head.i >= span.end else sector
            elif head.i >= span.end and head_sector and entry.kind != "group":
                sector = head_sector  # "Al-Sudani's office" stays GOV; "Hamas fighters" REB
            if country is None and entry.kind in ("person", "organization"):
                country = fallback_country
            if len(chosen) == 1:
                text = doc[min(span.start, start) : end].text
            else:  # "US and British warplanes": each actor keeps its own words
                text = span.text if head.i < span.end else f"{span.text} {head.text}"
            actor = Actor(
                text=text,
                name=entry.name,
                country=country,
                sector=sector,
                sponsor=(sponsors[0] if sponsors else entry.sponsor),
            )
            actor.code = _code(actor)
            kind = entry.kind if entry.kind != "person" or entry.terms else "unknown"
            if entry.kind == "organization" and entry.country is None:
                kind = "unknown"
            mentions.append(
                ActorMention(span.start if len(chosen) > 1 else start, end, head.i, actor, kind)
            )
        return mentions


def _code(actor: Actor) -> str | None:
    if not actor.country and not actor.sector:
        return None
    return f"{actor.country or '---'}{actor.sector or ''}"


@Language.factory(
    "flashpoint_actors",
    requires=["token.dep", "token.pos", "doc.ents"],
    assigns=["doc._.fp_actors", "doc._.fp_actor_index"],
)
def make_actor_recognizer(nlp: Language, name: str) -> ActorRecognizer:
    return ActorRecognizer(nlp)
