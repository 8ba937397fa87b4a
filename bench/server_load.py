"""The load figure on a PostgreSQL server: 20 readers searching while an editor imports a pack.

    python bench/server.py --database URL --n 10000        # runs it after the other figures

Each of 20 readers (threads, each with its own engine: 20 sessions, as 20 windows) searches
once a second, cycling through the figures' searches, while one editor imports a signed
10,000-record pack (``territoria --database URL pack import``, in its own process, as an
editor's machine). Budget (issue #14): no error, and the readers' search p95 under load
≤ 3 × the p95 of one reader alone, measured just before on the same base. Beside it, a
diagnostic row: the same 20 readers for a minute with no import, which tells a server short
of cores (the readers alone already stretch the p95) from an import that gets in the way.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.figures import SEARCHES
from bench.measure import FAIL, INFO, Figure, child_env, percentile

READERS = 20
PACK_RECORDS = 10_000


def _signed_pack(work: Path, records: int) -> tuple[Path, Path]:
    """A signed pack of ``records`` synthetic initiatives and its public key."""
    from bench.packs import SEED_DB, write_source_folder
    from territoria.services.packs.build import build_pack
    from territoria.services.packs.keys import generate_key
    from territoria.services.packs.reference import context_of

    write_source_folder(work / "src", records, 7, edition="2030-01-01")
    key = generate_key(work / "charge.key", None).private_path
    pack = build_pack(work / "src", key, work / "charge.territoria", None, context_of(SEED_DB)).path
    return pack, key.with_name(key.name + ".pub")


def _reader(url: str, stop: threading.Event, samples: list[float], errors: list[str], offset: int) -> None:
    from territoria.services.database import open_server_database
    from territoria.services.search import SearchRequest, search

    db = open_server_database(url)
    try:
        turn = offset
        while not stop.is_set():
            typed = SEARCHES[turn % len(SEARCHES)][2]
            turn += 1
            started = time.perf_counter()
            try:
                search(db, SearchRequest(typed, limit=50))
                samples.append((time.perf_counter() - started) * 1000)
            except Exception as exc:  # counted: the budget is "no error"
                errors.append(f"{type(exc).__name__}: {exc}"[:200])
            stop.wait(max(0.0, 1.0 - (time.perf_counter() - started)))
    finally:
        db.engine.dispose()


def _single_reader(url: str, count: int) -> list[float]:
    """One reader alone: ``count`` searches, once every 0.2 s (the base otherwise idle)."""
    from territoria.services.database import open_server_database
    from territoria.services.search import SearchRequest, search

    db = open_server_database(url)
    samples = []
    try:
        for turn in range(count + len(SEARCHES)):
            started = time.perf_counter()
            search(db, SearchRequest(SEARCHES[turn % len(SEARCHES)][2], limit=50))
            if turn >= len(SEARCHES):  # the first round warms the caches
                samples.append((time.perf_counter() - started) * 1000)
            time.sleep(0.2)
    finally:
        db.engine.dispose()
    return samples


def _readers_during(url: str, work) -> tuple[list[float], list[str]]:
    """The readers' latencies and errors while ``work()`` runs (2 s after they started)."""
    stop, samples, errors = threading.Event(), [], []
    readers = [threading.Thread(target=_reader, args=(url, stop, samples, errors, i)) for i in range(READERS)]
    for thread in readers:
        thread.start()
    time.sleep(2)  # every reader connected and searching
    del samples[:]  # their first searches warmed their connections
    try:
        work()
    finally:
        stop.set()
        for thread in readers:
            thread.join()
    return samples, errors


def load_figures(url: str, say) -> list[Figure]:
    """The load figure, and beside it the readers alone for a minute (no import): where the
    readers' own demand already stretches the p95, the server's cores, not the import, are short."""
    alone = Figure("pg_readers", f"PostgreSQL search, {READERS} readers, no import (diagnostic)", "ms",
                   "none: shows what the readers alone ask of the server")
    figure = Figure("pg_load", f"PostgreSQL search under load ({READERS} readers, {PACK_RECORDS:,}-record import)",
                    "ms", "no error, p95 ≤ 3 × one reader's p95")
    with tempfile.TemporaryDirectory(prefix="territoria-load-") as folder:
        work = Path(folder)
        say(f"  building a signed {PACK_RECORDS:,}-record pack…")
        pack, public = _signed_pack(work, PACK_RECORDS)
        figure.floor = alone.floor = _single_reader(url, 40)
        say(f"  {READERS} readers for a minute, no import…")
        alone.samples, alone_errors = _readers_during(url, lambda: time.sleep(60))
        base = [sys.executable, "-m", "territoria", "--data-dir", str(work / "editor"), "--database", url]
        env = child_env()
        subprocess.run([*base, "trust", "add", str(public), "--yes"], check=True, capture_output=True, env=env)
        say(f"  importing while {READERS} readers search…")
        done: list[subprocess.CompletedProcess] = []
        timing: list[float] = []

        def import_pack() -> None:
            started = time.perf_counter()
            done.append(subprocess.run([*base, "pack", "import", str(pack), "--yes"], capture_output=True,
                                       text=True, env=env))
            timing.append(time.perf_counter() - started)

        samples, errors = _readers_during(url, import_pack)
        if done[0].returncode != 0:
            errors.append(f"import: {done[0].stderr.strip()[-200:]}")
    figure.samples = samples
    figure.judge(not errors and bool(samples) and percentile(samples, 95) <= 3 * percentile(figure.floor, 95))
    alone.result = INFO if not alone_errors else FAIL  # no budget of its own, but errors are errors
    for each, errs in ((alone, alone_errors), (figure, errors)):
        each.note = (f"{len(each.samples)} searches, {len(errs)} error(s)" + (f" (first: {errs[0]})" if errs else "")
                     + f"; floor: one reader alone, {len(each.floor)} searches")
    if alone.samples:
        alone.note += f"; p95 {percentile(alone.samples, 95) / percentile(alone.floor, 95):.1f} × one reader's"
    figure.note += (f"; the import of {PACK_RECORDS:,} records took {timing[0]:.1f} s in its own process; "
                    f"load average {os.getloadavg()[0]:.1f}")
    return [alone, figure]
