"""HTML pages: the main text and metadata extracted by trafilatura."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import trafilatura

from ..schema import Document, make_doc_id
from .fields import normalise_date


def html_document(html: str, path: Path) -> Document | None:
    text = trafilatura.extract(html, include_comments=False, include_tables=False, fast=True)
    if not text or not text.strip():
        return None
    meta = trafilatura.extract_metadata(html)
    pub_date = None
    if meta is not None and meta.date:
        try:
            pub_date = normalise_date(meta.date, path, 1)
        except Exception:  # a page's own date metadata is advisory, never fatal
            pub_date = None
    return Document(
        doc_id=make_doc_id(text),
        text=text,
        title=meta.title if meta else None,
        url=meta.url if meta else None,
        publisher=meta.sitename if meta else None,
        pub_date=pub_date,
    )


def read_html(path: Path) -> Iterator[Document]:
    doc = html_document(path.read_text(encoding="utf-8", errors="replace"), path)
    if doc is not None:
        yield doc
