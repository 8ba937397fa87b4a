"""Speed of ``import-catalogue``: a 2,000-row PSTW-shaped CSV and a 10,000-row table.

    python bench/importers.py              # 2,000 PSTW rows, 10,000 table rows (CSV and .xlsx)
    python bench/importers.py --repeat 1   # one run each

Budgets (issue #10): PSTW ≤ 2 s, table ≤ 5 s, and each ≤ 3 × its floor: reading the same
file with ``csv`` (or ``openpyxl``) plus loading the reference geography's name index once.
The import is measured end to end (read, map, link to the geography, write the pack source
folder, check it with the curated loader). Prints one table; times are medians.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))

from territoria.services.database import Database  # noqa: E402
from territoria.services.importers.common import ImportOptions  # noqa: E402
from territoria.services.importers.geo_match import GeoMatcher  # noqa: E402
from territoria.services.importers.run import import_catalogue, matcher_from_database  # noqa: E402
from territoria.store.engine import make_engine  # noqa: E402
from territoria.store.geo_names import load_geo_names  # noqa: E402

SEED = REPO / "data" / "seed.sqlite"
PSTW_SAMPLE = REPO / "tests" / "fixtures" / "importers" / "pstw_sample.csv"
ORG_FORMS = ("City of {c}", "Ville de {c}", "{c} Municipality", "{d} Department", "Greater {c}", "{c} Métropole",
             "{r} Regional Council", "{c} University Hospital", "Prefecture of {d}", "{c}")


def _pstw_file(folder: Path, n: int, rng: random.Random, names) -> Path:
    with PSTW_SAMPLE.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        samples = [row for row in reader if row[5].strip().lower() == "france"]
    communes = [c[1] for c in names.communes if c[4] > 5000]
    deps = [d[1] for d in names.departements]
    regions = [r[1] for r in names.regions]
    path = folder / "pstw_2000.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for i in range(n):
            row = list(rng.choice(samples))
            row[0] = f"PSTW-{100000 + i}"
            row[7] = rng.choice(ORG_FORMS).format(c=rng.choice(communes), d=rng.choice(deps), r=rng.choice(regions))
            row[8] = rng.choice(("Local Government", "Regional Government", "Central-Government"))
            writer.writerow(row)
    return path


TABLE_HEADER = ["N°", "Projet", "Description", "Porteur", "État", "Thèmes", "Début", "Budget"]
MAPPING = """[columns]
external_id = "N°"
title = "Projet"
summary = "Description"
lead = "Porteur"
status = "État"
themes = "Thèmes"
start_date = "Début"
budget_eur = "Budget"
[values.status]
"En cours" = "pilot"
"Terminé" = "production"
[source]
title = "Tableau de l'agence"
publisher = "Agence"
url = "https://agence.example.org"
licence = "etalab-2.0"
"""


def _table_rows(n: int, rng: random.Random, names) -> list[list[str]]:
    communes = [c[1] for c in names.communes]
    themes = ["Relation aux usagers", "Données", "Eau", "Santé", "Éducation"]
    return [[f"P{i}", f"Projet {i} d'IA", "Un projet de l'agence, décrit en une phrase.",
             rng.choice(("Commune de {c}", "{c}", "Ville de {c}")).format(c=rng.choice(communes)),
             rng.choice(("En cours", "Terminé")), "; ".join(rng.sample(themes, 2)),
             f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2018, 2026)}",
             f"{rng.randint(1, 500) * 1000} €"] for i in range(n)]


def _median(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pstw-rows", type=int, default=2000)
    parser.add_argument("--table-rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    engine = make_engine(SEED, read_only=True)
    db = Database(engine=engine, path=SEED)

    def names_index():
        with db.session() as session:
            return GeoMatcher(load_geo_names(session))

    rng = random.Random(10)
    names = names_index().names
    geo_floor = _median(names_index, args.repeat)  # reported alone; each floor below re-measures it
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pstw = _pstw_file(folder, args.pstw_rows, rng, names)
        table_csv = folder / "table.csv"
        rows = _table_rows(args.table_rows, rng, names)
        with table_csv.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, delimiter=";").writerows([TABLE_HEADER, *rows])
        from openpyxl import Workbook, load_workbook

        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet()
        for row in [TABLE_HEADER, *rows]:
            sheet.append(row)
        table_xlsx = folder / "table.xlsx"
        workbook.save(table_xlsx)
        mapping = folder / "map.toml"
        mapping.write_text(MAPPING, encoding="utf-8")

        def read_csv(path: Path, delimiter: str) -> None:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                for _ in csv.reader(handle, delimiter=delimiter):
                    pass

        def read_xlsx(path: Path) -> None:
            book = load_workbook(path, read_only=True)
            for _ in book.worksheets[0].iter_rows(values_only=True):
                pass
            book.close()

        cases = [
            (f"pstw, {args.pstw_rows} lignes (CSV)", "pstw", pstw, ImportOptions(all_technologies=True),
             lambda: read_csv(pstw, ","), 2.0),
            (f"table, {args.table_rows} lignes (CSV)", "table", table_csv, ImportOptions(mapping=mapping),
             lambda: read_csv(table_csv, ";"), 5.0),
            (f"table, {args.table_rows} lignes (.xlsx)", "table", table_xlsx, ImportOptions(mapping=mapping),
             lambda: read_xlsx(table_xlsx), 5.0),
        ]
        for label, fmt, path, options, floor_read, budget in cases:
            out = folder / f"out-{fmt}"

            def run(fmt=fmt, path=path, options=options, out=out) -> None:
                # a fresh matcher each time: the name index is part of every import
                import_catalogue(fmt, path, out, options, matcher_from_database(db))

            def floor_run(floor_read=floor_read) -> None:
                floor_read()
                names_index()

            # floor and import alternate, so that both see the same load of a shared machine
            floors, takes = [], []
            for _ in range(args.repeat):
                floors.append(_median(floor_run, 1))
                takes.append(_median(run, 1))
            floor, took = statistics.median(floors), statistics.median(takes)
            ratio = took / floor
            ok = took <= budget and ratio <= 3
            results.append((label, took, floor, ratio, budget, ok))
    engine.dispose()
    print(f"{'mesure':34} {'médiane':>9} {'plancher':>9} {'ratio':>6} {'budget':>14}  résultat")
    for label, took, floor, ratio, budget, ok in results:
        print(f"{label:34} {took:8.2f}s {floor:8.2f}s {ratio:5.2f}× {f'≤{budget:.0f} s, ≤3×':>14}  "
              f"{'tenu' if ok else 'DÉPASSÉ'}")
    print(f"(plancher = lecture du fichier + index des noms de la géographie : {geo_floor:.2f} s ; "
          f"médiane de {args.repeat})")
    return 0 if all(r[-1] for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
