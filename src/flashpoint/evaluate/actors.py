"""Scoring actor recognition and resolution against gold files.

Three gold formats, told apart by what `gold_path` holds:

* **re3d** — a folder of mongoexport JSON lines (`documents.json`, `entities.json`),
  or a folder of such folders (dstl/re3d's layout). Scored: *spans*. Gold spans are
  the Organisation, Location and Person entities; predicted spans are our actor
  mentions (`doc._.fp_actors`, coreference included) and place mentions
  (`doc._.fp_places`). Protocol, chosen before tuning and kept fixed:
    - re3d stores competing crowd labels of one span as separate entities ("Syria"
      as Location 0.0 and Organisation 1.0): the label with the highest confidence
      is kept, so each gold span has one type. All confidences are kept otherwise
      (re3d's confidence 0 covers true entities too); whitespace-only values and the
      few spans whose offsets do not match their value are dropped and counted.
    - *overlap* matching: a gold span is found when a predicted span shares at least
      one character with it; a predicted span is correct when it shares a character
      with some gold span. Typed scores also require the same type. Exact-boundary
      scores (same start and end, articles "the/a/an" ignored) are reported too.
    - each predicted span gets one type: Person for people (catalog office holders,
      the parser's PERSON names, person titles such as "minister"), Location for a
      place mention that is no actor, and for a country or capital named after a
      locative preposition ("in Syria"); Organisation for everything else ("Syria
      accused Israel" makes Syria an Organisation, as re3d annotates it).
* **actor gold** (ours) — JSONL, one sentence a line:
  `{"text", "pub_date", "actors": [{"text", "country", "sector", "sponsor"}]}`.
  Each gold actor is looked up by its text (the first occurrence, or `start` if
  given); the predicted mention is the one that overlaps it, preferring the one
  whose head lies inside it. Scored: found rate, and country, sector and sponsor
  accuracy over all gold actors (`null` in the gold means "must stay unresolved", so
  a guess there is wrong). Country precision counts only the countries we did
  assign: precision before recall.
* **PLOVER** — `plover_gsr.jsonl` (records with `source`/`target` actor lists):
  the gold actor texts are scored like actor gold, for country only, with
  old CAMEO country codes mapped to ISO. A check on the actor side of
  `flashpoint evaluate --format plover`, independent of event matching.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import InputError
from ..nlp import load_nlp
from ..pipeline.actors import is_person
from ..pipeline.mentions import ActorMention
from . import json_records
from .events import OLD_COUNTRY

RE3D_TYPES = ("Organisation", "Location", "Person")
# A state named after these is a place ("strikes in Syria", "flights to Iraq").
LOCATIVE_PREPS = {
    "in", "into", "across", "near", "inside", "outside", "throughout", "within", "from", "to",
    "at", "on", "for", "about", "around", "toward", "towards",
}  # fmt: skip
ARTICLES = ("the ", "a ", "an ")


# -- reading gold -------------------------------------------------------------------------
_json_lines = json_records  # the shared gold reader


def _re3d_folders(path: Path) -> list[Path]:
    if (path / "documents.json").exists():
        return [path]
    return sorted(p for p in path.iterdir() if (p / "documents.json").exists())


def read_re3d(path: Path) -> tuple[list[dict[str, Any]], int]:
    """Documents with their gold spans [(begin, end, type)], and the count dropped."""
    documents: list[dict[str, Any]] = []
    dropped = 0
    for folder in _re3d_folders(path):
        texts = {r["_id"]: r for _, r in _json_lines(folder / "documents.json")}
        best: dict[str, dict[tuple[int, int], tuple[float, str]]] = {d: {} for d in texts}
        for _, entity in _json_lines(folder / "entities.json"):
            if entity.get("type") not in RE3D_TYPES or entity.get("documentId") not in texts:
                continue
            text = texts[entity["documentId"]]["text"]
            begin, end = int(entity["begin"]), int(entity["end"])
            if not entity["value"].strip() or text[begin:end] != entity["value"]:
                dropped += 1
                continue
            spans = best[entity["documentId"]]
            label = (float(entity.get("confidence") or 0.0), entity["type"])
            if (begin, end) not in spans or label > spans[(begin, end)]:
                spans[(begin, end)] = label
        for doc_id, record in texts.items():
            gold = sorted((b, e, t) for (b, e), (_, t) in best[doc_id].items())
            documents.append({"id": doc_id, "text": record["text"], "gold": gold})
    return documents, dropped


def _gold_kind(path: Path) -> str:
    if path.is_dir():
        if not _re3d_folders(path):
            raise InputError(
                "E013", path=path, line=0, detail="no documents.json here or one folder down"
            )
        return "re3d"
    for number, record in _json_lines(path):
        if isinstance(record.get("actors"), list):
            return "actors"
        if "source" in record or "target" in record:
            return "plover"
        raise InputError(
            "E013", path=path, line=number, detail="an actor gold record needs an 'actors' list"
        )
    raise InputError("E013", path=path, line=0, detail="the gold file is empty")


def _pipe(nlp: Language, items: list[tuple[str, str | None]]) -> Iterator[Doc]:
    def docs() -> Iterator[Doc]:
        for text, pub_date in items:
            doc = nlp.make_doc(text)
            doc._.fp_pub_date = pub_date
            yield doc

    yield from nlp.pipe(docs(), batch_size=32)


def evaluate(gold_path: Path, limit: int | None = None, nlp: Language | None = None) -> dict:
    """Scores as a flat dict, plus `misses` (what was missed or wrong, for review)."""
    gold_path = Path(gold_path)
    kind = _gold_kind(gold_path)
    nlp = nlp or load_nlp()
    if kind == "re3d":
        return _evaluate_re3d(gold_path, limit, nlp)
    return _evaluate_actor_gold(gold_path, kind, limit, nlp)


# -- re3d: spans --------------------------------------------------------------------------
def _char_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _is_place(doc: Doc, mention: ActorMention) -> bool:
    """A state or capital read as a place: after a locative preposition, in apposition;
    a capital unless it is a subject ("Washington said")."""
    token = doc[mention.head]
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "in Iraq and Syria": Syria is where Iraq is
    if mention.kind == "capital":
        return token.dep_ not in ("nsubj", "nsubjpass")
    if token.dep_ == "appos":
        return True
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS


def predicted_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """Our actor and place spans as (begin, end, re3d type)."""
    spans: list[tuple[int, int, str]] = []
    actor_tokens: set[int] = set()
    for mention in doc._.fp_actors or []:
        actor_tokens.update(range(mention.start, mention.end))
        if mention.kind in ("country", "capital") and _is_place(doc, mention):
            label = "Location"
        elif is_person(doc, mention):
            label = "Person"
        else:
            label = "Organisation"
        spans.append((*_char_span(doc, mention.start, mention.end), label))
    for place in doc._.fp_places or []:
        if any(i in actor_tokens for i in range(place.start, place.end)):
            continue
        spans.append((*_char_span(doc, place.start, place.end), "Location"))
    return sorted(set(spans))


def _overlap(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    lowered = text[start:end].lower()
    for article in ARTICLES:
        if lowered.startswith(article):
            return start + len(article), end
    return start, end


class _Counts:
    def __init__(self) -> None:
        self.found = self.gold = self.correct = self.predicted = 0

    def metrics(self, prefix: str) -> dict[str, Any]:
        p = self.correct / self.predicted if self.predicted else 0.0
        r = self.found / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            f"{prefix}_precision": round(p, 4),
            f"{prefix}_recall": round(r, 4),
            f"{prefix}_f1": round(f, 4),
        }


def _evaluate_re3d(path: Path, limit: int | None, nlp: Language) -> dict[str, Any]:
    documents, dropped = read_re3d(path)
    documents = documents[:limit]
    scores = {name: _Counts() for name in ("untyped", "typed", "exact")}
    per_type = {label: _Counts() for label in RE3D_TYPES}
    misses: list[dict[str, Any]] = []
    items = [(d["text"], None) for d in documents]
    for document, doc in zip(documents, _pipe(nlp, items), strict=True):
        text, gold = document["text"], document["gold"]
        predicted = predicted_spans(doc)
        for name in ("untyped", "typed"):
            scores[name].gold += len(gold)
            scores[name].predicted += len(predicted)
        # Exact boundaries: the same characters once a leading article is set aside.
        exact_gold = {_strip(text, b, e) for b, e, _ in gold}
        exact_pred = {_strip(text, b, e) for b, e, _ in predicted}
        scores["exact"].gold += len(exact_gold)
        scores["exact"].predicted += len(exact_pred)
        scores["exact"].found += len(exact_gold & exact_pred)
        scores["exact"].correct += len(exact_gold & exact_pred)
        for g in gold:
            hit = [p for p in predicted if _overlap(g, p)]
            typed = [p for p in hit if p[2] == g[2]]
            scores["untyped"].found += bool(hit)
            scores["typed"].found += bool(typed)
            per_type[g[2]].gold += 1
            per_type[g[2]].found += bool(typed)
            if not typed:
                misses.append(_re3d_miss(document, g, hit, "missed" if not hit else "type"))
        for p in predicted:
            hit = [g for g in gold if _overlap(p, g)]
            scores["untyped"].correct += bool(hit)
            typed_hit = any(g[2] == p[2] for g in hit)
            scores["typed"].correct += typed_hit
            per_type[p[2]].predicted += 1
            per_type[p[2]].correct += typed_hit
            if not hit:
                misses.append(_re3d_miss(document, p, [], "spurious"))
    result: dict[str, Any] = {"kind": "actors-re3d", "documents": len(documents)}
    result["gold_spans"] = scores["untyped"].gold
    result["predicted_spans"] = scores["untyped"].predicted
    result["gold_dropped"] = dropped
    for name, counts in scores.items():
        result.update(counts.metrics(name))
    for label, counts in per_type.items():
        result.update(counts.metrics(label.lower()))
    result["misses"] = misses
    return result


def _re3d_miss(
    document: dict[str, Any], span: tuple[int, int, str], hits: list, what: str
) -> dict[str, Any]:
    text = document["text"]
    begin, end, label = span
    return {
        "doc_id": document["id"],
        "what": what,
        "text": text[begin:end],
        "type": label,
        "predicted": [[text[b:e], t] for b, e, t in hits],
        "context": text[max(0, begin - 60) : end + 60].replace("\n", " "),
    }


# -- actor gold and PLOVER: country, sector, sponsor --------------------------------------
def _norm_country(code: Any) -> str | None:
    if not code or not isinstance(code, str) or code.strip() in ("***", "---", ""):
        return None
    code = code.strip().upper()[:3]
    return OLD_COUNTRY.get(code, code)


def _read_actor_gold(path: Path, kind: str) -> list[dict[str, Any]]:
    rows = []
    for number, record in _json_lines(path):
        if "text" not in record:
            raise InputError("E013", path=path, line=number, detail="a gold record needs 'text'")
        if kind == "actors":
            actors = record.get("actors")
            if not isinstance(actors, list) or not all(
                isinstance(a, dict) and a.get("text") for a in actors
            ):
                raise InputError(
                    "E013",
                    path=path,
                    line=number,
                    detail="'actors' must be a list of objects with 'text'",
                )
            pub_date = record.get("pub_date")
        else:  # PLOVER records: source/target lists of {actorText, code, sector}
            actors = []
            for role in ("source", "target"):
                for actor in record.get(role) or []:
                    if isinstance(actor, dict) and actor.get("actorText"):
                        actors.append(
                            {"text": actor["actorText"], "country": _norm_country(actor["code"])}
                        )
            pub_date = record.get("date")
        rows.append(
            {"line": number, "text": record["text"], "pub_date": pub_date, "actors": actors}
        )
    return rows


def _find(text: str, actor: dict[str, Any]) -> tuple[int, int] | None:
    if isinstance(actor.get("start"), int):
        return actor["start"], actor["start"] + len(actor["text"])
    # The first occurrence as a whole word ("he" is not the "he" of "The").
    match = re.search(rf"(?<!\w){re.escape(actor['text'])}(?!\w)", text)
    return (match.start(), match.end()) if match else None


def _mention_for(doc: Doc, start: int, end: int) -> ActorMention | None:
    """The predicted mention of a gold span: head inside it first, then the widest overlap."""
    best, best_key = None, (0, 0, 0)
    for mention in doc._.fp_actors or []:
        m_start, m_end = _char_span(doc, mention.start, mention.end)
        overlap = min(end, m_end) - max(start, m_start)
        if overlap <= 0:
            continue
        head = doc[mention.head]
        # "Hungarian and Romanian officials": the mention that starts in the gold span.
        key = (int(start <= m_start < end), int(start <= head.idx < end), overlap)
        if key > best_key:
            best, best_key = mention, key
    return best


def _evaluate_actor_gold(path: Path, kind: str, limit: int | None, nlp: Language) -> dict:
    rows = _read_actor_gold(path, kind)[:limit]
    fields = ("country", "sector", "sponsor") if kind == "actors" else ("country",)
    counts: Counter[str] = Counter()
    misses: list[dict[str, Any]] = []
    items = [(r["text"], r["pub_date"]) for r in rows]
    for row, doc in zip(rows, _pipe(nlp, items), strict=True):
        for actor in row["actors"]:
            counts["actors"] += 1
            where = _find(row["text"], actor)
            mention = _mention_for(doc, *where) if where else None
            counts["found"] += mention is not None
            predicted = mention.actor if mention else None
            wrong = []
            for name in fields:
                gold_value = actor.get(name) or None
                value = getattr(predicted, name) if predicted else None
                if name == "country":
                    gold_value = _norm_country(gold_value)
                    if kind == "plover" and gold_value == "IGO" and value in ("UNO", "EUR"):
                        value = "IGO"  # the PLOVER gold codes UN and EU bodies IGO
                counts[f"{name}_right"] += value == gold_value
                counts[f"{name}_assigned"] += value is not None
                counts[f"{name}_assigned_right"] += value is not None and value == gold_value
                counts[f"{name}_gold"] += gold_value is not None
                if value != gold_value:
                    wrong.append(name)
                    counts[f"{name}_guess_wrong"] += value is not None
            if wrong:
                misses.append(
                    {
                        "line": row["line"],
                        "text": row["text"],
                        "actor": actor["text"],
                        "wrong": wrong,
                        "gold": {n: actor.get(n) for n in fields},
                        "predicted": None
                        if predicted is None
                        else {"text": predicted.text, **{n: getattr(predicted, n) for n in fields}},
                    }
                )
    total = counts["actors"]
    result: dict[str, Any] = {
        "kind": f"actors-{kind}",
        "sentences": len(rows),
        "actors": total,
        "found": _ratio(counts["found"], total),
    }
    for name in fields:
        result[f"{name}_accuracy"] = _ratio(counts[f"{name}_right"], total)
        result[f"{name}_precision"] = _ratio(
            counts[f"{name}_assigned_right"], counts[f"{name}_assigned"]
        )
        result[f"{name}_recall"] = _ratio(counts[f"{name}_assigned_right"], counts[f"{name}_gold"])
        result[f"{name}_wrong_guesses"] = counts[f"{name}_guess_wrong"]
    result["misses"] = misses
    return result


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None
