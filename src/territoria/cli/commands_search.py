"""``search``: the catalogue browser's search from the command line.

    territoria search QUERY… [--region CODE] [--departement CODE] [--theme SLUG]
                             [--technique SLUG] [--status SLUG] [--limit N] [--json]

Words of QUERY are joined (``territoria search fuite eau``); a word starting with ``-``
excludes, after ``--`` (``territoria search -- cyber -bretagne``). Options may be repeated
(values of one option OR together). ``--json`` prints a JSON array, best first.
"""

from __future__ import annotations

import argparse
import shutil
import sys

from territoria.cli.context import CliContext
from territoria.cli.output import print_json

#: Results shown when ``--limit`` is not given.
DEFAULT_LIMIT = 20

_OPTIONS = (
    # (option, facet, metavar, help)
    ("--region", "region", "CODE", "code INSEE de la région (ex. 76 pour l'Occitanie)"),
    ("--departement", "departement", "CODE", "code du département (ex. 31, 2A, 974)"),
    ("--theme", "theme", "THÈME", "thème (ex. water, education, public_services)"),
    ("--technique", "technique", "TECHNIQUE", "technique d'IA (ex. chatbot, generative, vision)"),
    ("--status", "status", "STATUT", "statut : idea, pilot, production ou stopped"),
)


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``search`` command."""
    parser = sub.add_parser(
        "search", help="chercher des initiatives (comme la recherche de la fenêtre)",
        description="Cherche des initiatives comme la zone de recherche du catalogue : accents, majuscules, "
        "apostrophes et traits d'union ignorés, débuts de mots, singulier et pluriel ; "
        "\"expression exacte\" et -mot pour exclure (après --).",
    )
    parser.add_argument("query", nargs="*", metavar="RECHERCHE", help="mots cherchés (vide : tout le catalogue)")
    for option, facet, metavar, text in _OPTIONS:
        parser.add_argument(option, dest=facet, action="append", default=[], metavar=metavar,
                            help=text + " ; peut être répété")
    parser.add_argument("--limit", type=_limit, default=DEFAULT_LIMIT, metavar="N",
                        help=f"nombre maximal de résultats (défaut : {DEFAULT_LIMIT} ; 0 : tous)")
    parser.add_argument("--json", action="store_true", help="sortie JSON (tableau, meilleurs résultats d'abord)")
    parser.set_defaults(handler=run_search)


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"« {text} » n'est pas un nombre entier") from None
    if value < 0:
        raise argparse.ArgumentTypeError("le nombre de résultats ne peut pas être négatif")
    return value


def run_search(args: argparse.Namespace, ctx: CliContext) -> int:
    """Print the matching initiatives as a French table or as JSON."""
    from territoria.services.search import SearchRequest, check_filters, fetch_rows, search

    query = " ".join(args.query)
    filters = {facet: getattr(args, facet) for _, facet, _, _ in _OPTIONS if getattr(args, facet)}
    db = ctx.database()
    problems = check_filters(db, filters)
    if problems:
        for problem in problems:
            print(f"territoria search : {problem}", file=sys.stderr)
        for line in _possible_values(db, filters):
            print(line, file=sys.stderr)
        return 2
    result = search(db, SearchRequest(query=query, filters=filters, limit=args.limit or None))
    rows = fetch_rows(db, result.ids)
    if args.json:
        from territoria.services.records import lead_attributions

        # how each lead is known: named by the source, inferred by us, or not named at all
        attributions = lead_attributions(db, result.ids)
        print_json([{**_as_json(row), "lead_attribution": attributions.get(row.id, "stated")} for row in rows])
        return 0
    _print_table(rows, result.total, query)
    return 0


def _possible_values(db, filters: dict[str, list[str]]) -> list[str]:
    """One French line per filtered facet listing the values it accepts."""
    from territoria.domain.vocab import STATUSES, TECHNIQUES, THEMES
    from territoria.services.search import facet_counts

    lines = []
    names = {"theme": ("Thèmes", THEMES), "technique": ("Techniques", TECHNIQUES), "status": ("Statuts", STATUSES)}
    for facet in filters:
        if facet in names:
            title, vocabulary = names[facet]
            lines.append(f"{title} possibles : " + ", ".join(sorted(vocabulary)) + ".")
        elif facet == "region":
            regions = [v for v in facet_counts(db, "", {})["region"] if v.slug != "none"]
            lines.append("Régions : " + ", ".join(f"{v.slug} ({v.label})" for v in regions) + ".")
        elif facet == "departement":
            lines.append("Départements : code INSEE sur deux ou trois caractères (ex. 01, 2A, 31, 974).")
    return lines


def _as_json(row) -> dict:
    from territoria.domain.vocab import STATUSES
    from territoria.services import tolerant

    return {
        "id": row.id,
        "slug": row.slug,
        "title": row.title,
        "organisation": row.organisation or None,
        "commune_insee": row.commune_insee,
        "commune": row.commune,
        "epci_siren": row.epci_siren,
        "departement": row.departement_code,
        "departement_name": row.departement,
        "region": row.region_code,
        "region_name": row.region,
        "place": row.place or None,
        "lead_kind": row.lead_kind,
        "population": tolerant.integer(row.population),
        "themes": list(row.theme_slugs),
        "techniques": list(row.technique_slugs),
        "status": tolerant.slug_in(row.status, STATUSES) or None,  # a damaged value reads as unknown
        "start_year": tolerant.integer(row.start_year),
        "budget_eur": tolerant.number(row.budget_eur),
        "funding_eur": tolerant.number(row.funding_eur),
        "starred": row.starred,
        "origin": row.origin,
        "publisher": row.publisher,
    }


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(1, width - 1)] + "…"


def _print_table(rows, total: int, query: str) -> None:
    from territoria.domain.format_fr import group_thousands
    from territoria.domain.vocab import STATUSES

    about = f" pour « {query} »" if query.strip() else ""
    if total == 0:
        print(f"Aucune initiative ne correspond{about}.")
        return
    found = "1 initiative trouvée" if total == 1 else f"{group_thousands(total)} initiatives trouvées"
    shown = f" ({len(rows)} affichées ; --limit pour en voir plus)" if len(rows) < total else ""
    print(f"{found}{about}{shown}.")
    width = max(100, shutil.get_terminal_size((120, 24)).columns)
    id_w, status_w, region_w, place_w = 5, 15, 16, 18
    rest = width - id_w - status_w - region_w - place_w - 10
    title_w = max(24, rest * 3 // 5)
    org_w = max(12, rest - title_w)
    header = (f"{'N°':>{id_w}}  {'Initiative':<{title_w}}  {'Porteur':<{org_w}}  "
              f"{'Lieu':<{place_w}}  {'Région':<{region_w}}  Statut")
    print(header)
    print("─" * min(width, len(header) + status_w))
    for row in rows:
        status = STATUSES.get(row.status, row.status)
        print(f"{row.id:>{id_w}}  {_cut(row.title, title_w):<{title_w}}  {_cut(row.organisation, org_w):<{org_w}}  "
              f"{_cut(row.place, place_w):<{place_w}}  {_cut(row.region or '', region_w):<{region_w}}  {status}")
