"""A publisher's list through the local process pool and through a Dask LocalCluster, in pairs.

    .venv/bin/python benchmarks/bench_batch.py                      12 titles, every edition
    .venv/bin/python benchmarks/bench_batch.py --titles 200 -f html  the issue's 200, previews only

Generates TITLES sources of varied length from the seeds (the first quarter, half, three
quarters or all of a seed's paragraphs), lists them in a manifest and builds the list with
`publish build LIST --results FILE` on a fresh OUTDIR each time: once on the LocalCluster's cold
workers (they import publish on their first title; reported, not compared), then PAIRS
interleaved pairs of the local pool (one process per core) and the warm cluster (one
single-threaded worker process per core), the order alternating within the pairs so that a
drift in the machine's load falls on both sides.  CPU is the build process with its pool
(getrusage of the waited-for children) plus, for the cluster, the CPU its worker processes
spent meanwhile (psutil).  Prints per runner the median wall and CPU seconds, titles per minute,
the cluster's overhead against the pool per pair (median and range, wall and CPU), the titles'
own build seconds summed and the peak memory of a worker; checks that every run gives the same
editions, byte for byte, and the same results (but seconds and memory).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import resource
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from statistics import median

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


@dataclass(frozen=True)
class Measured:
    """One run of the list: wall and CPU seconds, what it made (results without the measures and
    a digest of every file), the largest peak memory of a title, the titles' build seconds summed."""

    wall: float
    cpu: float
    output: dict
    peak: float
    busy: float


def build(manifest: Path, formats: str, folder: Path, label: str, *options, workers=()) -> Measured:
    """Build the list once into a fresh OUTDIR; `workers` are processes whose CPU counts too."""
    outdir, results = folder / f"out-{label}", folder / f"{label}.jsonl"
    for path in (outdir, results):
        shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)
    children, helpers = _cpu_of_children(), _cpu_of(workers)
    wall = run(publish("build", manifest, "-f", formats, "-o", outdir, "--results", results, *options)).seconds
    cpu = _cpu_of_children() - children + _cpu_of(workers) - helpers
    records = [json.loads(line) for line in results.read_text(encoding="utf-8").splitlines()]
    same = {r["source"]: {k: v for k, v in r.items() if k not in ("seconds", "peak_memory_mb", "editions")}
            for r in records}
    files = {str(p.relative_to(outdir)): hashlib.sha256(p.read_bytes()).hexdigest()
             for p in sorted(outdir.rglob("*")) if p.is_file() and ".publish-cache" not in p.parts}
    return Measured(wall, cpu, {"results": same, "files": files}, max(r["peak_memory_mb"] for r in records),
                    sum(r["seconds"] for r in records))


def _cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _cpu_of(processes) -> float:
    return sum(sum(process.cpu_times()[:2]) for process in processes)


def cluster_workers():
    """The worker processes of a LocalCluster started by this process: its live child processes."""
    import psutil
    return [child for child in psutil.Process().children(recursive=True) if child.is_running()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--titles", type=int, default=12, help="titles in the list (default 12)")
    parser.add_argument("-f", "--formats", default="html,epub,pdf", help="editions (default all three)")
    parser.add_argument("--pairs", type=int, default=3, help="interleaved pool/cluster pairs (default 3)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="pool processes and cluster workers (default: one per core)")
    args = parser.parse_args()
    from distributed import LocalCluster
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as name:
        folder = Path(name)
        manifest = generate(args.titles, folder)
        started = time.perf_counter()
        with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None,
                          silence_logs=logging.CRITICAL) as cluster:      # not its shutdown's heartbeat noise
            print(f"LocalCluster of {args.workers} workers started in {time.perf_counter() - started:.1f} s "
                  "(not counted below)", file=sys.stderr)
            workers = cluster_workers()
            on_cluster = ("--scheduler", cluster.scheduler_address)
            cold = build(manifest, args.formats, folder, "cold", *on_cluster, workers=workers)
            runs: dict[str, list[Measured]] = {"pool": [], "cluster": []}
            for pair in range(args.pairs):
                for runner in (("pool", "cluster") if pair % 2 == 0 else ("cluster", "pool")):
                    options = ("-j", args.workers) if runner == "pool" else on_cluster
                    runs[runner].append(build(manifest, args.formats, folder, runner, *options, workers=workers))
    print(report(args, cold, runs))
    outputs = [cold.output] + [m.output for measured in runs.values() for m in measured]
    identical = all(output == outputs[0] for output in outputs)
    print("editions byte-identical and results equal across runs: " + ("yes" if identical else "NO"))
    return 0 if identical else 1


def report(args, cold: Measured, runs: dict[str, list[Measured]]) -> str:
    """The table of medians, and the cluster's overhead per pair."""
    rows = [_row("cluster, cold workers (once)", [cold], args.titles)]
    rows += [_row(f"{runner} (median of {len(measured)})", measured, args.titles) for runner, measured in runs.items()]
    wall = [c.wall / p.wall - 1 for p, c in zip(runs["pool"], runs["cluster"])]
    cpu = [c.cpu / p.cpu - 1 for p, c in zip(runs["pool"], runs["cluster"])]
    return "\n".join([
        f"{args.titles} titles, -f {args.formats}, {args.workers} processes or workers, {args.pairs} pairs",
        table(["runner", "wall s", "CPU s", "titles/min", "title builds s", "worker peak MB"], rows),
        f"cluster overhead against the pool, per pair: wall median {median(wall):+.1%} "
        f"(range {min(wall):+.1%} to {max(wall):+.1%}); CPU median {median(cpu):+.1%} "
        f"(range {min(cpu):+.1%} to {max(cpu):+.1%})"])


def _row(label: str, measured: list[Measured], titles: int) -> list[str]:
    wall, cpu = median(m.wall for m in measured), median(m.cpu for m in measured)
    return [label, f"{wall:.1f}", f"{cpu:.1f}", f"{titles / wall * 60:.1f}",
            f"{median(m.busy for m in measured):.1f}", f"{max(m.peak for m in measured):.0f}"]


if __name__ == "__main__":
    sys.exit(main())
