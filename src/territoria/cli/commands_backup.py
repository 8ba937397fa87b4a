"""``backup list|restore|export|import``: the user's backups from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from territoria.cli.context import CliContext
from territoria.cli.output import print_json

OWN_LABELS = {"projects": "projets", "notes": "notes", "stars": "sélection", "saved_searches": "recherches"}


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``backup`` command and its four actions."""
    backup = sub.add_parser(
        "backup", help="lister, restaurer, exporter ou importer une sauvegarde",
        description="Les sauvegardes de votre base : celles faites automatiquement avant chaque migration ou "
        "mise à jour des données, et un fichier unique à emporter sur une clé USB ou un autre PC.",
    )
    actions = backup.add_subparsers(dest="backup_action", title="actions", metavar="ACTION",
                                    parser_class=sub._parser_class)
    actions.required = True
    listing = actions.add_parser("list", help="lister les sauvegardes automatiques",
                                 description="Liste les sauvegardes automatiques, la plus récente d'abord.")
    listing.add_argument("--json", action="store_true", help="sortie JSON")
    listing.set_defaults(handler=run_list)
    restore = actions.add_parser("restore", help="remettre une sauvegarde en place",
                                 description="Remet en place la sauvegarde NOM (la base actuelle est d'abord "
                                 "sauvegardée, même endommagée).")
    restore.add_argument("name", metavar="NOM", help="nom de la sauvegarde (voir `backup list`)")
    restore.set_defaults(handler=run_restore)
    export = actions.add_parser("export", help="écrire la base et les réglages dans un fichier",
                                description="Écrit dans un seul fichier votre base (vos projets, notes, sélection, "
                                "recherches enregistrées) et vos réglages, pour une clé USB ou un autre PC.")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FICHIER", help="fichier à écrire")
    export.set_defaults(handler=run_export)
    imp = actions.add_parser("import", help="remettre en place un fichier de sauvegarde",
                             description="Remet en place la base et les réglages d'un fichier écrit par "
                             "`backup export` (les actuels sont d'abord sauvegardés).")
    imp.add_argument("file", type=Path, metavar="FICHIER", help="fichier de sauvegarde")
    imp.set_defaults(handler=run_import)


def _own(records: dict[str, int]) -> str:
    return ", ".join(f"{records[k]} {label}" for k, label in OWN_LABELS.items() if k in records) or "—"


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    """Print the automatic backups, newest first."""
    from territoria.services.backups import list_backups

    backups = list_backups(ctx.paths)
    if args.json:
        print_json([{"name": b.name, "created": b.created, "reason": b.reason, "size": b.size,
                     "schema": b.schema, "sound": b.sound, "detail": b.detail, "own_records": b.own_records}
                    for b in backups])
        return 0
    if not backups:
        print("Aucune sauvegarde.")
        return 0
    for b in backups:
        state = "saine" if b.sound else f"ENDOMMAGÉE ({b.detail})"
        print(f"{b.name}\n    {b.created.replace('T', ' ')} · {b.reason} · schéma {b.schema or '?'} · "
              f"{b.size / 1e6:.1f} Mo · {state} · {_own(b.own_records)}")
    return 0


def run_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    """Restore a backup in place."""
    from territoria.services.backups import restore_backup

    result = restore_backup(ctx.paths, args.name, lock=ctx.lock())
    print(f"Sauvegarde « {result.restored} » remise en place.")
    if result.saved is not None:
        print(f"La base remplacée est gardée dans {result.saved}.")
    return 0


def run_export(args: argparse.Namespace, ctx: CliContext) -> int:
    """Write the backup file."""
    from territoria.services.backups import export_archive

    info = export_archive(ctx.paths, args.output)
    print(f"Sauvegarde écrite dans {info.path} ({_own(info.own_records)}"
          f"{', réglages' if info.has_settings else ''}).")
    return 0


def run_import(args: argparse.Namespace, ctx: CliContext) -> int:
    """Put a backup file in place."""
    from territoria.services.backups import import_archive

    result = import_archive(ctx.paths, args.file, lock=ctx.lock())
    print(f"Sauvegarde « {result.restored} » remise en place"
          f"{' avec ses réglages' if result.settings_restored else ''}.")
    if result.saved is not None:
        print(f"La base remplacée est gardée dans {result.saved}.")
    return 0
