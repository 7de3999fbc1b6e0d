"""Check the actor catalogs armed_groups.tsv and organizations.tsv.

Field counts, ISO3 codes (pycountry; XKX allowed), sector and code values, unique
ids across both files, note references (part-of/successor/predecessor) and
ambiguous-acronym markers, and aliases shared by two entries after normalisation
(case, diacritics, dots, hyphens, apostrophes, a leading 'the').

    .venv/bin/python tools/check_actor_data.py      # exit status 1 on errors
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import pycountry

DATA = Path(__file__).resolve().parent.parent / "src" / "flashpoint" / "data"
ISO3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
AG_SECTORS = {"REB", "PTY", "MIL", "CRM", "GOV"}
ORG_CODES = {"UNO", "IGO", "EUR", "NGO", "MNC"}
ORG_SECTORS = {
    "GOV",
    "LEG",
    "JUD",
    "MIL",
    "COP",
    "HRI",
    "REF",
    "HLH",
    "MED",
    "ENV",
    "NGO",
    "AGR",
    "LAB",
    "EDU",
    "BUS",
    "REL",
}
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def norm(alias: str) -> str:
    s = unicodedata.normalize("NFKD", alias)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub(r"[\u2018\u2019\u02bc`´']", "", s)
    s = re.sub(r"[\u2010-\u2015/\-–—_]", " ", s)
    s = s.replace(".", "")
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"^the ", "", s)


def loose(alias: str) -> str:
    """Stricter key for near-collision warnings: letters and digits only, no plural s."""
    s = re.sub(r"[^a-z0-9]", "", norm(alias))
    return s[:-1] if s.endswith("s") and len(s) > 4 else s


def notes(field: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for item in field.split("; "):
        m = re.match(r"^([a-z-]+):(\S.*)$", item.strip())
        if m and m.group(1) in {
            "also",
            "also-sector",
            "active",
            "gov-from",
            "ambiguous-acronym",
            "ambiguous-name",
            "part-of",
            "successor",
            "predecessor",
        }:
            out[m.group(1)].append(m.group(2))
    return out


def read(name: str, ncols: int):
    rows = []
    for number, raw in enumerate((DATA / name).read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#") or raw.startswith("id\t"):
            continue
        rows.append((name, number, raw.split("\t")))
    return rows


def main() -> int:
    errors: list[str] = []
    warnings: list[str] = []
    ag = read("armed_groups.tsv", 7)
    org = read("organizations.tsv", 6)
    ids: dict[str, str] = {}
    links: list[tuple[str, str, str]] = []
    alias_owner: dict[str, set[str]] = defaultdict(set)
    loose_owner: dict[str, set[str]] = defaultdict(set)

    for name, number, f in ag + org:
        where = f"{name}:{number}"
        want = 7 if name == "armed_groups.tsv" else 6
        if len(f) != want:
            errors.append(f"{where}: {len(f)} fields, want {want}")
            continue
        if any(x != x.strip() or x == "" for x in f):
            errors.append(f"{where}: empty field or stray whitespace (use '-')")
        gid = f[0]
        if not ID_RE.match(gid):
            errors.append(f"{where}: bad id {gid!r}")
        if gid in ids:
            errors.append(f"{where}: duplicate id {gid!r} (also {ids[gid]})")
        ids[gid] = where
        note = notes(f[-1])
        if name == "armed_groups.tsv":
            _, _, _, country, sector, sponsor, _ = f
            if country not in ISO3 | {"IMG"}:  # al-Qaeda core: no one country
                errors.append(f"{where}: bad country {country!r}")
            if sector not in AG_SECTORS:
                errors.append(f"{where}: bad sector {sector!r}")
            for s in [] if sponsor == "-" else [sponsor]:
                if s not in ISO3:
                    errors.append(f"{where}: bad sponsor {s!r}")
                if s == country:
                    warnings.append(f"{where}: sponsor equals country {s}")
            for v in note.get("also", []):
                for c in v.split("|"):
                    if c not in ISO3:
                        errors.append(f"{where}: bad also: country {c!r}")
            for v in note.get("also-sector", []):
                if v.split()[0] not in AG_SECTORS:
                    errors.append(f"{where}: bad also-sector {v!r}")
        else:
            _, _, _, code, sector, _ = f
            if code not in ORG_CODES:
                errors.append(f"{where}: bad code {code!r}")
            if sector != "-" and sector not in ORG_SECTORS:
                errors.append(f"{where}: bad sector {sector!r}")
        aliases = f[2].split("|")
        if f[2] == "-" or not aliases:
            errors.append(f"{where}: no aliases")
        lowered = {a.lower() for a in aliases}
        for v in note.get("ambiguous-acronym", []):
            for a in v.split()[0].split("|"):
                if a.lower() not in lowered:
                    errors.append(f"{where}: ambiguous-acronym {a!r} is not among the aliases")
        for key in ("part-of", "successor", "predecessor"):
            for v in note.get(key, []):
                links.append((where, key, v.split()[0]))
        for a in set(aliases) | {f[1]}:
            alias_owner[norm(a)].add(gid)
            loose_owner[loose(a)].add(gid)

    for where, key, target in links:
        if target not in ids:
            errors.append(f"{where}: {key}:{target} names no entry")
    for key, owners in sorted(alias_owner.items()):
        if len(owners) > 1:
            errors.append(f"alias collision {key!r}: {', '.join(sorted(owners))}")
    exact = {loose(k) for k, o in alias_owner.items() if len(o) > 1}
    for key, owners in sorted(loose_owner.items()):
        if len(owners) > 1 and key not in exact:
            warnings.append(f"near collision {key!r}: {', '.join(sorted(owners))}")

    print(f"armed_groups.tsv: {len(ag)} entries; organizations.tsv: {len(org)} entries")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
