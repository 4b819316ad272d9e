"""A publisher's list through the local process pool and through a Dask LocalCluster.

    .venv/bin/python benchmarks/bench_batch.py                      12 titles, every edition (a few minutes)
    .venv/bin/python benchmarks/bench_batch.py --titles 200 -f html  the issue's 200, previews only

Generates TITLES sources of varied length from the seeds (the first quarter, half, three
quarters or all of a seed's paragraphs), lists them in a manifest and builds the list three
times, each a `publish build LIST --results FILE` process on a fresh OUTDIR: with the local pool
(one process per core), then on a LocalCluster of one single-threaded worker process per core,
first with cold workers (they import publish on their first title), then warm.  Prints titles
per minute, the cluster's overhead against the pool, the titles' own build times summed (the
results' seconds: what is left of a run's time is dispatch, start-up and waiting), and the peak
memory of a worker (the largest peak_memory_mb of the results); checks that every run gives the same editions, byte for
byte, and the same results (but seconds and memory).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import publish, run, seeds, table

FRACTIONS = (0.25, 0.5, 0.75, 1.0)


def generate(count: int, folder: Path) -> Path:
    """count sources of varied length, and the manifest listing them."""
    texts = [p.read_text(encoding="utf-8").split("\n\n") for p in seeds()]
    names = []
    for n in range(count):
        paragraphs = texts[n % len(texts)]
        kept = paragraphs[:max(1, round(len(paragraphs) * FRACTIONS[n // len(texts) % len(FRACTIONS)]))]
        names.append(f"titel-{n:04d}.txt")
        (folder / names[-1]).write_text("\n\n".join(kept).strip() + "\n", encoding="utf-8")
    manifest = folder / "fonds.list"
    manifest.write_text("\n".join(names) + "\n", encoding="utf-8")
    return manifest


def build(manifest: Path, formats: str, folder: Path, label: str, *options) -> tuple[float, dict, float, float]:
    """(seconds, {results by source without the measures, digest of every file by path}, the largest
    peak memory of a title, the titles' build seconds summed) of one run."""
    outdir, results = folder / f"out-{label}", folder / f"{label}.jsonl"
    seconds = run(publish("build", manifest, "-f", formats, "-o", outdir, "--results", results, *options)).seconds
    records = [json.loads(line) for line in results.read_text(encoding="utf-8").splitlines()]
    peak = max(r["peak_memory_mb"] for r in records)
    same = {r["source"]: {k: v for k, v in r.items() if k not in ("seconds", "peak_memory_mb", "editions")}
            for r in records}
    files = {str(p.relative_to(outdir)): hashlib.sha256(p.read_bytes()).hexdigest()
             for p in sorted(outdir.rglob("*")) if p.is_file() and ".publish-cache" not in p.parts}
    return seconds, {"results": same, "files": files}, peak, sum(r["seconds"] for r in records)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--titles", type=int, default=12, help="titles in the list (default 12)")
    parser.add_argument("-f", "--formats", default="html,epub,pdf", help="editions (default all three)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="pool processes and cluster workers (default: one per core)")
    args = parser.parse_args()
    from distributed import LocalCluster
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as name:
        folder = Path(name)
        manifest = generate(args.titles, folder)
        rows, outputs = [], []
        pool, output, peak, busy = build(manifest, args.formats, folder, "pool", "-j", args.workers)
        rows.append(["local pool", f"{pool:.1f}", f"{args.titles / pool * 60:.1f}", "-", f"{busy:.1f}", f"{peak:.0f}"])
        outputs.append(output)
        started = time.perf_counter()
        with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None,
                          silence_logs=logging.CRITICAL) as cluster:      # not its shutdown's heartbeat noise
            print(f"LocalCluster of {args.workers} workers started in {time.perf_counter() - started:.1f} s "
                  "(not counted below)", file=sys.stderr)
            for label in ("cluster, cold workers", "cluster, warm workers"):
                seconds, output, peak, busy = build(manifest, args.formats, folder, label.split(",")[1].split()[0],
                                                 "--scheduler", cluster.scheduler_address)
                rows.append([label, f"{seconds:.1f}", f"{args.titles / seconds * 60:.1f}",
                             f"{(seconds / pool - 1) * 100:+.0f}%", f"{busy:.1f}", f"{peak:.0f}"])
                outputs.append(output)
    print(f"{args.titles} titles, -f {args.formats}, {args.workers} processes or workers")
    print(table(["runner", "seconds", "titles/min", "overhead vs pool", "title builds s", "worker peak MB"], rows))
    identical = all(output == outputs[0] for output in outputs)
    print("editions byte-identical and results equal across runs: " + ("yes" if identical else "NO"))
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
