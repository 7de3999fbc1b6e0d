"""flashpoint: political event data from news text.

>>> import flashpoint
>>> events = flashpoint.code_text("US warplanes struck Houthi targets in Yemen.",
...                               pub_date="2024-01-12")
"""

from .about import __version__
from .coder import code_documents, code_text
from .schema import Actor, Attribution, Document, Event, Place

__all__ = [
    "Actor",
    "Attribution",
    "Document",
    "Event",
    "Place",
    "__version__",
    "code_documents",
    "code_text",
]
