"""``communes``, ``comparable`` and ``schemes``: "Ma commune" from the command line."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from territoria.cli.context import CliContext
from territoria.cli.output import print_json
from territoria.domain.format_fr import decimal_fr
from territoria.errors import TerritoriaError


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``communes``, ``comparable`` and ``schemes`` commands."""
    communes = sub.add_parser(
        "communes", help="trouver une commune par son nom, son code postal ou son code INSEE",
        description="Cherche une commune par son nom (accents, tirets et « St » indifférents), "
        "son code postal ou son code INSEE ; la meilleure correspondance vient en premier.",
    )
    communes.add_argument("query", nargs="+", metavar="RECHERCHE", help="nom, code postal ou code INSEE")
    communes.add_argument("--limit", type=_positive, default=10, metavar="N", help="nombre de résultats (défaut : 10)")
    communes.add_argument("--json", action="store_true", help="sortie JSON")
    communes.set_defaults(handler=run_communes)

    comparable = sub.add_parser(
        "comparable", help="projets comparables pour une commune, avec leurs raisons",
        description="Classe les initiatives pour une commune : taille, type de collectivité, proximité, "
        "besoins, maturité et budget.",
    )
    comparable.add_argument("--commune", required=True, metavar="INSEE", help="code INSEE de la commune")
    comparable.add_argument("--theme", action="append", default=[], metavar="THÈME",
                            help="besoin (thème, p. ex. legal, social) ; répétable")
    comparable.add_argument("--budget", type=_amount, default=None, metavar="EUROS",
                            help="plafond de budget en euros")
    comparable.add_argument("--limit", type=_positive, default=10, metavar="N", help="nombre de résultats (défaut : 10)")
    comparable.add_argument("--json", action="store_true", help="sortie JSON")
    comparable.set_defaults(handler=run_comparable)

    schemes = sub.add_parser(
        "schemes", help="dispositifs d'aide pour une commune, avec leur verdict",
        description="Juge chaque dispositif pour une commune : eligible (éligible), relay_to_businesses "
        "(à faire connaître aux entreprises ou aux habitants), not_yet_open (pas encore ouvert), "
        "outside_territory (hors territoire), closed (clos). Un code d'arrondissement ou de commune "
        "déléguée vaut pour sa commune.",
    )
    schemes.add_argument("--commune", required=True, metavar="INSEE", help="code INSEE de la commune")
    schemes.add_argument("--date", type=_date, default=None, metavar="AAAA-MM-JJ",
                         help="juger à cette date (défaut : aujourd'hui)")
    schemes.add_argument("--json", action="store_true", help="sortie JSON")
    schemes.set_defaults(handler=run_schemes)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"nombre entier attendu : « {value} »") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"nombre positif attendu : « {value} »")
    return number


def _amount(value: str) -> float:
    cleaned = value.replace("\u202f", "").replace("\u00a0", "").replace(" ", "").replace("€", "").replace(",", ".")
    try:
        amount = float(cleaned)
    except ValueError:
        raise argparse.ArgumentTypeError(f"montant en euros attendu : « {value} »") from None
    if not amount > 0 or amount == float("inf"):
        raise argparse.ArgumentTypeError(f"montant positif attendu : « {value} »")
    return amount


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"date AAAA-MM-JJ attendue : « {value} »") from None


def _commune(ctx: CliContext, insee: str):
    from territoria.services.communes import find_place
    from territoria.services.comparable import unknown_place_message

    place = find_place(ctx.database(), "commune", insee)
    if place is None:
        raise TerritoriaError(unknown_place_message("commune", insee.strip()))
    if place.alias_name:  # an arrondissement or commune déléguée answers for its commune
        print(f"{place.alias_note} : résultats pour la commune {place.code}.", file=sys.stderr)
    return place


