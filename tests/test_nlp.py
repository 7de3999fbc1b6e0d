"""The spaCy pipeline flashpoint loads: the pinned model, our stages, no downloads."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from flashpoint.errors import ConfigError
from flashpoint.nlp import base_pipeline
from flashpoint.pipeline import STAGES

TOK2VEC_SHA256 = "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090"


def test_pinned_english_pipeline_is_loaded(nlp) -> None:
    """A swapped or retrained model is caught by the hash of its tok2vec weights."""
    model_file = Path(nlp.path) / "tok2vec" / "model"
    assert hashlib.sha256(model_file.read_bytes()).hexdigest() == TOK2VEC_SHA256
    assert nlp.meta["name"].startswith("core_web_sm") and nlp.meta["version"] == "3.8.0"


def test_our_stages_follow_the_parser(nlp) -> None:
    names = nlp.pipe_names
    assert names[-len(STAGES) :] == list(STAGES)
    assert names.index("parser") < names.index("flashpoint_actors")


def test_each_stage_declares_what_it_sets(nlp) -> None:
    analysis = nlp.analyze_pipes()["summary"]
    assert "doc._.fp_actors" in analysis["flashpoint_actors"]["assigns"]
    assert "doc._.fp_events" in analysis["flashpoint_events"]["assigns"]
    assert "doc._.fp_actors" in analysis["flashpoint_events"]["requires"]


def test_unknown_model_is_a_coded_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLASHPOINT_MODEL", "no_such_pipeline_xx")
    with pytest.raises(ConfigError) as err:
        base_pipeline()
    assert err.value.code == "E007"
    assert "pip install" in str(err.value)
