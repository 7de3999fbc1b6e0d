"""Stage 1 — actors: noun phrases that name who acts, resolved against the catalog.

A mention is built around the head of its noun phrase: "Iraqi troops" is one
mention (IRQ, MIL) whose head is "troops"; "US and British warplanes" is two
mentions (USA, GBR) sharing the head "warplanes"; "Iranian-backed armed groups"
is a militia (REB) with sponsor IRN; "the leader of Hamas" is Hamas's (PSE, REB).
Names are matched case-sensitively on token text, so "US" the country is never
"us" the pronoun; aliases the catalog flags as ambiguous ("IS", "SDF") need
context. A phrase with no name but a sector head ("protesters", "the army") is a
sector-only mention. Names the catalog does not know (the parser's PERSON and ORG
entities) keep their text and take country and sector only from their own phrase
("Iraqi lawmaker X" → IRQ, LEG) or an apposition, never from a guess.

`sponsor` is only what the text says ("Iranian-backed", "backed by Iran",
"pro-Iranian"); the catalog's reported backers are listed by `flashpoint actors`
but not stamped on mentions.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Iterable

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import PROPN as PROPN_ID
from spacy.tokens import Doc, Span, Token

from ..schema import Actor
from .catalog import (
    GENERIC_HEADS,
    GROUP_CONTEXT,
    HYPHEN_CONTEXT,
    LEADER_WORDS,
    NON_STATE_CODES,
    NON_STATE_QUALIFIERS,
    PEOPLE_ID,
    PERSON_HEADS,
    SPONSOR_WORDS,
    TITLE_ROLES,
    Catalog,
    Entry,
    edge_words,
    forward_end,
    load_catalog,
    phrase_sector,
    title_words,
)
from .gazetteer import Gazetteer, load_gazetteer
from .mentions import ActorMention, doc_text, span_text

# Dependencies that keep us inside one noun phrase when climbing to its head.
MODIFIER_DEPS = {"compound", "amod", "nmod", "npadvmod", "nummod"}
NOUN_POS = {"NOUN", "PROPN"}
SPECIFIC_KINDS = {"person", "group", "organization", "seat"}
GOVERNING = {"GOV", "COP", "JUD", "LEG"}
NP_SKIP = {"det", "punct", "cc", "predet", "case", "prep", "preconj"}
# Misspelt state names are looked for only this long: shorter names are too close to
# other words ("Iran", "Iraq", "Oman").
MISSPELT_MIN = 7
# Entity types of words that are names of their own, not misspelt states.
NOT_STATES = {"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT", "LAW"}
# Verbs after which "from X" is where people were moved from, not their country.
# fmt: off
MOVING_VERBS = frozenset({
    "withdraw", "pull", "evacuate", "repatriate", "recall", "rescue", "bring", "fly",
    "airlift", "extract", "move", "transfer", "redeploy", "deport", "expel", "remove", "carry",
    "ship", "smuggle", "send", "return", "release", "free", "take", "drive", "chase", "flee",
    "escape", "oust", "evict", "export", "import", "relocate", "exchange", "retrieve", "bus",
    "lead", "escort", "receive", "welcome", "admit", "accept", "host", "transport", "traffic",
})
# fmt: on
KIND_ORDER = {
    "person": 0,
    "group": 1,
    "organization": 2,
    "seat": 3,
    "country": 4,
    "grouping": 4,
    "capital": 5,
    "adjective": 6,
}  # fmt: skip


def is_person(doc: Doc, mention: ActorMention) -> bool:
    """Does the mention name one person (an office holder, a name, "the minister")?"""
    head = doc[mention.head]
    if mention.kind == "person":
        return True
    if head.pos_ == "PRON":
        return head.lower_ in ("he", "she", "him", "her", "his", "i", "me")
    if head.ent_type_ == "PERSON" and mention.kind == "unknown":
        return True
    return head.tag_ in ("NN", "NNP") and head.lemma_.lower() in PERSON_HEADS


# Generic titles that, for a people ("Yoruba leaders", "Tamil chiefs"), name its elites
# (CAMEO ELI) rather than any government.
PEOPLE_ELITE_HEADS = {
    "leader", "leaders", "official", "officials", "chief", "chiefs", "elder", "elders",
    "president", "head", "figure", "figures", "representative", "representatives",
}  # fmt: skip
FORMER_OR_ELITE = "ELI"

# A people named as such ("ethnic Albanians") are civilians of wherever they live.
ETHNIC_GROUP = "CVL"

# Kinds of catalog entry that name a state outright.
STATE_KINDS = {"country", "adjective", "capital"}


def _phrase_head(token: Token, stop: set[int]) -> Token:
    """Climb modifiers to the head of the noun phrase ("US" → "bases" in "US bases")."""
    while token.head.i != token.i:
        head = token.head
        if token.dep_ == "conj" and head.dep_ in MODIFIER_DEPS | {"poss"}:
            token = head  # "US and British warplanes": British → US → warplanes
            continue
        if token.dep_ in MODIFIER_DEPS and head.pos_ in NOUN_POS | {"VERB", "ADJ"}:
            if head.pos_ not in NOUN_POS and head.lower_ not in SPONSOR_WORDS | LEADER_WORDS:
                break
            token = head
            continue
        if token.dep_ == "punct" and head.i in stop:
            token = head
            continue
        break
    return token


def _qualified_head(span: Span) -> tuple[Token, str] | None:
    """'Iranian-backed groups' → (groups, 'sponsor'); 'Hamas-run ministry' → (…, 'leader')."""
    doc = span.doc
    nxt = span.end
    if nxt + 1 < len(doc) and doc[nxt].text == "-":
        word = doc[nxt + 1].lower_
        role = "sponsor" if word in SPONSOR_WORDS else "leader" if word in LEADER_WORDS else None
        if role is None:
            return None
        head: Token | None = doc[nxt + 1]
        while head is not None and head.pos_ not in NOUN_POS:
            if head.dep_ not in MODIFIER_DEPS | {"punct"} or head.head.i == head.i:
                return None
            head = head.head
        return (head, role) if head is not None and head.i > span.end else None
    return None


# Qualifiers that tie a thing to its owner: "Israeli-linked ship", "Iranian-flagged tanker".
OWNER_WORDS = {"linked", "owned", "flagged", "operated", "registered", "bound"}


def _owning(doc: Doc, span: Span) -> bool:
    nxt = span.end
    return nxt + 1 < len(doc) and doc[nxt].text == "-" and doc[nxt + 1].lower_ in OWNER_WORDS


def _pro_head(span: Span) -> Token | None:
    """'pro-Iranian militias': 'pro' '-' NAME → the militias are backed by NAME's country."""
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].text == "-" and doc[span.start - 2].lower_ == "pro":
        head = span.root
        while head.pos_ not in NOUN_POS or head.i < span.end:
            if head.head.i == head.i:
                return None
            head = head.head
        return head
    return None


