"""Helpers shared by the coder's sentence tests."""

from __future__ import annotations


def has_actors(event, source: str | None, target: str | None) -> bool:
    """Does the event have the expected source and target countries (None: any)?"""
    if source and (event.source is None or event.source.country != source):
        return False
    return not (target and (event.target is None or event.target.country != target))
