"""Comparable projects: every initiative ranked for one collectivité, with its reasons.

The score is a sum of points, every weight being in :class:`Weights` (the one place to
tune the ranking):

- **population** — similarity of the lead's population on a log scale:
  ``1 - |log10(p / p0)| / population_decades`` (0 beyond), counted in steps of
  ``population_step`` decade so SQL and Python compute the very same value;
- **kind** — same kind of collectivité, a neighbouring kind (commune ↔ EPCI,
  département ↔ région) or another collectivité, times the population similarity (a
  commune of 300,000 is not "the same kind" of place as a village of 1,000);
- **geography** — same commune, else same EPCI, else same département, else same région;
- **reach** — a project led by the EPCI, the département or the région that covers the
  chosen collectivité is within its reach;
- **needs** — the project has one of the stated needs (themes);
- **maturity** — working projects before pilots before ideas (``STATUS_MATURITY``);
- **budget** — a known cost within the stated ceiling earns points, above it loses some.

The whole score is computed in SQL over plain indexed columns (no ORM objects): a first
statement reads a score the last row shown reaches at least, among initiatives of the most
similar size; then only the initiatives that can still reach it are scored (those of the
same commune, EPCI or département, and a band of populations for each kind of lead), sorted
by score then id (deterministic). Only the rows shown are read again
to write their reasons, as codes with their values (:data:`REASON_CODES`; ``domain.messages_fr``
writes them in French, ``ui.reason_text`` in the window's language). The score is then said in
words (:data:`CLOSENESS`): "very_close", "close" or "further".

The collectivité's own projects (led by it in the catalogue, or declared in "Mes projets")
are not its comparables: :func:`comparable_projects` lists them apart, unranked.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import text

from territoria.domain.reasons import Reason
from territoria.domain.vocab import STATUS_MATURITY, THEMES
from territoria.errors import NotFoundError
from territoria.services import tolerant
from territoria.services.communes import PLACE_KINDS, Place, find_place
from territoria.services.database import Database


@dataclass(frozen=True, slots=True)
class Weights:
    """Every weight of the comparable-projects score, in points (the higher, the closer).

    With the defaults a similar village (same kind, similar size: 55 points) always comes
    before a city's project, even one in the same EPCI with a working service (about
    45 points): size and kind outweigh geography and maturity, while stated needs (25) and
    the budget ceiling (+10 / -15) are strong enough to reorder close neighbours. The kind's
    points shrink with the size gap and vanish beyond a factor 100, so a city of 300,000
    earns a village nothing for being "a commune" too: only its maturity (10 at most).
    """

    #: Points for an identical population (similarity 1).
    population: float = 40.0
    #: Size gap, in decades (powers of ten), at which similarity reaches 0 (2: 100 times).
    population_decades: float = 2.0
    #: Similarity is counted in steps of this many decades (0.1: about 26 % per step).
    population_step: float = 0.1
    #: Within this many decades (0.5: between a third and three times), "taille comparable".
    comparable_decades: float = 0.5
    #: Lead of the same kind (commune for a commune…).
    same_kind: float = 15.0
    #: Neighbouring kinds: commune ↔ EPCI, département ↔ région.
    near_kind: float = 6.0
    #: Any other collectivité (a lead that is not a collectivité gets 0).
    other_collectivite: float = 1.5
    #: The project is in the chosen commune.
    same_commune: float = 20.0
    #: …else in the same EPCI.
    same_epci: float = 15.0
    #: …else in the same département.
    same_departement: float = 10.0
    #: …else in the same région.
    same_region: float = 5.0
    #: Led by the EPCI, département or région covering the chosen collectivité.
    reachable: float = 20.0
    #: Has at least one of the stated needs (themes).
    need: float = 25.0
    #: For a working project; pilots, ideas and stopped projects get their share of
    #: ``STATUS_MATURITY`` (3, 2, 1, 0 out of 3).
    maturity: float = 10.0
    #: Known cost within the stated budget ceiling.
    budget_within: float = 10.0
    #: Known cost above the ceiling (negative).
    budget_over: float = -15.0
    #: From this score on, a project is "very close" (a similar collectivité, or a near one
    #: that answers a need).
    very_close: float = 50.0
    #: From this score on, a project is "close"; below, "further" ("à regarder").
    close: float = 25.0


WEIGHTS = Weights()


def explain_weights(weights: Weights = WEIGHTS) -> tuple[Reason, ...]:
    """How the score is made, one reason per criterion (``weight_*`` codes, with their points).

    ``domain.messages_fr`` writes them in French for the command line; the window in its language.
    """
    return (
        Reason.of("weight_size", points=weights.population, factor=round(10 ** weights.population_decades)),
        Reason.of("weight_kind", points=weights.same_kind, near=weights.near_kind),
        Reason.of("weight_geography", commune=weights.same_commune, epci=weights.same_epci,
                  departement=weights.same_departement, region=weights.same_region),
        Reason.of("weight_reach", points=weights.reachable),
        Reason.of("weight_need", points=weights.need),
        Reason.of("weight_maturity", points=weights.maturity),
        Reason.of("weight_budget", within=weights.budget_within, over=-weights.budget_over),
        Reason.of("weight_closeness", very_close=weights.very_close, close=weights.close),
    )


#: Closeness codes, closest first (``domain.messages_fr.CLOSENESS_LABELS`` says them in French).
CLOSENESS: tuple[str, ...] = ("very_close", "close", "further")


def closeness(score: float, weights: Weights = WEIGHTS) -> str:
    """The closeness code of ``score``: ``very_close``, ``close`` or ``further``."""
    if score >= weights.very_close:
        return "very_close"
    if score >= weights.close:
        return "close"
    return "further"

#: Kinds next to each other: their projects are partly comparable.
_NEAR_KINDS = frozenset({("commune", "epci"), ("epci", "commune"), ("departement", "region"),
                         ("region", "departement")})
#: The collectivités above each kind, whose projects reach it.
_ABOVE = {"commune": ("epci", "departement", "region"), "epci": ("departement", "region"),
          "departement": ("region",), "region": ()}
#: Every code a comparable's reasons may carry (``domain.messages_fr`` and ``ui.reason_text`` write them).
REASON_CODES: frozenset[str] = frozenset({
    "population_close", "population_larger", "population_smaller", "lead_not_collectivite",
    "place_population_close", "place_population_larger", "place_population_smaller", "lead_inferred",
    "same_commune", "same_epci", "same_departement", "same_region", "reach", "theme_need",
    "status_production", "status_pilot", "status_idea", "status_stopped", "status_unknown", "status_other",
    "budget_unknown", "budget_within", "budget_over",
})
#: The codes of :func:`explain_weights`.
WEIGHT_CODES: frozenset[str] = frozenset({
    "weight_size", "weight_kind", "weight_geography", "weight_reach", "weight_need", "weight_maturity",
    "weight_budget", "weight_closeness",
})


@dataclass(frozen=True, slots=True)
class ScoreParts:
    """The points of each criterion (their sum is the score)."""

    population: float
    kind: float
    geography: float
    reach: float
    needs: float
    maturity: float
    budget: float


@dataclass(frozen=True, slots=True)
class Comparable:
    """One ranked initiative with its score and the reasons for it (codes: see :data:`REASON_CODES`)."""

    id: int
    slug: str
    title: str
    score: float
    reasons: tuple[Reason, ...]
    lead: str
    lead_kind: str
    lead_population: int | None
    place: str
    status: str
    start_year: int | None
    budget_eur: float | None
    themes: tuple[str, ...]
    parts: ScoreParts
    #: How the lead is known ("stated", "inferred", "unknown"): see ``records.InitiativeDetail``.
    lead_attribution: str = "stated"
    #: The score in words: "very_close", "close" or "further" (see :func:`closeness`).
    closeness: str = "further"
    #: A project of the collectivité itself (led by it, or one of "Mes projets"): not a comparable.
    own: bool = False


@dataclass(frozen=True, slots=True)
class ComparableProjects:
    """What "Ma commune" shows: the collectivité's own projects apart, then its comparables."""

    own: tuple[Comparable, ...]  # not ranked: in id order of their score, for a stable list
    ranked: tuple[Comparable, ...]  # best first, own projects left out


