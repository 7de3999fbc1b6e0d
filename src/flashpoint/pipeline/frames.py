"""Frames: which lexicon entry a verb or noun of the parse fits.

A verb frame fits when its particles and prepositions hang off the verb and its
complement ("+withdrawal") is among the verb's objects; a noun frame when its
modifiers precede the noun and its tail follows it ("state of emergency").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from .lexicon import Lexicon, NounFrame, VerbFrame

COMPLEMENT_DEPS = (
    "dobj",
    "xcomp",
    "pobj",
    "ccomp",
    "advcl",
    "pcomp",
    "attr",
    "nsubjpass",
    "acomp",
    "oprd",
)


def _denied_content(verb: Token, child: Token) -> bool:
    """'denied that Cuban troops were helping to protect Maduro': what a denial says did
    not happen is no object of the verb ('deny +help' means refusing help)."""
    return (
        child.dep_ == "ccomp"
        and verb.lemma_.lower() in DENYING
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
    )


DENYING = {"deny", "dismiss", "refute", "reject"}
# Verbs of letting and making whose object the parser moves into the to-clause.
LETTING = {"allow", "let", "permit", "enable", "authorize", "authorise", "force", "order"}


def _tail_fits(doc: Doc, i: int, tail: tuple[str, ...]) -> bool:
    """'violation of the truce' fits 'violation of truce': the words after the noun, with
    articles and possessives between them left out."""
    k = i + 1
    for word in tail:
        while k < len(doc) and doc[k].tag_ in ("DT", "PRP$") and word not in (doc[k].lower_,):
            k += 1
        if k >= len(doc) or word not in (doc[k].lower_, doc[k].lemma_.lower()):
            return False
        k += 1
    return True


def for_clause(child: Token) -> bool:
    """'called for Israel to halt its offensive': the parser reads 'for' as the mark of
    an adverbial clause, not as the preposition of 'call for'."""
    return child.dep_ == "advcl" and any(
        g.dep_ == "mark" and g.lower_ == "for" for g in child.children
    )


# Heads whose compound modifier says what kind of thing they are, not what it is:
# "school bus", "hospital ship", "army truck".
THING_HEADS = {
    "bus", "car", "truck", "lorry", "van", "train", "taxi", "vehicle", "bike", "bicycle",
    "motorcycle", "ambulance", "boat", "ferry", "uniform", "fee", "fees", "book", "year",
    "holiday", "teacher", "teachers", "trip", "game", "match", "team", "board", "record",
    "records", "exam", "exams", "curriculum",
}  # fmt: skip

PLACE_CLASS = "@place"
# '@act' stands for any action put forward as a to-infinitive ("agreed to set up a
# centre", "threatened to ban voting"): the frame is a declaration whatever the act.
ACT_CLASS = "@act"
# '@many' stands for a noun counted in the hundreds or more: 'kill +@many' is 202.
MANY_CLASS = "@many"
NOT_COUNTS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"}
MANY = 100
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
# Sums of money, whose "in" phrase is what they buy: "$400 million in aid".
SUMS = {"million", "billion", "trillion", "dollar", "euro", "pound", "yuan", "yen"}
# Nouns that only count or package what follows: "hundreds of drones", "a batch of tanks".
QUANTITY_NOUNS = {
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "dozen",
    "score",
    "number",
    "batch",
    "lot",
    "shipment",
    "consignment",
    "package",
    "set",
    "pair",
    "couple",
    "series",
    "wave",
    "fleet",
    "squadron",
    "range",
    "kind",
    "type",
    "ton",
    "tonne",
    "tranche",
    "round",
    "load",
    "supply",
    "stock",
    "amount",
    "quantity",
    "part",
    "portion",
    "section",
    "half",
    "chunk",
    "swathe",
    "swath",
    "activity",
    "kg",
    "kilogram",
    "worth",
}


def _fits(token: Token, wanted: frozenset[str], depth: int = 0) -> bool:
    """Does a complement phrase fit one of `wanted`? 'withdrawal' fits {'withdrawal'};
    'military action' needs 'military' before 'action'; 'aid trucks' fits {'aid'} by
    its modifier; 'hundreds of drones' fits {'drones'} through the quantity."""
    return fit_length(token, wanted, depth) > 0


def fit_length(token: Token, wanted: frozenset[str], depth: int = 0) -> float:
    """How many words of the longest alternative in `wanted` the phrase fits (0: none).
    A class (@act, @place, @many) weighs less than any word, so a frame naming the act
    beats a frame that only knows its class."""
    lemma = token.lemma_.lower()
    best = 0.0
    if lemma in wanted or token.lower_ in wanted:
        best = 1.0
    if (
        PLACE_CLASS in wanted
        and (token.dep_ != "pobj" or token.head.lower_ in ("into", "of", "over"))
        and (token.ent_type_ in PLACE_ENTITIES or token.i in _place_tokens(token.doc))
    ):
        best = max(best, 0.5)  # "captured Goma": a named place fits '@place'
    if MANY_CLASS in wanted and depth == 0 and _counts_many(token):
        best = max(best, 0.5)  # "killed at least 500 people": a mass killing
    if (
        ACT_CLASS in wanted
        and depth == 0
        and token.dep_ in ("xcomp", "ccomp")  # ("allowed aid trucks to enter Gaza")
        and token.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    ):
        best = max(best, 0.25)
    doc = token.doc
    forms = (lemma, token.lower_)
    for phrase in wanted:
        if " " not in phrase:
            continue
        words = _words(phrase)
        size = float(len(words))
        if size <= best:
            continue
        if words[-1] in forms:  # "military action": modifiers before the head
            start = token.i - len(words) + 1
            if start >= 0 and [t.lower_ for t in doc[start : token.i]] == words[:-1]:
                best = size
                continue
        if words[0] in forms:  # "use of force": the head, then its prepositional tail
            window = doc[token.i : token.i + len(words)]
            if [t.lower_ for t in window] == words or [t.lemma_.lower() for t in window] == words:
                best = size
                continue
            if token.pos_ == "VERB" and depth == 0 and _verb_phrase_fits(token, words[1:]):
                best = size
    if best >= 1.0 and lemma not in QUANTITY_NOUNS:
        return best  # (a sum still looks at what it buys: "$5 billion in financial support")
    for child in token.children:
        if (
            child.dep_ == "compound"
            and (child.lemma_.lower() in wanted or child.lower_ in wanted)
            and lemma not in THING_HEADS
        ):
            best = max(best, 1.0)  # "the Gaza ceasefire deal" fits 'ceasefire'; a
            # "school bus" is a bus, not a school
        if depth == 0 and _counting(token, child):
            for grand in child.children:
                if grand.dep_ == "pobj":
                    best = max(best, fit_length(grand, wanted, 1))
    return best


def _counting(token: Token, prep: Token) -> bool:
    """Is `prep` the phrase of what a quantity counts: "hundreds of drones", "$400
    million in humanitarian aid"?"""
    if prep.dep_ != "prep" or token.lemma_.lower() not in QUANTITY_NOUNS:
        return False
    return prep.lower_ == "of" or (prep.lower_ == "in" and token.lemma_.lower() in SUMS)


