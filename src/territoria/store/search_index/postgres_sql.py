"""PostgreSQL SQL of the search index: tsquery text, facet filters with real booleans.

The parsed terms (``domain.search_query``) become one ``to_tsquery('simple', …)`` string,
bound as a parameter: every option of a word is a prefix (``'fuite':*``), a phrase is
``'fuite' <-> 'eau'``, options OR together, terms AND together. Words are folded like the
stored documents (``store.pg_ddl``: accents removed, ``œ`` → ``oe``), so a query finds on
the server what it finds on SQLite. Filters mirror :mod:`.sqlite_sql` with PostgreSQL's
booleans; sorting reuses its keys (plain SQL on both engines).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from territoria.domain.bands import BANDS_BY_SLUG
from territoria.domain.search_query import ParsedQuery, Term
from territoria.domain.text import fold
from territoria.store.search_index.base import NONE_SLUG
from territoria.store.search_index.sqlite_sql import Binder

#: ts_rank weights of the document's classes {D, C, B, A}: texts 1, places and tags 2,
#: organisations 3, title 10, as bm25's column weights on SQLite.
RANK_WEIGHTS: Final = "'{0.1, 0.2, 0.3, 1.0}'"

#: Whether initiative ``i`` is starred by the server user (stars are per user, migration 0010).
SELECTED_SQL: Final = "i.slug IN (SELECT initiative_slug FROM user_selection WHERE user_name = CURRENT_USER)"


def _lexemes(option: str) -> list[str]:
    """An option's words folded as the documents are (``œuvre`` → ``oeuvre``)."""
    return fold(option).split()


def term_query(term: Term) -> str | None:
    """One term as tsquery text (None: nothing of it can be indexed)."""
    parts: list[str] = []
    for option in term.options():
        words = _lexemes(option)
        if not words:
            continue
        quoted = [f"'{word}'" for word in words]
        if not term.phrase:
            quoted[-1] += ":*"  # word beginnings, as FTS5's "word"*
        parts.append("(" + " <-> ".join(quoted) + ")")
    parts = list(dict.fromkeys(parts))
    return "(" + " | ".join(parts) + ")" if parts else None


def match_query(parsed: ParsedQuery) -> str | None:
    """The tsquery every result must match (None: no positive term)."""
    terms = [q for q in (term_query(t) for t in parsed.include) if q]
    if parsed.include and not terms:
        return "('' <-> '')"  # words that cannot be indexed: nothing matches
    return " & ".join(terms) or None


def exclude_query(parsed: ParsedQuery) -> str | None:
    """The tsquery no result may match (None: nothing excluded)."""
    return " | ".join(q for q in (term_query(t) for t in parsed.exclude) if q) or None


def tsquery(binder: Binder, text: str) -> str:
    """``to_tsquery('simple', :p)`` with ``text`` bound."""
    return f"to_tsquery('simple'::regconfig, {binder.bind(text)})"


def _nullable_in(column: str, values: Sequence[str], binder: Binder) -> str | None:
    codes = [v for v in values if v != NONE_SLUG]
    parts = []
    if codes:
        parts.append(f"{column} IN {binder.bind_list(codes)}")
    if NONE_SLUG in values:
        parts.append(f"{column} IS NULL")
    return "(" + " OR ".join(parts) + ")" if parts else None


def _population(values: Sequence[str], binder: Binder) -> str:
    parts = []
    for value in values:
        if value == NONE_SLUG:
            parts.append("i.lead_population IS NULL")
            continue
        band = BANDS_BY_SLUG.get(value)
        if band is None:
            continue
        low = f"i.lead_population >= {binder.bind(band.low)}"
        parts.append(low if band.high is None else f"({low} AND i.lead_population < {binder.bind(band.high)})")
    return "(" + " OR ".join(parts) + ")" if parts else "FALSE"


def _years(values: Sequence[str], binder: Binder) -> str:
    years = [int(v) for v in values if v.isascii() and v.isdigit() and len(v) <= 4]
    parts = []
    if years:
        parts.append(f"i.start_year IN {binder.bind_list(years)}")
    if NONE_SLUG in values:
        parts.append("i.start_year IS NULL")
    return "(" + " OR ".join(parts) + ")" if parts else "FALSE"


def _flag(expression: str, values: Sequence[str]) -> str:
    wanted = {v for v in values if v in ("yes", "no")}
    if wanted == {"yes"}:
        return f"({expression})"
    if wanted == {"no"}:
        return f"NOT ({expression})"
    return "TRUE" if wanted else "FALSE"


def facet_condition(facet: str, values: Sequence[str], binder: Binder) -> str | None:
    """The WHERE condition of one facet on alias ``i`` (None: unknown facet, ignored)."""
    if facet == "region":
        return _nullable_in("i.region_code", values, binder) or "FALSE"
    if facet == "departement":
        return _nullable_in("i.departement_code", values, binder) or "FALSE"
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
        return ("i.id IN (SELECT initiative_id FROM initiative_techniques "
                f"WHERE technique IN {binder.bind_list(values)})")
    if facet == "money":
        return _flag("i.has_money", values)
    if facet == "selection":
        return _flag(SELECTED_SQL, values)
    return None


def filter_conditions(filters: Mapping[str, Sequence[str]], binder: Binder, skip: str | None = None) -> list[str]:
    """WHERE conditions of every facet filter except ``skip``."""
    conditions = []
    for facet, values in filters.items():
        if facet == skip or not values:
            continue
        condition = facet_condition(facet, values, binder)
        if condition is not None:
            conditions.append(condition)
    return conditions


def hit_ids_sql(parsed: ParsedQuery, binder: Binder) -> str | None:
    """A SELECT of the ids matching the searched terms minus the excluded ones (None: no positive term)."""
    match = match_query(parsed)
    if match is None:
        return None
    sql = f"SELECT s.id AS id FROM initiative_search s WHERE s.document @@ {tsquery(binder, match)}"
    excluded = exclude_query(parsed)
    if excluded is not None:
        sql += f" AND NOT (s.document @@ {tsquery(binder, excluded)})"
    return sql


def excluded_condition(parsed: ParsedQuery, binder: Binder) -> str | None:
    """``i.id NOT IN (…)`` for the excluded terms, or None."""
    excluded = exclude_query(parsed)
    if excluded is None:
        return None
    return (f"i.id NOT IN (SELECT s.id FROM initiative_search s "
            f"WHERE s.document @@ {tsquery(binder, excluded)})")
