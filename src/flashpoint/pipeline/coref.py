"""Stage 1b — coreference for actors: "he", "it", "they", "the group", "the coalition".

Runs right after `flashpoint_actors` and adds mentions for anaphors whose
antecedent is certain; precision comes first, so a guess is never made:

* The antecedent must lie in the anaphor's sentence (before it) or the two
  sentences before. Every compatible mention there competes; the anaphor is
  resolved only when they all name one actor (the same name, country and sector).
  "Iran warned Israel … it said" stays unresolved.
* Compatible means: he/she/his/him/her — one person (an office holder, a PERSON
  name, "the militia leader"); it/its — one state, seat, organisation or group
  (a state named after "in" is a place and does not compete); they/them/their — a
  plural phrase or a group. "the group/militia/movement" wants a group, "the
  coalition/alliance/bloc" an international organisation or a group so named, "the
  ministry" a ministry or department, "the country" a state, "the government" or
  "the regime" one state, and a definite title or sector phrase ("the army", "the
  prime minister") an earlier mention with the same words.
* Expletive "it" ("it is unclear whether", "it remains") and object "it" (usually
  an event or a thing) are left alone.

A resolved anaphor copies its antecedent's actor with its own text. Where the
recogniser had left a sector-only placeholder ("the militia" → REB, no country),
the resolved mention takes that placeholder's place in `fp_actors`, so the index
never offers both; "its fighters" becomes the antecedent's fighters.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Token

from .actors import copy_actor, is_person
from .catalog import GENERIC_HEADS, NON_STATE_CODES, TITLE_ROLES, Catalog, load_catalog
from .gazetteer import load_gazetteer
from .mentions import ActorMention, doc_text

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "himself", "herself"}
THING_PRONOUNS = {"it", "its", "itself"}
PLURAL_PRONOUNS = {"they", "their", "themselves"}  # object "them" is too often a thing
GROUP_NOUNS = {"group", "militia", "movement", "organisation", "organization", "faction", "outfit"}
COALITION_NOUNS = {"coalition", "alliance", "bloc"}
MINISTRY_NOUNS = {"ministry", "department"}
COUNTRY_NOUNS = {"country", "nation", "kingdom", "state"}
GOVERNMENT_NOUNS = {"government", "regime", "administration", "authorities", "cabinet"}
DEFINITE = {"the", "this", "that", "these", "those"}
# Verbs whose subject "it" is usually empty: "it is unclear", "it remains to be seen".
EXPLETIVE_HEADS = {"be", "seem", "appear", "remain", "become", "take", "happen", "matter"}
# Subject "it" is an actor with verbs of saying and doing; "it allows", "it helped"
# more often mean a deal or an event, so those are left alone.
AGENT_VERBS = {
    "say", "add", "claim", "deny", "announce", "warn", "accuse", "condemn", "state", "insist",
    "threaten", "vow", "pledge", "call", "urge", "demand", "reject", "refuse", "agree", "plan",
    "launch", "attack", "strike", "seize", "capture", "kill", "send", "deploy", "declare",
    "confirm", "report", "respond", "retaliate", "order", "impose", "sanction", "expel",
    "recall", "summon", "sign", "approve", "vote", "decide", "intend", "want", "seek", "try",
    "fire", "bomb", "shell", "target", "invade", "occupy", "withdraw", "arrest", "detain",
    "release", "negotiate", "meet", "host", "offer", "promise", "admit", "acknowledge",
    "blame", "criticise", "criticize", "welcome", "praise", "support", "back", "oppose",
}  # fmt: skip
SPEECH_VERBS = {
    "say", "add", "announce", "state", "claim", "warn", "insist", "declare", "confirm",
    "tell", "deny", "threaten", "vow", "pledge", "promise", "report", "indicate", "stress",
}  # fmt: skip
# A state after these is where something happens, not who acts.
PLACE_PREPS = {"in", "across", "inside", "throughout", "within", "near", "into", "around"}
WINDOW = 2  # sentences before the anaphor's own
# State institutions named only by their office ("the army", "the police") belong to
# the one state the text has just named.
HOME_SECTORS = {"MIL", "COP", "GOV", "JUD", "LEG"}
HOME_INSTITUTIONS = {
    "army", "military", "police", "government", "authority", "junta", "parliament",
    "navy", "gendarmerie", "cabinet", "president", "court", "judiciary", "legislature",
}  # fmt: skip
# Institutions that speak for a state ("the foreign ministry said").
SPEAKING_INSTITUTIONS = HOME_INSTITUTIONS | {
    "ministry", "office", "spokesman", "spokeswoman", "spokesperson", "presidency",
    "embassy", "mission", "department",
}  # fmt: skip


def _reporting_for(
    token: Token, window: list[tuple[int, ActorMention]]
) -> tuple[int, ActorMention] | None:
    """'Jordan recalled its ambassador from Israel, the foreign ministry said': an
    institution named only by its office, saying what a state did, speaks for that
    state — the subject of the clause it reports."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() not in ("say", "announce", "state", "add"):
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if verb.dep_ in ("ccomp", "parataxis"):
        clauses.append(verb.head)  # the parser may hang "…, X said" under the report
    for clause in clauses:
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        for n, m in window:
            if (
                m.start <= subject.i < m.end
                and _kind(m) in ("country", "capital", "adjective")
                and m.actor.country
                and len(m.actor.country) == 3
                and m.actor.country not in NON_STATE_CODES
            ):
                return n, m
    return None


