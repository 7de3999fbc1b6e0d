"""Repairs to the parse the later stages rely on.

The small English parser sometimes hangs a clause's subject and modal on an auxiliary
instead of on the verb ("Taliban forces may have overrun several posts": `forces` and
`may` under `have`). Every stage after this one reads a verb's own children for its
subject, its negation and its modals, so such a clause would lose its actor and read
as asserted. This stage moves the children of an auxiliary to the verb it serves.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc

# What an auxiliary must not govern: the clause's own arguments and markers.
MOVED_DEPS = ("nsubj", "nsubjpass", "csubj", "aux", "auxpass", "neg", "mark", "advmod")


class SyntaxRepair:
    """Moves subjects, modals and negation the parser hung on an auxiliary to its verb."""

    def __init__(self, nlp: Language) -> None:
        strings = nlp.vocab.strings
        self._aux_ids = numpy.array([strings.add(d) for d in ("aux", "auxpass")], dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        table = doc.to_array([DEP, HEAD])
        auxes = numpy.flatnonzero(numpy.isin(table[:, 0], self._aux_ids))
        if not len(auxes):
            return doc
        # A token's parent is i + its relative head: the auxiliaries that govern anything.
        parents = numpy.arange(len(doc)) + table[:, 1].astype("int64")
        governing = set(auxes.tolist()) & set(parents.tolist())
        for i in sorted(governing):
            aux = doc[i]
            verb = aux.head
            if verb.i == aux.i or verb.pos_ not in ("VERB", "AUX"):
                continue
            for child in list(aux.children):
                if child.dep_ in MOVED_DEPS:
                    child.head = verb
        return doc


@Language.factory("flashpoint_syntax", requires=["token.dep", "token.head"], assigns=["token.head"])
def make_syntax_repair(nlp: Language, name: str) -> SyntaxRepair:
    return SyntaxRepair(nlp)