def counted_noun(token: Token) -> Token | None:
    """The noun a quantity counts ("drones" in "hundreds of drones"), if any."""
    for child in token.children:
        if _counting(token, child):
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


@lru_cache(maxsize=8192)
def _words(phrase: str) -> list[str]:
    """A multiword alternative split once, not on every fit."""
    return phrase.split()


def _place_tokens(doc: Doc) -> set[int]:
    """Tokens of the places the places stage found (it runs before the event coder),
    so a town the parser did not tag still fits '@place'. Cached per Doc."""
    cached = doc.user_data.get("fp_place_tokens")
    if cached is None:
        cached = doc.user_data["fp_place_tokens"] = {
            i for p in doc._.fp_places or [] for i in range(p.start, p.end)
        }
    return cached


def _counts_many(token: Token) -> bool:
    """A noun counted in the hundreds or more ("500 people", "about 1,200 civilians");
    not a date ("on Jan. 3, 2020") or a sum."""
    if token.ent_type_ in NOT_COUNTS:
        return False
    for child in token.children:
        if child.dep_ == "nummod" and child.like_num and child.ent_type_ not in NOT_COUNTS:
            try:
                if float(child.text.replace(",", "")) >= MANY:
                    return True
            except ValueError:
                continue
    return False


def _verb_phrase_fits(verb: Token, rest: list[str]) -> bool:
    """'break off diplomatic relations' fits 'break off relations': the particle and the
    object hang off the verb (or the object's preposition), whatever modifies them."""
    near = set()
    for child in verb.children:
        if child.dep_ in ("prt", "dobj", "prep", "nsubjpass"):
            near.update((child.lower_, child.lemma_.lower()))
            for grand in child.children:
                if grand.dep_ in ("pobj", "prep"):
                    near.update((grand.lower_, grand.lemma_.lower()))
    return all(word in near for word in rest)


PREPOSITIONS = {
    "with",
    "on",
    "against",
    "to",
    "at",
    "into",
    "from",
    "of",
    "for",
    "toward",
    "towards",
    "upon",
    "over",
    "about",
    "in",
    "by",
    "onto",
    "off",
    "out",
}


