"""``export-pdf`` and ``export-csv``: documents from the command line (scripts, agencies).

    territoria export-pdf (--initiative ID [--for-commune INSEE] | --commune INSEE | --scheme ID | --search QUERY) -o FILE
    territoria export-csv --search QUERY -o FILE
"""

from __future__ import annotations

import argparse
from pathlib import Path

from territoria.cli.context import CliContext
from territoria.errors import TerritoriaError


class UsageError(TerritoriaError):
    """The command line lacks what to export."""

    exit_code = 2


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``export-pdf`` and ``export-csv`` commands."""
    pdf = sub.add_parser(
        "export-pdf", help="enregistrer une fiche, un dossier de commune ou un catalogue en PDF",
        description="Enregistre en PDF la fiche d'une initiative (une page), la fiche d'un dispositif "
        "d'aide, le dossier d'une commune ou le catalogue des initiatives d'une recherche.",
    )
    what = pdf.add_mutually_exclusive_group()  # "one of … is required" is checked in French below
    what.add_argument("--initiative", type=_identifier, metavar="ID", help="numéro de l'initiative")
    what.add_argument("--commune", metavar="INSEE", help="code INSEE de la commune (dossier)")
    what.add_argument("--scheme", type=_identifier, metavar="ID", help="numéro du dispositif d'aide")
    what.add_argument("--search", metavar="RECHERCHE",
                      help="catalogue des initiatives trouvées (\"\" pour tout le catalogue)")
    _common(pdf)
    pdf.add_argument("--with-note", action="store_true",
                     help="imprimer votre note privée sur la fiche d'une initiative (--initiative)")
    pdf.add_argument("--for-commune", metavar="INSEE",
                     help="sur la fiche d'une initiative (--initiative), dire pourquoi ce projet concerne "
                          "cette commune (les raisons du classement des projets comparables)")
    pdf.set_defaults(handler=run_export_pdf)

    csv = sub.add_parser(
        "export-csv", help="enregistrer la liste des initiatives d'une recherche pour Excel",
        description="Enregistre les initiatives trouvées en CSV pour Excel (UTF-8 avec BOM, séparateur "
        "« ; », virgule décimale), une ligne par initiative dans l'ordre de la recherche.",
    )
    csv.add_argument("--search", required=True, metavar="RECHERCHE",
                     help="texte recherché (\"\" pour tout le catalogue)")
    csv.add_argument("-o", "--output", required=True, type=Path, metavar="FICHIER", help="fichier CSV à écrire")
    csv.add_argument("--force", action="store_true", help="remplacer le fichier même s'il est en lecture seule")
    csv.set_defaults(handler=run_export_csv)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="FICHIER", help="fichier PDF à écrire")
    parser.add_argument("--force", action="store_true", help="remplacer le fichier même s'il est en lecture seule")
    parser.add_argument("--organisme", metavar="NOM",
                        help="nom de la structure en en-tête (défaut : celui des réglages de l'application)")
    parser.add_argument("--logo", type=Path, metavar="IMAGE", help="logo PNG ou JPEG en en-tête")


def _identifier(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"« {text} » n'est pas un numéro") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"« {text} » n'est pas un numéro valide")
    return value


def _branding(args: argparse.Namespace, ctx: CliContext):
    """The letterhead: options first, else the settings file, else "Ma commune", else the agency."""
    name, logo = args.organisme, args.logo
    settings_file = ctx.paths.settings_file
    if (name is None or logo is None) and settings_file.is_file():
        from territoria.settings import EXPORT_AGENCY_LOGO, EXPORT_AGENCY_NAME, read_ini

        settings = read_ini(settings_file)  # the window's settings file, read without Qt
        if name is None:
            name = settings.get(EXPORT_AGENCY_NAME)
        if logo is None:
            stored = settings.get(EXPORT_AGENCY_LOGO)
            logo = Path(stored) if stored else None
    if logo is not None and not Path(logo).is_file():
        raise TerritoriaError(f"Le logo « {logo} » est introuvable.")
    from territoria.services.branding import load_branding
    from territoria.reports.letterhead import document_branding

    return document_branding(ctx.database(), name=name, logo=Path(logo) if logo else None,
                             installed=load_branding())


def run_export_pdf(args: argparse.Namespace, ctx: CliContext) -> int:
    """Write the requested PDF; prints where it went."""
    from territoria.reports import exports

    if args.initiative is None and args.scheme is None and args.commune is None and args.search is None:
        raise UsageError("indiquez quoi exporter : --initiative ID, --commune INSEE, --scheme ID ou --search RECHERCHE.")
    if args.organisme is not None:
        from territoria.reports.context import agency_name_problem

        problem = agency_name_problem(args.organisme.strip())
        if problem:
            raise UsageError(f"--organisme : {problem}")
    db = ctx.database()
    branding = _branding(args, ctx)
    if branding.logo_path is not None:
        import dataclasses
        import sys

        from territoria.reports.context import logo_problem

        problem = logo_problem(branding.logo_path)
        if problem:
            print(f"territoria : avertissement : {problem} ; le document est fait sans logo.", file=sys.stderr)
            branding = dataclasses.replace(branding, logo_path=None)
    if args.for_commune is not None and args.initiative is None:
        raise UsageError("--for-commune ne s'emploie qu'avec --initiative ID.")
    if args.initiative is not None:
        commune = None
        if args.for_commune is not None:
            from territoria.services.communes import find_place

            place = find_place(db, "commune", args.for_commune.strip().upper())
            if place is None:
                raise TerritoriaError(f"Aucune commune n'a le code INSEE « {args.for_commune} ».")
            commune = (place.kind, place.code)
        path = exports.export_initiative_pdf(db, args.initiative, args.output, branding, force=args.force,
                                             with_note=args.with_note, commune=commune)
        print(f"Fiche enregistrée : {path}")
    elif args.scheme is not None:
        path = exports.export_scheme_pdf(db, args.scheme, args.output, branding, force=args.force)
        print(f"Fiche du dispositif enregistrée : {path}")
    elif args.commune is not None:
        code = args.commune.strip().upper()
        from territoria.services.communes import find_place

        if find_place(db, "commune", code) is None:
            raise TerritoriaError(f"Aucune commune n'a le code INSEE « {args.commune} ».")
        path = exports.export_dossier_pdf(db, "commune", code, args.output, branding, force=args.force)
        print(f"Dossier enregistré : {path}")
    else:
        ids = exports.search_ids(db, args.search)
        description = f"Recherche « {args.search.strip()} »" if args.search.strip() else "Toutes les initiatives"
        path = exports.export_catalogue_pdf(db, ids, args.output, description=description, branding=branding,
                                            force=args.force)
        print(f"Catalogue de {len(ids)} initiative{'s' if len(ids) > 1 else ''} enregistré : {path}")
    return 0


def run_export_csv(args: argparse.Namespace, ctx: CliContext) -> int:
    """Write the CSV of a search; prints where it went."""
    from territoria.reports import exports

    db = ctx.database()
    ids = exports.search_ids(db, args.search)
    path = exports.export_csv(db, ids, args.output, force=args.force)
    print(f"Liste de {len(ids)} initiative{'s' if len(ids) > 1 else ''} enregistrée : {path}")
    return 0
