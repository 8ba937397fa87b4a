"""Support schemes for a collectivité: a verdict and its reason for every scheme.

Verdicts, checked in this order:

1. ``outside_territory`` — the scheme covers a territory (région, département, EPCI,
   commune) that does not include the collectivité;
2. ``closed`` — its call closed before ``today`` (a month-precision closing date closes
   on the last day of that month);
3. ``not_yet_open`` — it opens after ``today`` (a month-precision opening date opens on the
   first of the month), or its opening is only announced ("fin 2025") with no source yet
   saying it is open;
3. ``eligible`` — it is open to this kind of collectivité (or to all collectivités), or to
   its elected members or staff;
4. ``relay_to_businesses`` — everything else: schemes for businesses (a commune is never
   told it is eligible for a TPE/PME/ETI scheme), for inhabitants, pupils, jobseekers, or
   whose audience the sources do not give. The collectivité cannot use them itself but
   can make them known on its territory.

``territory_unknown`` takes the place of ``eligible`` when the scheme's territory is not known
(``territory_scope = "unknown"``: an imported aid whose source gives no perimeter), so a
collectivité is never told a scheme covers it when nobody knows.

Eligible schemes list the initiatives they funded (``funding.scheme_id``), ranked as
comparable projects for the collectivité.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from territoria.domain.messages_fr import reasons_fr
from territoria.domain.reasons import Reason
from territoria.errors import NotFoundError
from territoria.services.communes import Place, find_place
from territoria.services.comparable import Comparable, rank_initiatives, unknown_place
from territoria.services.database import Database
from territoria.services.records import SchemeDetail, list_schemes

#: Verdict codes, in display order (``domain.messages_fr.VERDICT_LABELS`` says them in French).
VERDICTS: tuple[str, ...] = ("eligible", "territory_unknown", "relay_to_businesses", "not_yet_open",
                             "outside_territory", "closed")

#: Every code a verdict's reason may carry (``domain.messages_fr`` and ``ui.reason_text`` write them).
REASON_CODES: frozenset[str] = frozenset({
    "outside_members", "outside_territory", "closed", "opens_on", "opens_announced", "open_to",
    "open_to_members", "open_to_staff", "territory_unknown", "audience_unknown", "businesses_only",
    "other_audiences",
})
#: The codes of what a scheme gives (:func:`amounts`).
AMOUNT_CODES: frozenset[str] = frozenset({"amount_range", "amount_up_to", "amount_from", "rate_up_to", "envelope"})

#: Audiences that are businesses.
BUSINESS_AUDIENCES: frozenset[str] = frozenset({"tpe", "pme", "eti", "startup", "company"})
#: Audiences through which a collectivité takes part itself (its elected members, its staff).
STAFF_AUDIENCES: tuple[str, ...] = ("elected", "public_agent")


@dataclass(frozen=True, slots=True)
class SchemeVerdict:
    """A support scheme judged for one collectivité."""

    id: int
    slug: str
    name: str
    programme: str | None
    operator: str | None
    verdict: str
    #: Why, as a code and its values (see :data:`REASON_CODES`).
    reason: Reason
    summary: str
    aid_types: tuple[str, ...]
    #: "jusqu'à 200 000 €", "jusqu'à 40 % du coût", "enveloppe de 2 M€" or "" (French, for documents:
    #: ``amounts`` gives the same as codes, for the window).
    amount: str
    territory: str
    url: str | None
    #: For an eligible scheme: the initiatives it funded, as comparable projects (best first).
    funded: tuple[Comparable, ...] = ()
    #: Where to apply or learn more: the scheme's page, else its operator's, else its main source.
    link: str | None = None
    #: Opening and closing dates ("AAAA", "AAAA-MM" or "AAAA-MM-JJ"), None when unknown.
    opens: str | None = None
    closes: str | None = None
    #: The whole record (who may apply, amounts, sources…) for the scheme's detail.
    scheme: SchemeDetail | None = None
    #: What it gives, as codes with their amounts (see :func:`amounts`).
    amounts: tuple[Reason, ...] = ()


def scheme_link(scheme: SchemeDetail) -> str | None:
    """Where to apply or learn more: the scheme's own page, else its operator's, else its main source."""
    if scheme.url:
        return scheme.url
    if scheme.operator_url:
        return scheme.operator_url
    return next((source.url for source in scheme.sources if source.url), None)


@dataclass(frozen=True, slots=True)
class _Territory:
    """What a collectivité's territory touches (codes of each level)."""

    communes: frozenset[str] | None  # None: every commune of ``departements``
    epcis: frozenset[str]
    departements: frozenset[str]
    regions: frozenset[str]