# --- population similarity -------------------------------------------------------------


def _population_steps(reference: int, weights: Weights) -> tuple[list[float], list[float]]:
    """Breakpoints and similarity values of the step function around ``reference``.

    ``values[bisect_right(bounds, p)]`` is the similarity of population ``p``.
    """
    p0 = max(int(reference), 1)
    count = max(1, round(weights.population_decades / weights.population_step))
    lower = [p0 / 10 ** ((k + 0.5) * weights.population_step) for k in range(count)]
    upper = [p0 * 10 ** ((k + 0.5) * weights.population_step) for k in range(count)]
    bounds = sorted(lower) + upper
    similarity = [max(0.0, 1 - k * weights.population_step / weights.population_decades) for k in range(count + 1)]
    values = [similarity[count - j] for j in range(count)] + [similarity[k] for k in range(count + 1)]
    return bounds, values


def population_similarity(population: int | None, reference: int, weights: Weights = WEIGHTS) -> float:
    """Similarity in [0, 1] of two populations on a log scale (see :class:`Weights`)."""
    if population is None:
        return 0.0
    bounds, values = _population_steps(reference, weights)
    return values[bisect_right(bounds, population)]


def _population_sql(column: str, reference: int, weights: Weights) -> str:
    """A balanced CASE giving ``population_similarity(column)`` times the weight."""
    bounds, values = _population_steps(reference, weights)

    def build(low: int, high: int) -> str:  # values[low..high]
        if low == high:
            return repr(values[low] * weights.population)
        middle = (low + high) // 2  # values[low..middle] lie below bounds[middle]
        # populations are integers: p < b exactly when p < ceil(b), and an integer bound spares
        # a server a conversion to float per comparison (SQLite compares either way)
        return (f"CASE WHEN {column} < {math.ceil(bounds[middle])} THEN {build(low, middle)} "
                f"ELSE {build(middle + 1, high)} END")

    return f"CASE WHEN {column} IS NULL THEN 0.0 ELSE {build(0, len(values) - 1)} END"


