"""Command line: ``territoria`` opens the window, ``territoria COMMAND`` runs a command.

Each command lives in its own module of this package and exposes ``register(subparsers)``,
which adds its sub-parser and sets ``handler(args, ctx) -> int``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from territoria import __version__
from territoria.cli import (
    commands_backup,
    commands_commune,
    commands_contribution,
    commands_data,
    commands_db,
    commands_export,
    commands_import,
    commands_local,
    commands_pack,
    commands_region,
    commands_search,
    commands_server,
    commands_trust,
)
from territoria.cli.context import CliContext
from territoria.errors import TerritoriaError

#: Command modules, in the order ``--help`` lists them (each imports its heavy modules in its handler).
COMMAND_MODULES = [commands_db, commands_server, commands_data, commands_search, commands_commune, commands_export, commands_local,
                   commands_contribution, commands_import, commands_region, commands_pack, commands_trust,
                   commands_backup]


class FrenchArgumentParser(argparse.ArgumentParser):
    """argparse with its fixed English phrases translated."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "arguments"
        self._optionals.title = "options"
        self.add_argument("-h", "--help", action="help", help="afficher cette aide et quitter")

    def error(self, message: str) -> None:  # noqa: D401 - argparse API
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog} : erreur : {message}\n")


#: Commands a command line may name alone, with their module: only that module's parsers are
#: built (building them all takes 10–20 ms, a tenth of a one-page export's whole run; BENCHMARKS.md).
SOLO_COMMANDS = {"export-pdf": commands_export, "export-csv": commands_export}


def named_command(arguments: Sequence[str]) -> str | None:
    """The command of ``arguments`` when only the global options, spelled out, come before it; else None."""
    index = 0
    while index < len(arguments):
        argument = arguments[index]
        if argument == "--verbose" or argument.startswith(("--data-dir=", "--database=")):
            index += 1
        elif argument in ("--data-dir", "--database"):
            index += 2
        else:
            return argument
    return None


def build_parser(command: str | None = None, *, window: bool = False) -> argparse.ArgumentParser:
    """The full argument parser; with ``command`` one of :data:`SOLO_COMMANDS`, only that command's;
    with ``window``, the global options alone (a command line naming no command opens the window:
    the commands' parsers, 10–15 ms, are not built before it)."""
    parser = FrenchArgumentParser(
        prog="territoria",
        description="Territoria — catalogue hors ligne des projets d'intelligence artificielle "
        "des collectivités. Sans commande, ouvre la fenêtre principale.",
    )
    parser.add_argument("--version", action="version", version=f"Territoria {__version__}",
                        help="afficher la version et quitter")
    parser.add_argument("--data-dir", type=Path, metavar="DOSSIER",
                        help="ranger la base, les réglages, les sauvegardes et le journal dans DOSSIER")
    parser.add_argument("--verbose", action="store_true", help="journal détaillé")
    parser.add_argument("--database", metavar="URL",
                        help="utiliser la base partagée d'un serveur PostgreSQL "
                        "(postgresql+psycopg://utilisateur:motdepasse@serveur/base ; "
                        "aussi TERRITORIA_DATABASE_URL) au lieu de la base locale")
    if window:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", title="commandes", metavar="COMMANDE",
                                parser_class=FrenchArgumentParser)
    solo = SOLO_COMMANDS.get(command or "")
    for module in COMMAND_MODULES if solo is None else [solo]:
        module.register(sub)
    return parser


def _split_pack_to_open(arguments: list[str]) -> tuple[list[str], Path | None]:
    """``territoria [options] FILE.territoria``, as a file manager runs it when a data pack is
    double-clicked: the window opens and offers to import it."""
    if not arguments or not arguments[-1].lower().endswith(".territoria") or arguments[-1].startswith("-"):
        return arguments, None
    rest = arguments[:-1]
    index = 0
    while index < len(rest):  # only the global options may come before the file
        if rest[index] == "--verbose" or rest[index].startswith("--data-dir="):
            index += 1
        elif rest[index] == "--data-dir" and index + 1 < len(rest):
            index += 2
        else:
            return arguments, None
    return rest, Path(arguments[-1])


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``territoria`` script.

    Bad arguments (argparse's own errors, text that is not UTF-8, numbers too large for the
    database, file names too long) end with a French message and exit code 2.
    """
    from territoria.cli.arguments import argv_problem, french_argparse, parsed_problem

    arguments = list(sys.argv[1:] if argv is None else argv)
    problem = argv_problem(arguments)
    pack_to_open = None
    if problem is None:
        arguments, pack_to_open = _split_pack_to_open(arguments)
        with french_argparse():
            command = named_command(arguments)
            args = build_parser(command, window=command is None).parse_args(arguments)
        problem = parsed_problem(args)
    if problem is not None:
        print(f"territoria : erreur : {problem}", file=sys.stderr)
        return 2
    ctx = CliContext(data_dir=args.data_dir, verbose=args.verbose, database_url=args.database)
    if args.command is None:
        from territoria.ui.app import run_gui

        # --database, TERRITORIA_DATABASE_URL or the database/url setting: the window on the server
        return run_gui(ctx.paths, verbose=args.verbose, open_pack=pack_to_open, database_url=ctx.server_url())
    try:
        return int(args.handler(args, ctx) or 0)
    except TerritoriaError as exc:
        print(f"territoria : {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("territoria : interrompu", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - only database errors are explained; the rest propagates
        from territoria.services.db_errors import database_damage_message
        from territoria.services.server_database import server_failure_message

        message = server_failure_message(exc) or database_damage_message(exc)
        if message is None:
            raise
        print(f"territoria : {message}", file=sys.stderr)
        return 1
    finally:
        ctx.close()
