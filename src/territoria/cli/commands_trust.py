"""``trust``: the publisher keys this installation trusts.

    territoria trust add FICHIER.pub [--yes]
    territoria trust list [--json]
    territoria trust remove EMPREINTE
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from territoria.cli.context import CliContext
from territoria.cli.output import print_json

ORIGIN_LABELS = {"installer": "fournie par l'installeur", "user": "ajoutée", "rotation": "clé suivante d'un éditeur"}


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``trust`` command and its actions."""
    trust = sub.add_parser(
        "trust", help="clés de confiance des éditeurs de paquets",
        description="Ajoute, liste ou retire les clés publiques dont les paquets sont acceptés.",
    )
    actions = trust.add_subparsers(dest="trust_action", title="actions", metavar="ACTION", required=True,
                                   parser_class=sub._parser_class)
    add = actions.add_parser("add", help="faire confiance à une clé publique",
                             description="Affiche l'empreinte de la clé puis demande confirmation.")
    add.add_argument("file", type=Path, metavar="FICHIER.pub", help="la clé publique de l'agence")
    add.add_argument("--yes", action="store_true", help="confirmer sans question (scripts)")
    add.set_defaults(handler=run_add)
    listing = actions.add_parser("list", help="lister les clés de confiance", description="Liste les clés de confiance.")
    listing.add_argument("--json", action="store_true", help="sortie JSON")
    listing.set_defaults(handler=run_list)
    remove = actions.add_parser("remove", help="ne plus faire confiance à une clé",
                                description="Retire une clé (une clé de l'installeur est révoquée).")
    remove.add_argument("fingerprint", metavar="EMPREINTE", help="ex. 3f2a-9c41-0b7e-d512")
    remove.set_defaults(handler=run_remove)


def run_add(args: argparse.Namespace, ctx: CliContext) -> int:
    """Show the fingerprint, confirm, trust the key."""
    from territoria.cli.commands_pack import confirm
    from territoria.services.packs.keys import read_public_key
    from territoria.services.packs.trust import open_trust_store

    key = read_public_key(args.file)
    publishers = f" pour l'éditeur {', '.join(key.publishers)}" if key.publishers else ""
    print(f"Clé {args.file.name}{publishers}, empreinte : {key.fingerprint}")
    print("Vérifiez cette empreinte auprès de l'agence par un autre canal (téléphone, courrier) avant d'accepter.")
    if not confirm("Faire confiance à cette clé ?", args.yes):
        return 1
    store = open_trust_store(ctx.paths.config_dir)
    store.add_file(args.file)
    print(f"Clé {key.fingerprint} ajoutée aux clés de confiance.")
    return 0


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    """Print the trusted keys."""
    from territoria.services.packs.trust import open_trust_store

    keys = open_trust_store(ctx.paths.config_dir).keys()
    if args.json:
        print_json([asdict(k) for k in keys])
        return 0
    if not keys:
        print("Aucune clé de confiance.")
    for k in keys:
        bound = ", ".join(k.publishers) or "(éditeur fixé au premier paquet)"
        print(f"{k.fingerprint}  {bound}  — {ORIGIN_LABELS.get(k.origin, k.origin)} ({k.label})")
    return 0


def run_remove(args: argparse.Namespace, ctx: CliContext) -> int:
    """Stop trusting a key."""
    from territoria.services.packs.trust import open_trust_store

    key = open_trust_store(ctx.paths.config_dir).remove(args.fingerprint)
    print(f"Clé {key.fingerprint} retirée des clés de confiance ; ses paquets seront refusés.")
    return 0