# --- ranking ---------------------------------------------------------------------------


def _kind_points(target_kind: str, lead_kind: str, weights: Weights) -> float:
    if lead_kind not in PLACE_KINDS:
        return 0.0
    if lead_kind == target_kind:
        return weights.same_kind
    if (target_kind, lead_kind) in _NEAR_KINDS:
        return weights.near_kind
    return weights.other_collectivite


def _criteria_sql(target: Place, needs: Sequence[str], budget_max_eur: float | None,
                  weights: Weights) -> tuple[dict[str, str], dict[str, object]]:
    """One SQL expression per criterion (keys of :class:`ScoreParts`), plus ``total``.

    ``total`` is the sum, written so that most rows cost few comparisons: geography and
    reach are only looked at for initiatives in the same région or EPCI.
    """
    params: dict[str, object] = {
        "insee": target.code if target.kind == "commune" else None,
        "epci": target.epci_siren,
        "dep": target.departement_code,
        "reg": target.region_code,
    }
    similarity = _population_sql("i.lead_population", target.population, replace(weights, population=1.0))
    kind_points = "(CASE i.lead_kind " + " ".join(
        f"WHEN '{k}' THEN {_kind_points(target.kind, k, weights)!r}" for k in PLACE_KINDS
    ) + " ELSE 0.0 END)"
    kind = f"{kind_points} * ({similarity})"
    geography = (
        f"CASE WHEN i.commune_insee = :insee THEN {weights.same_commune!r} "
        f"WHEN i.epci_siren = :epci THEN {weights.same_epci!r} "
        f"WHEN i.departement_code = :dep THEN {weights.same_departement!r} "
        f"WHEN i.region_code = :reg THEN {weights.same_region!r} ELSE 0.0 END"
    )
    level = {"epci": "i.epci_siren = :epci", "departement": "i.departement_code = :dep",
             "region": "i.region_code = :reg"}
    reach_cases = " ".join(f"WHEN i.lead_kind = '{k}' AND {level[k]} THEN {weights.reachable!r}"
                           for k in _ABOVE[target.kind])
    reach = f"CASE {reach_cases} ELSE 0.0 END" if reach_cases else "0.0"
    if needs:
        for n, slug in enumerate(needs):
            params[f"need{n}"] = slug
        names = ", ".join(f":need{n}" for n in range(len(needs)))
        # each initiative's themes as a stored bit mask (store.sort_keys): no subquery per row
        wanted = f"(SELECT coalesce(sum(1 << bit), 0) FROM theme_keys WHERE slug IN ({names}))"
        need = f"CASE WHEN (i.theme_mask & {wanted}) != 0 THEN {weights.need!r} ELSE 0.0 END"
    else:
        need = "0.0"
    maturity = "CASE i.status " + " ".join(
        f"WHEN '{status}' THEN {weights.maturity * level_ / 3!r}"
        for status, level_ in sorted(STATUS_MATURITY.items(), key=lambda item: -item[1])
    ) + " ELSE 0.0 END"
    if budget_max_eur is not None:
        params["budget_max"] = float(budget_max_eur)
        budget = (f"CASE WHEN i.budget_eur IS NULL THEN 0.0 WHEN i.budget_eur <= :budget_max "
                  f"THEN {weights.budget_within!r} ELSE {weights.budget_over!r} END")
    else:
        budget = "0.0"
    population = _population_sql("i.lead_population", target.population, weights)
    # geography and reach are 0 unless the initiative shares the région or the EPCI
    nearby = (f"CASE WHEN i.region_code = :reg OR i.epci_siren = :epci "
              f"THEN ({geography}) + ({reach}) ELSE 0.0 END")
    # population + kind = similarity × (population weight + kind points): one size CASE per row
    size_and_kind = f"({similarity}) * ({weights.population!r} + {kind_points})"
    total = " + ".join(f"({part})" for part in (size_and_kind, nearby, need, maturity, budget)
                       if part != "0.0")
    criteria = {"population": population, "kind": kind, "geography": geography, "reach": reach,
                "needs": need, "maturity": maturity, "budget": budget, "total": total}
    return criteria, params


