"""A list built on a real Dask cluster (two worker processes) gives what the local pool gives."""
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed", reason="the [cluster] extra is part of the test environment")

FIXTURE = Path(__file__).parent / "fixtures" / "kort-verslag.txt"
MEASURED = ("seconds", "peak_memory_mb")          # differ between any two runs


@pytest.fixture(scope="module")
def scheduler():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=logging.CRITICAL) as cluster:
        yield cluster.scheduler_address


def publish(folder: Path, *args, **env) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "publish", "build", *map(str, args)], cwd=folder,
                          capture_output=True, text=True, timeout=300, env={**os.environ, **env})


def results(path: Path) -> dict[str, dict]:
    records = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    return {r["source"]: {k: v for k, v in r.items() if k not in MEASURED} for r in records}


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and ".publish-cache" not in p.parts}


def test_a_list_on_the_cluster_gives_the_local_pools_editions_and_results(tmp_path, scheduler):
    books = tmp_path / "boeken"
    books.mkdir()
    for n in range(3):
        (books / f"deel{n}.txt").write_bytes(FIXTURE.read_bytes())
    (books / "leeg.txt").write_text("")
    (tmp_path / "fonds.csv").write_text('source,formats\nboeken/deel0.txt,"html,epub,pdf"\nboeken/deel1.txt\n'
                                        'boeken/deel2.txt\nboeken/leeg.txt\n', encoding="utf-8")
    local = publish(tmp_path, "fonds.csv", "-f", "html", "-o", "lokaal", "--results", "lokaal.jsonl")
    remote = publish(tmp_path, "fonds.csv", "-f", "html", "-o", "cluster", "--results", "cluster.jsonl",
                     "--scheduler", scheduler)
    assert local.returncode == remote.returncode == 1, remote.stderr
    assert remote.stdout.replace("cluster/", "lokaal/") == local.stdout
    assert files(tmp_path / "cluster") == files(tmp_path / "lokaal")
    assert "deel0/deel0.pdf" in files(tmp_path / "cluster")
    expected = {source: {**record, "editions": [p.replace("lokaal/", "cluster/") for p in record["editions"]]}
                for source, record in results(tmp_path / "lokaal.jsonl").items()}
    assert results(tmp_path / "cluster.jsonl") == expected

    again = publish(tmp_path, "fonds.csv", "-f", "html", "-o", "cluster", "--results", "cluster.jsonl",
                    "--scheduler", scheduler)
    assert again.returncode == 1 and again.stderr.count("unchanged, kept") == 3, again.stderr


def test_an_unreachable_scheduler_is_a_one_line_error(tmp_path):
    (tmp_path / "deel.txt").write_bytes(FIXTURE.read_bytes())
    result = publish(tmp_path, "deel.txt", "-o", "out", "--scheduler", "tcp://127.0.0.1:9",
                     DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT="1s")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.stderr


def test_a_killed_workers_title_is_built_again_neither_lost_nor_doubled(tmp_path, scheduler):
    import signal
    import time
    books = tmp_path / "boeken"
    books.mkdir()
    seed = Path(__file__).parent.parent / "seeds" / "heermalezing-2015.txt"
    for n in range(4):
        (books / f"titel{n}.txt").write_bytes(seed.read_bytes())
    run = subprocess.Popen([sys.executable, "-m", "publish", "build", "boeken", "-f", "html", "-o", "out",
                            "--results", "uit.jsonl", "--scheduler", scheduler], cwd=tmp_path,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    with distributed.Client(scheduler, set_as_default=False) as client:
        busy = {}
        deadline = time.monotonic() + 60
        while not busy and time.monotonic() < deadline:
            busy = {worker: keys for worker, keys in client.processing().items() if keys}
            time.sleep(0.02)
        victim = next(iter(busy))
        os.kill(client.run(os.getpid, workers=[victim])[victim], signal.SIGKILL)
    assert run.wait(timeout=240) == 0, run.stderr.read()
    records = [json.loads(line) for line in (tmp_path / "uit.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(r["source"] for r in records) == [f"boeken/titel{n}.txt" for n in range(4)]
    assert {r["status"] for r in records} == {"built"}
    assert all((tmp_path / "out" / f"titel{n}" / "index.html").is_file() for n in range(4))
    assert not list((tmp_path / "out").rglob("*.part"))
