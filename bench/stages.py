"""Where flashpoint's time goes: wall time of each pipeline component and of records.

    python bench/stages.py --data ../shared/data/news/te3_silver_newswire.jsonl --limit 800

Runs the documents through the full pipeline one component at a time over each
batch (as `nlp.pipe` does), timing every component, then `doc_events`. The spaCy
components' sum is what bare spaCy costs; the rest is flashpoint's overhead.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path

from throughput import read_documents

from flashpoint.nlp import load_nlp
from flashpoint.pipeline.mentions import keep_text
from flashpoint.pipeline.records import doc_events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=800)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()

    documents = read_documents(args.data, args.limit)
    nlp = load_nlp()
    nlp(documents[0].text)
    best: dict[str, float] = defaultdict(lambda: float("inf"))
    for _ in range(args.repeat):
        spent: dict[str, float] = defaultdict(float)
        for first in range(0, len(documents), args.batch_size):
            batch = documents[first : first + args.batch_size]
            start = time.perf_counter()
            docs = []
            for document in batch:
                doc = nlp.make_doc(document.text)
                keep_text(doc, document.text)  # as `coded_docs` does
                doc._.fp_pub_date = document.pub_date
                docs.append(doc)
            spent["tokenizer"] += time.perf_counter() - start
            for name, proc in nlp.pipeline:
                start = time.perf_counter()
                if hasattr(proc, "pipe"):
                    docs = list(proc.pipe(docs, batch_size=args.batch_size))
                else:
                    docs = [proc(doc) for doc in docs]
                spent[name] += time.perf_counter() - start
            start = time.perf_counter()
            for doc, document in zip(docs, batch, strict=True):
                doc_events(doc, document)
            spent["records"] += time.perf_counter() - start
        for name, seconds in spent.items():
            best[name] = min(best[name], seconds)
    spacy_total = sum(
        s for n, s in best.items() if not n.startswith("flashpoint") and n != "records"
    )
    own_total = sum(s for n, s in best.items() if n.startswith("flashpoint") or n == "records")
    for name, seconds in best.items():
        print(f"{name:28} {seconds:8.2f} s  {100 * seconds / spacy_total:6.1f} % of spaCy")
    print(f"{'spaCy total':28} {spacy_total:8.2f} s")
    print(f"{'flashpoint total':28} {own_total:8.2f} s  {100 * own_total / spacy_total:6.1f} %")
    print(f"{'implied ratio':28} {spacy_total / (spacy_total + own_total):8.3f}")


if __name__ == "__main__":
    main()