# Counted plurals name a set: "the three countries", "the two leaders", "both sides"
# mean exactly that many actors named just before. What each noun counts:
COUNTED = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}
SET_NOUNS = {
    "country": "state", "nation": "state", "government": "state", "neighbour": "state",
    "neighbor": "state", "power": "state", "capital": "state",
    "leader": "person", "president": "person", "minister": "person",
    "premier": "person", "counterpart": "person",
    "side": "any", "party": "any", "ally": "any", "rival": "any", "delegation": "any",
}  # fmt: skip
PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS
ANAPHOR_LEMMAS = GROUP_NOUNS | COALITION_NOUNS | MINISTRY_NOUNS | COUNTRY_NOUNS | GOVERNMENT_NOUNS
# A quotation: straight or curly quotes, ending at the closing mark or the paragraph.
QUOTED = re.compile(r'"[^"\n]*(?:"|$)|“[^”\n]*(?:”|$)', re.MULTILINE)
# Words the recogniser does not make actors of but that a pronoun may mean: they
# compete, so "A man whose sister was killed told the group that he …" stays open.
PERSON_NOUNS = {
    "man", "woman", "boy", "girl", "father", "mother", "brother", "sister", "son", "daughter",
    "wife", "husband", "friend", "student", "witness", "survivor", "musician", "artist",
    "engineer", "teacher", "doctor", "farmer", "owner", "driver", "worker", "resident",
    "victim", "suspect", "neighbour", "neighbor", "relative", "colleague", "analyst", "expert",
}  # fmt: skip
COLLECTIVE_NOUNS = {
    "community", "committee", "council", "commission", "company", "agency", "union", "body",
    "institution", "network", "board", "team", "unit", "firm", "bank", "campaign", "society",
    "association", "club", "foundation", "fund", "programme", "program", "initiative",
}  # fmt: skip
# Words a definite anaphor may carry: "the armed group", "the Islamist militia".
ANAPHOR_MODIFIERS = {
    "armed", "militant", "jihadist", "extremist", "rebel", "terrorist", "islamist", "sunni",
    "shia", "shiite", "insurgent", "paramilitary", "radical", "military", "international",
    "us-led", "saudi-led", "ruling", "militia",
}  # fmt: skip


@dataclass
class CorefMention(ActorMention):
    """An anaphor resolved to an earlier mention (`antecedent`, its index in fp_actors)."""

    antecedent: int = -1


def _key(mention: ActorMention) -> tuple:
    actor = mention.actor
    return (actor.name, actor.country, actor.sector)


