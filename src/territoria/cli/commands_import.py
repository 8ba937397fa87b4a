"""``import-catalogue``: turn an outside catalogue into a pack source folder."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from territoria.cli.context import CliContext

FORMATS = ("pstw", "aides-territoires", "table")


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``import-catalogue`` command."""
    cmd = sub.add_parser(
        "import-catalogue", help="importer un catalogue (PSTW, Aides-territoires, tableau) en dossier de paquet",
        description="Lit un catalogue extérieur et écrit un dossier source de paquet (fichiers TOML du format "
        "éditorial + pack.toml) que « pack build » peut signer. Formats : pstw (JRC Public Sector Tech Watch, "
        "CSV), aides-territoires (export CSV ou JSON de l'API), table (CSV ou .xlsx avec --mapping).",
    )
    cmd.add_argument("--format", required=True, choices=FORMATS, metavar="FORMAT",
                     help="pstw, aides-territoires ou table")
    cmd.add_argument("file", type=Path, metavar="FICHIER", help="le fichier à importer")
    cmd.add_argument("-o", "--output", type=Path, metavar="DOSSIER",
                     help="dossier source de paquet à écrire (remplacé s'il en est déjà un)")
    cmd.add_argument("--publisher-id", metavar="ID", help="identifiant de l'éditeur du paquet (minuscules, tirets)")
    cmd.add_argument("--publisher-name", metavar="NOM", help="nom de l'éditeur du paquet")
    cmd.add_argument("--edition", metavar="AAAA-MM-JJ", help="édition du paquet (défaut : aujourd'hui)")
    cmd.add_argument("--mapping", type=Path, metavar="FICHIER.toml",
                     help="correspondance des colonnes (format table) ; sans elle, un modèle est affiché")
    cmd.add_argument("--licence", metavar="LICENCE",
                     help="licence du paquet (format table, sinon [source] licence de la correspondance ; "
                     "par exemple etalab-2.0)")
    cmd.add_argument("--sheet", metavar="FEUILLE", help="feuille d'un classeur .xlsx (défaut : la première)")
    cmd.add_argument("--report", type=Path, metavar="FICHIER.csv",
                     help="rapport ligne par ligne (ligne;statut;raison;identifiant_externe;titre)")
    cmd.add_argument("--country", default="France", metavar="PAYS", help="pays retenu (pstw ; défaut : France)")
    cmd.add_argument("--all-technologies", action="store_true",
                     help="pstw : garder toutes les technologies, pas seulement l'IA")
    cmd.add_argument("--load", action="store_true",
                     help="charger aussi les fiches écrites dans la base (le catalogue du serveur avec --database), "
                     "en une transaction, sous le verrou des imports")
    cmd.add_argument("--allow-downgrade", action="store_true",
                     help="avec --load : accepter une édition plus ancienne ou égale à celle déjà chargée")
    cmd.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace, ctx: CliContext) -> int:
    """Import the file, print a summary in French; 1 when nothing could be written."""
    from territoria.services.importers import table
    from territoria.services.importers.common import ImportOptions
    from territoria.services.importers.run import import_catalogue, matcher_from_database

    if args.format == "table" and args.mapping is None:
        header, _ = table.read_header(args.file, args.sheet)
        print(table.template(header))
        print("territoria : aucune correspondance fournie (--mapping) : complétez le modèle ci-dessus, "
              "enregistrez-le puis relancez avec --mapping FICHIER.toml", file=sys.stderr)
        return 1
    if args.output is None:
        print("territoria : indiquez le dossier à écrire avec -o DOSSIER", file=sys.stderr)
        return 2
    options = ImportOptions(publisher_id=args.publisher_id, publisher_name=args.publisher_name,
                            edition=args.edition, country=args.country, all_technologies=args.all_technologies,
                            mapping=args.mapping, sheet=args.sheet, licence=args.licence)
    result = import_catalogue(args.format, args.file, args.output, options, matcher_from_database(ctx.database()),
                              report=args.report)
    for warning in result.warnings:
        print(f"attention : {warning}", file=sys.stderr)
    counted = result.counts
    kinds = {"initiatives": "initiative(s)", "schemes": "dispositif(s)", "organisations": "organisation(s)",
             "sources": "source(s)"}
    written = ", ".join(f"{n} {kinds[k]}" for k, n in result.records.items() if n and k in kinds)
    print(f"{result.target} écrit : {written}.")
    print(f"Lignes : {counted['importé']} importée(s), {counted['à vérifier']} à vérifier, "
          f"{counted['ignoré']} ignorée(s)" + (f" (rapport : {args.report})" if args.report else "") + ".")
    if args.load:
        return _load(args, ctx, result.target)
    return 0


def _load(args: argparse.Namespace, ctx: CliContext, folder: Path) -> int:
    """Write the folder's records into the database (``--load``)."""
    from territoria.cli.commands_pack import KIND_LABELS
    from territoria.services.packs.folder_import import load_pack_folder

    db = ctx.database()
    with ctx.lock().hold():
        loaded = load_pack_folder(db, folder, ctx.paths.backups, allow_downgrade=args.allow_downgrade)
    for c in loaded.changes:
        print(f"  {KIND_LABELS[c.kind]:<15} {c.added:>7} ajoutées {c.updated:>7} mises à jour {c.withdrawn:>7} retirées")
    where = "sur le serveur" if loaded.backup is None else "dans la base"
    print(f"Fiches de {loaded.publisher_name} ({loaded.publisher_id}), édition {loaded.edition}, chargées {where}.")
    if loaded.backup is None:
        print("Une seule transaction (tout ou rien), sous le verrou des imports ; pas de copie de fichier sur un "
              "serveur : sauvegardez la base avec pg_dump. Publiez-les avec « pack build --from-database ».")
    else:
        print(f"Sauvegarde préalable : {loaded.backup}")
    return 0
