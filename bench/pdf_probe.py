"""Measured PDF process, started by ``bench/run.py``.

``python bench/pdf_probe.py catalogue DATA_DIR N OUT`` writes the catalogue of the first N
results of a search for « assistant » (or the first N initiatives when this tree has no
search service) and prints one JSON line: seconds, RSS before, peak RSS during the export
(the kernel's peak counter is reset just before), pages and bytes.
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


def catalogue(data_dir: str, n: int, out: str) -> None:
    """Time one catalogue export and its memory."""
    from territoria.config import resolve_paths
    from territoria.reports.exports import export_catalogue_pdf
    from territoria.services.database import open_database

    db = open_database(resolve_paths(Path(data_dir)), SEED_DB)
    ids = _ids(db, n)
    start_rss = current_rss_mb()
    try:
        Path("/proc/self/clear_refs").write_text("5")  # reset VmHWM to the current RSS
    except OSError:
        pass
    started = time.perf_counter()
    export_catalogue_pdf(db, ids, out, title="Catalogue de mesure")
    seconds = time.perf_counter() - started
    peak = peak_rss_mb()
    db.close()
    from pypdf import PdfReader

    pages = len(PdfReader(out).pages)
    print(json.dumps({"seconds": seconds, "start_rss_mb": start_rss, "peak_rss_mb": peak, "pages": pages,
                      "bytes": Path(out).stat().st_size, "initiatives": len(ids)}))


def main(argv: list[str]) -> None:
    """Dispatch on the mode (first argument)."""
    if argv[0] == "catalogue":
        catalogue(argv[1], int(argv[2]), argv[3])
    else:
        raise SystemExit(f"unknown mode {argv[0]!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
