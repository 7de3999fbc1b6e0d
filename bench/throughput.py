"""Throughput of `flashpoint code` against bare spaCy on the same text, in one run.

    python bench/throughput.py --data ../shared/data/news/te3_silver_newswire.jsonl

Both passes parse the same documents with the same spaCy pipeline and batch size;
flashpoint adds its stages and builds event records. The figure that matters is the
ratio (flashpoint / bare spaCy), which does not depend on how fast this machine is.
Each pass runs `--repeat` times in alternation; the best time of each is reported.
The CPU-time ratio beside it counts only this process's own CPU seconds, so other
work on a shared machine disturbs it far less than the wall-clock figure.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

from flashpoint.coder import code_documents
from flashpoint.nlp import base_pipeline, load_nlp
from flashpoint.schema import Document


def read_documents(path: Path, limit: int | None) -> list[Document]:
    documents = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if limit is not None and number >= limit:
                break
            record = json.loads(line)
            documents.append(
                Document(
                    doc_id=record.get("doc_id", str(number)),
                    text=record["text"],
                    pub_date=record.get("dct"),
                )
            )
    return documents


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="JSONL with a 'text' field")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args()

    documents = read_documents(args.data, args.limit)
    texts = [d.text for d in documents]
    chars = sum(len(t) for t in texts)
    bare = base_pipeline()
    coder = load_nlp()
    coder(texts[0])  # load the lazily built gazetteer before timing
    best_bare = best_coder = float("inf")
    cpu_bare = cpu_coder = float("inf")
    sentences = events = 0
    for _ in range(args.repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        sentences = sum(
            len(list(doc.sents)) for doc in bare.pipe(texts, batch_size=args.batch_size)
        )
        best_bare = min(best_bare, time.perf_counter() - start)
        cpu_bare = min(cpu_bare, time.process_time() - start_cpu)
        start, start_cpu = time.perf_counter(), time.process_time()
        events = sum(
            len(evs) for _, evs in code_documents(documents, coder, batch_size=args.batch_size)
        )
        best_coder = min(best_coder, time.perf_counter() - start)
        cpu_coder = min(cpu_coder, time.process_time() - start_cpu)
    print(f"documents      {len(documents):>10}")
    print(f"characters     {chars:>10}")
    print(f"sentences      {sentences:>10}")
    print(f"events         {events:>10}")
    print(f"bare spaCy     {sentences / best_bare:>10.1f} sentences/s  ({best_bare:.1f} s)")
    print(f"flashpoint     {sentences / best_coder:>10.1f} sentences/s  ({best_coder:.1f} s)")
    print(f"ratio          {best_bare / best_coder:>10.3f}  (flashpoint / bare spaCy throughput)")
    print(f"cpu ratio      {cpu_bare / cpu_coder:>10.3f}  (the same in CPU seconds of this run)")
    print(f"peak RSS       {rss_mb():>10.0f} MB")


if __name__ == "__main__":
    main()
