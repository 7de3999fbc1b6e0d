"""Scoring coded events against gold sentences.

Two gold formats (see docs/gold-format.md):

* `flashpoint` — one JSON object per line: `text`, optional `pub_date`, optional
  `trap`, and `events`, each with `source`, `target` (country codes or null),
  `cameo` and/or `plover`, optional `modality`.
* `plover` — the PLOVER gold-standard records (one event per sentence, actors as
  lists of {actorText, code, sector}); older labels are mapped through the crosswalk.

Scores: precision/recall/F1 on (source country, target country, CAMEO root) tuples
and on PLOVER type; for PLOVER gold, the sentence's primary event (the one highest
in the parse) against the gold type, macro-F1 over types, and source/target country
accuracy on the events found. A *trap violation* is an asserted event coded from a
sentence whose gold marks it as a question, denial, condition or prediction.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..coder import coded_docs
from ..errors import InputError
from ..nlp import load_nlp
from ..pipeline.codes import plover_of
from ..schema import Document, Event
from . import json_records

# PLOVER 0.5 labels used by the gold records → PLOVER 0.8 types of our code table.
OLD_PLOVER = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "INVESTIGATE": "ACCUSE",
    "YIELD": "CONCEDE",
}
# Where PLOVER 0.5 — the version of the published gold records — drew a type boundary
# differently from the 2021 crosswalk our code table follows. The records' own modes
# show it: property destruction and confiscation are COERCE (modes destroy,
# confiscate), abduction and human shields are COERCE (mode detain), sanctions are
# SANCTION, and taking territory is FIGHT (mode heavy-weapons; FIGHT → ASSAULT);
# lifting a curfew or an emergency is CONCEDE and a resignation RETREAT.
# The scorer reads our CAMEO codes through this view only for 0.5 gold.
PLOVER_05_VIEW = {
    "0813": "CONCEDE",
    "0814": "CONCEDE",
    "0831": "RETREAT",
    "171": "COERCE",
    "181": "COERCE",
    "184": "COERCE",
    "163": "SANCTION",
    "192": "ASSAULT",
}


def plover_05_type(cameo_code: str, event_type: str | None) -> str | None:
    """The PLOVER 0.5 type of a CAMEO code (most specific prefix of the view wins)."""
    for length in range(len(cameo_code), 2, -1):
        if cameo_code[:length] in PLOVER_05_VIEW:
            return PLOVER_05_VIEW[cameo_code[:length]]
    return event_type


# Old CAMEO country codes that differ from ISO 3166 alpha-3.
OLD_COUNTRY = {
    "JAP": "JPN",
    "ITL": "ITA",
    "VTN": "VNM",
    "GMY": "DEU",
    "UKG": "GBR",
    "ROM": "ROU",
    "SER": "SRB",
    "BOS": "BIH",
    "MAC": "MKD",
    "ZAI": "COD",
}


@dataclass
class GoldEvent:
    source: str | None
    target: str | None
    root: str | None
    plover: str | None
    modality: str = "asserted"


@dataclass
class GoldSentence:
    id: str
    text: str
    pub_date: str | None
    events: list[GoldEvent]
    trap: bool = False
    line: int = 0


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Report:
    kind: str
    sentences: int = 0
    tuples: Scores = field(default_factory=Scores)
    types: Scores = field(default_factory=Scores)
    per_type: dict[str, Scores] = field(default_factory=lambda: defaultdict(Scores))
    confusion: Counter = field(default_factory=Counter)
    trap_sentences: int = 0
    trap_violations: int = 0
    modality_matched: int = 0
    modality_correct: int = 0
    country_checked: int = 0
    country_correct: int = 0
    events_found: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)

    def macro_f1(self) -> float:
        scores = [s.f1 for s in self.per_type.values() if s.tp + s.fn > 0]
        return sum(scores) / len(scores) if scores else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "sentences": self.sentences,
            "tuples_source_target_root": self.tuples.as_dict(),
            "plover_type": self.types.as_dict(),
            "plover_type_macro_f1": round(self.macro_f1(), 4),
            "per_type": {k: v.as_dict() for k, v in sorted(self.per_type.items())},
            "country_accuracy": round(self.country_correct / self.country_checked, 4)
            if self.country_checked
            else None,
            "country_checked": self.country_checked,
            "events_found_sentences": self.events_found,
            "modality_accuracy": round(self.modality_correct / self.modality_matched, 4)
            if self.modality_matched
            else None,
            "trap_sentences": self.trap_sentences,
            "trap_violations": self.trap_violations,
            "confusion": [[g, p, n] for (g, p), n in self.confusion.most_common()],
        }


def _norm_country(code: str | None) -> str | None:
    if not code or code in ("***", "---"):
        return None
    code = code.strip().upper()[:3]
    return OLD_COUNTRY.get(code, code)


def _plover_of_gold(event: dict[str, Any]) -> str | None:
    if event.get("plover"):
        label = str(event["plover"]).upper()
        return OLD_PLOVER.get(label, label)
    if event.get("cameo"):
        return plover_of(str(event["cameo"]))[0]
    return None


def read_flashpoint_gold(path: Path) -> Iterator[GoldSentence]:
    for number, record in json_records(path):
        if "text" not in record or not isinstance(record.get("events", []), list):
            raise InputError(
                "E013",
                path=path,
                line=number,
                detail="a gold record needs 'text' and a list of 'events'",
            )
        events = []
        for event in record.get("events", []):
            cameo = str(event["cameo"]) if event.get("cameo") else None
            events.append(
                GoldEvent(
                    source=_norm_country(event.get("source")),
                    target=_norm_country(event.get("target")),
                    root=cameo[:2] if cameo else None,
                    plover=_plover_of_gold(event),
                    modality=event.get("modality", "asserted"),
                )
            )
        yield GoldSentence(
            str(record.get("id", number)),
            record["text"],
            record.get("pub_date"),
            events,
            bool(record.get("trap")),
            number,
        )


# PLOVER gold codes every intergovernmental body IGO; we say UNO and EUR where we can.
PLOVER_IGO = {"UNO": "IGO", "EUR": "IGO"}
# It codes transnational NGOs either way (Amnesty International and the Red Cross IGO,
# a ceasefire committee NGO): our NGO matches both.
PLOVER_NGO = {"NGO", "IGO"}


def _actor_codes(value: Any) -> list[str]:
    if isinstance(value, list):
        return [
            c for c in (_norm_country(a.get("code")) for a in value if isinstance(a, dict)) if c
        ]
    return []


def read_plover_gold(path: Path) -> Iterator[GoldSentence]:
    for number, record in json_records(path):
        label = OLD_PLOVER.get(record.get("event", ""), record.get("event"))
        sources = _actor_codes(record.get("source")) or [None]
        targets = _actor_codes(record.get("target")) or [None]
        events = [GoldEvent(s, t, None, label) for s in sources for t in targets]
        yield GoldSentence(
            record.get("id", str(number)),
            record["text"],
            # the records' date (2000-01-01 on all of them) is a placeholder, not when the
            # text was published: coded as it would be with no publication date
            None,
            events,
            False,
            number,
        )


def _primary(events: list[Event], doc_roots: dict[str, int]) -> Event | None:
    """The event highest in the sentence's parse: the main clause's predicate."""
    if not events:
        return None
    return min(
        events,
        key=lambda e: (
            doc_roots.get(e.event_id, 99),
            e.modality != "asserted",
            -(e.confidence or 0),
            e.start,
        ),
    )


def _depths(doc: Doc, events: list[Event]) -> dict[str, int]:
    """Depth of each event's trigger in the parse (0 = the sentence root); an event in
    an adverbial clause ("one day after a jet shot down a helicopter") ranks below the
    main clause's own events whatever its depth."""
    depth: dict[str, int] = {}
    for event in events:
        span = doc.char_span(event.start, event.end, alignment_mode="expand")
        if span is not None:
            top = min(span, key=lambda t: len(list(t.ancestors)))
            subordinate = any(t.dep_ == "advcl" for t in (top, *top.ancestors))
            depth[event.event_id] = len(list(top.ancestors)) + (SUBORDINATE if subordinate else 0)
    return depth


