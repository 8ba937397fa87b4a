"""``check [--repair]``: every problem of the database, in French, without ever failing on one."""

from __future__ import annotations

import argparse
import sys

from territoria.cli.context import CliContext


def run_check(args: argparse.Namespace, ctx: CliContext) -> int:
    """Exit 0 when the database is sound, 1 with the list of problems otherwise.

    With ``--repair``, rebuild what is derived first, then report what is left (and how
    to restore a backup for it).
    """
    from territoria.services.checkup import RESTORE_ADVICE, check, repair

    path = ctx.paths.database
    if not path.exists():
        ctx.database()  # first run: create it from the seed, as every command does
        ctx.close()
    if getattr(args, "repair", False):
        with ctx.lock().hold():  # a repair writes: one writer per data folder
            outcome = repair(path)
        for action in outcome.actions:
            print(f"Réparé : {action}")
        if not outcome.actions:
            print("Rien à reconstruire : aucun index ni colonne dérivée n'était en cause.")
        result = outcome.after
    else:
        result = check(path)
    if result.ok:
        print("Base de données saine.")
        return 0
    count = len(result.findings)
    print(f"La base de données {path} présente {count} problème{'s' if count > 1 else ''} :", file=sys.stderr)
    for finding in result.findings:
        mark = " [réparable : territoria check --repair]" if finding.repairable else ""
        print(f"  - {finding}{mark}", file=sys.stderr)
    if result.needs_backup:
        print(RESTORE_ADVICE, file=sys.stderr)
    return 1
