"""The parse repair stage: what an auxiliary must not govern moves to its verb."""

from __future__ import annotations

from tests.pipeline.helpers import parse


def test_subject_and_modal_hung_on_an_auxiliary_move_to_the_verb(nlp) -> None:
    doc = parse(nlp, "Afghan Taliban forces may have overrun several Pakistani border posts.")
    verb = next(t for t in doc if t.lower_ == "overrun")
    children = {c.lower_: c.dep_ for c in verb.children}
    assert children.get("forces") == "nsubj"
    assert children.get("may") == "aux"
    assert all(not list(t.children) for t in doc if t.dep_ in ("aux", "auxpass"))


def test_a_sound_parse_is_left_as_it_is(nlp) -> None:
    text = "Iran may retaliate against Israel."
    doc = parse(nlp, text)
    bare = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if not name.startswith("flashpoint"):
            bare = proc(bare)
    assert [t.head.i for t in doc] == [t.head.i for t in bare]