def run_communes(args: argparse.Namespace, ctx: CliContext) -> int:
    """Print the communes matching the query, best first."""
    from territoria.domain.format_fr import population
    from territoria.services.communes import search_places

    query = " ".join(args.query)
    found = search_places(ctx.database(), query, limit=args.limit, kinds=("commune",))
    if args.json:
        # an alias (arrondissement, commune déléguée or associée) is its own row: its name,
        # kind and code, with the commune it opens in ``parent_insee``
        print_json([
            {"insee": p.alias_code or p.code, "kind": p.alias_kind or "commune",
             "parent_insee": p.code if p.alias_name else None,
             "name": p.alias_name or p.name, "population": p.population, "departement": p.departement_code,
             "region": p.region_code, "epci_siren": p.epci_siren, "label": p.label,
             "departement_name": p.departement, "region_name": p.region, "postcodes": list(p.postcodes)}
            for p in found
        ])
        return 0
    if not found:
        print(f"Aucune commune ne correspond à « {query} ».")
        return 0
    for p in found:
        if p.alias_name:
            print(f"{p.alias_code}  {p.alias_name:<40} → {p.code} {p.label} ({p.alias_note})")
            continue
        print(f"{p.code}  {p.label:<40} {population(p.population):>14}  {p.departement}, {p.region}")
    return 0


def run_comparable(args: argparse.Namespace, ctx: CliContext) -> int:
    """Print the initiatives ranked for the commune, with their reasons."""
    from territoria.domain.messages_fr import closeness_label, reasons_fr
    from territoria.domain.vocab import THEMES
    from territoria.services.comparable import comparable_projects
    from territoria.services.local_projects import local_ids

    unknown = [slug for slug in args.theme if slug not in THEMES]
    if unknown:
        raise TerritoriaError(f"Thème inconnu : « {unknown[0]} ». Thèmes possibles : {', '.join(THEMES)}.")
    place = _commune(ctx, args.commune)
    db = ctx.database()
    found = comparable_projects(db, place, args.theme, args.budget, limit=args.limit, local_ids=local_ids(db))
    if args.json:
        # the commune's own projects first (``own``: listed apart, not ranked), then the comparables
        print_json([
            {"id": r.id, "title": r.title, "score": r.score, "reasons": list(reasons_fr(r.reasons)),
             "reason_codes": [reason.code for reason in r.reasons], "slug": r.slug,
             "lead": r.lead, "lead_attribution": r.lead_attribution, "place": r.place, "status": r.status,
             "own": r.own, "closeness": r.closeness}
            for r in (*found.own, *found.ranked)
        ])
        return 0
    if found.own:
        print(f"Vos projets ({place.label}), hors classement :")
        for r in found.own:
            print(f"    - {r.title}")
        print()
    print(f"Projets comparables pour {place.label} :")
    for rank, r in enumerate(found.ranked, 1):
        print(f"{rank:>3}. [{closeness_label(r.closeness)}, {decimal_fr(r.score)} pts] {r.title}")
        print(f"       {' · '.join(reasons_fr(r.reasons))}")
    return 0


def run_schemes(args: argparse.Namespace, ctx: CliContext) -> int:
    """Print every scheme with its verdict and reason for the commune."""
    from territoria.domain.messages_fr import reason_fr, verdict_label
    from territoria.services.eligibility import scheme_verdicts

    place = _commune(ctx, args.commune)
    verdicts = scheme_verdicts(ctx.database(), place, today=args.date)
    if args.json:
        print_json([
            {"id": v.id, "name": v.name, "programme": v.programme, "verdict": v.verdict,
             "reason": reason_fr(v.reason), "reason_code": v.reason.code,
             "slug": v.slug, "funded": [f.id for f in v.funded], "url": v.link, "opens": v.opens,
             "closes": v.closes}
            for v in verdicts
        ])
        return 0
    print(f"Dispositifs d'aide pour {place.label} :")
    current = None
    for v in verdicts:
        if v.verdict != current:
            current = v.verdict
            print(f"\n{verdict_label(v.verdict)} :")
        programme = f" ({v.programme})" if v.programme else ""
        print(f"  - {v.name}{programme}")
        print(f"      {reason_fr(v.reason)}")
    return 0
