"""``contribution``: send one's own projects to the agency, and review them on the agency side.

    territoria contribution export -o FICHIER.territoria-contribution [--with-notes] [--with-contact]
    territoria contribution review FICHIER -o DOSSIER
"""

from __future__ import annotations

import argparse
from pathlib import Path

from territoria.cli.context import CliContext


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``contribution`` command."""
    parser = sub.add_parser(
        "contribution", help="envoyer vos projets à l'agence ; relire une contribution (agence)",
        description="Exporte vos projets dans un fichier non signé à envoyer à votre agence, ou, côté agence, "
        "écrit les projets reçus en brouillons TOML à vérifier. Une contribution n'est jamais une mise à jour "
        "du catalogue.",
    )
    actions = parser.add_subparsers(dest="contribution_action", title="actions", metavar="ACTION", required=True,
                                    parser_class=sub._parser_class)
    export = actions.add_parser(
        "export", help="exporter vos projets pour l'agence",
        description="Écrit vos projets dans FICHIER.territoria-contribution. Les notes et les contacts n'y sont "
        "mis que si vous le demandez.",
    )
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FICHIER",
                        help="fichier à écrire (extension .territoria-contribution)")
    export.add_argument("--with-notes", action="store_true", help="joindre vos notes privées sur ces projets")
    export.add_argument("--with-contact", action="store_true",
                        help="joindre les contacts (noms, adresses : données personnelles)")
    export.set_defaults(handler=run_export)
    review = actions.add_parser(
        "review", help="écrire une contribution reçue en brouillons TOML (agence)",
        description="Écrit les projets d'une contribution en brouillons au format de data/curated dans DOSSIER "
        "(jamais dans une base) : initiatives.toml, organisations.toml, sources.toml.",
    )
    review.add_argument("file", type=Path, metavar="FICHIER", help="la contribution reçue")
    review.add_argument("-o", "--output", type=Path, required=True, metavar="DOSSIER",
                        help="dossier où écrire les brouillons (vide)")
    review.set_defaults(handler=run_review)


def run_export(args: argparse.Namespace, ctx: CliContext) -> int:
    """Write the contribution file."""
    from territoria.services.contributions import PERSONAL_DATA_NOTE, export_contribution

    report = export_contribution(ctx.database(), args.output, with_notes=args.with_notes,
                                 with_contact=args.with_contact)
    extras = [what for what, on in (("notes", report.with_notes), ("contacts", report.with_contact)) if on]
    print(f"{report.count} projet(s) écrit(s) dans {report.path}"
          + (f" (avec {' et '.join(extras)})" if extras else " (sans notes ni contacts)") + ".")
    if report.with_contact:
        print(f"Rappel : {PERSONAL_DATA_NOTE}")
    return 0


def run_review(args: argparse.Namespace, ctx: CliContext) -> int:
    """Write the TOML drafts of a contribution (no database needed)."""
    from territoria.services.contributions import review_contribution

    report = review_contribution(args.file, args.output)
    print(f"{report.count} projet(s) de {report.collectivite} écrit(s) en brouillons dans {report.folder} :")
    for path in report.files:
        print(f"  {path.name}")
    if report.problems:
        print(f"{len(report.problems)} point(s) à corriger (aussi en commentaire dans initiatives.toml) :")
        for problem in report.problems:
            print(f"  - {problem}")
    return 0