class ActorCoref:
    """Adds resolved anaphors to `doc._.fp_actors` and `doc._.fp_actor_index`."""

    def __init__(self, nlp: Language, catalog: Catalog | None = None) -> None:
        self.catalog = catalog or load_catalog()
        # Pronouns and anaphoric nouns (singular and plural), as LOWER ids, so that a
        # document's candidates are found on its token array in one step.
        words = PRONOUNS | ANAPHOR_LEMMAS | {w + "s" for w in ANAPHOR_LEMMAS} | {"militias"}
        words |= {"countries", "parties", "allies", "rivals"} | {w + "s" for w in SET_NOUNS}
        self._anaphor_ids = {nlp.vocab.strings.add(w) for w in words}

    def __call__(self, doc: Doc) -> Doc:
        mentions: list[ActorMention] = list(doc._.fp_actors or [])
        index: dict[int, list[int]] = {k: list(v) for k, v in (doc._.fp_actor_index or {}).items()}
        if _short_names(mentions):
            doc._.fp_actors = mentions
        # Only pronouns, anaphoric nouns and sector-only placeholders can be anaphors:
        # find them first, so the pass costs little on text that has none.
        placeholders = {m.head for m in mentions if m.kind == "sector" and not m.actor.country}
        if not len(doc):
            return doc
        ids = self._anaphor_ids
        hits = {i for i, lower in enumerate(doc.to_array(LOWER).tolist()) if lower in ids}
        anaphors = [doc[i] for i in sorted(hits | placeholders)]
        if not anaphors:
            return doc
        starts = [sent.start for sent in doc.sents]
        quotes = _quote_spans(doc_text(doc))
        for token in anaphors:
            if _inside(quotes, token.idx):
                continue  # inside a quotation "it" and "he" live in the speaker's world
            count = _counted(token)
            if count:
                sent = bisect_right(starts, token.i) - 1
                self._resolve_set(doc, token, count, starts[max(0, sent - WINDOW)], mentions, index)
                continue
            wanted = self._wanted(doc, token, mentions, index)
            if wanted is None:
                continue
            sent = bisect_right(starts, token.i) - 1
            first = starts[max(0, sent - WINDOW)]
            window = [
                (n, m) for n, m in enumerate(mentions) if first <= m.start and m.end <= token.i
            ]
            if wanted in ("ministry", "government") or wanted.startswith("same:"):
                placeholder = self._placeholder(token, mentions, index)
                reporter = (
                    _reporting_for(token, window)
                    if placeholder is not None
                    and placeholder.actor.sector in HOME_SECTORS
                    and token.lemma_.lower() in SPEAKING_INSTITUTIONS
                    else None
                )
                if reporter is not None:  # "Jordan recalled …, the foreign ministry said"
                    self._resolve(doc, token, wanted, *reporter, mentions, index)
                    continue
            candidates = [(n, m) for n, m in window if self._fits(doc, m, wanted, token)]
            if not candidates and (wanted.startswith("same:") or wanted == "government"):
                home = self._home_state(doc, token, window, mentions, index)
                if home is not None:  # "Ethiopia's government … the army": Ethiopia's
                    self._resolve(doc, token, wanted, *home, mentions, index)
                continue
            if candidates and len({_key(m) for _, m in candidates}) != 1:
                # "the US did not retaliate, and its first strikes hit depots": the
                # one subject of the anaphor's own sentence before it is its antecedent
                own = _own_subject(doc, token, candidates)
                if own is not None:
                    self._resolve(doc, token, wanted, *own, mentions, index)
                continue
            if not candidates:
                continue  # nobody: stay unresolved
            if wanted in ("person", "thing", "plural") and _rivals(
                doc, first, token, wanted, [m for _, m in window], lambda m: self._thing(doc, m)
            ):
                continue  # an unnamed person or body could be meant as well
            number, antecedent = candidates[-1]
            self._resolve(doc, token, wanted, number, antecedent, mentions, index)
        doc._.fp_actors = mentions
        doc._.fp_actor_index = index
        return doc

    # -- what an anaphor wants ---------------------------------------------------------
    def _wanted(
        self, doc: Doc, token: Token, mentions: list[ActorMention], index: dict
    ) -> str | None:
        lower = token.lower_
        placeholder = self._placeholder(token, mentions, index)
        if token.pos_ == "PRON" or lower in PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS:
            if token.i in index:
                return None
            if lower in PERSON_PRONOUNS:
                return "person"
            if lower in PLURAL_PRONOUNS:
                return "plural"
            if lower in THING_PRONOUNS and not _expletive(token):
                return "thing"
            return None
        if token.pos_ not in ("NOUN", "PROPN") or not _definite(token):
            return None
        if token.i in index and placeholder is None:
            return None  # already a named actor
        lemma = token.lemma_.lower()
        if lemma in GROUP_NOUNS:
            return "group"
        if lemma in COALITION_NOUNS:
            return "coalition"
        if lemma in MINISTRY_NOUNS:
            return "ministry"
        if lemma in COUNTRY_NOUNS:
            return "country"
        if lemma in GOVERNMENT_NOUNS:
            return "government"
        if placeholder is not None and lemma not in GENERIC_HEADS:
            text = placeholder.actor.text.lower()
            if text in self.catalog.sectors or token.lower_ in text.split():
                return "same:" + text  # "the army", "the prime minister"
        return None

    def _home_state(
        self,
        doc: Doc,
        token: Token,
        window: list[tuple[int, ActorMention]],
        mentions: list[ActorMention],
        index: dict,
    ) -> tuple[int, ActorMention] | None:
        """'Ethiopia declared a state of emergency … the army': a state institution named
        only by its office is that of the one state the text has named just before —
        unless that state's own forces are in the sentence (then 'the army' may be the
        one they fight: "US troops fought the army")."""
        placeholder = self._placeholder(token, mentions, index)
        if placeholder is None or placeholder.actor.sector not in HOME_SECTORS:
            return None
        if token.lemma_.lower() not in HOME_INSTITUTIONS:
            return None
        states = [
            (n, m)
            for n, m in window
            if m.actor.country
            and len(m.actor.country) == 3
            and m.actor.country not in NON_STATE_CODES
        ]
        if len({m.actor.country for _, m in states}) != 1:
            return None
        sent = token.sent
        if any(m.actor.sector in ("MIL", "COP") and m.start >= sent.start for _, m in states):
            return None
        anchors = [
            (n, m)
            for n, m in states
            if _kind(m) in ("country", "capital", "seat", "adjective", "person")
            and m.actor.sector in (None, "GOV")
        ]
        return anchors[-1] if anchors else None

    def _actor_head(self, head: Token) -> bool:
        sectors = self.catalog.sectors
        return head.lower_ in sectors or head.lemma_.lower() in sectors

    def _thing(self, doc: Doc, mention: ActorMention) -> bool:
        """A mention whose head is a thing of the actor's, not the actor."""
        head = doc[mention.head]
        return (
            mention.kind not in ("sector", "unknown")
            and not isinstance(mention, CorefMention)
            and head.pos_ == "NOUN"  # a common noun, not the name itself
            and mention.actor.text not in self.catalog.names  # "US-led coalition" is a name
            and not self._actor_head(head)
        )

    def _placeholder(self, token: Token, mentions: list, index: dict) -> ActorMention | None:
        """The recogniser's sector-only mention headed by this token, if that is all."""
        found = [mentions[n] for n in index.get(token.i, [])]
        if len(found) == 1 and found[0].kind == "sector" and not found[0].actor.country:
            return found[0]
        return None

    def _fits(self, doc: Doc, mention: ActorMention, wanted: str, anaphor: Token) -> bool:
        head = doc[mention.head]
        kind = _kind(mention)
        plural = head.tag_ in ("NNS", "NNPS") and self._actor_head(head)
        if wanted == "person":
            return is_person(doc, mention) and not plural
        if wanted == "thing":
            if kind in ("country", "capital") and _is_place(head):
                return False
            if self._thing(doc, mention):
                return False  # "US bases", "Security Council resolutions" name no actor
            return head.tag_ not in ("NNS", "NNPS") and not is_person(doc, mention)
        if wanted == "plural":
            return plural and not is_person(doc, mention)
        if wanted == "group":
            return kind == "group" or (kind == "unknown" and head.ent_type_ == "ORG")
        if wanted == "coalition":
            name = (mention.actor.name or "").lower()
            return kind in ("organization", "group") and (
                anaphor.lemma_.lower() in name
                or (kind == "organization" and mention.actor.country in ("IGO", "EUR"))
            )
        if wanted == "ministry":
            words = f"{mention.actor.name} {mention.actor.text}".lower()
            return kind in ("seat", "adjective", "country") and any(
                w in words for w in MINISTRY_NOUNS
            )
        if wanted == "country":  # a state named as such, not "US forces"
            return kind == "country" and not _is_place(head) and not mention.actor.sector
        if wanted == "government":
            return kind in ("country", "adjective", "capital", "seat") and bool(
                mention.actor.country
            )
        if wanted.startswith("same:"):
            phrase = wanted[5:]
            if mention.actor.country and phrase in mention.actor.text.lower():
                return True  # "the Iraqi army … the army"
            # "Vladimir Putin … the president": an office holder in that office that day
            person = self.catalog.people.get(mention.actor.name or "")
            term = person.term_at(doc._.fp_pub_date) if person else None
            return term is not None and term.role == TITLE_ROLES.get(phrase)
        return False

    # -- counted plurals -----------------------------------------------------------------
    def _resolve_set(
        self,
        doc: Doc,
        token: Token,
        count: int,
        first: int,
        mentions: list[ActorMention],
        index: dict[int, list[int]],
    ) -> None:
        """'the three countries' → the one list of exactly three states before it (or,
        failing a list, the window's actors when there are exactly three)."""
        wanted = SET_NOUNS[token.lemma_.lower()]
        window = [
            (n, m)
            for n, m in enumerate(mentions)
            if first <= m.start and m.end <= token.i and self._member(doc, m, wanted)
        ]
        chosen: list[tuple[int, ActorMention]] = []
        groups: dict[int, list[tuple[int, ActorMention]]] = {}
        for n, m in window:  # lists: mentions whose heads are coordinated
            groups.setdefault(_list_head(doc[m.head]).i, []).append((n, m))
        for group in sorted(groups.values(), key=lambda g: -g[-1][1].start):
            if len(group) > 1 and len({_set_key(m, wanted) for _, m in group}) == count:
                chosen = group
                break
        if not chosen:
            by_key: dict[tuple, tuple[int, ActorMention]] = {}
            for n, m in window:
                by_key[_set_key(m, wanted)] = (n, m)
            if len(by_key) == count:
                chosen = sorted(by_key.values())
        if not chosen:
            return  # no set of that size: stay unresolved
        start = min(
            [c.i for c in token.lefts if c.dep_ in ("det", "nummod", "predet", "preconj")]
            + [token.i]
        )
        placeholder = self._placeholder(token, mentions, index)
        seen: set[tuple] = set()
        for number, antecedent in chosen:
            key = _set_key(antecedent, wanted)
            if key in seen:
                continue
            seen.add(key)
            actor = copy_actor(antecedent.actor, text=doc[start : token.i + 1].text)
            new = CorefMention(start, token.i + 1, token.i, actor, _kind(antecedent), number)
            if placeholder is not None:
                mentions[mentions.index(placeholder)] = new
                placeholder = None
                continue
            mentions.append(new)
            for i in range(new.start, new.end):
                index.setdefault(i, []).append(len(mentions) - 1)

    def _member(self, doc: Doc, mention: ActorMention, wanted: str) -> bool:
        """Can the mention be one of a counted set of `wanted` actors?"""
        country = mention.actor.country
        if wanted == "person":
            return is_person(doc, mention)
        if wanted == "state":
            return (
                bool(country)
                and country not in NON_STATE_CODES
                and not is_person(doc, mention)
                and not (mention.kind in ("country", "capital") and _is_place(doc[mention.head]))
            )
        return bool(country) and not (
            mention.kind in ("country", "capital") and _is_place(doc[mention.head])
        )

    # -- adding the resolved mention ---------------------------------------------------
    def _resolve(
        self,
        doc: Doc,
        token: Token,
        wanted: str,
        number: int,
        antecedent: ActorMention,
        mentions: list[ActorMention],
        index: dict[int, list[int]],
    ) -> None:
        source = antecedent.actor
        placeholder = self._placeholder(token, mentions, index)
        if placeholder is not None:  # "the militia" → the militia named before
            slot = mentions.index(placeholder)
            actor = copy_actor(source, text=placeholder.actor.text)
            if _kind(antecedent) in ("country", "adjective", "capital", "seat") and (
                wanted in ("government", "country", "ministry") or wanted.startswith("same:")
            ):  # "the government" of the state named before, not its army
                name = self.catalog.country_names.get(source.country or "", source.name)
                actor = copy_actor(actor, name=name, sector=placeholder.actor.sector)
            mentions[slot] = CorefMention(
                placeholder.start, placeholder.end, placeholder.head, actor, _kind(antecedent),
                number,
            )  # fmt: skip
            return
        start = token.i
        if token.pos_ != "PRON":  # "the group": the determiner belongs to it
            start = min([c.i for c in token.lefts if c.lower_ in DEFINITE] + [token.i])
        actor = copy_actor(source, text=doc[start : token.i + 1].text)
        if _kind(antecedent) in ("country", "adjective") and token.lemma_.lower() in (
            GOVERNMENT_NOUNS
        ):
            actor = copy_actor(actor, sector="GOV")
        new = CorefMention(start, token.i + 1, token.i, actor, _kind(antecedent), number)
        owner = token.head if token.dep_ == "poss" else None
        owned = self._placeholder(owner, mentions, index) if owner is not None else None
        if owned is not None:  # "its fighters": the antecedent's fighters
            sector = source.sector if _kind(antecedent) == "group" else owned.actor.sector
            merged = copy_actor(source, text=doc[start : owned.end].text, sector=sector)
            slot = mentions.index(owned)
            mentions[slot] = CorefMention(
                min(start, owned.start), owned.end, owned.head, merged, _kind(antecedent), number
            )
            for i in range(min(start, owned.start), owned.end):
                index.setdefault(i, [])
                if slot not in index[i]:
                    index[i].append(slot)
            return
        mentions.append(new)
        for i in range(new.start, new.end):
            index.setdefault(i, []).append(len(mentions) - 1)