#: The column that names a collectivité of each kind on an initiative (see ``store.derived``).
_OWN_COLUMN = {"commune": ("i.commune_insee", "insee"), "epci": ("i.epci_siren", "epci"),
               "departement": ("i.departement_code", "dep"), "region": ("i.region_code", "reg")}


def _own_sql(target: Place) -> str:
    """True for the initiatives led by ``target`` itself (same kind, same code)."""
    column, param = _OWN_COLUMN[target.kind]
    return f"(i.lead_kind = '{target.kind}' AND {column} = :{param})"


def _id_filter(ids: Collection[int]) -> str:
    return f"i.id IN ({', '.join(str(int(i)) for i in sorted(set(ids)))})" if ids else "1 = 0"


#: Slack on float sums when a bound is compared with a computed score.
_EPSILON = 1e-6


def _population_interval(reference: int, weights: Weights, least: float) -> tuple[int | None, int | None] | None:
    """The populations of similarity ``least`` or more, as integer bounds ``[low, high)`` (None: open).

    None when no population is that similar. The steps rise then fall around ``reference``,
    so the populations that reach a similarity form one interval.
    """
    bounds, values = _population_steps(reference, weights)
    reaching = [j for j, value in enumerate(values) if value >= least - _EPSILON]
    if not reaching:
        return None
    first, last = reaching[0], reaching[-1]
    # values[j] holds for bounds[j - 1] <= p < bounds[j]; populations are integers (see _population_sql)
    low = math.ceil(bounds[first - 1]) if first > 0 else None
    high = math.ceil(bounds[last]) if last < len(bounds) else None
    return low, high


def _population_range_sql(interval: tuple[int | None, int | None]) -> str:
    low, high = interval
    terms = [f"i.lead_population >= {low}" if low is not None else "i.lead_population IS NOT NULL"]
    if high is not None:
        terms.append(f"i.lead_population < {high}")
    return f"({' AND '.join(terms)})"


def _reaching_parts(target: Place, needs: Sequence[str], budget_max_eur: float | None, weights: Weights,
                    threshold: float) -> list[str] | None:
    """Conditions that together keep every initiative whose score can reach ``threshold``.

    None when any initiative can. Initiatives of ``target``'s commune, EPCI or département
    may earn any geography and reach points: the first condition keeps them. Any other
    scores at most similarity × (population + its kind's points) plus the région's
    geography points, the reach of a région above ``target`` and the best of needs,
    maturity and budget: one interval of populations per kind of lead (a range of the
    ranking index), one condition each. They may overlap: the caller merges their rows.
    """
    rest = max(weights.maturity, 0.0) + max(weights.same_region, 0.0)
    if needs:
        rest += max(weights.need, 0.0)
    if budget_max_eur is not None:
        rest += max(weights.budget_within, weights.budget_over, 0.0)
    bands = [(None, weights.population, rest)]  # any lead, no kind's points
    for kind in PLACE_KINDS:
        reach = max(weights.reachable, 0.0) if kind == "region" and kind in _ABOVE[target.kind] else 0.0
        bands.append((kind, weights.population + max(0.0, _kind_points(target.kind, kind, weights)), rest + reach))
    parts = ["(i.commune_insee = :insee OR i.epci_siren = :epci OR i.departement_code = :dep)"]
    for kind, size_weight, most in bands:
        if size_weight <= 0 or most >= threshold - _EPSILON:
            return None  # even an initiative of no similar size may reach it
        interval = _population_interval(target.population, weights, (threshold - _EPSILON - most) / size_weight)
        if interval is not None:
            lead = "" if kind is None else f"i.lead_kind = '{kind}' AND "
            parts.append(f"({lead}{_population_range_sql(interval)})")
    return parts