def _np_start(doc: Doc, head: Token) -> int:
    """First word of the head's noun phrase, without articles and possessive pronouns."""
    start = head.i
    for child in head.lefts:
        if child.dep_ not in NP_SKIP:
            start = min(start, child.left_edge.i)
    while start < head.i and (
        doc[start].dep_ in NP_SKIP or doc[start].tag_ in ("PRP$", "DT", "WDT")
    ):
        start += 1
    return start


class ActorRecognizer:
    """Finds and resolves actor mentions; sets `doc._.fp_actors` and `fp_actor_index`."""

    def __init__(self, nlp: Language, catalog: Catalog | None = None) -> None:
        self.catalog = catalog or load_catalog()
        self._gazetteer: Gazetteer | None = None
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.entries: dict[str, list[Entry]] = {}
        strings = nlp.vocab.strings
        words = edge_words(self.catalog.sectors)
        # Lemmas are stored as written ("Minister"), LOWER as lower case: both forms.
        self._sector_ids = {strings.add(w) for w in words} | {strings.add(w.title()) for w in words}
        self._noun_array = numpy.array(sorted(strings.add(p) for p in NOUN_POS), dtype="uint64")
        aliases = sorted(self.catalog.names)
        for alias, pattern in zip(aliases, nlp.tokenizer.pipe(aliases), strict=True):
            self.matcher.add(alias, [pattern])
            self.entries[alias] = sorted(
                self.catalog.names[alias], key=lambda e: KIND_ORDER.get(e.kind, 9)
            )
        self._misspelt = _misspellings(
            alias
            for alias, entries in self.entries.items()
            if entries[0].kind == "country" and alias.isalpha() and len(alias) >= MISSPELT_MIN
        )

    def _sector_nouns(self, doc: Doc) -> list[int]:
        """Indices of nouns whose word or lemma ends a sector phrase, found on the
        token arrays at once rather than token by token."""
        if not len(doc):
            return []
        words = self._sector_ids
        table = doc.to_array([POS, LOWER, LEMMA])
        # Nouns are a quarter of the words: pick them out on the array first.
        nouns = numpy.flatnonzero(numpy.isin(table[:, 0], self._noun_array))
        return [
            i
            for i, (lower, lemma) in zip(nouns.tolist(), table[nouns, 1:].tolist(), strict=True)
            if lower in words or lemma in words
        ]

    def _misspelt_state(self, token: Token) -> str | None:
        """The one state name a capitalised word misspells (one letter added, dropped,
        changed or swapped), unless the word is a name of its own: a town the gazetteer
        knows, a person's name."""
        word = token.text
        if not word.istitle() or not word.isalpha() or token.ent_type_ in NOT_STATES:
            return None
        hits = {self._misspelt[v] for v in _deletions(word.lower()) if v in self._misspelt}
        if len(hits) != 1:
            return None
        alias = hits.pop()
        if alias.lower() == word.lower() or self._is_place(word):
            return None
        return alias

    def _is_place(self, name: str) -> bool:
        """A name the gazetteer knows as a place under its own name (not a variant)."""
        if self._gazetteer is None:  # built lazily, as the places stage does
            self._gazetteer = load_gazetteer()
        return any(not c.alternate for c in self._gazetteer.lookup(name))

    # -- finding names ----------------------------------------------------------------
    def _named_spans(self, doc: Doc) -> list[tuple[Span, Entry]]:
        found: list[tuple[Span, Entry]] = []
        # "BAGHDAD, Iraq (Reuters) -", "AFP -": a dateline says where the story was
        # filed and by whom, and names no actor
        taken: set[int] = set(_dateline_tokens(doc))
        # spaCy rebuilds `doc.ents` on every access: read it, and each entity's label
        # and inner range, once.
        ents = [(ent, ent.label_, _inner(ent)) for ent in doc.ents]
        # Inside a person's name (not its first word) a demonym is part of the name.
        people = {
            i
            for _, label, (first, last) in ents
            if label == "PERSON"
            for i in range(first + 1, last)
        }
        matches = sorted(self.matcher(doc), key=lambda m: (-(m[2] - m[1]), m[1]))
        headlines: dict[int, bool] = {}  # sentence start → all capitals (see `_shouting`)
        unflagged = set()  # entries named by an alias that needs no context
        candidates = []
        for match_id, start, end in matches:
            alias = doc.vocab.strings[match_id]
            entry = _on_the_day(self.entries[alias], doc._.fp_pub_date)
            if entry.kind in ("adjective", "country", "capital") and start in people:
                continue  # "Abu Jandal al-Kuwaiti": a name, not Kuwait
            if _not_the_state(doc, start, entry):
                continue  # "ethnic Albanians", "anti-Syria journalist": not that state's
            if entry.sector == "MED" and _bracketed(doc, start, end):
                continue  # "… are saluted by air force (AFP)": the wire's credit line
            flagged = alias in self.catalog.needs_context or _shouting(doc, start, end, headlines)
            if not flagged:
                unflagged.add(entry.id or entry.name)
            candidates.append((start, end, entry, flagged))
        # The states the text names outright: "the RSF" in a story that names Sudan is
        # Sudan's Rapid Support Forces, not a press-freedom group.
        named_states = {e.country for _, _, e, f in candidates if not f and e.kind in STATE_KINDS}
        if any(
            f and e.kind == "group" and e.country not in named_states for _, _, e, f in candidates
        ):
            # "the RSF shelled El Fasher": a town of the group's country names it too
            named_states |= _place_countries(ents)
        for start, end, entry, flagged in candidates:
            if any(i in taken for i in range(start, end)):
                continue
            if (
                flagged
                and (entry.id or entry.name) not in unflagged
                and not _group_context(doc, start, end, self.catalog.sectors)
                and not (entry.kind == "group" and entry.country in named_states)
            ):
                continue
            found.append((doc[start:end], entry))
            taken.update(range(start, end))
        # "Ethopia", "Afganistan": a state's name one letter off (proper nouns only,
        # picked out on the token array)
        propn = numpy.flatnonzero(doc.to_array(POS) == PROPN_ID).tolist()
        for i in propn:
            token = doc[i]
            if i in taken or len(token) < MISSPELT_MIN - 1:
                continue
            alias = self._misspelt_state(token)
            if alias is not None:
                found.append((doc[token.i : token.i + 1], self.entries[alias][0]))
                taken.add(token.i)
        for ent, label, (start, end) in ents:  # people and organisations the catalog lacks
            if label not in ("PERSON", "ORG") or any(i in taken for i in range(start, end)):
                continue
            text = span_text(doc, start, end)
            if start >= end or text.islower() or ent.root.pos_ not in NOUN_POS:
                continue
            kind = "person" if label == "PERSON" else "organization"
            if kind == "organization" and self._is_place(text):
                continue  # the parser's ORG "Sinjar" is a town: the places stage's business
            found.append((doc[start:end], Entry(name=text, kind=kind)))
            taken.update(range(start, end))
        return sorted(found, key=lambda item: item[0].start)

    # -- the pass over a document -------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        pub_date = doc._.fp_pub_date
        named = self._named_spans(doc)
        taken = {i for span, _ in named for i in range(span.start, span.end)}
        by_head: dict[int, list[tuple[Span, Entry, str | None]]] = defaultdict(list)
        heads: dict[int, int] = {}  # token of a name → head of the phrase it joined
        backers: list[tuple[Span, Entry, Token, str]] = []
        for span, entry in named:
            qualified = _qualified_head(span) if entry.kind != "person" else None
            pro = _pro_head(span)
            if qualified is not None:  # "Iranian-backed groups", "Hamas-run ministry"
                backers.append((span, entry, *qualified))
                continue
            if pro is not None:  # "pro-Iranian militias"
                backers.append((span, entry, pro, "sponsor"))
                continue
            if span.root.dep_ == "poss" and span.root.head.lemma_.lower() in ALLY_NOUNS:
                # "Israel's militia ally in southern Lebanon": an ally is backed by the
                # possessor, not the possessor itself
                backers.append((span, entry, span.root.head, "sponsor"))
                continue
            head = self._head_of(doc, span, entry, taken)
            by_head[head.i].append((span, entry, None))
            heads.update((i, head.i) for i in range(span.start, span.end))
        for span, entry, target, role in backers:
            # "pro-Iranian Hizbollah group": the backer joins the phrase of the name it
            # qualifies, wherever that name's phrase has its head.
            by_head[heads.get(target.i, target.i)].append((span, entry, role))
        for i in self._sector_nouns(doc):  # "protesters", "the army", "security forces"
            token = doc[i]
            if token.i in by_head or token.i in taken:
                continue
            if token.dep_ in ("compound", "amod", "nmod") and token.head.pos_ in NOUN_POS:
                continue  # "police station", "army chief": the head decides
            if _inside_title(doc, token, self.catalog.sectors):
                continue  # "state" in "secretary of state"
            if _under_generic_head(token):
                continue  # "leaders of the opposition coalition": one actor, the leaders
            if self._sector(doc, token, token.i) is not None:
                by_head[token.i] = []
        ethnic = "thnic " in doc_text(doc)  # most texts have no "ethnic X": skip the scan
        for token in doc if ethnic else ():  # "ethnic Albanians": civilians where they are
            if token.lower_ == "ethnic" and token.dep_ in ("amod", "compound"):
                people = token.head
                if (
                    people.tag_ in ("NNS", "NNPS")
                    and people.i not in by_head
                    and people.i not in taken
                ):
                    by_head[people.i] = []
        mentions: list[ActorMention] = []
        for head_i, items in sorted(by_head.items()):
            mentions.extend(self._build(doc, doc[head_i], items, pub_date))
        index = _index(mentions)
        self._sponsored_by(doc, mentions, index)
        self._appositions(doc, mentions, index)
        _origins(doc, mentions, index)
        doc._.fp_actors = mentions
        doc._.fp_actor_index = index
        return doc

    def _head_of(self, doc: Doc, span: Span, entry: Entry, taken: set[int]) -> Token:
        """The head of the noun phrase a name belongs to."""
        if _located(span, entry):
            return span.root
        head = _phrase_head(span.root, taken)
        # "Al-Sudani's office", "Iran's Revolutionary Guards": the possessor speaks
        # through an institution of its own; "the coalition's mission" is no actor.
        if head.dep_ == "poss" and self._sector(doc, head.head, head.head.i):
            return head.head
        if (
            head.dep_ == "appos"
            and head.head.pos_ in NOUN_POS
            and head.head.i not in taken
            and self._sector(doc, head.head, head.head.i)
        ):
            # "the Iran-aligned armed group Harakat al-Nujaba": the name is the group's
            head = head.head
        # "the leader of Hamas", "troops from Iraq": the name belongs to the head.
        first = head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.dep_ == "pobj" and first.head.lower_ in ("of", "from"):
            owner = first.head.head
            named = first.head.lower_ == "from" and any(
                c.i in taken for c in owner.lefts if c.dep_ in ("compound", "amod", "poss")
            )  # "US troops from Afghanistan": the troops are named; Afghanistan is a place
            if owner.pos_ in NOUN_POS and not named and self._sector(doc, owner, owner.i):
                return owner
        # "IS fighters", "Houthi rebels": a name right before a sector noun is its
        # modifier even where the parser read "IS" as a verb.
        if head.i == span.root.i and span.end < len(doc):
            nxt = doc[span.end]
            if nxt.pos_ == "NOUN" and nxt.i not in taken and self._sector(doc, nxt, nxt.i):
                return nxt
        return head

    def _sector(self, doc: Doc, head: Token, first: int) -> str | None:
        return phrase_sector(doc, head, max(0, first - 3), self.catalog.sectors)

    def _head_sector(self, doc: Doc, head: Token, start: int) -> str | None:
        """Sector of a phrase's head, or of its nearest modifier when the head is generic."""
        if any(c.lower_ == "ethnic" for c in head.lefts) and head.tag_ in ("NNS", "NNPS"):
            return ETHNIC_GROUP  # "ethnic Albanians", "ethnic Uzbeks"
        if head.lower_ in GENERIC_HEADS:
            # "leaders of the opposition coalition", "members of the armed forces": a
            # generic head belongs to the body its of-phrase names
            for member in head.children:
                if member.dep_ == "prep" and member.lower_ == "of":
                    for body in (c for c in member.children if c.dep_ == "pobj"):
                        found = self._head_sector(doc, body, body.left_edge.i)
                        if found is not None:
                            return found
        sector = phrase_sector(doc, head, start, self.catalog.sectors)
        if sector is not None and not (
            head.lower_ in GENERIC_HEADS
            and span_text(doc, max(start, head.i - 1), head.i + 1).lower()
            not in self.catalog.sectors
        ):
            return sector
        for child in sorted(head.lefts, key=lambda t: -t.i):
            if child.dep_ in ("compound", "amod", "nmod") and child.i >= start:
                found = phrase_sector(doc, child, start, self.catalog.sectors)
                if found is not None:
                    return found
        return sector

    def _build(
        self,
        doc: Doc,
        head: Token,
        items: list[tuple[Span, Entry, str | None]],
        pub_date: str | None,
    ) -> list[ActorMention]:
        sponsors = [e.country for _, e, role in items if role == "sponsor" and e.country]
        owners = [e for _, e, role in items if role == "leader"]
        named = [(s, e) for s, e, role in items if role is None]
        specific = [(s, e) for s, e in named if e.kind in SPECIFIC_KINDS]
        countries = [(s, e) for s, e in named if e.kind not in SPECIFIC_KINDS]
        floor = min([s.start for s, _, _ in items] + [head.i])
        start = min(floor, _np_start(doc, head))
        end = max([s.end for s, _, _ in items] + [forward_end(doc, head, self.catalog.sectors)])
        head_named = any(s.start <= head.i < s.end for s, _ in named)
        head_sector = None if head_named else self._head_sector(doc, head, start)
        if head_sector == "MIL" and _non_state_led(doc, start, head.i):
            head_sector = "REB"  # "Kurdish-led forces"
        sponsor = sponsors[0] if sponsors else None
        for span, entry in named:  # the alias itself says so: "Turkish-backed SNA"
            if entry.sponsor and any(t.lower_ in SPONSOR_WORDS for t in span):
                sponsor = sponsor or entry.sponsor
        if sponsor is None and _pro_government(doc, start, head.i):
            sponsor = next((e.country for _, e in countries if e.country), None)
        own = [(s, e) for s, e in named if s.start <= head.i < s.end]
        # "NATO-member Norway": the name that holds the head is the actor.
        chosen = own or specific or countries
        if not chosen:  # "Iranian-backed militias", "Hamas-run ministry", "protesters"
            owner = next((e for e in owners if e.country), None)
            text = span_text(doc, start, end)
            owned_by = None
            if head_sector is None:
                # "the Israeli-linked cargo ship", "a Russian-flagged tanker": a thing's
                # owner is its country, not the sponsor of an armed group
                owned_by = next(
                    (e.country for s, e, r in items if r == "sponsor" and _owning(doc, s)), None
                )
            actor = Actor(
                text=text,
                name=head.lemma_.lower() if head.pos_ == "NOUN" else text,
                country=owner.country if owner else owned_by,
                sector=head_sector or ("REB" if sponsors and not owned_by else None),
                sponsor=None if owned_by else sponsor,
            )
            actor.code = _code(actor)
            return [ActorMention(start, end, head.i, actor, "sector")]
        fallback_country = next((e.country for _, e in countries if e.country), None)
        # "the Baltic states": a grouping stands for each of its member states
        chosen = [
            (span, member)
            for span, entry in chosen
            for member in (
                [
                    Entry(name=self.catalog.country_names.get(c, c), kind="country", country=c)
                    for c in entry.members
                ]
                if entry.kind == "grouping"
                else [entry]
            )
        ]
        mentions = []
        for span, entry in chosen:
            country, sector = entry.at(pub_date)
            name = entry.name
            title = (
                self._head_sector(doc, doc[span.start - 1], start) if span.start > start else None
            )
            outside = not span.start <= head.i < span.end  # "Iraqi troops", "leader of X"
            people = (entry.id or "").startswith(PEOPLE_ID)
            if people:
                # "Yoruba leaders", "the Chechen president": a people's leaders are its
                # elites, not the state's government, and no state office holder is meant
                sector = head_sector if outside else None
                if sector in ("GOV", "MIL") and head.lower_ in PEOPLE_ELITE_HEADS:
                    sector = FORMER_OR_ELITE
            elif entry.kind in ("country", "adjective") or (entry.kind == "capital" and outside):
                sector = head_sector if outside else sector
                holder = self._holder(doc, head, start, country, pub_date)
                name = holder.name if holder and outside else name
            elif entry.kind == "person":
                in_office = entry.term_at(pub_date) is not None or not pub_date
                if outside and head_sector:
                    sector = head_sector  # "Al-Sudani's office" speaks for the office holder
                elif title and not (in_office and entry.terms):
                    sector = title  # "Iraqi lawmaker X", "former President X"
                body = next(
                    (
                        e
                        for s, e in specific
                        if e.kind == "organization"
                        and e.country in NON_STATE_CODES
                        and s.end <= span.start
                    ),
                    None,
                )
                if body is not None and not (in_office and pub_date):
                    # "EU foreign policy chief Josep Borrell": out of national office,
                    # he speaks for the body his title names
                    country, sector = body.country, title or "GOV"
            elif outside and head_sector and entry.kind != "group":
                sector = head_sector  # "Hamas fighters" stay REB; "UN officials" GOV
            elif (
                outside
                and head_sector in GOVERNING
                and head.lower_ not in GENERIC_HEADS
                and entry.governs(pub_date)
            ):
                sector = head_sector  # "Houthi authorities" once the Houthis hold Sanaa
            elif entry.kind == "organization" and entry.id is None:
                # An unknown organisation: "the Iraqi newspaper Al-Sabah", "X Party".
                sector = title or self._sector(doc, span[-1], span.start)
            if country is None and entry.kind in ("person", "organization"):
                country = fallback_country
            if country is None and entry.id is None:
                # "UN Secretary-General Kofi Annan", "White House spokesman Josh Earnest":
                # an unknown name under the title of a body the catalog knows.
                body = next((e for s, e in specific if e.id and s.end <= span.start), None)
                if body is not None:
                    country, sector = body.country, sector or title or body.sector
            m_start, m_end = start, end
            if len(chosen) == 1:
                text = span_text(doc, start, end)
            elif head.i < span.start:  # "officials from Qatar and Egypt"
                prep = doc[head.i + 1].text if doc[head.i + 1].dep_ == "prep" else ""
                name_words = span_text(doc, span.start, span.end)
                words = (span_text(doc, start, head.i + 1), prep, name_words)
                text = " ".join(w for w in words if w)
                m_end = span.end
            else:  # "US and British warplanes": each actor keeps its own words
                own_words = span_text(doc, span.start, span.end)
                text = own_words if not outside else f"{own_words} {head.text}"
                m_start = span.start
            actor = Actor(text=text, name=name, country=country, sector=sector, sponsor=sponsor)
            actor.code = _code(actor)
            kind = entry.kind
            if entry.kind in ("person", "organization") and entry.id is None:
                kind = "unknown"
            mentions.append(ActorMention(m_start, m_end, head.i, actor, kind))
        return mentions

    def _holder(
        self, doc: Doc, head: Token, start: int, country: str | None, day: str | None
    ) -> Entry | None:
        if country is None or not day:
            return None
        role = TITLE_ROLES.get(title_words(doc, head, start))
        if role is None or any(t.lower_ in ("former", "ex", "deputy", "vice") for t in head.lefts):
            return None
        return self.catalog.holder(country, role, day)

    def _sponsored_by(self, doc: Doc, mentions: list[ActorMention], index: dict) -> None:
        """'militias backed by Iran': the agent of a backing participle is a sponsor."""
        for mention in mentions:
            if mention.actor.sponsor or mention.kind in ("country", "adjective", "capital"):
                continue
            for acl in doc[mention.head].children:
                if acl.dep_ != "acl" or acl.lower_ not in SPONSOR_WORDS:
                    continue
                for agent in (c for c in acl.children if c.dep_ == "agent"):
                    for pobj in (c for c in agent.children if c.dep_ == "pobj"):
                        backers = [mentions[n] for n in index.get(pobj.i, [])]
                        country = next((b.actor.country for b in backers if b.actor.country), None)
                        if country and len(country) == 3 and country not in ("IGO", "UNO", "EUR"):
                            mention.actor.sponsor = country

    def _appositions(self, doc: Doc, mentions: list[ActorMention], index: dict) -> None:
        """'Omar al-Fayadh, an Iraqi lawmaker,': an unknown name takes its apposition's
        country and sector (only what is missing; catalog entries are never changed)."""
        for mention in mentions:
            if mention.kind != "unknown":
                continue
            head = doc[mention.head]
            partners = [c for c in head.children if c.dep_ == "appos"]
            if head.dep_ == "appos":
                partners.append(head.head)
            for partner in partners:
                others = [
                    mentions[n] for n in index.get(partner.i, []) if mentions[n] is not mention
                ]
                if len(others) != 1 or others[0].kind == "unknown":
                    continue
                actor, other = mention.actor, others[0].actor
                if actor.country is None and other.country:
                    actor.country = other.country
                if actor.sector is None and other.sector:
                    actor.sector = other.sector
                actor.code = _code(actor)


