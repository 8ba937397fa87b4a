"""Several writer processes starring, saving searches and choosing a commune at once: 0 errors."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from territoria.services.profile import load_choice, save_choice
from territoria.services.selection import (
    list_saved_searches,
    save_search,
    selection_ids,
    set_starred,
)

WRITER = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from territoria.config import resolve_paths
    from territoria.services.database import open_database
    from territoria.services.profile import save_choice
    from territoria.services.selection import save_search, set_starred

    data_dir, seed, worker, rounds = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    db = open_database(resolve_paths(data_dir), seed)
    ids = [int(i) for i in sys.argv[5].split(",")]
    errors = []
    for n in range(rounds):
        for call in (
            lambda: set_starred(db, ids[n % len(ids)], True),
            lambda: set_starred(db, ids[(n + 1) % len(ids)], n % 2 == 0),
            lambda: save_search(db, f"recherche {n % 3}", f"ia {worker}", {"status": ["pilot"]}, replace=True),
            lambda: save_choice(db, "commune", "61378" if n % 2 else "44109", ["water"], 1000.0 + worker),
        ):
            try:
                call()
            except Exception as exc:  # every error counts, whatever its kind
                errors.append(f"{type(exc).__name__}: {exc}")
    db.close()
    print(json.dumps(errors))
""")


def test_concurrent_writers_make_no_error(db, seed_file):
    ids = [row[0] for row in db.engine.connect().exec_driver_sql("SELECT id FROM initiatives ORDER BY id LIMIT 4")]
    data_dir = db.path.parent
    workers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(data_dir), str(seed_file), str(w), "40",
                          ",".join(map(str, ids))], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for w in range(4)
    ]
    errors = []
    for worker in workers:
        out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err[-2000:]
        errors += json.loads(out.strip().splitlines()[-1])
    assert errors == []
    assert set(selection_ids(db)) <= set(ids)
    assert sorted(s.name for s in list_saved_searches(db)) == ["recherche 0", "recherche 1", "recherche 2"]
    choice = load_choice(db)
    assert choice is not None and choice.kind == "commune" and choice.needs == ("water",)


def test_user_writes_are_idempotent(db):
    ident = db.engine.connect().exec_driver_sql("SELECT min(id) FROM initiatives").scalar()
    for _ in range(3):
        set_starred(db, ident, True)
    assert selection_ids(db) == [ident]
    for _ in range(2):
        set_starred(db, ident, False)
    assert selection_ids(db) == []
    save_search(db, "Mes projets", "ia", {}, replace=False)
    save_search(db, "Mes projets", "eau", {"status": ["pilot"]}, replace=True)
    [saved] = list_saved_searches(db)
    assert (saved.query, saved.filters) == ("eau", {"status": ["pilot"]})
    for _ in range(2):
        save_choice(db, "commune", "44109", ["water"], 5000)
    assert load_choice(db).budget_max_eur == 5000.0
