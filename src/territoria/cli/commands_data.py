"""``build-seed``: rebuild ``data/seed.sqlite`` from the committed sources."""

from __future__ import annotations

import argparse
from pathlib import Path

from territoria.cli.context import CliContext


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``build-seed`` command."""
    build = sub.add_parser(
        "build-seed", help="reconstruire data/seed.sqlite (développeurs)",
        description="Reconstruit la base de référence à partir de data/reference et data/curated.",
    )
    build.add_argument("--data", type=Path, default=Path("data"), metavar="DOSSIER",
                       help="dossier des sources (défaut : data)")
    build.add_argument("-o", "--output", type=Path, default=None, metavar="FICHIER",
                       help="fichier produit (défaut : DOSSIER/seed.sqlite)")
    build.set_defaults(handler=run_build_seed)


def run_build_seed(args: argparse.Namespace, ctx: CliContext) -> int:
    """Build the seed and print where it went."""
    from territoria.store.seed.build import build_seed, content_digest
    from territoria.store.seed.curated import CuratedDataError

    import sys

    output = args.output or args.data / "seed.sqlite"
    if output.is_dir():
        print(f"territoria : erreur : « {output} » est un dossier ; indiquez le nom du fichier à produire "
              "(par exemple -o data/seed.sqlite).", file=sys.stderr)
        return 2
    if not output.parent.is_dir():
        print(f"territoria : erreur : le dossier « {output.parent} » n'existe pas.", file=sys.stderr)
        return 2
    if not args.data.is_dir():
        print(f"territoria : erreur : le dossier des sources « {args.data} » n'existe pas.", file=sys.stderr)
        return 2
    try:
        build_seed(args.data, output)
    except (CuratedDataError, ValueError, OSError) as exc:
        print(f"territoria : {exc}", file=sys.stderr)
        return 1
    print(f"{output} reconstruit (contenu {content_digest(output)[:16]}).")
    return 0
