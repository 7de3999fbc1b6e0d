"""Plain text and Markdown: an optional first-line title, then the body."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..schema import Document, make_doc_id

MAX_TITLE_CHARS = 200


def split_title(text: str) -> tuple[str | None, str]:
    """A short first line followed by a blank line is a title ('# ' stripped)."""
    lines = text.lstrip("\ufeff").split("\n")
    if len(lines) >= 3 and lines[0].strip() and not lines[1].strip():
        first = lines[0].strip().lstrip("#").strip()
        if len(first) <= MAX_TITLE_CHARS and not first.endswith((".", "?", "!")):
            return first, "\n".join(lines[2:]).strip("\n")
    return None, text.strip("\n")


def text_document(raw: str, path: Path) -> Document:
    title, body = split_title(raw)
    return Document(doc_id=make_doc_id(body), text=body, title=title)


def read_text(path: Path) -> Iterator[Document]:
    raw = path.read_text(encoding="utf-8")
    if raw.strip():
        yield text_document(raw, path)