class FrameMatcher:
    """Matches verbs and nouns to lexicon frames (mixed into EventCoder)."""

    lexicon: Lexicon

    def match_verb(self, verb: Token) -> tuple[VerbFrame, Token | None, Token | None] | None:
        """Best verb frame, the complement it consumed, and its prepositional target."""
        frames = self.lexicon.verbs.get(verb.lemma_.lower())
        if not frames:
            return None
        # Words near the verb and its complement candidates, gathered once: a frame
        # whose words are not all near is skipped without walking the tree again.
        near: set[str] = set()
        candidates: list[Token] = []
        for child in verb.children:
            near.add(child.lower_)
            near.add(child.lemma_.lower())
            dep = child.dep_
            if dep in COMPLEMENT_DEPS and not _denied_content(verb, child):
                candidates.append(child)
            if dep == "ccomp" and verb.lemma_.lower() in LETTING:
                # "allowed aid trucks to enter Gaza": the parser makes the object the
                # subject of the to-clause
                candidates += [c for c in child.children if c.dep_ == "nsubj"]
            if dep in ("dobj", "prt", "advmod", "prep"):
                for grand in child.children:
                    near.add(grand.lower_)
                    near.add(grand.lemma_.lower())
                    if dep == "prep" and grand.dep_ in ("pobj", "pcomp"):
                        candidates.append(grand)
            elif for_clause(child):
                near.add("for")  # "called for Israel to halt": see _for_clause
        best: tuple[VerbFrame, Token | None, Token | None] | None = None
        best_length = 0.0
        for frame in frames:
            if best is not None and frame.specificity < best[0].specificity:
                break
            if frame.words and not all(word in near for word in frame.words):
                continue
            matched = self._frame_words(verb, frame.words) if frame.words else []
            if matched is None:
                continue
            prep_target = None
            if frame.words and frame.words[-1] in PREPOSITIONS and matched:
                last = matched[-1]
                prep_target = next((c for c in last.children if c.dep_ in ("pobj", "pcomp")), None)
            complement = None
            length = 0.0
            own = candidates
            if frame.words and frame.words[-1] in PREPOSITIONS and matched:
                # "go on +strike": a complement under a preposition must be under the
                # frame's own ("went on alert after a missile strike" is no strike)
                own = [
                    c
                    for c in candidates
                    if not (
                        c.dep_ == "pobj" and c.head.dep_ == "prep" and c.head.i != matched[-1].i
                    )
                ]
            if frame.complements:
                for candidate in own:
                    size = fit_length(candidate, frame.complements)
                    if size > length:
                        complement, length = candidate, size
                if complement is None and matched:
                    complement = self._complement(matched, frame.complements)
                    length = 1.0 if complement is not None else 0.0
                if complement is None:
                    continue
                if prep_target is not None and prep_target.i == complement.i:
                    prep_target = None
            # Frames of equal specificity compete on how much of the complement they
            # cover: "suspended part of a military aid program" is 'suspend +aid
            # program' (two words), not a frame that only knows 'program'.
            if best is None or length > best_length:
                best, best_length = (frame, complement, prep_target), length
        return best

    def _frame_words(self, verb: Token, words: tuple[str, ...]) -> list[Token] | None:
        """Tokens for a frame's particles/prepositions/fixed objects, attached near the verb."""
        matched: list[Token] = []
        anchor = verb

        def same(token: Token, word: str) -> bool:
            if token.lower_ != word and token.lemma_.lower() != word:
                return False
            # "rounded up hundreds … on Thursday": a phrase of time is no particle
            return not any(
                c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in token.children
            )

        for word in words:
            candidates = (
                [c for c in anchor.children if same(c, word)]
                or [c for c in verb.children if same(c, word)]
                or [
                    g
                    for c in verb.children
                    if c.dep_ in ("dobj", "prt", "advmod", "prep")
                    for g in c.children
                    if same(g, word)
                ]
                or [g for c in verb.children if for_clause(c) for g in c.children if same(g, word)]
            )
            if not candidates:
                return None
            anchor = candidates[0]
            matched.append(anchor)
        return matched

    def _complement(self, heads: list[Token], wanted: frozenset[str]) -> Token | None:
        """A complement under a frame's own words ("call for +withdrawal")."""
        for head in heads:
            for child in head.children:
                if child.dep_ in COMPLEMENT_DEPS and _fits(child, wanted):
                    return child
                if child.dep_ == "prep":
                    for grand in child.children:
                        if grand.dep_ in ("pobj", "pcomp") and _fits(grand, wanted):
                            return grand
        return None

    def noun_frames(self, noun: Token) -> list[NounFrame]:
        """Every frame an event noun fits, most specific ("drone strike") first."""
        nouns = self.lexicon.nouns
        lemma = noun.lemma_.lower()
        frames = nouns.get(lemma, [])
        if noun.lower_ != lemma and noun.lower_ in nouns:
            frames = frames + nouns[noun.lower_]
        if not frames:
            return []
        doc = noun.doc
        fitting = []
        for frame in frames:  # sorted most specific first by the lexicon
            width = len(frame.modifiers)
            if width and (
                noun.i < width
                or any(
                    doc[noun.i - width + k].lower_ != word for k, word in enumerate(frame.modifiers)
                )
            ):
                continue
            tail = frame.tail
            if tail and not _tail_fits(doc, noun.i, tail):
                continue
            fitting.append(frame)
        return fitting

    def match_noun(self, noun: Token) -> NounFrame | None:
        frames = self.noun_frames(noun)
        return frames[0] if frames else None

    # -- the pass over a document ----------------------------------------------
