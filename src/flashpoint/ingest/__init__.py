"""Readers: files, folders and standard input → `Document` records, streamed.

One module per format. `read_paths` picks a reader by file suffix and walks folders
recursively in sorted order, so the same input always yields the same documents in
the same order.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..schema import Document
from .csv import read_csv
from .html import read_html
from .jsonl import read_jsonl, read_jsonl_stream
from .text import read_text, text_document

Reader = Callable[[Path], Iterator[Document]]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".md": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".csv": read_csv,
}


def read_path(path: Path) -> Iterator[Document]:
    """Documents of one file or folder (recursively, readable files only)."""
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if child.suffix.lower() in READERS and not child.name.startswith("."):
                yield from READERS[child.suffix.lower()](child)
        return
    if not path.exists():
        raise InputError("E003", path=path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise InputError("E004", path=path, suffix=path.suffix)
    yield from reader(path)


def read_stdin() -> Iterator[Document]:
    """'-' reads standard input: JSONL if every line looks like a record, else one text."""
    data = sys.stdin.read()
    lines = [line for line in data.splitlines() if line.strip()]
    if lines and all(line.lstrip().startswith("{") for line in lines):
        yield from read_jsonl_stream(iter(data.splitlines(keepends=True)), Path("<stdin>"))
    elif data.strip():
        yield text_document(data, Path("<stdin>"))


def read_paths(paths: Iterable[str | Path], pub_date: str | None = None) -> Iterator[Document]:
    """All documents of all inputs; `pub_date` fills in where a document has none."""
    for raw in paths:
        docs = read_stdin() if str(raw) == "-" else read_path(Path(raw))
        for doc in docs:
            if pub_date and not doc.pub_date:
                doc.pub_date = pub_date
            yield doc


__all__ = ["READERS", "read_path", "read_paths", "read_stdin"]
