"""SQLite SQL of the search index: FTS5 match expressions, facet filters, sort keys.

Every value reaches SQLite as a bound parameter; only fixed SQL text written here is
ever concatenated. Filters OR within a facet and AND across facets.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from territoria.domain.bands import BANDS_BY_SLUG
from territoria.domain.search_query import ParsedQuery, Term
from territoria.store.search_index.base import NONE_SLUG, SORT_KEYS

#: bm25 weights of the FTS columns (title, body, orgs, places, tags): title matches first.
BM25_WEIGHTS: Final = (10.0, 1.0, 3.0, 2.0, 2.0)

#: First letters folded by a flat CASE (capitals included; a leading « dropped).
_FIRST_LETTER: Final[dict[str, str]] = {
    "À": "a", "Â": "a", "Ä": "a", "à": "a", "â": "a", "ä": "a", "Ç": "c", "ç": "c",
    "É": "e", "È": "e", "Ê": "e", "Ë": "e", "é": "e", "è": "e", "ê": "e", "ë": "e",
    "Î": "i", "Ï": "i", "î": "i", "ï": "i", "Ô": "o", "Ö": "o", "ô": "o", "ö": "o",
    "Ù": "u", "Û": "u", "Ü": "u", "ù": "u", "û": "u", "ü": "u", "Œ": "oe", "œ": "oe",
    "Æ": "ae", "æ": "ae", "«": "",
}
#: Accents folded after the first letter (the commonest: each costs time on every row).
_LATER_LETTERS: Final = (("é", "e"), ("è", "e"), ("ê", "e"))


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def term_match(term: Term) -> str:
    """One term as an FTS5 expression: every option quoted, words matched by their beginning."""
    star = "" if term.phrase else "*"
    return "(" + " OR ".join(_quote(option) + star for option in term.options()) + ")"


def match_expression(parsed: ParsedQuery) -> str | None:
    """FTS5 expression every result must match (None: no positive term)."""
    return " AND ".join(term_match(t) for t in parsed.include) or None


def exclude_expression(parsed: ParsedQuery) -> str | None:
    """FTS5 expression no result may match (None: nothing excluded)."""
    return " OR ".join(term_match(t) for t in parsed.exclude) or None


def _sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _fold_rest(expression: str) -> str:
    folded = f"lower({expression})"
    for accented, plain in _LATER_LETTERS:
        folded = f"replace({folded}, '{accented}', '{plain}')"
    return folded


def fold_sql(column: str) -> str:
    """An SQL expression sorting ``column`` the French way (case and accents ignored).

    ``column`` is repeated, so it should be a column reference. A first letter outside
    ASCII (``É``, ``Î``, ``Œ``, « …) is folded by a flat CASE; later letters are lowered
    and lose the common accents ``é è ê`` (SQLite's ``lower`` only knows ASCII; a longer
    chain of ``replace`` costs ~4 × the sort time at 100,000 rows).
    """
    cases = " ".join(f"WHEN {_sql_string(a)} THEN {_sql_string(p)}" for a, p in _FIRST_LETTER.items())
    first = f"CASE substr({column}, 1, 1) {cases} ELSE lower(substr({column}, 1, 1)) END"
    return (
        f"(CASE WHEN unicode({column}) < 128 THEN {_fold_rest(column)} "
        f"ELSE {first} || {_fold_rest(f'substr({column}, 2)')} END)"
    )


@dataclass
class Binder:
    """Collects bound parameters under generated names."""

    params: dict[str, Any] = field(default_factory=dict)

    def bind(self, value: Any) -> str:
        """Return a placeholder (``:p3``) for ``value``."""
        name = f"p{len(self.params)}"
        self.params[name] = value
        return f":{name}"

    def bind_list(self, values: Sequence[Any]) -> str:
        """Return ``(:p1, :p2, …)`` for ``values`` (at least one)."""
        return "(" + ", ".join(self.bind(v) for v in values) + ")"


def _nullable_in(column: str, values: Sequence[str], binder: Binder) -> str | None:
    codes = [v for v in values if v != NONE_SLUG]
    parts = []
    if codes:
        parts.append(f"{column} IN {binder.bind_list(codes)}")
    if NONE_SLUG in values:
        parts.append(f"{column} IS NULL")
    return "(" + " OR ".join(parts) + ")" if parts else None


def _population(values: Sequence[str], binder: Binder) -> str | None:
    parts = []
    for value in values:
        if value == NONE_SLUG:
            parts.append("i.lead_population IS NULL")
            continue
        band = BANDS_BY_SLUG.get(value)
        if band is None:
            continue
        # unary + keeps SQLite off the population index: an OR of ranges read through it
        # (random row look-ups) is many times slower than a plain scan
        low = f"+i.lead_population >= {binder.bind(band.low)}"
        parts.append(low if band.high is None else f"({low} AND +i.lead_population < {binder.bind(band.high)})")
    return "(" + " OR ".join(parts) + ")" if parts else "0"


def _years(values: Sequence[str], binder: Binder) -> str | None:
    years = [int(v) for v in values if v.isascii() and v.isdigit() and len(v) <= 4]
    parts = []
    if years:
        parts.append(f"i.start_year IN {binder.bind_list(years)}")
    if NONE_SLUG in values:
        parts.append("i.start_year IS NULL")
    return "(" + " OR ".join(parts) + ")" if parts else "0"


def _flag(expression: str, values: Sequence[str]) -> str:
    wanted = {v for v in values if v in ("yes", "no")}
    if wanted == {"yes"}:
        return f"({expression})"
    if wanted == {"no"}:
        return f"NOT ({expression})"
    return "1" if wanted else "0"


SELECTED_SQL: Final = "i.slug IN (SELECT initiative_slug FROM user_selection)"


def facet_condition(facet: str, values: Sequence[str], binder: Binder) -> str | None:
    """The WHERE condition of one facet on alias ``i`` (None: unknown facet, ignored)."""
    if facet == "region":
        return _nullable_in("i.region_code", values, binder) or "0"
    if facet == "departement":
        return _nullable_in("i.departement_code", values, binder) or "0"
    if facet == "lead_kind":
        return f"i.lead_kind IN {binder.bind_list(values)}"
    if facet == "status":
        return f"i.status IN {binder.bind_list(values)}"
    if facet == "population":
        return _population(values, binder)
    if facet == "year":
        return _years(values, binder)
    if facet == "theme":
        return f"i.id IN (SELECT initiative_id FROM initiative_themes WHERE theme IN {binder.bind_list(values)})"
    if facet == "technique":
        return (
            "i.id IN (SELECT initiative_id FROM initiative_techniques "
            f"WHERE technique IN {binder.bind_list(values)})"
        )
    if facet == "money":
        return _flag("i.has_money = 1", values)
    if facet == "selection":
        return _flag(SELECTED_SQL, values)
    return None


def filter_conditions(
    filters: Mapping[str, Sequence[str]], binder: Binder, skip: str | None = None
) -> list[str]:
    """WHERE conditions of every facet filter except ``skip``."""
    conditions = []
    for facet, values in filters.items():
        if facet == skip or not values:
            continue
        condition = facet_condition(facet, values, binder)
        if condition is not None:
            conditions.append(condition)
    return conditions


def excluded_condition(parsed: ParsedQuery, binder: Binder) -> str | None:
    """``i.id NOT IN (…)`` for the excluded terms, or None."""
    expression = exclude_expression(parsed)
    if expression is None:
        return None
    return f"i.id NOT IN (SELECT rowid FROM initiatives_fts WHERE initiatives_fts MATCH {binder.bind(expression)})"


def hit_ids_sql(parsed: ParsedQuery, binder: Binder) -> str | None:
    """A SELECT of the rowids matching the searched terms minus the excluded ones, or None.

    None when nothing positive is searched (exclusions alone are then applied with
    :func:`excluded_condition`).
    """
    expression = match_expression(parsed)
    if expression is None:
        return None
    sql = f"SELECT rowid AS id FROM initiatives_fts WHERE initiatives_fts MATCH {binder.bind(expression)}"
    excluded = exclude_expression(parsed)
    if excluded is not None:
        sql += f" EXCEPT SELECT rowid FROM initiatives_fts WHERE initiatives_fts MATCH {binder.bind(excluded)}"
    return sql


_STATUS = "CASE i.status WHEN 'production' THEN 3 WHEN 'pilot' THEN 2 WHEN 'idea' THEN 1 ELSE 0 END"
_MONEY = "coalesce(i.budget_eur, (SELECT sum(f.amount_eur) FROM funding f WHERE f.initiative_id = i.id))"

def _rank_case(column: str, ranks: Mapping[str, int]) -> str:
    whens = " ".join(f"WHEN {_sql_string(slug)} THEN {int(rank)}" for slug, rank in ranks.items())
    return f"CASE {column} {whens} END" if whens else "NULL"


def label_ranks(pairs: Sequence[tuple[str, str]]) -> dict[str, int]:
    """slug → position when (slug, label) pairs are sorted by folded label."""
    from territoria.domain.text import fold

    ordered = sorted(pairs, key=lambda pair: (fold(pair[1]), pair[0]))
    return {slug: rank for rank, (slug, _) in enumerate(ordered)}


def sort_sql(sort: str, descending: bool, region_ranks: Mapping[str, int]) -> tuple[str, str]:
    """(extra LEFT JOINs, ORDER BY clause) of a column sort; ``id`` breaks ties so paging is stable.

    Titles, organisations, places and themes sort by keys stored on each initiative and
    indexed (``title_key``; ``organisation_key``, ``place_key``, ``theme_key`` of
    ``store.sort_keys``: the names folded by :func:`fold_sql`, the themes' label ranks);
    régions by their French names through a flat CASE of ranks computed in Python.
    """
    direction = "DESC" if descending else "ASC"
    if sort not in SORT_KEYS:  # relevance without searched words
        sort = "title"
    joins = ""
    if sort == "title":
        # the stored folded title (never NULL) walks ix_initiatives_title_key, no sort step
        return joins, f"ORDER BY i.title_key {direction}, i.id {direction}"
    if sort == "organisation":
        key = "i.organisation_key"
    elif sort == "place":
        key = "i.place_key"
    elif sort == "population":
        key = "i.lead_population"
    elif sort == "region":
        key = _rank_case("i.region_code", region_ranks)
    elif sort == "theme":
        key = "i.theme_key"
    elif sort == "status":
        key = _STATUS
    elif sort == "year":
        key = "i.start_year"
    else:  # budget
        key = _MONEY
    return joins, f"ORDER BY {key} {direction} NULLS LAST, i.id {direction}"
