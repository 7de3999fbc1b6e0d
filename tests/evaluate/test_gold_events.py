"""The coder against our own gold set (tests/gold/events.jsonl).

The tuple floor is the issue's target, F1 0.85 on (source, target, root); the type
floor is a ratchet just under today's score and goes up as the coder improves. Trap
violations are held at zero: a question, denial, condition or prediction is never
coded as an asserted event.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint.evaluate.events import evaluate, read_flashpoint_gold

GOLD = Path(__file__).parent.parent / "gold" / "events.jsonl"
TUPLE_F1_FLOOR = 0.85
PLOVER_F1_FLOOR = 0.90


@pytest.fixture(scope="module")
def report(nlp):
    return evaluate(GOLD, "flashpoint", nlp=nlp)


def test_gold_set_is_what_the_issue_asks_for() -> None:
    sentences = list(read_flashpoint_gold(GOLD))
    assert len(sentences) >= 150
    assert sum(s.trap for s in sentences) >= 30
    roots = {}
    for sentence in sentences:
        for event in sentence.events:
            if event.modality == "asserted" and event.root:
                roots[event.root] = roots.get(event.root, 0) + 1
    assert all(roots.get(f"{n:02d}", 0) >= 5 for n in range(1, 21)), roots


def test_no_trap_is_coded_as_asserted(report) -> None:
    assert report.trap_sentences >= 30
    assert report.trap_violations == 0, [m for m in report.misses if m["trap_violations"]]


def test_tuple_and_type_scores_hold(report) -> None:
    assert report.tuples.f1 >= TUPLE_F1_FLOOR, report.tuples.as_dict()
    assert report.types.f1 >= PLOVER_F1_FLOOR, report.types.as_dict()


def test_modality_of_matched_events(report) -> None:
    assert report.modality_matched > 100
    assert report.modality_correct / report.modality_matched >= 0.9


HELDOUT = [
    Path(__file__).parent.parent / "gold" / name
    for name in ("events_heldout.jsonl", "events_heldout2.jsonl", "events_heldout3.jsonl")
]


@pytest.mark.parametrize("path", HELDOUT, ids=lambda p: p.stem)
def test_held_out_sets_read_and_are_kept_apart(path: Path) -> None:
    """The held-out sets measure generalisation (docs/measurements.md); no floor is
    set on them, so nobody tunes the coder to them — they only have to stay readable
    and share no sentence with the gold set."""
    sentences = list(read_flashpoint_gold(path))
    assert len(sentences) >= 100
    assert sum(s.trap for s in sentences) >= 20
    own = {s.text for s in read_flashpoint_gold(GOLD)}
    assert not own & {s.text for s in sentences}