# How far an adverbial clause's events rank below the main clause's.
SUBORDINATE = 10


def evaluate(
    gold_path: Path,
    gold_format: str = "flashpoint",
    nlp: Language | None = None,
    limit: int | None = None,
) -> Report:
    nlp = nlp or load_nlp()
    reader = read_plover_gold if gold_format == "plover" else read_flashpoint_gold
    gold = list(reader(Path(gold_path)))[:limit]
    report = Report(kind=gold_format)
    documents = (Document(doc_id=g.id, text=g.text, pub_date=g.pub_date) for g in gold)
    for sentence, (_, doc, events) in zip(gold, coded_docs(documents, nlp), strict=True):
        report.sentences += 1
        if gold_format == "plover":
            _score_plover(report, sentence, events, _depths(doc, events))
        else:
            _score_flashpoint(report, sentence, events)
    return report


def _tuple(event: Event) -> tuple[str | None, str | None, str | None]:
    return (
        event.source.country if event.source else None,
        event.target.country if event.target else None,
        event.cameo_root,
    )


def _score_flashpoint(report: Report, sentence: GoldSentence, events: list[Event]) -> None:
    gold_tuples = Counter((g.source, g.target, g.root) for g in sentence.events)
    pred_tuples = Counter(_tuple(e) for e in events)
    matched = gold_tuples & pred_tuples
    report.tuples.tp += sum(matched.values())
    report.tuples.fp += sum((pred_tuples - gold_tuples).values())
    report.tuples.fn += sum((gold_tuples - pred_tuples).values())
    gold_types = Counter(g.plover for g in sentence.events if g.plover)
    pred_types = Counter(e.event_type for e in events if e.event_type)
    for label in set(gold_types) | set(pred_types):
        both = min(gold_types[label], pred_types[label])
        scores = report.per_type[label]
        scores.tp += both
        scores.fp += pred_types[label] - both
        scores.fn += gold_types[label] - both
        report.types.tp += both
        report.types.fp += pred_types[label] - both
        report.types.fn += gold_types[label] - both
    gold_modality = {(g.source, g.target, g.root): g.modality for g in sentence.events}
    for event in events:
        key = _tuple(event)
        if key in gold_modality:
            report.modality_matched += 1
            report.modality_correct += int(gold_modality[key] == event.modality)
    asserted_gold = {
        (g.source, g.target, g.root) for g in sentence.events if g.modality == "asserted"
    }
    if sentence.trap:
        report.trap_sentences += 1
    violations = [
        e
        for e in events
        if e.modality == "asserted"
        and _tuple(e) not in asserted_gold
        and (sentence.trap or _tuple(e) in gold_modality)
    ]
    report.trap_violations += len(violations)
    if matched != gold_tuples or pred_tuples != gold_tuples or violations:
        report.misses.append(
            {
                "id": sentence.id,
                "line": sentence.line,
                "text": sentence.text,
                "gold": [[g.source, g.target, g.root, g.modality] for g in sentence.events],
                "coded": [[*_tuple(e), e.cameo_code, e.modality, e.trigger] for e in events],
                "trap_violations": [[*_tuple(e), e.trigger] for e in violations],
            }
        )