def _short_names(mentions: list[ActorMention]) -> bool:
    """'Iranian General Qassem Soleimani … Soleimani had led': a later short form of a
    name the text gave in full, with its country, is the same person — when exactly one
    earlier name ends that way."""
    full = [m for m in mentions if m.kind == "unknown" and m.actor.country and m.actor.name]
    changed = False
    for n, mention in enumerate(mentions if full else []):
        if mention.kind != "unknown" or mention.actor.country:
            continue
        short = (mention.actor.name or mention.actor.text or "").strip()
        core = short.split()[-1].split("-")[-1] if short else ""
        if len(short) < 4 or not core[:1].isupper():
            continue  # ("al-Saadi": the particle may be lower case, the name is not)
        earlier = {
            (m.actor.name, m.actor.country, m.actor.sector)
            for m in full
            if m.start < mention.start
            and (m.actor.name or "").split()[-1:] == short.split()[-1:]
            and len((m.actor.name or "").split()) > len(short.split())
        }
        if len(earlier) == 1:
            name, country, sector = next(iter(earlier))
            actor = copy_actor(mention.actor, name=name, country=country, sector=sector)
            mentions[n] = dataclasses.replace(mention, actor=actor)
            changed = True
    return changed


def _counted(token: Token) -> int:
    """How many actors a counted plural names: 'the two leaders' 2, 'both sides' 2."""
    if token.tag_ not in ("NNS", "NNPS") or token.lemma_.lower() not in SET_NOUNS:
        return 0
    lefts = list(token.lefts)
    for left in lefts:
        number = COUNTED.get(left.lower_)
        definite = left.lower_ == "both" or any(c.lower_ in ("the", "these") for c in lefts)
        if number and definite and left.dep_ in ("nummod", "det", "predet", "preconj"):
            return number
    return 0


