"""``pack``: signed data packs (keygen, build, verify, import, list, remove).

    territoria pack keygen -o FICHIER.key [--no-passphrase] [--publisher ID]
    territoria pack build DOSSIER --key FICHIER.key -o FICHIER.territoria [--next-key FICHIER.pub]
    territoria pack build --from-database --publisher ID --key FICHIER.key -o FICHIER.territoria [--edition …]
    territoria pack verify FICHIER.territoria
    territoria pack import FICHIER.territoria [--yes] [--json] [--allow-downgrade]
    territoria pack list [--json]
    territoria pack remove PUBLISHER_ID [--yes]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from territoria.cli.context import CliContext
from territoria.cli.output import print_json

#: What replaces the pre-import backup copy on a server.
SERVER_IMPORT_NOTE = ("Paquet importé sur le serveur en une seule transaction (tout ou rien : un échec aurait tout "
                      "annulé), sous le verrou des imports. Pas de copie de fichier sur un serveur : sauvegardez la "
                      "base avec pg_dump.")

KIND_LABELS = {
    "sources": "sources", "organisations": "organisations", "programmes": "programmes",
    "schemes": "dispositifs", "initiatives": "initiatives", "figures": "chiffres clés", "events": "événements",
}


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``pack`` command and its actions."""
    pack = sub.add_parser(
        "pack", help="paquets de données signés des agences",
        description="Crée une clé de signature, construit, vérifie, importe, liste ou retire des paquets "
        "de données signés (.territoria).",
    )
    actions = pack.add_subparsers(dest="pack_action", title="actions", metavar="ACTION", required=True,
                                  parser_class=sub._parser_class)
    keygen = actions.add_parser(
        "keygen", help="créer une paire de clés Ed25519",
        description="Crée une clé privée (PEM PKCS#8, chiffrée par une phrase de passe lue dans "
        "TERRITORIA_KEY_PASSPHRASE ou demandée) et sa clé publique FICHIER.key.pub ; affiche l'empreinte.",
    )
    keygen.add_argument("-o", "--output", type=Path, required=True, metavar="FICHIER.key", help="la clé privée")
    keygen.add_argument("--no-passphrase", action="store_true",
                        help="ne pas chiffrer la clé privée (déconseillé)")
    keygen.add_argument("--publisher", metavar="ID", help="identifiant d'éditeur inscrit dans la clé publique")
    keygen.set_defaults(handler=run_keygen)

    build = actions.add_parser(
        "build", help="construire et signer un paquet depuis un dossier",
        description="Valide les fiches du DOSSIER (pack.toml + fichiers TOML au format de data/curated) "
        "puis écrit le paquet signé.",
    )
    build.add_argument("folder", type=Path, nargs="?", metavar="DOSSIER", help="dossier source du paquet")
    build.add_argument("--from-database", action="store_true",
                       help="les fiches d'un éditeur lues dans la base (le catalogue du serveur avec --database) "
                       "au lieu d'un dossier")
    build.add_argument("--publisher", metavar="ID", help="avec --from-database : l'éditeur publié (voir pack list)")
    build.add_argument("--edition", metavar="AAAA-MM-JJ",
                       help="avec --from-database : édition du paquet (défaut : aujourd'hui, ou sa révision suivante)")
    build.add_argument("--key", type=Path, required=True, metavar="FICHIER.key", help="clé privée de l'agence")
    build.add_argument("-o", "--output", type=Path, required=True, metavar="FICHIER.territoria",
                       help="paquet produit")
    build.add_argument("--next-key", type=Path, metavar="FICHIER.pub",
                       help="annoncer la prochaine clé de l'agence (rotation)")
    build.set_defaults(handler=run_build)

    verify = actions.add_parser("verify", help="vérifier un paquet sans l'importer",
                                description="Vérifie la signature, le contenu et les fiches d'un paquet.")
    verify.add_argument("file", type=Path, metavar="FICHIER.territoria", help="le paquet à vérifier")
    verify.add_argument("--json", action="store_true", help="sortie JSON")
    verify.set_defaults(handler=run_verify)

    imp = actions.add_parser(
        "import", help="importer un paquet (aperçu, sauvegarde, puis import)",
        description="Vérifie le paquet, montre ce qui change, sauvegarde la base puis importe tout en une fois.",
    )
    imp.add_argument("file", type=Path, metavar="FICHIER.territoria", help="le paquet à importer")
    imp.add_argument("--yes", action="store_true", help="confirmer sans question (scripts)")
    imp.add_argument("--json", action="store_true", help="sortie JSON")
    imp.add_argument("--allow-downgrade", action="store_true",
                     help="accepter une édition plus ancienne ou égale à celle installée")
    imp.set_defaults(handler=run_import)

    listing = actions.add_parser("list", help="lister les paquets installés", description="Liste les paquets installés.")
    listing.add_argument("--json", action="store_true", help="sortie JSON")
    listing.set_defaults(handler=run_list)

    remove = actions.add_parser(
        "remove", help="retirer les fiches d'un éditeur",
        description="Retire toutes les fiches d'un éditeur (celles de « Ma sélection » restent).",
    )
    remove.add_argument("publisher", metavar="PUBLISHER_ID", help="identifiant de l'éditeur (voir pack list)")
    remove.add_argument("--yes", action="store_true", help="confirmer sans question (scripts)")
    remove.set_defaults(handler=run_remove)


