"""Version of the code and of the data files it reads."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources

__version__ = "0.1.0"


@lru_cache(maxsize=1)
def data_version() -> str:
    """Short hash over our data files: an event records the data it was coded with."""
    digest = hashlib.sha256()
    folder = resources.files("flashpoint") / "data"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".tsv", ".txt")):
            digest.update(entry.name.encode())
            digest.update(entry.read_bytes())
    return digest.hexdigest()[:8]


def coder_version() -> str:
    return f"flashpoint-{__version__}+data.{data_version()}"
