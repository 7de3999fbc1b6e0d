"""The predicate lexicon (`data/predicates.txt`): verbs, event nouns and light verbs.

A block names one CAMEO code and the frames that express it:

    [195] Employ aerial weapons
    verbs: bomb, strafe
    nouns: airstrike, air strike, drone strike
    light: launch, carry out, conduct
    target: on, against
    reciprocal: no

A verb item is `lemma [particles/prepositions] [+complement|complement]`. Frames key
on lemma and dependency structure, never on surface strings, so tense, voice and word
order do not matter. More specific frames (more words, a complement) win.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from ..errors import ConfigError
from .datafiles import data_path

DEFAULT_TARGET_PREPS = ("on", "against", "at", "into", "upon", "toward", "towards", "to")
HEADER = re.compile(r"^\[(\d{2,4})\]\s*(.*)$")


@dataclass(frozen=True)
class Block:
    code: str
    label: str
    target_preps: tuple[str, ...]
    reciprocal: bool
    line: int


@dataclass(frozen=True)
class VerbFrame:
    """`clash with`, `call for +withdrawal|pullout`, `shell`."""

    lemma: str
    words: tuple[str, ...]
    complements: frozenset[str]
    block: Block

    @property
    def specificity(self) -> int:
        return len(self.words) + (2 if self.complements else 0)


@dataclass(frozen=True)
class NounFrame:
    """An event noun: head lemma, the modifiers before it and the words after it
    ("drone strike" = drone + strike; "state of emergency" = state + of emergency)."""

    head: str
    modifiers: tuple[str, ...]
    block: Block
    tail: tuple[str, ...] = ()

    @property
    def specificity(self) -> int:
        return len(self.modifiers) + len(self.tail)


NOUN_PREPOSITIONS = {"of", "for", "to", "in", "on", "against", "with", "from", "by"}


def noun_parts(item: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """Head, modifiers and tail of a noun item. Hyphens become tokens as spaCy splits
    them ("cease-fire" → cease - fire); a phrase with a preposition is headed by the
    word before it ("release of prisoners" → release)."""
    words = item.lower().replace("-", " - ").split()
    first_prep = next((i for i, w in enumerate(words) if w in NOUN_PREPOSITIONS and i), None)
    if first_prep is None:
        return words[-1], tuple(words[:-1]), ()
    head = first_prep - 1
    return words[head], tuple(words[:head]), tuple(words[head + 1 :])


@dataclass
class Lexicon:
    verbs: dict[str, list[VerbFrame]] = field(default_factory=lambda: defaultdict(list))
    nouns: dict[str, list[NounFrame]] = field(default_factory=lambda: defaultdict(list))
    light: dict[str, list[tuple[tuple[str, ...], Block]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    blocks: list[Block] = field(default_factory=list)


def _items(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


def parse_lexicon(text: str, path: str = "predicates.txt") -> Lexicon:
    lexicon = Lexicon()
    pending: dict[str, list[str]] = {}
    header: tuple[str, str, int] | None = None

    def close() -> None:
        if header is None:
            return
        code, label, line = header
        preps = tuple(_items(pending.get("target", [""])[0])) or DEFAULT_TARGET_PREPS
        reciprocal = pending.get("reciprocal", ["no"])[0].strip().lower() in ("yes", "true")
        block = Block(code, label, preps, reciprocal, line)
        lexicon.blocks.append(block)
        for item in _items(",".join(pending.get("verbs", []))):
            frame_words, complements = item, frozenset()
            if "+" in item:
                frame_words, comp = item.split("+", 1)
                complements = frozenset(c.strip().lower() for c in comp.split("|") if c.strip())
            words = frame_words.lower().split()
            lexicon.verbs[words[0]].append(
                VerbFrame(words[0], tuple(words[1:]), complements, block)
            )
        for item in _items(",".join(pending.get("nouns", []))):
            head, modifiers, tail = noun_parts(item)
            lexicon.nouns[head].append(NounFrame(head, modifiers, block, tail))
        for item in _items(",".join(pending.get("light", []))):
            words = item.lower().split()
            lexicon.light[words[0]].append((tuple(words[1:]), block))

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        match = HEADER.match(line)
        if match:
            close()
            header = (match.group(1), match.group(2), number)
            pending = {}
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if (
            not sep
            or header is None
            or key not in ("verbs", "nouns", "light", "target", "reciprocal")
        ):
            raise ConfigError(
                "E008",
                path=path,
                line=number,
                detail=f"expected '[code] label' or 'key: values', got {raw!r}",
            )
        pending.setdefault(key, []).append(value)
    close()
    for frames in lexicon.verbs.values():
        frames.sort(key=lambda f: -f.specificity)
    for frames in lexicon.nouns.values():
        frames.sort(key=lambda f: -f.specificity)
    return lexicon


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    path = data_path("predicates.txt")
    if not path.exists():
        return Lexicon()
    return parse_lexicon(path.read_text(encoding="utf-8"), str(path))