def confirm(question: str, yes: bool) -> bool:
    """True with ``--yes``; asks on a terminal; without one, says so and returns False."""
    if yes:
        return True
    if not sys.stdin.isatty():
        print("Aucune modification : confirmez avec --yes (pas de terminal pour poser la question).",
              file=sys.stderr)
        return False
    answer = input(f"{question} [o/N] ").strip().lower()
    return answer in {"o", "oui", "y", "yes"}


def _passphrase(confirm_twice: bool) -> str:
    from territoria.services.packs.errors import PackError
    from territoria.services.packs.keys import PASSPHRASE_ENV

    value = os.environ.get(PASSPHRASE_ENV)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise PackError(f"Phrase de passe nécessaire : définissez {PASSPHRASE_ENV} ou lancez la commande "
                        "dans un terminal.")
    import getpass

    value = getpass.getpass("Phrase de passe de la clé : ")
    if confirm_twice and getpass.getpass("Répétez la phrase de passe : ") != value:
        raise PackError("Les deux phrases de passe diffèrent ; aucune clé n'a été créée.")
    return value


def run_keygen(args: argparse.Namespace, ctx: CliContext) -> int:
    """Create the key pair and print the fingerprint."""
    from territoria.services.packs.keys import generate_key

    if args.no_passphrase:
        print("Attention : la clé privée ne sera pas chiffrée. Quiconque copie le fichier pourra signer "
              "des paquets à votre nom ; gardez-le hors des dossiers partagés.", file=sys.stderr)
    passphrase = None if args.no_passphrase else _passphrase(confirm_twice=True)
    files = generate_key(args.output, passphrase, args.publisher)
    print(f"Clé privée : {files.private_path}{'' if files.encrypted else ' (non chiffrée)'}")
    print(f"Clé publique : {files.public_path}")
    print(f"Empreinte : {files.fingerprint}")
    return 0


def _app_context():
    from territoria.resources import seed_path
    from territoria.services.packs.reference import context_of

    try:
        seed = seed_path()
    except FileNotFoundError:
        seed = Path("data/seed.sqlite")
    return context_of(seed)


def run_build(args: argparse.Namespace, ctx: CliContext) -> int:
    """Validate the folder and write the signed pack."""
    from territoria.services.packs.build import build_pack
    from territoria.services.packs.keys import key_is_encrypted, read_public_key

    if args.from_database == (args.folder is not None) or (args.from_database and not args.publisher):
        print("territoria : indiquez soit un DOSSIER, soit --from-database --publisher ID", file=sys.stderr)
        return 2
    next_key = read_public_key(args.next_key) if args.next_key else None
    passphrase = _passphrase(confirm_twice=False) if key_is_encrypted(args.key) else None
    if args.from_database:
        from territoria.services.packs.publish import build_from_database

        result = build_from_database(ctx.database(), args.publisher, args.key, args.output, passphrase,
                                     edition=args.edition, next_key=next_key)
    else:
        result = build_pack(args.folder, args.key, args.output, passphrase, _app_context(), next_key)
    info = result.info
    print(f"Paquet écrit : {result.path}")
    print(f"Éditeur : {info.publisher_name} ({info.publisher_id}), édition {info.edition}")
    print("Fiches : " + ", ".join(f"{n} {KIND_LABELS[k]}" for k, n in info.counts))
    print(f"Signé par la clé {info.fingerprint}")
    if info.next_key_fingerprint:
        print(f"Clé suivante annoncée : {info.next_key_fingerprint}")
    print(f"SHA-256 du paquet : {result.sha256}")
    return 0


def _info_dict(info: Any) -> dict[str, Any]:
    return {
        "publisher_id": info.publisher_id, "publisher": info.publisher_name, "edition": info.edition,
        "title": info.title, "licence": info.licence, "format_version": info.format_version,
        "fingerprint": info.fingerprint, "counts": dict(info.counts), "next_key": info.next_key_fingerprint,
        "notes": list(info.notes),
    }


