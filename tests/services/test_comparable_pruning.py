"""The ranking scores only the initiatives that can reach the last row shown, and loses none.

``rank_initiatives`` first bounds the ``limit``-th score among initiatives of the most similar
size, then scores only those that can reach it. These tests rank a synthetic catalogue of a
few thousand initiatives (``bench/generate.py``) for many collectivités, needs and ceilings,
and compare every ranking with the same score computed over the whole catalogue.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, text

from territoria.domain.vocab import THEMES
from territoria.services.communes import find_place
from territoria.services.comparable import WEIGHTS, _criteria_sql, population_similarity, rank_initiatives

REPO = Path(__file__).resolve().parents[2]
N = 3_000


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory, seed_file: Path) -> Iterator:
    """A user database with N synthetic initiatives (communes weighted towards villages)."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from bench.generate import generate

    from territoria.config import resolve_paths
    from territoria.services.database import open_database

    folder = tmp_path_factory.mktemp("pruning")
    generate(folder, N, base_seed=seed_file)
    database = open_database(resolve_paths(folder), seed_file)
    yield database
    database.close()


@pytest.fixture(scope="module")
def places(catalogue) -> list[tuple[str, str]]:
    """(kind, code) of collectivités that lead initiatives, of every kind and size."""
    with catalogue.session() as session:
        communes = session.execute(text(
            "SELECT commune_insee FROM initiatives WHERE lead_kind = 'commune' AND commune_insee IS NOT NULL "
            "GROUP BY commune_insee ORDER BY min(id) LIMIT 60")).scalars().all()
        epci = session.execute(text(
            "SELECT epci_siren FROM initiatives WHERE lead_kind = 'epci' GROUP BY epci_siren LIMIT 10")).scalars().all()
        departements = session.execute(text("SELECT code FROM departements ORDER BY code LIMIT 5")).scalars().all()
        regions = session.execute(text("SELECT code FROM regions ORDER BY code LIMIT 3")).scalars().all()
    return ([("commune", code) for code in communes] + [("epci", code) for code in epci]
            + [("departement", code) for code in departements] + [("region", code) for code in regions])


def _whole_ranking(db, target, needs, budget, limit) -> list[tuple[int, float]]:
    """Every initiative scored, the best ``limit`` kept: what the ranking must return."""
    criteria, params = _criteria_sql(target, tuple(needs), budget, WEIGHTS)
    sql = (f"SELECT i.id, {criteria['total']} AS score FROM initiatives i "
           f"ORDER BY score DESC, i.id LIMIT {limit}")
    with db.session() as session:
        return [(ident, round(score, 1)) for ident, score in session.execute(text(sql), params)]


class _Statements:
    """The SQL statements sent to the database while it is listened to."""

    def __init__(self, db) -> None:
        self.engine = db.engine
        self.seen: list[tuple[str, object]] = []

    def _record(self, conn, cursor, statement, parameters, context, executemany) -> None:
        self.seen.append((statement, parameters))

    def __enter__(self) -> _Statements:
        event.listen(self.engine, "before_cursor_execute", self._record)
        return self

    def __exit__(self, *exc) -> None:
        event.remove(self.engine, "before_cursor_execute", self._record)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(),
       needs=st.lists(st.sampled_from(sorted(THEMES)), max_size=3, unique=True),
       budget=st.one_of(st.none(), st.sampled_from([0.0, 5_000.0, 50_000.0, 2_000_000.0])),
       limit=st.sampled_from([1, 5, 20, 50, 200]))
def test_the_bounded_ranking_is_the_whole_ranking(catalogue, places, data, needs, budget, limit) -> None:
    kind, code = data.draw(st.sampled_from(places))
    target = find_place(catalogue, kind, code)
    ranked = rank_initiatives(catalogue, target, needs, budget, limit=limit)
    assert [(item.id, item.score) for item in ranked] == _whole_ranking(catalogue, target, needs, budget, limit)


def test_a_village_scores_only_the_initiatives_that_can_reach_its_list(catalogue, places) -> None:
    """For a village of a large catalogue the scoring statements are bounded: most rows are never scored."""
    kind, code = places[0]
    target = find_place(catalogue, kind, code)
    with catalogue.session() as session:
        total = session.execute(text("SELECT count(*) FROM initiatives")).scalar()
    with _Statements(catalogue) as statements:
        ranked = rank_initiatives(catalogue, target, ("public_services",), 50_000.0, limit=10)
    scoring = [(sql, values) for sql, values in statements.seen if "ORDER BY score DESC, i.id" in sql]
    assert any("i.departement_code = ?" in sql for sql, _ in scoring)
    assert any("i.lead_population >=" in sql for sql, _ in scoring)
    scored = 0
    with catalogue.session() as session:
        for sql, values in scoring:  # each statement, counting the rows it scores instead of keeping ten
            counting = f"SELECT count(*) FROM ({sql.rsplit(' LIMIT ', 1)[0]})"
            scored += session.connection().exec_driver_sql(counting, values).scalar()
    assert 10 <= scored < total / 2
    assert [(item.id, item.score) for item in ranked] == _whole_ranking(
        catalogue, target, ("public_services",), 50_000.0, 10)


def test_the_bound_keeps_every_population_that_can_still_reach_it() -> None:
    """The population band of a bound holds exactly the sizes of that similarity or more."""
    from territoria.services.comparable import _population_interval

    for reference in (1, 95, 1_078, 52_000, 2_100_000):
        for least in (0.05, 0.5, 0.75, 1.0):
            low, high = _population_interval(reference, WEIGHTS, least)
            inside = [p for p in range(max(1, reference // 200), reference * 200, max(1, reference // 50))
                      if population_similarity(p, reference) >= least - 1e-9]
            assert inside, (reference, least)
            assert all((low is None or p >= low) and (high is None or p < high) for p in inside)
            # and nothing less similar slips in, just outside the band
            if low is not None:
                assert population_similarity(low - 1, reference) < least
            if high is not None:
                assert population_similarity(high, reference) < least
        assert _population_interval(reference, WEIGHTS, 1.01) is None