def _territory(db: Database, place: Place) -> _Territory:
    with db.session() as session:
        run = session.connection().exec_driver_sql
        if place.kind == "commune":
            return _Territory(frozenset({place.code}), frozenset({place.epci_siren} - {None}),
                              frozenset({place.departement_code}), frozenset({place.region_code}))
        if place.kind == "epci":
            rows = run("SELECT insee, departement_code, region_code FROM communes WHERE epci_siren = ?",
                       (place.code,)).all()
            return _Territory(frozenset(r[0] for r in rows), frozenset({place.code}),
                              frozenset(r[1] for r in rows), frozenset(r[2] for r in rows))
        column, code = (("departement_code", place.code) if place.kind == "departement"
                        else ("region_code", place.code))
        epcis = frozenset(r[0] for r in run(
            f"SELECT DISTINCT epci_siren FROM communes WHERE {column} = ? AND epci_siren IS NOT NULL", (code,)))
        deps = frozenset(r[0] for r in run(f"SELECT DISTINCT departement_code FROM communes WHERE {column} = ?",
                                           (code,)))
        return _Territory(None, epcis, deps | ({place.code} if place.kind == "departement" else set()),
                          frozenset({place.region_code}))


def _covers(db: Database, territory: _Territory, scope: str, code: str | None) -> bool:
    if scope == "national" or not code:
        return True
    if scope == "region":
        return code in territory.regions
    if scope == "departement":
        return code in territory.departements
    if scope == "epci":
        return code in territory.epcis
    if scope == "commune":
        if territory.communes is not None:
            return code in territory.communes
        place = find_place(db, "commune", code)
        return place is not None and place.departement_code in territory.departements
    return True


def _territory_label(scheme: SchemeDetail) -> str:
    if scheme.territory_scope == "unknown":
        return "Territoire non précisé"
    if scheme.territory_scope == "national" or not scheme.territory_code:
        return "France entière"
    return scheme.territory_name or scheme.territory_code


def judge(scheme: SchemeDetail, place: Place, covered: bool, today: date) -> tuple[str, Reason]:
    """The verdict code and its reason for ``scheme`` and ``place``.

    ``covered`` tells whether the scheme's territory includes the place.
    """
    kind = place.kind
    territory = _territory_label(scheme)
    operator = scheme.operator.name if scheme.operator else None
    if not covered:
        if scheme.territory_scope == "epci" and kind == "commune":
            return "outside_territory", Reason.of("outside_members", territory=territory, kind=kind)
        mine = {"region": place.region, "departement": place.departement}.get(scheme.territory_scope)
        level = scheme.territory_scope if scheme.territory_scope in ("region", "departement") else None
        return "outside_territory", Reason.of("outside_territory", territory=territory, level=level,
                                              mine=mine or None)
    if scheme.closes and closing_day(scheme.closes) < today:
        return "closed", Reason.of("closed", closes=scheme.closes, yearly=scheme.recurrence == "yearly")
    not_open = _not_yet_open(scheme, today)
    if not_open is not None:
        return "not_yet_open", not_open
    audiences = set(scheme.audiences)
    where = None if scheme.territory_scope == "national" else territory
    if kind in audiences or "collectivite" in audiences:
        whom = (kind,) if kind in audiences else ("collectivite",)
        if scheme.territory_scope == "unknown":
            return "territory_unknown", Reason.of("territory_unknown", whom=whom, operator=operator,
                                                  closes=scheme.closes)
        if scheme.territory_scope == "epci" and kind == "commune":
            return "eligible", Reason.of("open_to_members", whom=whom, territory=territory, kind=kind,
                                         closes=scheme.closes)
        return "eligible", Reason.of("open_to", whom=whom, territory=where, kind=kind, closes=scheme.closes)
    staff = tuple(slug for slug in STAFF_AUDIENCES if slug in audiences)
    if staff:
        if scheme.territory_scope == "unknown":
            return "territory_unknown", Reason.of("territory_unknown", whom=staff, operator=operator,
                                                  closes=scheme.closes)
        return "eligible", Reason.of("open_to_staff", whom=staff, territory=where, kind=kind, closes=scheme.closes)
    if not audiences:
        return "relay_to_businesses", Reason.of("audience_unknown", operator=operator)
    code = "businesses_only" if audiences <= BUSINESS_AUDIENCES else "other_audiences"
    return "relay_to_businesses", Reason.of(code, audiences=tuple(sorted(audiences)), kind=kind)