def _print_info(info: Any) -> None:
    print(f"Paquet : {info.title}")
    print(f"Éditeur : {info.publisher_name} ({info.publisher_id}) — clé {info.fingerprint}")
    print(f"Édition : {info.edition} (format {info.format_version})")
    print("Fiches : " + ", ".join(f"{n} {KIND_LABELS[k]}" for k, n in info.counts))
    for note in info.notes:
        print(f"Note : {note}")


def run_verify(args: argparse.Namespace, ctx: CliContext) -> int:
    """Verify the pack against this installation's trusted keys and database."""
    from territoria.services.packs.importer import verify_for
    from territoria.services.packs.trust import open_trust_store

    verified = verify_for(ctx.database(), args.file, open_trust_store(ctx.paths.config_dir))
    if args.json:
        print_json({"valid": True, **_info_dict(verified.info)})
    else:
        print("Paquet valide : signature, contenu et fiches vérifiés.")
        _print_info(verified.info)
    return 0


def _print_changes(changes: Any) -> None:
    if not changes:
        print("Aucune fiche ajoutée, modifiée ni retirée.")
    for c in changes:
        kept = f" ({c.kept_starred} gardées car dans « Ma sélection »)" if c.kept_starred else ""
        print(f"  {KIND_LABELS[c.kind]:<15} {c.added:>7} ajoutées {c.updated:>7} mises à jour "
              f"{c.withdrawn:>7} retirées{kept}")


def run_import(args: argparse.Namespace, ctx: CliContext) -> int:
    """Preview, confirm, then import the pack."""
    from dataclasses import asdict

    from territoria.services.packs.importer import import_pack, preview_import
    from territoria.services.packs.trust import open_trust_store

    db = ctx.database()
    trust = open_trust_store(ctx.paths.config_dir)
    preview = preview_import(db, args.file, trust)
    if not args.json:
        _print_info(preview.info)
        if preview.installed_edition:
            print(f"Édition installée : {preview.installed_edition}")
        print("Changements :")
        _print_changes(preview.changes)
        for note in preview.notes[len(preview.info.notes):]:
            print(f"Note : {note}")
    if preview.is_downgrade and not args.allow_downgrade:
        print(f"territoria : édition {preview.info.edition} non plus récente que l'édition installée "
              f"({preview.installed_edition}) : import refusé (--allow-downgrade pour forcer).", file=sys.stderr)
        return 1
    if not confirm("Importer ce paquet ?", args.yes):
        return 1
    with ctx.lock().hold():
        result = import_pack(db, args.file, trust, ctx.paths.backups, allow_downgrade=args.allow_downgrade)
    if args.json:
        print_json({**_info_dict(result.info), "previous_edition": result.previous_edition,
                    "changes": [asdict(c) for c in result.changes],
                    "backup": str(result.backup) if result.backup is not None else None,
                    "new_trusted_key": result.new_trusted_key})
        return 0
    if result.backup is None:
        print(SERVER_IMPORT_NOTE)
    else:
        print(f"Paquet importé (sauvegarde préalable : {result.backup}).")
    if result.new_trusted_key:
        print(f"Nouvelle clé de l'éditeur désormais de confiance : {result.new_trusted_key}")
    return 0


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    """Print the installed packs."""
    from dataclasses import asdict

    from territoria.services.packs.folder_import import UNSIGNED
    from territoria.services.packs.installed import list_packs

    packs = list_packs(ctx.database())
    if args.json:
        print_json([{**asdict(p), "counts": dict(p.counts)} for p in packs])
        return 0
    if not packs:
        print("Aucun paquet installé.")
    for p in packs:
        counts = ", ".join(f"{n} {KIND_LABELS[k]}" for k, n in p.counts)
        signed = f"clé {p.fingerprint}" if p.fingerprint != UNSIGNED else "chargé d'un dossier, sans signature"
        print(f"{p.publisher_id} — {p.publisher_name}, édition {p.edition}, {signed}, "
              f"importé le {p.imported_at.replace('T', ' à ')} : {counts}")
    return 0


def run_remove(args: argparse.Namespace, ctx: CliContext) -> int:
    """Withdraw one publisher's records after confirmation."""
    from territoria.services.packs.errors import PackError
    from territoria.services.packs.installed import list_packs, remove_pack

    db = ctx.database()
    installed = {p.publisher_id: p for p in list_packs(db)}
    if args.publisher not in installed:
        raise PackError(f"Aucun paquet de l'éditeur « {args.publisher} » n'est installé.")
    pack = installed[args.publisher]
    print(f"Retirer les fiches de {pack.publisher_name} (édition {pack.edition}) : "
          + ", ".join(f"{n} {KIND_LABELS[k]}" for k, n in pack.counts))
    if not confirm("Retirer ce paquet ?", args.yes):
        return 1
    with ctx.lock().hold():
        _pack, changes = remove_pack(db, args.publisher, ctx.paths.backups)
    _print_changes(changes)
    print("Paquet retiré.")
    return 0
