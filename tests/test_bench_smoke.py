"""The benchmark harness cannot rot: a tiny generation and one pass of every figure.

Timings are never asserted here (they belong to ``bench/run.py`` and BENCHMARKS.md):
these tests check what the harness produces — the synthetic rows, their derived
columns, the search index — and that the table lists every figure without an error.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench import generate as generator  # noqa: E402
from bench import run as bench_run  # noqa: E402
from bench.figures import KEYS  # noqa: E402

N = 300


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory, seed_file: Path) -> Path:
    """A synthetic user database of N initiatives."""
    return generator.generate(tmp_path_factory.mktemp("bench") / "data", N, base_seed=seed_file)


def _rows(path: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_generated_rows_and_references(generated: Path, seed_file: Path) -> None:
    seed_count = _rows(seed_file, "SELECT count(*) FROM initiatives")[0][0]
    assert _rows(generated, "SELECT count(*) FROM initiatives")[0][0] == seed_count + N
    assert _rows(generated, "SELECT count(*) FROM initiatives WHERE slug LIKE 'bench-%'")[0][0] == N
    # every synthetic initiative has a title, a summary, a lead, a theme, a technique and a source
    missing = _rows(generated, """
        SELECT count(*) FROM initiatives i WHERE i.slug LIKE 'bench-%' AND (
            i.title = '' OR length(i.summary) < 100 OR i.lead_id IS NULL
            OR NOT EXISTS (SELECT 1 FROM initiative_themes t WHERE t.initiative_id = i.id)
            OR NOT EXISTS (SELECT 1 FROM initiative_techniques t WHERE t.initiative_id = i.id)
            OR NOT EXISTS (SELECT 1 FROM initiative_sources s WHERE s.record_id = i.id))""")
    assert missing == [(0,)]
    assert _rows(generated, "PRAGMA foreign_key_check") == []
    assert _rows(generated, "PRAGMA integrity_check") == [("ok",)]
    # the communes, EPCI and schemes are the real ones of the seed
    for table in ("communes", "epci", "departements", "regions", "schemes"):
        assert _rows(generated, f"SELECT count(*) FROM {table}") == _rows(seed_file, f"SELECT count(*) FROM {table}")
    kinds = dict(_rows(generated, "SELECT lead_kind, count(*) FROM initiatives WHERE slug LIKE 'bench-%' GROUP BY 1"))
    assert kinds["commune"] > N / 2 and {"epci", "departement"} <= set(kinds)
    assert _rows(generated, "SELECT count(*) FROM funding f JOIN initiatives i ON i.id = f.initiative_id "
                            "WHERE i.slug LIKE 'bench-%' AND f.scheme_id IS NOT NULL")[0][0] > 0


def test_search_index_covers_every_initiative(generated: Path) -> None:
    count = _rows(generated, "SELECT count(*) FROM initiatives")[0][0]
    assert _rows(generated, "SELECT count(*) FROM initiatives_fts")[0][0] == count
    assert _rows(generated, "SELECT count(*) FROM initiatives_fts f LEFT JOIN initiatives i ON i.id = f.rowid "
                            "WHERE i.id IS NULL") == [(0,)]
    # the indexed text is the view's, e.g. a synthetic lead's commune name is searchable by place
    insee, name = _rows(generated, "SELECT c.insee, c.name FROM initiatives i JOIN communes c "
                                   "ON c.insee = i.commune_insee WHERE i.slug LIKE 'bench-%' ORDER BY i.id LIMIT 1")[0]
    hits = _rows(generated, f"SELECT rowid FROM initiatives_fts WHERE initiatives_fts MATCH 'places:\"{name}\"'")
    ids = {r[0] for r in _rows(generated, f"SELECT id FROM initiatives WHERE commune_insee = '{insee}'")}
    assert ids <= {r[0] for r in hits}
    # triggers are back after the bulk load
    assert len(_rows(generated, "SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                "AND sql LIKE '%initiatives_fts%'")) >= 9


def test_derived_columns_equal_apply_derived(generated: Path, seed_file: Path) -> None:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from territoria.config import resolve_paths
    from territoria.services.database import open_database
    from territoria.store.derived import apply_derived
    from territoria.store.models import Initiative

    columns = ("commune_insee", "epci_siren", "departement_code", "region_code", "lead_kind", "lead_population",
               "start_year", "has_money", "title_key")
    db = open_database(resolve_paths(generated.parent), seed_file)
    try:
        session = Session(db.engine)
        try:
            initiatives = session.scalars(select(Initiative).where(Initiative.slug.like("bench-%"))).all()
            assert len(initiatives) == N
            checked_kinds = set()
            for initiative in initiatives:
                stored = tuple(getattr(initiative, c) for c in columns)
                apply_derived(session, initiative)
                assert tuple(getattr(initiative, c) for c in columns) == stored, initiative.slug
                checked_kinds.add(initiative.lead_kind)
            assert {"commune", "epci", "departement"} <= checked_kinds
        finally:
            session.rollback()
            session.close()
    finally:
        db.close()


def test_generation_is_deterministic(tmp_path: Path, seed_file: Path) -> None:
    from territoria.store.seed.build import content_digest

    first = generator.generate(tmp_path / "a", 40, base_seed=seed_file)
    second = generator.generate(tmp_path / "b", 40, base_seed=seed_file)
    other = generator.generate(tmp_path / "c", 40, base_seed=seed_file, random_seed=7)
    assert content_digest(first) == content_digest(second)
    assert content_digest(first) != content_digest(other)


def test_every_figure_runs_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = bench_run.main(["--n", str(N), "--repeat", "1", "--out", str(tmp_path / "out"), "--catalogue", "20",
                           "--markdown", str(tmp_path / "table.md")])
    printed = capsys.readouterr().out
    table = [line for line in printed.splitlines() if line.startswith("| ") and not line.startswith("| figure |")]
    keys = [key for function in bench_run.ALL for key in KEYS[function.__name__]]
    assert len(table) == len(keys) == 20
    assert not [line for line in table if "| ERROR |" in line], printed
    assert code == 0
    for line in table:  # every row carries a verdict
        assert line.rstrip(" |").rsplit("| ", 1)[-1].strip() in {"pass", "FAIL", "n/a"}, line
    labels = "\n".join(table)
    for expected in ("cold start, seed DB", "cold start, 300 DB", "search service, common word",
                     "search service, rare word", "2-letter prefix", "3 words", "keystroke", "facet counts",
                     "comparable ranking", "commune picker", "one-pager PDF, warm", "one-pager PDF, cold",
                     "catalogue PDF", "catalogue peak heap", "GUI peak RSS", "seed.sqlite size",
                     "2 needs and a budget ceiling", "catalogue sorted by organisation",
                     "catalogue sorted by place", "catalogue sorted by theme"):
        assert expected in labels, expected
    # the figures whose floor exists in any tree show it
    for label in ("cold start, seed DB", "rare word"):
        row = next(line for line in table if label in line)
        assert row.split(" | ")[3] != "—", row
    assert (tmp_path / "table.md").read_text().count("\n| ") == len(keys) + 1


def test_the_pack_benchmark_runs_at_a_tiny_size(capsys):
    from bench import packs as pack_bench

    assert pack_bench.main(["--n", "40", "--big-mb", "1"]) == 0
    out = capsys.readouterr().out
    for figure in ("build", "verify", "preview", "import", "verify signature+hashes"):
        assert figure in out
    assert "floor parts: json" in out