def _threshold(session, target: Place, total: str, params: dict[str, object], conditions: list[str],
               limit: int, weights: Weights) -> float | None:
    """A score the ``limit``-th best initiative reaches at least (None: no useful bound).

    Read among the initiatives of ``target``'s kind and of the most similar sizes: an index
    range of a few thousand rows at most, whose ``limit``-th score bounds the whole ranking's.
    """
    similar = _population_interval(target.population, weights, 1.0)
    if similar is None or limit <= 0:
        return None
    band = [f"i.lead_kind = '{target.kind}'", _population_range_sql(similar), *conditions]
    sql = (f"SELECT {total} AS score FROM initiatives i WHERE {' AND '.join(band)} "
           f"ORDER BY score DESC LIMIT 1 OFFSET {limit - 1}")
    score = session.execute(text(sql), params).scalar()
    return None if score is None else float(score)  # a server's sum may be a Decimal


def _best(session, total: str, params: dict[str, object], conditions: list[str], parts: list[str] | None,
          limit: int | None) -> list[tuple[int, float]]:
    """(id, score) of the best ``limit`` initiatives meeting ``conditions``, best first (score, then id).

    With ``parts``, each part's best are read apart (each an index range or a few look-ups,
    which a server plans better than one ``OR``), then merged.
    """
    limit_sql = "" if limit is None else f" LIMIT {max(0, int(limit))}"

    def best_of(extra: list[str]) -> list[tuple[int, float]]:
        where = f"WHERE {' AND '.join(conditions + extra)}" if conditions or extra else ""
        sql = f"SELECT i.id, {total} AS score FROM initiatives i {where} ORDER BY score DESC, i.id{limit_sql}"
        return [(row[0], row[1]) for row in session.execute(text(sql), params)]

    if parts is None:
        return best_of([])
    merged = {ident: score for part in parts for ident, score in best_of([part])}
    return sorted(merged.items(), key=lambda item: (-item[1], item[0]))[:limit]


def rank_initiatives(
    db: Database,
    target: Place,
    needs: Sequence[str] = (),
    budget_max_eur: float | None = None,
    *,
    limit: int | None = 50,
    only_ids: Collection[int] | None = None,
    weights: Weights = WEIGHTS,
    without_ids: Collection[int] = (),
    without_own: bool = False,
) -> list[Comparable]:
    """Initiatives ranked for ``target``, best first (score, then id), with their reasons.

    ``needs`` are theme slugs (unknown ones are ignored); ``only_ids`` restricts the
    ranking to those initiatives (e.g. the projects a scheme funded), ``without_ids`` leaves
    some out, and ``without_own`` leaves out those led by ``target`` itself. Only the
    initiatives that can reach the ``limit`` best are scored (see :func:`_threshold` and
    :func:`_reaching_parts`), in SQL over plain indexed columns; the criteria and reasons are
    then computed for the rows returned only.
    Every row is marked ``own`` when led by ``target`` (``only_ids``/``without_ids`` name
    the "Mes projets" ones: see :func:`comparable_projects`).
    """
    needs = tuple(dict.fromkeys(slug for slug in needs if slug in THEMES))
    criteria, params = _criteria_sql(target, needs, budget_max_eur, weights)
    own_sql = _own_sql(target)
    conditions = []
    if only_ids is not None:
        conditions.append(_id_filter(only_ids))
    if without_ids:
        conditions.append(f"NOT {_id_filter(without_ids)}")
    if without_own:
        conditions.append(f"NOT {own_sql}")
    with db.session() as session:
        parts = None
        if limit is not None and only_ids is None:
            # the whole catalogue is scored by a scan: first bound the ``limit``-th score, then
            # score only the initiatives that can reach it (a few thousand instead of all)
            threshold = _threshold(session, target, criteria["total"], params, conditions, int(limit), weights)
            if threshold is not None:
                parts = _reaching_parts(target, needs, budget_max_eur, weights, threshold)
        scored = _best(session, criteria["total"], params, conditions, parts, limit)
        if not scored:
            return []
        ids = [row[0] for row in scored]
        names = list(ScoreParts.__slots__)
        parts_sql = (f"SELECT i.id, {own_sql}, {', '.join(criteria[name] for name in names)} FROM initiatives i "
                     f"WHERE {_id_filter(ids)}")
        parts, own = {}, set()
        for row in session.execute(text(parts_sql), params):
            parts[row[0]] = ScoreParts(*row[2:])
            if row[1]:
                own.add(row[0])
        facts = _facts(session, ids)
    ranked = []
    for ident, score in scored:
        fact = facts[ident]
        ranked.append(Comparable(
            id=ident, slug=fact["slug"], title=fact["title"], score=round(score, 1),
            reasons=_reasons(target, fact, parts[ident], needs, budget_max_eur, weights), lead=fact["lead"],
            lead_kind=fact["lead_kind"], lead_population=fact["lead_population"], place=fact["place"],
            status=fact["status"], start_year=fact["start_year"], budget_eur=fact["budget_eur"],
            themes=fact["themes"], parts=parts[ident], lead_attribution=fact["lead_attribution"],
            closeness=closeness(score, weights), own=ident in own,
        ))
    return ranked


