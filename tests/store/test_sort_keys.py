"""Stored sort keys and theme masks (migration 0009): right after the backfill and after any write."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select, update

from territoria.domain.vocab import THEMES
from territoria.services.search import SearchRequest, search
from territoria.store.models import Initiative, InitiativeTheme, Organisation
from territoria.store.search_index.sqlite_sql import fold_sql, label_ranks
from territoria.store.sort_keys import refresh_theme_keys, theme_key_rows

#: The expressions the sorts used before the keys were stored: the keys must equal them.
_EXPECTED = f"""
SELECT i.id, {fold_sql('o.name')},
       {fold_sql('coalesce(c.name, e.name, d.name, r.name)')}
FROM initiatives i
LEFT JOIN organisations o ON o.id = i.lead_id
LEFT JOIN communes c ON c.insee = i.commune_insee
LEFT JOIN epci e ON e.siren = i.epci_siren
LEFT JOIN departements d ON d.code = i.departement_code
LEFT JOIN regions r ON r.code = i.region_code
"""


def _stored(db) -> dict[int, tuple]:
    with db.engine.connect() as connection:
        return {row[0]: tuple(row[1:]) for row in connection.exec_driver_sql(
            "SELECT id, organisation_key, place_key, theme_key, theme_mask FROM initiatives")}


def _expected(db) -> dict[int, tuple]:
    ranks = label_ranks(list(THEMES.items()))
    bits = {slug: bit for bit, slug in enumerate(THEMES)}
    with db.engine.connect() as connection:
        names = {row[0]: (row[1], row[2]) for row in connection.exec_driver_sql(_EXPECTED)}
        themes: dict[int, list[str]] = {}
        for ident, theme in connection.exec_driver_sql("SELECT initiative_id, theme FROM initiative_themes"):
            themes.setdefault(ident, []).append(theme)
    out = {}
    for ident, (organisation, place) in names.items():
        slugs = [s for s in themes.get(ident, []) if s in THEMES]
        out[ident] = (organisation, place, min((ranks[s] for s in slugs), default=None),
                      sum(1 << bits[s] for s in set(slugs)))
    return out


def test_theme_keys_follow_the_vocabulary(shared_db):
    with shared_db.engine.connect() as connection:
        stored = sorted(tuple(r) for r in connection.exec_driver_sql("SELECT slug, bit, rank FROM theme_keys"))
    assert stored == sorted(theme_key_rows())
    assert {slug: rank for slug, _bit, rank in theme_key_rows()} == label_ranks(list(THEMES.items()))
    assert len(THEMES) < 63  # one bit each in a 64-bit integer


def test_backfilled_keys_equal_the_sort_expressions(shared_db):
    stored = _stored(shared_db)
    assert stored and stored == _expected(shared_db)
    assert any(key[3] for key in stored.values())


def test_keys_follow_every_kind_of_write(db):
    with db.session() as session:
        lead = session.scalars(select(Organisation).where(Organisation.name.is_not(None))).first()
        initiative = Initiative(slug="test-keys", title="Essai", summary="", problem="", results="",
                                status="idea", lead_kind="other", lead=lead, commune_insee="61382")
        initiative.themes = [InitiativeTheme(theme="water"), InitiativeTheme(theme="culture")]
        session.add(initiative)
        session.flush()
        ident, lead_id = initiative.id, lead.id
    assert _stored(db)[ident] == _expected(db)[ident]
    with db.session() as session:
        session.execute(update(Organisation).where(Organisation.id == lead_id).values(name="Élan Numérique"))
        session.execute(delete(InitiativeTheme).where(InitiativeTheme.initiative_id == ident,
                                                      InitiativeTheme.theme == "culture"))
        session.execute(update(Initiative).where(Initiative.id == ident).values(commune_insee=None,
                                                                                 departement_code="31"))
    stored, expected = _stored(db), _expected(db)
    assert stored[ident] == expected[ident]
    assert stored[ident][0].startswith("elan") and stored[ident][3] == 1 << list(THEMES).index("water")
    assert stored == expected


def test_a_changed_vocabulary_recomputes_the_theme_columns(db):
    with db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE theme_keys SET rank = 99 WHERE slug = 'water'")
        connection.exec_driver_sql("UPDATE initiatives SET theme_mask = 0")
        assert refresh_theme_keys(connection)
        assert not refresh_theme_keys(connection)
    assert _stored(db) == _expected(db)


@pytest.mark.parametrize("sort", ["organisation", "place", "theme"])
@pytest.mark.parametrize("descending", [False, True])
def test_sorts_walk_their_index_in_the_old_order(shared_db, sort, descending):
    column = {"organisation": 0, "place": 1, "theme": 2}[sort]
    expected = _expected(shared_db)
    present = sorted((i for i in expected if expected[i][column] is not None),
                     key=lambda i: (expected[i][column], i), reverse=descending)
    missing = sorted((i for i in expected if expected[i][column] is None), reverse=descending)
    assert list(search(shared_db, SearchRequest(sort=sort, descending=descending)).ids) == present + missing
    with shared_db.engine.connect() as connection:
        plan = " ".join(str(r) for r in connection.exec_driver_sql(
            f"EXPLAIN QUERY PLAN SELECT id FROM initiatives i ORDER BY i.{sort}_key NULLS LAST, i.id LIMIT 50"))
    assert f"ix_initiatives_{sort}_key" in plan
