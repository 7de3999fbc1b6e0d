"""The library's front door: documents in, event records out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .errors import ConfigError, FlashpointError
from .ingest.fields import normalise_date
from .nlp import load_nlp
from .pipeline.mentions import keep_text
from .pipeline.records import doc_events
from .schema import Document, Event, make_doc_id

BATCH_SIZE = 64


def code_documents(
    documents: Iterable[Document], nlp: Language | None = None, batch_size: int = BATCH_SIZE
) -> Iterator[tuple[Document, list[Event]]]:
    """Code documents as a stream: each document with its events, in input order."""
    for document, _, events in coded_docs(documents, nlp, batch_size):
        yield document, events


def coded_docs(
    documents: Iterable[Document], nlp: Language | None = None, batch_size: int = BATCH_SIZE
) -> Iterator[tuple[Document, Doc, list[Event]]]:
    """Like `code_documents`, with the annotated spaCy Doc (for evaluation and debugging)."""
    nlp = nlp or load_nlp()

    failures: list[FlashpointError] = []

    def docs_with_context() -> Iterator[tuple[Doc, Document]]:
        # A bad record ends the input, but the documents read before it are still
        # coded and handed on (and so stored), then the error is raised.
        try:
            for document in documents:
                doc = nlp.make_doc(document.text)
                keep_text(doc, document.text)
                doc._.fp_pub_date = document.pub_date
                yield doc, document
        except FlashpointError as err:
            failures.append(err)

    for doc, document in nlp.pipe(docs_with_context(), as_tuples=True, batch_size=batch_size):
        yield document, doc, doc_events(doc, document)
    if failures:
        raise failures[0]


def code_text(text: str, pub_date: str | None = None, doc_id: str | None = None) -> list[Event]:
    """Code one text; `pub_date` (YYYY-MM-DD) anchors relative dates."""
    if pub_date is not None:
        try:
            pub_date = normalise_date(pub_date, path="pub_date", line=0)  # type: ignore[arg-type]
        except Exception:
            raise ConfigError("E012", value=pub_date) from None
    document = Document(doc_id=doc_id or make_doc_id(text), text=text, pub_date=pub_date)
    return next(code_documents([document]))[1]
