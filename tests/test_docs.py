"""Docs that tests keep true: the README documents every command, and its example
record is what the coder prints for that article."""

from __future__ import annotations

import re
from pathlib import Path

from flashpoint.cli import app

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text()


def test_readme_starts_with_the_two_setup_commands() -> None:
    head = "\n".join(README.splitlines()[:10])
    assert "make demo" in head and "make test" in head


def test_every_command_is_in_the_readme() -> None:
    commands = {c.name or c.callback.__name__ for c in app.registered_commands}
    documented = set(re.findall(r"`flashpoint (\w+)", README))
    assert commands <= documented, commands - documented


def test_readme_example_is_what_the_coder_prints(code) -> None:
    text = (ROOT / "examples" / "baghdad-strike.txt").read_text().split("\n", 2)[2]
    events = code(text, "2024-01-05")
    strike = [
        e
        for e in events
        if e.cameo_code == "195" and e.modality == "asserted" and "eastern Baghdad" in e.sentence
    ]
    assert strike, [(e.cameo_code, e.trigger) for e in events]
    event = strike[0]
    assert (event.source.country, event.target.country) == ("USA", "IRQ")
    assert event.event_type == "ASSAULT"
    assert event.date == "2024-01-04"
    assert event.location is not None and event.location.name == "Baghdad"
    assert "drone strike" in event.sentence
