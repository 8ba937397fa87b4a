"""``local`` and ``note``: the town hall's own projects and private notes.

    territoria local add FICHIER.toml       one [[initiative]] in the curated format
    territoria local list [--json]
    territoria local remove ID
    territoria note set TYPE:ID TEXTE       TYPE: initiative, scheme, programme, figure, organisation
    territoria note clear TYPE:ID
    territoria note list [--json]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from territoria.cli.context import CliContext
from territoria.cli.output import print_json


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``local`` and ``note`` commands."""
    local = sub.add_parser(
        "local", help="vos propres projets (« Mes projets »)",
        description="Ajoute, liste ou supprime les projets de votre collectivité. Ils ne sont jamais "
        "modifiés par une mise à jour des données.",
    )
    actions = local.add_subparsers(dest="local_action", title="actions", metavar="ACTION", required=True,
                                   parser_class=sub._parser_class)
    add = actions.add_parser(
        "add", help="ajouter un projet décrit dans un fichier TOML",
        description="Ajoute le projet décrit par une table [[initiative]] au format de data/curated "
        "(lead et sources inutiles : le porteur est la commune de place_commune_insee ou celle de "
        "« Ma commune », la source est la déclaration de la collectivité, datée du jour).",
    )
    add.add_argument("file", type=Path, metavar="FICHIER.toml", help="le fichier décrivant le projet")
    add.set_defaults(handler=run_local_add)
    listing = actions.add_parser("list", help="lister vos projets", description="Liste vos projets.")
    listing.add_argument("--json", action="store_true", help="sortie JSON")
    listing.set_defaults(handler=run_local_list)
    remove = actions.add_parser("remove", help="supprimer un de vos projets",
                                description="Supprime un de vos projets (avec sa note).")
    remove.add_argument("id", type=_ident, metavar="ID", help="numéro du projet (voir local list)")
    remove.set_defaults(handler=run_local_remove)

    note = sub.add_parser(
        "note", help="note privée sur une fiche",
        description="Attache une note privée à une fiche (TYPE : initiative, scheme, programme, figure, "
        "organisation ; ID : numéro ou identifiant de la fiche).",
    )
    note_actions = note.add_subparsers(dest="note_action", title="actions", metavar="ACTION", required=True,
                                       parser_class=sub._parser_class)
    set_note = note_actions.add_parser("set", help="écrire la note d'une fiche", description="Écrit la note.")
    set_note.add_argument("ref", metavar="TYPE:ID", help="la fiche, ex. initiative:12")
    set_note.add_argument("text", nargs="+", metavar="TEXTE", help="le texte de la note")
    set_note.set_defaults(handler=run_note_set)
    clear = note_actions.add_parser("clear", help="effacer la note d'une fiche", description="Efface la note.")
    clear.add_argument("ref", metavar="TYPE:ID", help="la fiche, ex. initiative:12")
    clear.set_defaults(handler=run_note_clear)
    listing_notes = note_actions.add_parser("list", help="lister vos notes", description="Liste vos notes privées.")
    listing_notes.add_argument("--json", action="store_true", help="sortie JSON")
    listing_notes.set_defaults(handler=run_note_list)


def _ident(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"« {text} » n'est pas un numéro de projet")
    return int(text)


def run_local_add(args: argparse.Namespace, ctx: CliContext) -> int:
    """Read the TOML file, validate it, save the project."""
    from territoria.services.local_projects import add_project, fields_from_toml

    fields = fields_from_toml(args.file)  # ProjectError (French) before the database is opened
    ident = add_project(ctx.database(), fields)
    print(f"Projet ajouté : n° {ident} — {fields.title.strip()}")
    return 0


def run_local_list(args: argparse.Namespace, ctx: CliContext) -> int:
    """List own projects."""
    from territoria.domain.format_fr import euros
    from territoria.domain.vocab import STATUSES
    from territoria.services.local_projects import list_projects

    projects = list_projects(ctx.database())
    if args.json:
        print_json([{"id": p.id, "slug": p.slug, "title": p.title, "status": p.status, "place": p.place,
                     "lead": p.lead, "start_date": p.start_date, "budget_eur": p.budget_eur,
                     "declared": p.declared, "origin": "local"} for p in projects])
        return 0
    if not projects:
        print("Aucun projet de votre collectivité. Ajoutez-en avec « territoria local add FICHIER.toml ».")
        return 0
    for p in projects:
        budget = f" — {euros(p.budget_eur)}" if p.budget_eur is not None else ""
        print(f"{p.id:>6}  {p.title} ({STATUSES.get(p.status, p.status)}, {p.place}){budget}")
    print(f"{len(projects)} projet(s).")
    return 0


def run_local_remove(args: argparse.Namespace, ctx: CliContext) -> int:
    """Delete one own project."""
    from territoria.services.local_projects import delete_project

    title = delete_project(ctx.database(), args.id)
    print(f"Projet supprimé : n° {args.id} — {title}")
    return 0


def run_note_set(args: argparse.Namespace, ctx: CliContext) -> int:
    """Write the note of a record."""
    from territoria.services.notes import parse_ref, set_note

    db = ctx.database()
    ref = parse_ref(db, args.ref)
    note = set_note(db, ref, " ".join(args.text))
    if note is None:
        print(f"Note effacée : {ref.kind}:{ref.id} — {ref.title}")
    else:
        print(f"Note enregistrée : {ref.kind}:{ref.id} — {ref.title}")
    return 0


def run_note_clear(args: argparse.Namespace, ctx: CliContext) -> int:
    """Remove the note of a record."""
    from territoria.services.notes import clear_note, parse_note_ref

    db = ctx.database()
    ref = parse_note_ref(db, args.ref)  # a record withdrawn by « pack remove » may still have its note
    named = f"{ref.kind}:{ref.id or ref.slug} — {ref.title}"
    if clear_note(db, ref):
        print(f"Note effacée : {named}")
    else:
        print(f"Aucune note sur {named}")
    return 0


def run_note_list(args: argparse.Namespace, ctx: CliContext) -> int:
    """List every note, newest first."""
    from territoria.services.notes import list_notes

    notes = list_notes(ctx.database())
    if args.json:
        print_json([{"kind": n.kind, "id": n.slug, "text": n.text, "updated_at": n.updated_at.isoformat()}
                    for n in notes])
        return 0
    if not notes:
        print("Aucune note. Ajoutez-en avec « territoria note set TYPE:ID TEXTE ».")
        return 0
    for n in notes:
        first = n.text.splitlines()[0] if n.text else ""
        print(f"{n.kind}:{n.slug}  ({n.updated_at:%d/%m/%Y})  {first}")
    return 0