def comparable_projects(db: Database, target: Place, needs: Sequence[str] = (),
                        budget_max_eur: float | None = None, *, limit: int | None = 50,
                        local_ids: Collection[int] = (), weights: Weights = WEIGHTS) -> ComparableProjects:
    """``target``'s own projects apart (all of them), then up to ``limit`` comparables ranked.

    Own projects are those led by ``target`` in the catalogue and ``local_ids`` (the
    projects of "Mes projets", whichever collectivité they name): a collectivité is never
    offered its own project as a comparable.
    """
    local = frozenset(local_ids)
    ranked = rank_initiatives(db, target, needs, budget_max_eur, limit=limit, weights=weights,
                              without_ids=local, without_own=True)
    with db.session() as session:
        params = {"insee": target.code if target.kind == "commune" else None, "epci": target.epci_siren,
                  "dep": target.departement_code, "reg": target.region_code}
        led = {row[0] for row in session.execute(text(f"SELECT i.id FROM initiatives i WHERE {_own_sql(target)}"),
                                                 params)}
    own = rank_initiatives(db, target, needs, budget_max_eur, limit=None, only_ids=led | local, weights=weights)
    return ComparableProjects(tuple(replace(item, own=True) for item in own), tuple(ranked))


def comparable_for(db: Database, kind: str, code: str, needs: Sequence[str] = (),
                   budget_max_eur: float | None = None, *, limit: int | None = 50,
                   weights: Weights = WEIGHTS) -> list[Comparable]:
    """:func:`rank_initiatives` for the collectivité ``kind``/``code``; ``NotFoundError`` if unknown."""
    target = find_place(db, kind, code)
    if target is None:
        raise NotFoundError(unknown_place(kind, code))
    return rank_initiatives(db, target, needs, budget_max_eur, limit=limit, weights=weights)


def unknown_place(kind: str, code: str) -> Reason:
    """The error reason for a collectivité code that does not exist (``error_unknown_place``)."""
    return Reason.of("error_unknown_place", kind=kind, code=code)


def unknown_place_message(kind: str, code: str) -> str:
    """The French message for a collectivité code that does not exist."""
    return str(unknown_place(kind, code))


_FACTS_SQL = """
SELECT i.id, i.slug, i.title, coalesce(o.name, ''), i.lead_kind, i.lead_population, i.status,
       i.start_year, i.budget_eur, c.name, i.departement_code, e.name, d.name, r.name,
       (SELECT group_concat(theme, ' ') FROM initiative_themes t WHERE t.initiative_id = i.id),
       i.lead_attribution
FROM initiatives i
LEFT JOIN organisations o ON o.id = i.lead_id
LEFT JOIN communes c ON c.insee = i.commune_insee
LEFT JOIN epci e ON e.siren = i.epci_siren
LEFT JOIN departements d ON d.code = i.departement_code
LEFT JOIN regions r ON r.code = i.region_code
WHERE i.id IN ({ids})
"""


