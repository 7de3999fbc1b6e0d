"""The actor catalog: every name flashpoint knows, loaded once from `data/`.

Lists (each file notes its own sources):
  countries.tsv       states and territories: names, adjectives/demonyms, capitals
  peoples.tsv         ethnic and regional demonyms of one state ("Yoruba", "Chechen"), not states
  seats.tsv           institutions named as actors: the Pentagon, the Kremlin, Xinhua …
  organizations.tsv   international organisations (UNO, IGO, EUR, NGO codes)
  armed_groups.tsv    non-state armed and political groups, with reported sponsors
  office_holders.tsv  heads of state/government, foreign and defence ministers, dated
  office_holders_1980_1999.tsv  the same for the two decades before, for archives
  sectors.tsv         head nouns and titles → sector (troops → MIL, police → COP)
pycountry supplies the ISO 3166 base names, so every state is known even before
countries.tsv lists its other names; where the two disagree ("Congo"), our list wins.

Also here: the cue words that qualify names ("-backed", "-led", generic heads) and
the helpers that read sector phrases and titles off a parsed Doc, so the recogniser,
coreference and the event coder read sectors the same way.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import pycountry
from spacy.tokens import Doc, Token

from .datafiles import read_rows, split_list
from .mentions import span_text

KINDS = ("country", "adjective", "capital", "seat", "organization", "group", "person")
LISTED_KINDS = ("country", "seat", "organization", "group", "person")
NON_STATE_CODES = ("IGO", "UNO", "EUR", "NGO", "IMG", "MNC")
# Ids of peoples.tsv entries ("people:Yoruba"): adjectives of a state that are not the state.
PEOPLE_ID = "people:"
# Dated office holders: one person's terms may span both files (same name, same form).
OFFICE_HOLDER_FILES = (
    "office_holders_1980_1999.tsv",
    "office_holders.tsv",
    "office_holders_more.tsv",
    "group_leaders.tsv",
)
# Codes of international bodies, which no one belongs to outside a term of office.
INTERNATIONAL_CODES = {"UNO", "IGO", "EUR", "NGO"}
# When one person holds two offices at once, the first role here names them.
ROLE_ORDER = (
    "supreme_leader",
    "head_of_state",
    "head_of_government",
    "vice_president",
    "foreign_minister",
    "defence_minister",
)
# CAMEO codes former office holders as elites ("former president" → ELI).
FORMER_SECTOR = "ELI"

# -- words that qualify names (read by the recogniser and coreference) -----------------
# "Iranian-backed": the first part backs the actor from outside (a sponsor) …
SPONSOR_WORDS = {
    "backed", "sponsored", "supported", "funded", "aligned", "allied", "armed", "trained",
    "linked", "affiliated", "financed", "equipped", "directed", "inspired", "proxy",
}  # fmt: skip
# … while "Hamas-run", "Saudi-led" name who runs it: the actor belongs to them.
LEADER_WORDS = {"led", "run", "controlled", "ruled", "administered", "dominated", "commanded"}
# Qualifiers that are peoples or creeds, not states: "Kurdish-led forces" are no army.
NON_STATE_QUALIFIERS = {
    "kurdish", "kurd", "shia", "shiite", "sunni", "islamist", "jihadist", "tribal", "druze",
    "alawite", "yazidi", "christian", "tuareg", "arab", "baloch", "pashtun", "uyghur", "rebel",
}  # fmt: skip
# Heads that name one person; the evaluator and coreference read this too.
PERSON_HEADS = {
    "minister", "president", "premier", "chancellor", "secretary", "spokesman", "spokeswoman",
    "spokesperson", "leader", "commander", "general", "king", "queen", "emir", "prince",
    "ambassador", "envoy", "diplomat", "official", "governor", "mayor", "judge", "prosecutor",
    "lawmaker", "senator", "mp", "officer", "chief", "colonel", "admiral", "director", "head",
    "cleric", "sheikh", "journalist", "reporter", "soldier", "fighter", "militant", "activist",
    "lawyer", "negotiator", "delegate", "taoiseach", "sultan", "monarch", "ayatollah",
}  # fmt: skip
# Words next to an ambiguous acronym that show it is the group: "IS fighters", "IS-held"
# (the participles only after a hyphen: "IS claimed" may be a shouted "is claimed").
HYPHEN_CONTEXT = {"held", "linked", "claimed", "controlled", "led", "affiliated", "inspired", "run"}
GROUP_CONTEXT = {
    "group", "groups", "militants", "militant", "fighters", "fighter", "militia", "militias",
    "rebels", "forces", "insurgents", "jihadists", "commander", "commanders", "leader",
    "leaders", "cell", "cells", "affiliate", "faction", "factions", "movement", "brigade",
    "brigades", "spokesman", "emir", "stronghold", "strongholds", "positions", "territory",
    "attack", "attacks",
    "members", "paramilitary", "paramilitaries", "offensive", "troops", "targets",
    "fighting", "network", "supporters", "loyalists", "remnants", "sleeper",
}  # fmt: skip
# A title in front of a country: which office holder it names ("the Iraqi prime minister").
TITLE_ROLES = {
    "prime minister": "head_of_government",
    "premier": "head_of_government",
    "chancellor": "head_of_government",
    "president": "head_of_state",
    "foreign minister": "foreign_minister",
    "foreign secretary": "foreign_minister",
    "secretary of state": "foreign_minister",
    "defence minister": "defence_minister",
    "defense minister": "defence_minister",
    "defence secretary": "defence_minister",
    "defense secretary": "defence_minister",
    "supreme leader": "supreme_leader",
    "vice president": "vice_president",
}
# Heads too general to decide a sector when a modifier knows better: "militia leader"
# is REB, "army officials" MIL, "opposition group" OPP.
GENERIC_HEADS = {
    "leader", "leaders", "official", "officials", "spokesman", "spokeswoman", "spokesperson",
    "commander", "commanders", "chief", "chiefs", "head", "group", "groups", "member",
    "members", "movement", "faction", "factions", "figure", "figures", "source", "sources",
    "unit", "units", "detachment", "detachments", "contingent", "contingents", "column",
    "columns",
}  # fmt: skip


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
    sponsor: str | None = None  # reported backer (catalog knowledge, not what a text says)
    terms: tuple[Term, ...] = ()
    id: str | None = None
    # A group that governs from a date (armed_groups.tsv `gov-from:`); `national`
    # when it governs the state, not a region ("(Gaza Strip)").
    gov_from: str | None = None
    gov_national: bool = False
    # A grouping of states named as one actor ("the Baltic states"): its members.
    members: tuple[str, ...] = ()

    def governs(self, day: str | None) -> bool:
        return bool(self.gov_from and day and day >= self.gov_from)

    def at(self, day: str | None) -> tuple[str | None, str | None]:
        """Country and sector of the actor on a date (office holders change).

        In office: the sector of the highest office held that day. Out of office:
        still a national of the same country; a former office holder is an elite
        (ELI), someone not yet in office has no sector we can vouch for. A group
        that has taken the state (the Taliban from 2021-08-15) is its government.
        """
        if not self.terms:
            if self.gov_national and self.governs(day):
                return self.country, "GOV"
            return self.country, self.sector
        countries = {t.country for t in self.terms}
        country = next(iter(countries)) if len(countries) == 1 else None
        if not day:
            return country, _first_role(self.terms).sector
        held = [t for t in self.terms if t.covers(day)]
        if held:
            term = _first_role(held)
            return term.country, term.sector
        if country in INTERNATIONAL_CODES and all(t.start > day for t in self.terms):
            # "Deputy Defense Secretary Paul Wolfowitz" in 2004: before a body's term its
            # future official is not yet the body's (afterwards, a former one: ELI)
            return None, None
        if any(t.end is not None and t.end < day for t in self.terms):
            return country, FORMER_SECTOR
        return country, None

    def term_at(self, day: str | None) -> Term | None:
        held = [t for t in self.terms if day and t.covers(day)]
        return _first_role(held) if held else None


def _first_role(terms: tuple[Term, ...] | list[Term]) -> Term:
    rank = {role: n for n, role in enumerate(ROLE_ORDER)}
    return min(terms, key=lambda t: (rank.get(t.role, 99), t.start))


@dataclass
class Catalog:
    names: dict[str, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    sectors: dict[str, str] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)
    # Aliases that are also common words or other bodies ("IS", "SDF"): matched only
    # with context. Maps the alias to the entries whose notes flag it.
    needs_context: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # Every alias of an entry, for listings; adjectives and capitals count for their state.
    aliases: dict[tuple[str, str], list[str]] = field(default_factory=lambda: defaultdict(list))
    # (country, role) → office holders with that role, for "the Iraqi prime minister".
    holders: dict[tuple[str, str], list[tuple[Term, Entry]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    people: dict[str, Entry] = field(default_factory=dict)  # office holders by name

    def add(self, alias: str, entry: Entry) -> None:
        alias = alias.strip()
        if alias and entry not in self.names[alias]:
            self.names[alias].append(entry)
            owner = "country" if entry.kind in ("adjective", "capital") else entry.kind
            key = (owner, entry.id or entry.name)
            if alias not in self.aliases[key]:
                self.aliases[key].append(alias)

    def entries(self) -> list[Entry]:
        seen: dict[tuple, Entry] = {}
        for entries in self.names.values():
            for entry in entries:
                seen.setdefault((entry.name, entry.kind, entry.country), entry)
        return list(seen.values())

    def aliases_of(self, entry: Entry) -> list[str]:
        owner = "country" if entry.kind in ("adjective", "capital") else entry.kind
        return self.aliases.get((owner, entry.id or entry.name), [])

    def holder(self, country: str, role: str, day: str | None) -> Entry | None:
        """Who held `role` in `country` on `day` ("the Iraqi prime minister")."""
        if not day:
            return None
        found = [e for t, e in self.holders.get((country, role), []) if t.covers(day)]
        return found[0] if len(found) == 1 else None

    def search(
        self,
        country: str | None = None,
        sector: str | None = None,
        name: str | None = None,
        kind: str | None = None,
    ) -> list[Entry]:
        """Listed entries (states, seats, organisations, groups, people) that match
        every filter given: country and sector codes (an office holder matches any of
        his terms), kind, and `name` as a case-insensitive part of any alias."""
        country = country.upper() if country else None
        sector = sector.upper() if sector else None
        needle = name.casefold() if name else None
        found = []
        for entry in self.entries():
            if entry.kind not in LISTED_KINDS or (kind and entry.kind != kind):
                continue
            countries = {entry.country, *(t.country for t in entry.terms)}
            sectors = {entry.sector, *(t.sector for t in entry.terms)}
            if country and country not in countries:
                continue
            if sector and sector not in sectors:
                continue
            if needle and not any(
                needle in alias.casefold() for alias in [entry.name, *self.aliases_of(entry)]
            ):
                continue
            found.append(entry)
        order = {k: n for n, k in enumerate(LISTED_KINDS)}
        return sorted(found, key=lambda e: (order[e.kind], e.country or "~", e.name.casefold()))


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
    rows = [f for _, f in read_rows("countries.tsv", 4, header="iso3")]
    listed = {name for f in rows for name in split_list(f[1]) + split_list(f[3])}
    for f in rows:
        names = split_list(f[1])
        catalog.country_names[f[0]] = names[0] if names else f[0]
    for country in pycountry.countries:
        iso3 = country.alpha_3
        display = catalog.country_names.setdefault(
            iso3, getattr(country, "common_name", country.name)
        )
        entry = Entry(name=display, kind="country", country=iso3, id=iso3)
        names = {country.name, getattr(country, "common_name", country.name)}
        official = getattr(country, "official_name", None)
        if official:
            names.add(official)
        for name in names:
            # "Korea, Republic of" is nobody's way of writing it; a name our list
            # gives to another state ("Congo" → COD) is not added here.
            if "," not in name and name not in listed:
                catalog.add(name, entry)
    for f in rows:
        iso3, display = f[0], catalog.country_names[f[0]]
        state = Entry(name=display, kind="country", country=iso3, id=iso3)
        for name in split_list(f[1]):
            for form in _variants(name):
                catalog.add(form, state)
        adjective = Entry(name=display, kind="adjective", country=iso3, id=iso3)
        for word in split_list(f[2]):
            catalog.add(word, adjective)
        capital = Entry(name=display, kind="capital", country=iso3, sector="GOV", id=iso3)
        for city in split_list(f[3]):
            catalog.add(city, capital)


def _add_peoples(catalog: Catalog) -> None:
    """Demonyms of peoples who live in one state: "Yoruba leaders" reads like "Iraqi
    officials" (country from the word, sector from the head), but the people is its own
    actor, not the state: its name is the people's, it is no alias of the state, and a
    bare "the Chechens" has no sector. Forms another list already knows are skipped."""
    for _, f in read_rows("peoples.tsv", 2, header="words"):
        words = split_list(f[0])
        if not words:
            continue
        entry = Entry(name=words[0], kind="adjective", country=f[1], id=f"{PEOPLE_ID}{words[0]}")
        flagged = _flagged(f[2] if len(f) > 2 else "")
        for word in words:
            if catalog.names.get(word):
                continue  # countries.tsv's "Kosovar" wins (group names outrank adjectives)
            catalog.add(word, entry)
            if word in flagged:
                catalog.needs_context[word].add(entry.id or entry.name)


def _flagged(note: str) -> set[str]:
    """Aliases a note marks `ambiguous-acronym:X|Y` or `ambiguous-name:X (why)`."""
    flagged: set[str] = set()
    for item in note.split(";"):
        key, _, value = item.strip().partition(":")
        if key in ("ambiguous-acronym", "ambiguous-name"):
            if "only in capitals" in value:
                continue  # case-sensitive matching already settles it ("WHO" vs "who")
            value = value.split(" (")[0]
            flagged.update(v.strip() for v in value.split("|") if v.strip())
    return flagged


def _add_named(catalog: Catalog) -> None:
    for _, f in read_rows("seats.tsv", 3, header="text"):
        aliases = split_list(f[0])
        entry = Entry(
            name=aliases[0], kind="seat", country=f[1] or None, sector=f[2] or None, id=aliases[0]
        )
        flagged = _flagged(f[3] if len(f) > 3 else "")
        for alias in aliases:
            for form in _variants(alias):
                catalog.add(form, entry)
                if alias in flagged:
                    catalog.needs_context[form].add(entry.id or entry.name)
    for _, f in read_rows("organizations.tsv", 5, header="id"):
        entry = Entry(
            name=f[1], kind="organization", country=f[3] or None, sector=f[4] or None, id=f[0]
        )
        flagged = _flagged(f[5] if len(f) > 5 else "")
        for alias in [f[1], *split_list(f[2])]:
            for form in _variants(alias):
                catalog.add(form, entry)
                if alias in flagged:
                    catalog.needs_context[form].add(entry.id or entry.name)
    for _, f in read_rows("armed_groups.tsv", 6, header="id"):
        entry = Entry(
            name=f[1],
            kind="group",
            country=f[3] or None,
            sector=f[4] or None,
            sponsor=f[5] or None,
            id=f[0],
        )
        note = f[6] if len(f) > 6 else ""
        flagged = _flagged(note)
        gov = next(
            (i.strip()[9:] for i in note.split(";") if i.strip().startswith("gov-from:")), ""
        )
        if gov:
            entry = dataclasses.replace(
                entry, gov_from=gov.split(" ")[0], gov_national="(" not in gov
            )
        for alias in [f[1], *split_list(f[2])]:
            for form in _variants(alias):
                catalog.add(form, entry)
                if alias in flagged:
                    catalog.needs_context[form].add(entry.id or entry.name)


def _add_groupings(catalog: Catalog) -> None:
    for _, f in read_rows("groupings.tsv", 3, header="name"):
        entry = Entry(name=f[0], kind="grouping", members=tuple(split_list(f[2])), id=f[0])
        for alias in [f[0], *split_list(f[1])]:
            for form in _variants(alias):
                catalog.add(form, entry)


def _add_people(catalog: Catalog) -> None:
    terms: dict[str, list[Term]] = defaultdict(list)
    aliases: dict[str, set[str]] = defaultdict(set)
    for file in OFFICE_HOLDER_FILES:
        for _, f in read_rows(file, 7, header="name"):
            name = f[0]
            terms[name].append(
                Term(country=f[2], sector=f[3] or "GOV", role=f[4], start=f[5], end=f[6] or None)
            )
            aliases[name].update([name, *split_list(f[1])])
    for name, person_terms in terms.items():
        entry = Entry(
            name=name,
            kind="person",
            terms=tuple(sorted(person_terms, key=lambda t: t.start)),
            id=name,
        )
        for alias in sorted(aliases[name]):
            catalog.add(alias, entry)
        catalog.people[name] = entry
        for term in entry.terms:
            catalog.holders[(term.country, term.role)].append((term, entry))


def _add_sectors(catalog: Catalog) -> None:
    for _, f in read_rows("sectors.tsv", 2, header="words"):
        for word in split_list(f[0]):
            catalog.sectors[word.lower()] = f[1]


@lru_cache(maxsize=1)
def load_catalog() -> Catalog:
    catalog = Catalog()
    _add_states(catalog)
    _add_peoples(catalog)
    _add_named(catalog)
    _add_groupings(catalog)
    _add_people(catalog)
    _add_sectors(catalog)
    return catalog


# -- reading sector phrases and titles in text ------------------------------------------
def phrase_sector(doc: Doc, head: Token, first: int, sectors: dict[str, str]) -> str | None:
    """Sector of the words ending at `head` (longest phrase first, from `first` on);
    "secretary of state", "ministry of defence" are read forwards from the head."""
    words = edge_words(sectors)
    lower, lemma = head.lower_, head.lemma_.lower()
    if lower not in words and lemma not in words:
        return None  # most nouns end no sector phrase: skip building phrases for them
    forward = forward_end(doc, head, sectors)
    if forward > head.i + 1:
        return sectors[span_text(doc, head.i, forward).lower()]
    for width in (4, 3, 2):
        if head.i - width + 1 >= first:
            phrase = span_text(doc, head.i - width + 1, head.i + 1).lower()
            if phrase in sectors:
                return sectors[phrase]
    return sectors.get(lower) or sectors.get(lemma)


EDGE_WORDS_CACHE: dict[int, frozenset[str]] = {}


def edge_words(sectors: dict[str, str]) -> frozenset[str]:
    """First and last words of every sector phrase (computed once per table)."""
    key = id(sectors)
    if key not in EDGE_WORDS_CACHE:
        EDGE_WORDS_CACHE[key] = frozenset(
            w for phrase in sectors for w in (phrase.split()[0], phrase.split()[-1])
        )
    return EDGE_WORDS_CACHE[key]


def forward_end(doc: Doc, head: Token, sectors: dict[str, str]) -> int:
    """End of a title read forwards from its head ("secretary of state"), or head + 1."""
    if head.i + 2 < len(doc) and doc[head.i + 1].lower_ == "of":
        for width in (4, 3):
            if span_text(doc, head.i, head.i + width).lower() in sectors:
                return head.i + width
    return head.i + 1


def title_words(doc: Doc, head: Token, first: int) -> str:
    """The longest title phrase ending at `head`, as written in sectors.tsv."""
    for width in (4, 3):
        phrase = span_text(doc, head.i, head.i + width).lower()
        if phrase in TITLE_ROLES:
            return phrase
    for width in (4, 3, 2):
        if head.i - width + 1 >= first:
            phrase = span_text(doc, head.i - width + 1, head.i + 1).lower()
            if phrase in TITLE_ROLES:
                return phrase
    return head.lower_ if head.lower_ in TITLE_ROLES else head.lemma_.lower()
