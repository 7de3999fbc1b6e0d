"""The actor catalog: every name flashpoint knows, loaded once from `data/`.

Lists (each file notes its own sources):
  countries.tsv       states and territories: names, adjectives/demonyms, capitals
  seats.tsv           institutions named as actors: the Pentagon, the Kremlin, Xinhua …
  organizations.tsv   international organisations (UNO, IGO, EUR, NGO codes)
  armed_groups.tsv    non-state armed and political groups, with sponsors
  office_holders.tsv  heads of state/government, foreign and defence ministers, dated
  sectors.tsv         head nouns and titles → sector (troops → MIL, police → COP)
pycountry supplies the ISO 3166 base names, so every state is known even before
countries.tsv lists its other names.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import pycountry

from .datafiles import read_rows, split_list

KINDS = ("country", "adjective", "capital", "seat", "organization", "group", "person")
NON_STATE_CODES = ("IGO", "UNO", "EUR", "NGO", "IMG", "MNC")


@dataclass(frozen=True)
class Term:
    country: str
    sector: str
    role: str
    start: str
    end: str | None

    def covers(self, day: str) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Entry:
    """One known actor; `kind` says how a mention of it is read."""

    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    sponsor: str | None = None
    terms: tuple[Term, ...] = ()

    def at(self, day: str | None) -> tuple[str | None, str | None]:
        """Country and sector of the actor on a date (office holders change)."""
        if not self.terms:
            return self.country, self.sector
        if day:
            held = [t for t in self.terms if t.covers(day)]
            if held:
                return held[0].country, held[0].sector
            # Out of office on that date: still a national of the same country.
            countries = {t.country for t in self.terms}
            return (countries.pop(), None) if len(countries) == 1 else (None, None)
        countries = {t.country for t in self.terms}
        return (countries.pop(), "GOV") if len(countries) == 1 else (None, None)


@dataclass
class Catalog:
    names: dict[str, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    sectors: dict[str, str] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)

    def add(self, alias: str, entry: Entry) -> None:
        alias = alias.strip()
        if alias and entry not in self.names[alias]:
            self.names[alias].append(entry)

    def entries(self) -> list[Entry]:
        seen: dict[tuple, Entry] = {}
        for entries in self.names.values():
            for entry in entries:
                seen.setdefault((entry.name, entry.kind, entry.country), entry)
        return list(seen.values())


def _variants(alias: str) -> list[str]:
    """'the Islamic State' is also written 'Islamic State'; apostrophes vary."""
    forms = {alias}
    if alias.lower().startswith("the "):
        forms.add(alias[4:])
    for form in list(forms):
        if "'" in form:
            forms.add(form.replace("'", "’"))
    return sorted(forms)


def _add_states(catalog: Catalog) -> None:
    for country in pycountry.countries:
        iso3 = country.alpha_3
        names = {country.name, getattr(country, "common_name", country.name)}
        official = getattr(country, "official_name", None)
        if official:
            names.add(official)
        entry = Entry(
            name=getattr(country, "common_name", country.name), kind="country", country=iso3
        )
        catalog.country_names[iso3] = entry.name
        for name in names:
            if "," not in name:  # "Korea, Republic of" is nobody's way of writing it
                catalog.add(name, entry)
    for _, f in read_rows("countries.tsv", 4, header="iso3"):
        iso3 = f[0]
        names = split_list(f[1])
        display = catalog.country_names.get(iso3) or (names[0] if names else iso3)
        catalog.country_names[iso3] = display
        state = Entry(name=display, kind="country", country=iso3)
        for name in names:
            for form in _variants(name):
                catalog.add(form, state)
        adjective = Entry(name=display, kind="adjective", country=iso3)
        for word in split_list(f[2]):
            catalog.add(word, adjective)
        capital = Entry(name=display, kind="capital", country=iso3, sector="GOV")
        for city in split_list(f[3]):
            catalog.add(city, capital)


def _add_named(catalog: Catalog) -> None:
    for _, f in read_rows("seats.tsv", 3, header="text"):
        aliases = split_list(f[0])
        entry = Entry(name=aliases[0], kind="seat", country=f[1] or None, sector=f[2] or None)
        for alias in aliases:
            for form in _variants(alias):
                catalog.add(form, entry)
    for _, f in read_rows("organizations.tsv", 5, header="id"):
        entry = Entry(name=f[1], kind="organization", country=f[3] or None, sector=f[4] or None)
        for alias in [f[1], *split_list(f[2])]:
            for form in _variants(alias):
                catalog.add(form, entry)
    for _, f in read_rows("armed_groups.tsv", 6, header="id"):
        entry = Entry(
            name=f[1], kind="group", country=f[3] or None, sector=f[4] or None, sponsor=f[5] or None
        )
        for alias in [f[1], *split_list(f[2])]:
            for form in _variants(alias):
                catalog.add(form, entry)


def _add_people(catalog: Catalog) -> None:
    terms: dict[str, list[Term]] = defaultdict(list)
    aliases: dict[str, set[str]] = defaultdict(set)
    for _, f in read_rows("office_holders.tsv", 7, header="name"):
        name = f[0]
        terms[name].append(
            Term(country=f[2], sector=f[3] or "GOV", role=f[4], start=f[5], end=f[6] or None)
        )
        aliases[name].update([name, *split_list(f[1])])
    for name, person_terms in terms.items():
        entry = Entry(
            name=name, kind="person", terms=tuple(sorted(person_terms, key=lambda t: t.start))
        )
        for alias in aliases[name]:
            catalog.add(alias, entry)


def _add_sectors(catalog: Catalog) -> None:
    for _, f in read_rows("sectors.tsv", 2, header="words"):
        for word in split_list(f[0]):
            catalog.sectors[word.lower()] = f[1]


@lru_cache(maxsize=1)
def load_catalog() -> Catalog:
    catalog = Catalog()
    _add_states(catalog)
    _add_named(catalog)
    _add_people(catalog)
    _add_sectors(catalog)
    return catalog


def today() -> str:
    return dt.date.today().isoformat()
