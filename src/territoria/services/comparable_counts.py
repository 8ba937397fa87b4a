"""How many initiatives of the catalogue are very close, close or further for a collectivité.

The figures of the dossier's cover summary, counted with the ranking's own score (see
:mod:`territoria.services.comparable`) in one SQL statement, without reading any row's facts.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from sqlalchemy import text

from territoria.domain.vocab import THEMES
from territoria.services.communes import Place
from territoria.services.comparable import WEIGHTS, Weights, _criteria_sql, _id_filter, _own_sql
from territoria.services.database import Database


def closeness_counts(db: Database, target: Place, needs: Sequence[str] = (),
                     budget_max_eur: float | None = None, *, without_ids: Collection[int] = (),
                     weights: Weights = WEIGHTS) -> dict[str, int]:
    """How many initiatives are ``very_close``, ``close`` and ``further`` for ``target``.

    Counted over the whole catalogue in one statement (the ranking's own score), leaving out
    the collectivité's own projects and ``without_ids`` (its "Mes projets"), as
    :func:`comparable_projects` does.
    """
    needs = tuple(dict.fromkeys(slug for slug in needs if slug in THEMES))
    criteria, params = _criteria_sql(target, needs, budget_max_eur, weights)
    conditions = [f"NOT {_own_sql(target)}"]
    if without_ids:
        conditions.append(f"NOT {_id_filter(without_ids)}")
    scores = f"SELECT {criteria['total']} AS score FROM initiatives i WHERE {' AND '.join(conditions)}"
    sql = ("SELECT COALESCE(SUM(CASE WHEN score >= :count_very_close THEN 1 ELSE 0 END), 0), "
           "COALESCE(SUM(CASE WHEN score >= :count_close AND score < :count_very_close THEN 1 ELSE 0 END), 0), "
           f"COUNT(*) FROM ({scores}) AS scored")
    values = {**params, "count_very_close": weights.very_close, "count_close": weights.close}
    with db.session() as session:
        very_close, close, total = session.execute(text(sql), values).one()
    return {"very_close": int(very_close), "close": int(close), "further": int(total - very_close - close)}