def opening_day(value: str) -> date:
    """The day a scheme opens: "2025-07" opens on 1 July 2025, "2025" on 1 January."""
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def closing_day(value: str) -> date:
    """The last day a scheme is open: "2025-07" closes on 31 July 2025, "2025" on 31 December."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) > 2:
        return date(parts[0], parts[1], parts[2])
    month = parts[1] if len(parts) > 1 else 12
    following = date(parts[0] + 1, 1, 1) if month == 12 else date(parts[0], month + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def _not_yet_open(scheme: SchemeDetail, today: date) -> Reason | None:
    """Why ``scheme`` is not open yet on ``today``, or None when it is open."""
    if scheme.opens:
        if opening_day(scheme.opens) <= today:
            return None
        return Reason.of("opens_on", opens=scheme.opens)
    if scheme.opens_announced:
        return Reason.of("opens_announced", announced=scheme.opens_announced)
    return None


def scheme_verdicts(db: Database, place: Place, today: date | None = None,
                    needs: tuple[str, ...] = (), budget_max_eur: float | None = None) -> list[SchemeVerdict]:
    """Every scheme judged for ``place``: eligible first, then to relay, outside, closed.

    ``today`` defaults to the current date (tests pass a fixed one). ``needs`` and
    ``budget_max_eur`` rank the funded projects listed under eligible schemes.
    """
    today = today or date.today()
    territory = _territory(db, place)
    funded_by = _funded_initiatives(db)
    verdicts = []
    for scheme in list_schemes(db):
        covered = _covers(db, territory, scheme.territory_scope, scheme.territory_code)
        verdict, reason = judge(scheme, place, covered, today)
        funded: tuple[Comparable, ...] = ()
        if verdict == "eligible" and funded_by.get(scheme.id):
            funded = tuple(rank_initiatives(db, place, needs, budget_max_eur, limit=None,
                                            only_ids=funded_by[scheme.id]))
        verdicts.append(SchemeVerdict(
            id=scheme.id, slug=scheme.slug, name=scheme.name, programme=scheme.programme_name,
            operator=scheme.operator.name if scheme.operator else None, verdict=verdict, reason=reason, summary=scheme.summary,
            aid_types=scheme.aid_types, amount=", ".join(reasons_fr(amounts(scheme))), amounts=amounts(scheme),
            territory=_territory_label(scheme),
            url=scheme.url, funded=funded, link=scheme_link(scheme), opens=scheme.opens, closes=scheme.closes,
            scheme=scheme,
        ))
    order = {slug: n for n, slug in enumerate(VERDICTS)}
    verdicts.sort(key=lambda v: (order[v.verdict], v.programme is None, v.programme or "", v.name, v.id))
    return verdicts


def schemes_for(db: Database, kind: str, code: str, today: date | None = None,
                needs: tuple[str, ...] = (), budget_max_eur: float | None = None) -> list[SchemeVerdict]:
    """:func:`scheme_verdicts` for the collectivité ``kind``/``code``; ``NotFoundError`` if unknown."""
    place = find_place(db, kind, code)
    if place is None:
        raise NotFoundError(unknown_place(kind, code))
    return scheme_verdicts(db, place, today, needs, budget_max_eur)


def _funded_initiatives(db: Database) -> dict[int, set[int]]:
    with db.session() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT scheme_id, initiative_id FROM funding WHERE scheme_id IS NOT NULL")
        funded: dict[int, set[int]] = {}
        for scheme_id, initiative_id in rows:
            funded.setdefault(scheme_id, set()).add(initiative_id)
    return funded


def amounts(scheme: SchemeDetail) -> tuple[Reason, ...]:
    """What the scheme gives, as codes: ``amount_range``, ``amount_up_to``, ``amount_from``, ``rate_up_to``, ``envelope``."""
    parts = []
    if scheme.amount_min_eur is not None and scheme.amount_max_eur is not None:
        parts.append(Reason.of("amount_range", low=scheme.amount_min_eur, high=scheme.amount_max_eur))
    elif scheme.amount_max_eur is not None:
        parts.append(Reason.of("amount_up_to", amount=scheme.amount_max_eur))
    elif scheme.amount_min_eur is not None:
        parts.append(Reason.of("amount_from", amount=scheme.amount_min_eur))
    if scheme.rate_max_percent is not None:
        parts.append(Reason.of("rate_up_to", percent=scheme.rate_max_percent))
    if scheme.budget_eur is not None:
        parts.append(Reason.of("envelope", amount=scheme.budget_eur))
    return tuple(parts)
