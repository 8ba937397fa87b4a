"""How long the no-results suggestions take ("closest words the catalogue does contain").

    python bench/suggest_timing.py --database postgresql+psycopg://user:pw@host/base
    python bench/suggest_timing.py --sqlite bench/out/n10000/territoria.sqlite

Prints the median and the slowest time of ``empty_search_help`` for a few misspelt words,
and the words it suggests (the base must already hold a catalogue: ``bench/server.py`` loads one).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))

#: Misspelt words (none is a catalogue word) and the word each should suggest.
MISSPELT = (("mairei", "mairie"), ("assainisement", "assainissement"), ("energei", "energie"),
            ("renovaton", "renovation"))


def main(argv: list[str] | None = None) -> int:
    """Time the suggestions on a server base or a SQLite file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--database", help="URL of a loaded PostgreSQL base")
    where.add_argument("--sqlite", type=Path, help="a Territoria SQLite file")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    from territoria.services.database import Database, open_server_database
    from territoria.services.search.suggest import empty_search_help
    from territoria.store.engine import make_engine

    db = (open_server_database(args.database) if args.database
          else Database(make_engine(args.sqlite), args.sqlite))
    try:
        for typed, expected in MISSPELT:
            times = []
            for _ in range(args.repeat):
                started = time.perf_counter()
                help_ = empty_search_help(db, typed)
                times.append(time.perf_counter() - started)
            closest = help_.words[0].closest if help_.words else ()
            print(f"{typed:>16}: median {statistics.median(times) * 1000:7.1f} ms, max {max(times) * 1000:7.1f} ms "
                  f"-> {', '.join(closest) or '(none)'}{'' if expected in closest else '  [expected ' + expected + ']'}")
    finally:
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
