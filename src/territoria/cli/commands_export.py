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


def _letterhead_choice(args: argparse.Namespace, ctx: CliContext) -> tuple[str | None, Path | None]:
    """The letterhead name and logo asked for: options first, else the settings file."""
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
    return name, Path(logo) if logo else None


def _branding(args: argparse.Namespace, ctx: CliContext):
    """The letterhead: options first, else the settings file, else "Ma commune", else the agency."""
    name, logo = _letterhead_choice(args, ctx)
    from territoria.services.branding import load_branding
    from territoria.reports.letterhead import document_branding

    return document_branding(ctx.database(), name=name, logo=logo, installed=load_branding())


def _readable_logo(branding):
    """``branding`` without its logo (and a warning) when the image cannot be read."""
    if branding.logo_path is not None:
        import dataclasses
        import sys

        from territoria.reports.context import logo_problem

        problem = logo_problem(branding.logo_path)
        if problem:
            print(f"territoria : avertissement : {problem} ; le document est fait sans logo.", file=sys.stderr)
            branding = dataclasses.replace(branding, logo_path=None)
    return branding


def _quick_one_pager(args: argparse.Namespace, ctx: CliContext) -> Path | None:
    """``export-pdf --initiative ID -o FILE`` without SQLAlchemy when the database is ready as it is.

    Imports the ORM would cost most of a new process's time for one page. The same page is made
    from the same facts (``services.quick_sheet``); None means the normal path must run: a
    server database, ``--for-commune`` (the ranking needs the ORM), bundled packs to import, or
    a database to create, migrate or update (see ``read_quick_sheet``). Like the normal path,
    the export reads only: it takes no writer lock.
    """
    if args.initiative is None or args.for_commune is not None or ctx.server_url():
        return None
    from territoria.services.branding import load_branding

    installed = load_branding()
    if installed is not None and installed.packs:  # the normal opening imports newer bundled packs
        return None
    ctx.paths.ensure()
    from territoria.logging_setup import setup_logging
    from territoria.services.quick_sheet import read_quick_sheet

    setup_logging(ctx.paths.log_file, verbose=ctx.verbose)
    sheet = read_quick_sheet(ctx.paths, args.initiative, with_note=args.with_note)
    if sheet is None:
        return None
    from territoria.reports.context import ReportContext
    from territoria.reports.letterhead import collectivite_title, document_branding
    from territoria.reports.one_pager import write_initiative_pdf
    from territoria.reports.safe_write import atomic_output, check_target

    name, logo = _letterhead_choice(args, ctx)
    if not (name or "").strip() and sheet.chosen_place is not None:  # as document_branding with a database
        name = collectivite_title(*sheet.chosen_place)
    branding = _readable_logo(document_branding(None, name=name, logo=logo, installed=installed))
    path = check_target(Path(args.output), force=args.force)
    context = ReportContext(data_edition=sheet.data_edition, branding=branding)
    with atomic_output(path, force=args.force) as out:
        write_initiative_pdf(sheet.detail, context, out, note=sheet.note, why=None)
    return path


def run_export_pdf(args: argparse.Namespace, ctx: CliContext) -> int:
    """Write the requested PDF; prints where it went."""
    if args.initiative is None and args.scheme is None and args.commune is None and args.search is None:
        raise UsageError("indiquez quoi exporter : --initiative ID, --commune INSEE, --scheme ID ou --search RECHERCHE.")
    if args.organisme is not None:
        from territoria.reports.context import agency_name_problem

        problem = agency_name_problem(args.organisme.strip())
        if problem:
            raise UsageError(f"--organisme : {problem}")
    quick = _quick_one_pager(args, ctx)
    if quick is not None:
        print(f"Fiche enregistrée : {quick}")
        return 0
    from territoria.reports import exports

    db = ctx.database()
    branding = _readable_logo(_branding(args, ctx))
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