def _resident(doc: Doc, mention: ActorMention, mentions: list, index: dict) -> bool:
    """'The Albanians of southern Serbia', 'Serbs in Kosovo': a people named by its
    own demonym and placed in another state are that state's civilians."""
    head = doc[mention.head]
    if mention.kind != "adjective" or mention.actor.sector or head.tag_ != "NNPS":
        return False
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "in")):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            states = {
                mentions[n].actor.country
                for n in index.get(pobj.i, [])
                if mentions[n].kind == "country" and mentions[n].actor.country
            }
            if len(states) == 1:
                mention.actor.country = states.pop()
                mention.actor.sector = "CVL"
                mention.actor.code = _code(mention.actor)
                return True
    return False


def _deletions(word: str) -> set[str]:
    """The word and every form of it one letter shorter."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _misspellings(aliases: Iterable[str]) -> dict[str, str]:
    """Each form one letter shorter of a state's name → the name, dropping forms two
    names share: two words are one edit apart when their one-shorter forms meet."""
    found: dict[str, str | None] = {}
    for alias in aliases:
        for variant in _deletions(alias.lower()):
            found[variant] = alias if found.get(variant, alias) == alias else None
    return {k: v for k, v in found.items() if v is not None}


def _origins(doc: Doc, mentions: list[ActorMention], index: dict) -> None:
    """'Police arrested 40 migrants from Eritrea': people with no country of their own,
    followed by "from" a state the parser hung on the verb, are that state's. Not after
    verbs that move people, where "from" is where they were taken from ("evacuated
    citizens from Sudan")."""
    for mention in mentions:
        if _resident(doc, mention, mentions, index):
            continue
        if mention.kind != "sector" or mention.actor.country or mention.end >= len(doc):
            continue
        word, head = doc[mention.end], doc[mention.head]
        if word.lower_ != "from" or word.head.i != head.head.i or head.dep_ != "dobj":
            continue
        if word.head.lemma_.lower() in MOVING_VERBS:
            continue
        for pobj in (c for c in word.children if c.dep_ == "pobj"):
            states = [
                mentions[n].actor.country
                for n in index.get(pobj.i, [])
                if mentions[n].kind == "country" and mentions[n].actor.country
            ]
            if len(states) == 1:
                mention.actor.country = states[0]
                mention.actor.code = _code(mention.actor)


# A story's opening credit: a place or agency in capitals, an optional region or
# country and agency in brackets, then a dash or colon set off by a space ("NAJAF, Iraq
# -", "ABIDJAN (Reuters) -", "AFP -"); "US B-2 bombers" is no dateline.
DATELINE_CREDIT = re.compile(
    r"^\s*[A-Z][A-Z.'’]{2,}(?: [A-Z][A-Z.'’]+){0,3}"  # NAJAF, KUWAIT CITY, AFP
    r"(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?"  # , Iraq
    r"\s*(?:\([A-Za-z .]+\)\s*)?(?:—|–|--|-|:)\s"  # (Reuters) -
)


def _on_the_day(entries: list[Entry], day: str | None) -> Entry:
    """Of the entries one name may mean, the person in office (or in post) on the
    article's date: "Sinwar" in a 2025 story is not the leader killed in 2024."""
    if len(entries) > 1 and day:
        for entry in entries:
            if entry.kind == "person" and entry.term_at(day) is not None:
                return entry
    return entries[0]


def _dateline_tokens(doc: Doc) -> range:
    """Tokens of the dateline that opens a story ('NAJAF, Iraq -', 'AFP -')."""
    match = DATELINE_CREDIT.match(doc_text(doc)[:120]) if len(doc) else None
    if match is None:
        return range(0)
    last = next((t.i for t in doc if t.idx >= match.end()), len(doc))
    return range(0, last)


def _bracketed(doc: Doc, start: int, end: int) -> bool:
    """A name alone in brackets: '(AFP)', '(Canadian Press)'."""
    return start > 0 and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")"


def _not_the_state(doc: Doc, start: int, entry: Entry) -> bool:
    """A demonym after "ethnic" names a people; a name after "anti-" names an opponent."""
    if entry.kind not in ("adjective", "country", "capital", "group", "organization"):
        return False
    if start > 0 and doc[start - 1].lower_ == "ethnic" and entry.kind == "adjective":
        return True
    return start > 1 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "anti"


def _located(span: Span, entry: Entry) -> bool:
    """'In Turkey Minister Ellwood met …': a state after "in" is a place even where the
    parser made it a modifier of the name that follows."""
    doc = span.doc
    return (
        entry.kind in ("country", "capital")
        and span.start > 0
        and doc[span.start - 1].lower_ in ("in", "at", "inside", "across", "near")
        and span.end < len(doc)
        and doc[span.end].pos_ == "PROPN"
    )


def _inner(ent: Span) -> tuple[int, int]:
    """Token range of an entity without a leading article or a trailing possessive."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and doc[end - 1].tag_ == "POS":
        end -= 1
    return start, end


# Heads that name someone aligned with the possessor: "Israel's militia ally".
ALLY_NOUNS = {"ally", "proxy", "client", "surrogate", "satellite"}


def _under_generic_head(token: Token) -> bool:
    """'the opposition coalition' in 'leaders of the opposition coalition'."""
    holder = token.head.head
    return (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and holder.lower_ in GENERIC_HEADS
        and holder.pos_ in NOUN_POS
    )


def _inside_title(doc: Doc, token: Token, sectors: dict[str, str]) -> bool:
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    owner = token.head.head
    return forward_end(doc, owner, sectors) > token.i


def _shouting(doc: Doc, start: int, end: int, headlines: dict[int, bool]) -> bool:
    """A short all-capitals name inside an all-capitals headline ("IRAN IS READY").
    `headlines` keeps the answer for each sentence: "US" and "UN" recur in one."""
    text = span_text(doc, start, end)
    if len(text) > 5 or not text.isupper():
        return False
    sent = doc[start:end].sent
    if sent.start not in headlines:
        words = [t for t in sent if t.is_alpha and len(t) > 1]
        headlines[sent.start] = len(words) > 2 and sum(t.is_upper for t in words) / len(words) > 0.6
    return headlines[sent.start]


def _place_countries(ents: list[tuple[Span, str, tuple[int, int]]]) -> set[str]:
    """Countries of the places the parser found, each read as its most populous match."""
    gazetteer = load_gazetteer()
    countries: set[str] = set()
    for ent, label, _ in ents:
        if label in ("GPE", "LOC", "FAC"):
            found = gazetteer.lookup(ent.text)
            if found:
                countries.add(max(found, key=lambda c: c.population).place.country)
    return countries


def _group_context(doc: Doc, start: int, end: int, sectors: dict[str, str]) -> bool:
    """An ambiguous acronym reads as the group next to group words or actor nouns
    ("IS fighters", "IS-held", "ICC prosecutors") or after a preposition ("against
    IS"), where the verb "is" cannot stand."""
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in HYPHEN_CONTEXT:
        return True
    if end < len(doc) and (doc[end].lower_ in GROUP_CONTEXT or doc[end].lower_ in sectors):
        return True
    if start > 0 and doc[start - 1].tag_ == "IN" and doc[start - 1].lower_ != "that":
        return True
    return start > 1 and doc[start - 1].lower_ == "the" and doc[start - 2].lower_ in GROUP_CONTEXT


def _non_state_led(doc: Doc, start: int, head: int) -> bool:
    return any(
        doc[i].lower_ in NON_STATE_QUALIFIERS
        and i + 2 < head + 1
        and doc[i + 1].text == "-"
        and doc[i + 2].lower_ in LEADER_WORDS | SPONSOR_WORDS
        for i in range(start, head)
    )


def _pro_government(doc: Doc, start: int, head: int) -> bool:
    text = span_text(doc, start, head).lower()
    return "pro-government" in text or "pro-regime" in text


def _index(mentions: list[ActorMention]) -> dict[int, list[int]]:
    index: dict[int, list[int]] = defaultdict(list)
    for number, mention in enumerate(mentions):
        for i in range(mention.start, mention.end):
            if number not in index[i]:
                index[i].append(number)
    return dict(index)


def _code(actor: Actor) -> str | None:
    if not actor.country and not actor.sector:
        return None
    return f"{actor.country or '---'}{actor.sector or ''}"


def copy_actor(actor: Actor, **changes: str | None) -> Actor:
    """A copy of an actor with some fields changed and its code brought up to date."""
    actor = dataclasses.replace(actor, **changes)
    actor.code = _code(actor)
    return actor


@Language.factory(
    "flashpoint_actors",
    requires=["token.dep", "token.pos", "doc.ents"],
    assigns=["doc._.fp_actors", "doc._.fp_actor_index"],
)
def make_actor_recognizer(nlp: Language, name: str) -> ActorRecognizer:
    return ActorRecognizer(nlp)
