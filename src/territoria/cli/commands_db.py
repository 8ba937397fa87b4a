"""``info`` and ``check``: what the database holds and whether it is sound."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from territoria.cli.context import CliContext
from territoria.cli.output import print_json
from territoria.domain.format_fr import group_thousands


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``info`` and ``check`` commands."""
    info = sub.add_parser("info", help="compter les données de la base", description="Compte les données de la base.")
    info.add_argument("--json", action="store_true", help="sortie JSON")
    info.set_defaults(handler=run_info)
    check = sub.add_parser("check", help="vérifier l'intégrité de la base",
                           description="Vérifie l'intégrité de la base de l'utilisateur : fichier SQLite, "
                           "références, schéma et index, types des colonnes, vocabulaires, JSON, dates, "
                           "adresses web, index de recherche et colonnes dérivées.")
    check.add_argument("--repair", action="store_true",
                       help="reconstruire ce qui se recalcule (index de recherche, index, colonnes dérivées)")
    check.set_defaults(handler=run_check)


def run_info(args: argparse.Namespace, ctx: CliContext) -> int:
    """Print the counts, schema version and data edition."""
    from territoria.services.info import database_info

    info = database_info(ctx.database())
    if args.json:
        print_json({**asdict(info), "agency": _agency_json()})
        return 0
    labels = {
        "regions": "Régions", "departements": "Départements", "communes": "Communes",
        "epci": "Intercommunalités", "initiatives": "Initiatives", "programmes": "Programmes et plans",
        "support_schemes": "Dispositifs d'aide", "figures": "Chiffres clés", "sources": "Sources",
        "events": "Événements datés", "commune_aliases": "Arrondissements et communes déléguées ou associées",
        "packs": "Paquets de données installés", "local_initiatives": "Projets de votre collectivité",
    }
    for key, label in labels.items():
        print(f"{label:<22} {group_thousands(getattr(info, key)):>10}")
    print(f"Collectivités d'outre-mer (hors régions et départements) : {info.collectivites_outre_mer}")
    print(f"{'Schéma':<22} {info.schema_version}")
    print(f"{'Édition des données':<22} {info.data_edition}")
    return 0


def _agency_json() -> dict | None:
    """The agency this installation is branded for (``None`` for the plain app)."""
    from territoria.services.branding import load_branding

    branding = load_branding()
    if branding is None:
        return None
    return {"name": branding.name, "short_name": branding.short_name,
            "fingerprints": list(branding.fingerprints)}


def run_check(args: argparse.Namespace, ctx: CliContext) -> int:
    """Exit 0 when the database is sound, 1 with the list of problems otherwise (see commands_check)."""
    from territoria.cli.commands_check import run_check as check_and_report

    if ctx.server_url():
        from territoria.errors import TerritoriaError

        raise TerritoriaError("« territoria check » vérifie une base locale (fichier SQLite). Une base sur un "
                              "serveur PostgreSQL se vérifie avec les outils du serveur (pg_amcheck, "
                              "VACUUM ANALYZE) et se sauvegarde avec pg_dump ; rien n'a été vérifié.")
    return check_and_report(args, ctx)
