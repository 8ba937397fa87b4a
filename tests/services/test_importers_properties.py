"""Property tests: random rows through each preset never crash, lose a row or write a bad folder."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from importer_fixtures import geo, write_csv  # noqa: F401 - geo is a fixture

from territoria.services.importers.aides_territoires import CSV_OPTIONAL, CSV_REQUIRED
from territoria.services.importers.common import ImportOptions
from territoria.services.importers.errors import ImportFileError
from territoria.services.importers.pstw import OPTIONAL, REQUIRED
from territoria.services.importers.run import import_catalogue
from territoria.store.seed.curated import load_curated

SETTINGS = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# any text a spreadsheet may hold: accents, quotes, delimiters, line breaks, emoji
CELL = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)
DATE = st.one_of(CELL, st.dates().map(lambda d: d.strftime("%d/%m/%Y")), st.integers(1900, 2100).map(str))


def _run(fmt: str, header: list[str], rows: list[list[str]], geo, **options) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = write_csv(Path(folder) / "in.csv", [header, *rows])
        data_rows = sum(1 for r in rows if any(c.strip() for c in r))
        try:
            result = import_catalogue(fmt, source, Path(folder) / "out", ImportOptions(**options), geo)
        except ImportFileError as exc:
            assert exc.message.startswith("fichier ")  # always says which file
            assert not (Path(folder) / "out").exists()
            return
        assert len(result.outcomes) == data_rows  # every row reported, none silently dropped
        assert {o.status for o in result.outcomes} <= {"importé", "ignoré", "à vérifier"}
        load_curated(Path(folder) / "out")  # what was written passes the curated validation


@SETTINGS
@given(st.lists(st.tuples(CELL, CELL, CELL, st.sampled_from(["France", " france ", "FRANCE", "Italy"]),
                          st.sampled_from(["Artificial Intelligence", "Blockchain", ""]),
                          st.sampled_from(["Pilot", "Implemented", "", "???"]), DATE, CELL), max_size=8))
def test_pstw_random_rows(geo, rows):
    header = list(REQUIRED + OPTIONAL)
    table = []
    for n, (name, org, text, country, tech, status, year, nuts) in enumerate(rows):
        cells = dict.fromkeys(header, "")
        cells.update({"PSTW ID": f"PSTW-{n % 5}", "Name": name, "Responsible organisation": org,
                      "Description": text, "Geographical coverage (country)": country, "Primary Technology": tech,
                      "Status": status, "Start Year": year, "NUTS 2021": nuts,
                      "Responsible organisation category": "Local Government"})
        table.append([cells[h] for h in header])
    _run("pstw", header, table, geo)


@SETTINGS
@given(st.lists(st.tuples(CELL, CELL, CELL, CELL, CELL, DATE), max_size=8))
def test_aides_territoires_random_rows(geo, rows):
    header = list(CSV_REQUIRED + CSV_OPTIONAL)
    table = [[name, f"https://aides-territoires.beta.gouv.fr/aides/{i % 4}-x/", financers, audiences, types,
              "Oui", "Permanente", text, closes] for i, (name, financers, audiences, types, text, closes)
             in enumerate(rows)]
    _run("aides-territoires", header, table, geo)


@SETTINGS
@given(st.lists(st.lists(CELL, min_size=0, max_size=6), max_size=8))
def test_table_random_rows(geo, rows):
    with tempfile.TemporaryDirectory() as folder:
        mapping = Path(folder) / "map.toml"
        mapping.write_text('[columns]\ntitle = "Titre"\nlead = "Porteur"\nstatus = "Statut"\nstart_date = "Début"\n'
                           'themes = "Thèmes"\n[source]\ntitle = "t"\npublisher = "p"\nurl = "https://x.example.org"\n'
                           'licence = "etalab-2.0"\n',
                           encoding="utf-8")
        _run("table", ["Titre", "Porteur", "Statut", "Début", "Thèmes"], rows, geo, mapping=mapping)