def _set_key(mention: ActorMention, wanted: str) -> tuple:
    """Two mentions are one member of a set when they name one state (or one actor)."""
    if wanted == "state":
        return (mention.actor.country,)
    return _key(mention)


def _list_head(token: Token) -> Token:
    """The first item of the list a token belongs to ('Ireland, Norway and Spain')."""
    for _ in range(10):
        if token.dep_ in ("conj", "appos") and token.head.i != token.i:
            token = token.head
        else:
            break
    return token


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside quotation marks; an unclosed quote ends with its paragraph."""
    spans = []
    for match in QUOTED.finditer(text):
        spans.append((match.start(), match.end()))
    return spans


def _inside(spans: list[tuple[int, int]], char: int) -> bool:
    at = bisect_right(spans, (char, 1 << 62)) - 1
    return at >= 0 and spans[at][0] < char < spans[at][1]


def _kind(mention: ActorMention) -> str:
    return mention.kind


def _definite(token: Token) -> bool:
    """'the group', 'the armed group', 'the prime minister' — a bare definite phrase."""
    lefts = list(token.lefts)
    if not lefts or lefts[0].lower_ not in DEFINITE:
        return False
    if any(c.dep_ in ("prep", "acl", "relcl") and c.lower_ != "that" for c in token.rights):
        return False  # "the group of Reserve Airmen", "the group that attacked": new
    sectors = load_catalog().sectors
    for left in lefts[1:]:
        office = f"{left.lower_} {token.lower_}" in sectors  # "the foreign ministry"
        if left.dep_ not in ("amod", "compound") or (left.ent_type_ and not office):
            return False
        if left.lower_ not in ANAPHOR_MODIFIERS and not office:
            return False  # "the largest groups", "the new government": not anaphors
    return True


def _own_subject(
    doc: Doc, anaphor: Token, candidates: list[tuple[int, ActorMention]]
) -> tuple[int, ActorMention] | None:
    """The single candidate that is a clause subject in the anaphor's own sentence, if
    every other subject candidate lies in earlier sentences (possessive 'its'/'their'
    only: a subject pronoun may start a new topic)."""
    if anaphor.dep_ != "poss":
        return None
    sent_start = anaphor.sent.start
    own = [
        (n, m)
        for n, m in candidates
        if m.start >= sent_start and doc[m.head].dep_ in ("nsubj", "nsubjpass")
    ]
    if len({_key(m) for _, m in own}) != 1:
        return None
    if any(m.start >= sent_start and (n, m) not in own for n, m in candidates):
        return None  # another candidate in the same sentence competes
    return own[-1]


def _rivals(
    doc: Doc, first: int, anaphor: Token, wanted: str, mentions: list, things: Callable
) -> bool:
    """Is there an unnamed rival antecedent the recogniser made no actor of?"""
    covered = {i for m in mentions for i in range(m.start, m.end)}  # the window's
    for token in doc[first : anaphor.i]:
        if token.i in covered or token.pos_ not in ("NOUN", "PROPN"):
            continue
        lemma = token.lemma_.lower()
        plural = token.tag_ in ("NNS", "NNPS")
        core = token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj")
        if wanted == "person" and not plural:
            if token.ent_type_ == "PERSON" or lemma in PERSON_NOUNS:
                return True
            if token.pos_ == "PROPN" and core and token.ent_type_ not in ("GPE", "LOC", "NORP"):
                return True
        elif wanted == "thing" and not plural:
            if token.ent_type_ == "ORG" or lemma in COLLECTIVE_NOUNS:
                return True
            if (
                token.pos_ == "PROPN"
                and core
                and token.ent_type_ in ("", "FAC", "PRODUCT")
                and not _known_place(token.text)  # "captured Aleppo": a town, not a body
            ):
                return True
        elif wanted == "plural" and plural and core and token.dep_ != "pobj":
            return True
    window = [m for m in mentions if first <= m.start and m.end <= anaphor.i]
    if wanted == "person":  # the parser's ORG "Karim" may be a man all the same
        return any(m.kind == "unknown" and not is_person(doc, m) for m in window)
    if wanted == "plural":  # "Iran and Russia … they", "ISIL … they": no one plural phrase
        if any(m.kind == "group" or doc[m.head].dep_ == "conj" for m in window):
            return True
        return any(
            t.dep_ == "conj" and t.pos_ == "PROPN" and t.i not in covered
            for t in doc[first : anaphor.i]
        )
    if wanted == "thing":  # "the deal … it", "US bases … it"
        return any(things(m) for m in window)
    return False


def _known_place(name: str) -> bool:
    """A name the gazetteer knows as a place under its own name (shared, loaded once)."""
    return any(not c.alternate for c in load_gazetteer().lookup(name))


def _expletive(token: Token) -> bool:
    """'It is unclear whether …', 'it remains to be seen': an empty subject."""
    if token.lower_ == "its":
        return False
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return True  # object "it" is an event or a thing far more often than an actor
    head = token.head
    if head.lemma_ in EXPLETIVE_HEADS:
        return True
    # "Ansar Allah said it would …": the subject of what an actor says is the actor
    # far more often than not; elsewhere only verbs of saying and doing qualify.
    reported = head.dep_ in ("ccomp", "xcomp") and head.head.lemma_.lower() in SPEECH_VERBS
    if not reported and head.lemma_.lower() not in AGENT_VERBS:
        return True
    return any(
        child.dep_ in ("ccomp", "csubj")
        and any(g.dep_ == "mark" and g.lower_ in ("that", "if", "whether") for g in child.children)
        for child in head.children
    )


def _is_place(token: Token) -> bool:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS


@Language.factory(
    "flashpoint_coref",
    requires=["doc._.fp_actors", "doc._.fp_actor_index"],
    assigns=["doc._.fp_actors", "doc._.fp_actor_index"],
)
def make_actor_coref(nlp: Language, name: str) -> ActorCoref:
    return ActorCoref(nlp)
