"""Shared fixtures. Tests never read ../shared: everything they need is here."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES = Path(__file__).parent.parent / "examples"


@pytest.fixture(scope="session")
def nlp():
    from flashpoint.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def code(nlp):
    """Code one text with the shared pipeline: code(text, pub_date=None) -> list[Event]."""
    from flashpoint.coder import code_documents
    from flashpoint.schema import Document, make_doc_id

    def _code(text: str, pub_date: str | None = None):
        document = Document(doc_id=make_doc_id(text), text=text, pub_date=pub_date)
        return next(code_documents([document], nlp))[1]

    return _code
