"""``db init --from-seed`` and ``db upgrade``: the shared catalogue on a PostgreSQL server."""

from __future__ import annotations

import argparse

from territoria.cli.context import CliContext
from territoria.errors import TerritoriaError


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``db`` command and its ``init`` and ``upgrade`` sub-commands."""
    db = sub.add_parser("db", help="préparer la base partagée d'un serveur PostgreSQL (agences)",
                        description="La base partagée d'une agence sur un serveur PostgreSQL, choisie par "
                        "--database URL ou TERRITORIA_DATABASE_URL.")
    actions = db.add_subparsers(dest="db_command", title="commandes", metavar="COMMANDE", required=True)
    init = actions.add_parser("init", help="créer le schéma sur une base vide et y charger la base fournie",
                              description="Crée le schéma (migrations Alembic) sur une base PostgreSQL vide puis "
                              "y charge en une transaction la géographie de référence et les fiches de la base "
                              "fournie.")
    init.add_argument("--from-seed", action="store_true", required=True,
                      help="charger la base fournie avec Territoria (obligatoire)")
    init.set_defaults(handler=run_init)
    upgrade = actions.add_parser("upgrade", help="mettre le schéma de la base du serveur à niveau",
                                 description="Applique les migrations en attente, en une transaction.")
    upgrade.set_defaults(handler=run_upgrade)


def _url(ctx: CliContext) -> str:
    url = ctx.server_url()
    if not url:
        raise TerritoriaError("Indiquez la base du serveur : territoria --database "
                              "postgresql+psycopg://utilisateur:motdepasse@serveur/base db …")
    return url


def run_init(args: argparse.Namespace, ctx: CliContext) -> int:
    """Create the schema on an empty server database and load the seed."""
    from territoria.services.server_database import init_server_database

    counts = init_server_database(_url(ctx))
    print(f"Base du serveur créée : {counts.get('communes', 0)} communes, "
          f"{counts.get('initiatives', 0)} initiatives, {counts.get('schemes', 0)} dispositifs chargés.")
    return 0


def run_upgrade(args: argparse.Namespace, ctx: CliContext) -> int:
    """Migrate the server database to this version's schema."""
    from territoria.services.server_database import upgrade_server_database

    before, after = upgrade_server_database(_url(ctx))
    print("Base du serveur déjà à jour (schéma " + after + ")." if before == after
          else f"Base du serveur mise à niveau : schéma {before} → {after}.")
    return 0
