"""Measured PDF process, started by ``bench/run.py``.

``python bench/pdf_probe.py catalogue DATA_DIR N OUT`` writes the catalogue of the first N
results of a search for « assistant » (or the first N initiatives when this tree has no
search service) and prints one JSON line: seconds, RSS before, peak RSS during the export
(the kernel's peak counter is reset just before), peak anonymous RSS (sampled every 5 ms:
the heap, without the database pages SQLite maps into memory), pages and bytes.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from bench.gui_probe import current_rss_mb, peak_rss_mb

SEED_DB = Path(__file__).resolve().parent.parent / "data" / "seed.sqlite"


def _ids(db, n: int) -> list[int]:
    try:
        from territoria.services.search import SearchRequest, search
    except ImportError:
        with db.engine.connect() as connection:
            return [r[0] for r in connection.exec_driver_sql(f"SELECT id FROM initiatives ORDER BY id LIMIT {n}")]
    return list(search(db, SearchRequest(query="assistant", limit=n)).ids)


class AnonPeak:
    """Samples the anonymous RSS (heap, not the database pages SQLite maps) in a thread."""

    def __init__(self, every_s: float = 0.005) -> None:
        import threading

        self.peak = anon_rss_mb()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(every_s,), daemon=True)
        self._thread.start()

    def _run(self, every_s: float) -> None:
        while not self._stop.wait(every_s):
            self.peak = max(self.peak, anon_rss_mb())

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, anon_rss_mb())
        return self.peak


def anon_rss_mb() -> float:
    """Anonymous resident memory now (RssAnon), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("RssAnon:"):
            return int(line.split()[1]) / 1024
    return 0.0


def catalogue(data_dir: str, n: int, out: str) -> None:
    """Time one catalogue export and its memory."""
    from territoria.config import resolve_paths
    from territoria.reports.exports import export_catalogue_pdf
    from territoria.services.database import open_database

    db = open_database(resolve_paths(Path(data_dir)), SEED_DB)
    ids = _ids(db, n)
    start_rss, start_anon = current_rss_mb(), anon_rss_mb()
    try:
        Path("/proc/self/clear_refs").write_text("5")  # reset VmHWM to the current RSS
    except OSError:
        pass
    sampler = AnonPeak()
    started = time.perf_counter()
    export_catalogue_pdf(db, ids, out, title="Catalogue de mesure")
    seconds = time.perf_counter() - started
    peak, peak_anon = peak_rss_mb(), sampler.stop()
    db.close()
    from pypdf import PdfReader

    pages = len(PdfReader(out).pages)
    print(json.dumps({"seconds": seconds, "start_rss_mb": start_rss, "peak_rss_mb": peak, "pages": pages,
                      "start_anon_mb": start_anon, "peak_anon_mb": peak_anon,
                      "bytes": Path(out).stat().st_size, "initiatives": len(ids)}))


def main(argv: list[str]) -> None:
    """Dispatch on the mode (first argument)."""
    if argv[0] == "catalogue":
        catalogue(argv[1], int(argv[2]), argv[3])
    else:
        raise SystemExit(f"unknown mode {argv[0]!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