def _score_plover(
    report: Report, sentence: GoldSentence, events: list[Event], depths: dict[str, int]
) -> None:
    label = sentence.events[0].plover if sentence.events else None
    primary = _primary(events, depths)
    predicted = plover_05_type(primary.cameo_code, primary.event_type) if primary else None
    report.confusion[(label, predicted)] += 1
    scores = report.per_type[label or "-"]
    if predicted == label:
        scores.tp += 1
        report.types.tp += 1
    else:
        scores.fn += 1
        report.types.fn += 1
        if predicted is not None:
            report.per_type[predicted].fp += 1
            report.types.fp += 1
    wrong_countries: list[list[str | None]] = []
    if primary is not None:
        report.events_found += 1
        for role, attr in (("source", "source"), ("target", "target")):
            gold_codes = {getattr(g, role) for g in sentence.events if getattr(g, role)}
            if not gold_codes:
                continue
            actor = getattr(primary, attr)
            country = actor.country if actor is not None else None
            right = PLOVER_IGO.get(country, country) in gold_codes or (
                country == "NGO" and bool(PLOVER_NGO & gold_codes)
            )
            report.country_checked += 1
            report.country_correct += int(right)
            if not right:
                wrong_countries.append(
                    [role, "|".join(sorted(gold_codes)), country, actor.text if actor else None]
                )
    if predicted != label or wrong_countries:
        report.misses.append(
            {
                "id": sentence.id,
                "text": sentence.text,
                "gold": label,
                "predicted": predicted,
                "coded": [[e.event_type, e.cameo_code, e.trigger, e.modality] for e in events],
                # role, gold countries, coded country, coded actor text
                "wrong_countries": wrong_countries,
            }
        )
