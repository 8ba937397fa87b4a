"""The performance budget on a PostgreSQL server, each figure beside its floor measured in the same run.

    python bench/server.py --database postgresql+psycopg://user:pw@host/empty_base --quick
    python bench/run.py --database URL --quick          # the same (run.py hands over)

The synthetic catalogue of ``bench/run.py`` (``bench/out/n<N>/``, generated if needed) is
loaded into the empty server base with ``db init``'s loader, then:

- search: median and p95 of ``services.search`` (first page of 50 and the total) beside the
  raw ``document @@ to_tsquery(…:*) ORDER BY ts_rank … LIMIT 50`` plus its ``count(*)``;
  budget median ≤ 2 × floor + 5 ms, p95 ≤ 2.5 × the floor's p95;
- facet counts and comparable ranking beside the same figures on the SQLite file;
  budget ≤ 2 × SQLite;
- the load figure (``bench/server_load.py``): 20 readers searching once a second while an
  editor imports a 10,000-record pack; no error, p95 ≤ 3 × one reader's p95.

The base is left filled (drop it, or keep it to explore). Timings are medians over repeats.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
for entry in (str(REPO / "src"), str(REPO)):
    if entry not in sys.path:
        sys.path.insert(0, entry)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.figures import COMMUNE, NEEDS, SEARCHES  # noqa: E402
from bench.measure import INFO, PASS, Figure, format_value, percentile, time_calls  # noqa: E402


def say(message: str) -> None:
    """Progress on stderr (the table goes to stdout)."""
    print(message, file=sys.stderr, flush=True)


def _floor_query(typed: str) -> str:
    """The raw tsquery of the floor: every folded word as a prefix, ANDed."""
    from territoria.domain.text import fold

    return " & ".join(f"'{word}':*" for word in fold(typed).split())


def measure(url: str, sqlite_path: Path, repeat: int) -> list[Figure]:
    """Every figure on the server base ``url`` (already loaded) and on ``sqlite_path``."""
    from sqlalchemy import text

    from territoria.services.comparable import comparable_for
    from territoria.services.database import Database, open_server_database
    from territoria.services.search import SearchRequest, facet_counts, search
    from territoria.store.engine import make_engine

    server = open_server_database(url)
    local = Database(make_engine(sqlite_path), sqlite_path)
    figures: list[Figure] = []
    try:
        for key, label, typed, _fts in SEARCHES:
            figure = Figure(f"pg_{key}", f"PostgreSQL search {label}", "ms", "≤ 2 × floor + 5 ms, p95 ≤ 2.5 × floor p95")
            figure.samples = time_calls(lambda t=typed: search(server, SearchRequest(t, limit=50)), repeat)
            floor_sql = text(
                "SELECT id FROM initiative_search WHERE document @@ to_tsquery('simple', :q) "
                "ORDER BY ts_rank(document, to_tsquery('simple', :q)) DESC LIMIT 50")
            count_sql = text("SELECT count(*) FROM initiative_search WHERE document @@ to_tsquery('simple', :q)")

            def floor(q: str = _floor_query(typed)) -> None:
                with server.engine.connect() as connection:
                    connection.execute(floor_sql, {"q": q}).all()
                    connection.execute(count_sql, {"q": q}).scalar()

            figure.floor = time_calls(floor, repeat)
            passed = (figure.median <= 2 * figure.floor_median + 5
                      and percentile(figure.samples, 95) <= 2.5 * percentile(figure.floor, 95))
            figure.judge(passed)
            figures.append(figure)
        for key, label, work in (
            ("facets", "facet counts « assistant »", lambda db: facet_counts(db, "assistant", {})),
            ("comparable", f"comparable ranking ({COMMUNE}, two needs)",
             lambda db: comparable_for(db, "commune", COMMUNE, NEEDS, 50_000.0, limit=50)),
        ):
            figure = Figure(f"pg_{key}", f"PostgreSQL {label}", "ms", "≤ 2 × SQLite")
            figure.samples = time_calls(lambda w=work: w(server), repeat)
            figure.floor = time_calls(lambda w=work: w(local), repeat)
            figure.note = "floor: the same call on the SQLite file"
            figure.judge(figure.median <= 2 * figure.floor_median)
            figures.append(figure)
    finally:
        server.close()
        local.close()
    return figures


def main(argv: list[str] | None = None) -> int:
    """Load the synthetic catalogue into the server base and print the figures."""
    from bench.run import FULL_N, FULL_REPEAT, QUICK_N, QUICK_REPEAT, prepare_big
    from bench.generate import DEFAULT_RANDOM_SEED

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, help="URL of an EMPTY PostgreSQL base (postgresql+psycopg://…)")
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_N:,} initiatives")
    parser.add_argument("--n", type=int, help=f"synthetic initiatives (default {FULL_N:,})")
    parser.add_argument("--repeat", type=int, help="repeats of each figure")
    parser.add_argument("--reuse", action="store_true", help="the base is already loaded: measure only")
    parser.add_argument("--no-load", action="store_true",
                        help="leave out the load figure (20 readers during a 10,000-record pack import)")
    args = parser.parse_args(argv)
    n = args.n or (QUICK_N if args.quick else FULL_N)
    repeat = args.repeat or (QUICK_REPEAT if args.quick else FULL_REPEAT)
    folder, _ = prepare_big(n, DEFAULT_RANDOM_SEED, fresh=False)
    sqlite_path = folder / "territoria.sqlite"
    if not args.reuse:
        from territoria.services.server_database import init_server_database

        say(f"loading {n:,} initiatives into the server…")
        started = time.perf_counter()
        init_server_database(args.database, sqlite_path)
        say(f"  loaded in {time.perf_counter() - started:.1f} s")
    figures = measure(args.database, sqlite_path, repeat)
    if not args.no_load:
        from bench.server_load import load_figures

        say("measuring the load figure…")
        figures += load_figures(args.database, say)
    print(f"| figure | median | p95 | floor | floor p95 | ratio | budget | result |\n|---|---|---|---|---|---|---|---|")
    for f in figures:
        print(f"| {f.label} | {format_value(f.median, f.unit)} | {format_value(percentile(f.samples, 95), f.unit)} "
              f"| {format_value(f.floor_median, f.unit)} | {format_value(percentile(f.floor, 95), f.unit)} "
              f"| {f.ratio:.2f} | {f.budget} | {f.result} |")
    for f in figures:
        if f.note:
            print(f"- {f.label}: {f.note}")
    return 0 if all(f.result in (PASS, INFO) for f in figures) else 1


if __name__ == "__main__":
    raise SystemExit(main())