def _facts(session, ids: list[int]) -> dict[int, dict[str, object]]:
    """Names and facts of the initiatives ``ids`` (what their reasons and lines show)."""
    if not ids:
        return {}
    rows = session.connection().exec_driver_sql(_FACTS_SQL.format(ids=", ".join(str(i) for i in ids)))
    facts = {}
    for (ident, slug, title, lead, lead_kind, lead_pop, status, start_year, budget, commune, dep_code,
         epci, dep, reg, themes, attribution) in rows:
        if commune:
            place = f"{commune} ({dep_code})" if dep_code else commune
        else:
            place = epci or dep or reg or ""
        facts[ident] = {
            # damaged stored values (text in a number column…) read as unknown
            "slug": slug, "title": title, "lead": lead, "lead_kind": lead_kind,
            "lead_population": tolerant.integer(lead_pop), "status": status,
            "start_year": tolerant.integer(start_year), "budget_eur": tolerant.number(budget), "place": place,
            "commune": commune, "epci": epci, "departement": dep, "region": reg,
            "themes": tuple(sorted((themes or "").split())),
            "lead_attribution": "unknown" if not lead else (attribution or "stated"),
        }
    return facts


def _size_code(population: int, reference: int, weights: Weights) -> str:
    """``close``, ``larger`` or ``smaller``: how ``population`` compares with ``reference``."""
    gap = abs(math.log10(max(population, 1) / max(reference, 1)))
    if gap <= weights.comparable_decades:
        return "close"
    return "larger" if population > reference else "smaller"


def _reasons(target: Place, fact: dict, parts: ScoreParts, needs: Sequence[str],
             budget_max_eur: float | None, weights: Weights) -> tuple[Reason, ...]:
    reasons: list[Reason] = []
    lead_kind, lead_pop = fact["lead_kind"], fact["lead_population"]
    if lead_kind in PLACE_KINDS and lead_pop is not None:
        size = _size_code(lead_pop, target.population, weights)
        reasons.append(Reason.of(f"population_{size}", kind=lead_kind, population=lead_pop))
    elif fact["lead"]:
        reasons.append(Reason.of("lead_not_collectivite", lead=fact["lead"]))
    elif lead_pop is not None:
        # no lead named: the size compared is the place's (see store.derived)
        size = _size_code(lead_pop, target.population, weights)
        reasons.append(Reason.of(f"place_population_{size}", population=lead_pop))
    if fact["lead"] and fact["lead_attribution"] == "inferred":
        reasons.append(Reason.of("lead_inferred", lead=fact["lead"]))
    if parts.geography == weights.same_commune and target.kind == "commune":
        reasons.append(Reason.of("same_commune", name=target.name))
    elif parts.geography == weights.same_epci and fact["epci"]:
        reasons.append(Reason.of("same_epci", name=fact["epci"]))
    elif parts.geography == weights.same_departement and fact["departement"]:
        reasons.append(Reason.of("same_departement", name=fact["departement"]))
    elif parts.geography == weights.same_region and fact["region"]:
        reasons.append(Reason.of("same_region", name=fact["region"]))
    if parts.reach:
        reasons.append(Reason.of("reach", lead_kind=lead_kind, kind=target.kind))
    matched = tuple(slug for slug in needs if slug in fact["themes"])
    if matched:
        reasons.append(Reason.of("theme_need", themes=matched))
    reasons.append(maturity_reason(fact["status"], fact["start_year"]))
    if budget_max_eur is not None:
        budget = fact["budget_eur"]
        if budget is None:
            reasons.append(Reason.of("budget_unknown"))
        elif budget <= budget_max_eur:
            reasons.append(Reason.of("budget_within", amount=budget))
        else:
            reasons.append(Reason.of("budget_over", amount=budget))
    return tuple(reasons)


def maturity_reason(status: str, start_year: int | None) -> Reason:
    """How far the project has gone: ``status_production`` (with its year), ``status_pilot``…"""
    if status in ("production", "pilot"):
        return Reason.of(f"status_{status}", year=start_year)
    if status in ("idea", "stopped", "unknown"):
        return Reason.of(f"status_{status}")
    return Reason.of("status_other")
