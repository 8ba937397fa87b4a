"""``export-pdf --initiative ID``'s quick path (no SQLAlchemy) makes the page of the normal path.

The quick path (``services.quick_sheet``, ``store.quick_read``) reads one record with plain
SQL when the database is ready as it is; every page is compared, text and page count, with
the normal path's (the ORM), on seed records and on records made for the occasion.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from pdf_tools import page_texts
from reports_records import add_initiative, add_longest_initiative

from territoria.cli import commands_export, main

VILLAGE = ("commune", "61382")


def run(data_dir, *args) -> int:
    return main(["--data-dir", str(data_dir), *map(str, args)])


@pytest.fixture()
def quick_spy(monkeypatch):
    """Every answer of the quick path (a path, or None when it handed over to the normal path)."""
    answers: list[Path | None] = []
    original = commands_export._quick_one_pager

    def spy(args, ctx):
        answers.append(original(args, ctx))
        return answers[-1]

    monkeypatch.setattr(commands_export, "_quick_one_pager", spy)
    return answers


def both_paths(data_dir: Path, tmp_path: Path, monkeypatch, ident: int, *options) -> tuple[list[str], list[str]]:
    """The page texts of ``ident`` by the quick path, then by the normal path (quick path off)."""
    quick, normal = tmp_path / f"quick-{ident}.pdf", tmp_path / f"normal-{ident}.pdf"
    answers: list[Path | None] = []
    original = commands_export._quick_one_pager
    monkeypatch.setattr(commands_export, "_quick_one_pager",
                        lambda args, ctx: answers.append(original(args, ctx)) or answers[-1])
    assert run(data_dir, "export-pdf", "--initiative", ident, "-o", quick, *options) == 0
    assert answers == [quick], "the quick path did not make the page"
    monkeypatch.setattr(commands_export, "_quick_one_pager", lambda args, ctx: None)
    assert run(data_dir, "export-pdf", "--initiative", ident, "-o", normal, *options) == 0
    monkeypatch.setattr(commands_export, "_quick_one_pager", original)
    return page_texts(quick), page_texts(normal)


def seed_ids(database: Path) -> dict[str, int]:
    """Seed records of every shape the one-pager prints."""
    queries = {
        "sources": "SELECT record_id FROM initiative_sources GROUP BY record_id HAVING count(*) >= 3 LIMIT 1",
        "funding": "SELECT initiative_id FROM funding ORDER BY funder_id IS NULL, scheme_id IS NULL LIMIT 1",
        "partners": "SELECT initiative_id FROM initiative_partners GROUP BY initiative_id "
                    "ORDER BY count(*) DESC LIMIT 1",
        "programme": "SELECT id FROM initiatives WHERE programme_id IS NOT NULL LIMIT 1",
        "no_lead": "SELECT id FROM initiatives WHERE lead_id IS NULL LIMIT 1",
        "inferred": "SELECT id FROM initiatives WHERE lead_attribution = 'inferred' LIMIT 1",
        "english": "SELECT id FROM initiatives WHERE language = 'en' LIMIT 1",
        "first": "SELECT min(id) FROM initiatives",
    }
    connection = sqlite3.connect(database)
    try:
        found = {name: connection.execute(sql).fetchone() for name, sql in queries.items()}
    finally:
        connection.close()
    return {name: row[0] for name, row in found.items() if row and row[0] is not None}


def test_seed_records_print_the_same_page_by_both_paths(db, data_dir, tmp_path, monkeypatch):
    ids = seed_ids(db.path)
    assert {"sources", "first"} <= ids.keys(), ids  # the made records below have every other shape
    db.close()
    for ident in sorted(set(ids.values())):
        quick, normal = both_paths(data_dir, tmp_path, monkeypatch, ident)
        assert len(quick) == len(normal) == 1
        assert quick == normal, ident


def test_made_records_notes_letterheads_print_the_same_page(db, data_dir, tmp_path, monkeypatch):
    from territoria.services.local_projects import ProjectFields, add_project
    from territoria.services.notes import set_note
    from territoria.services.records import get_initiative
    from territoria.services.profile import save_choice
    from territoria.store.models import Pack

    save_choice(db, *VILLAGE, [], None)  # the letterhead is then « Commune de Saint-Denis-sur-Sarthon »
    hostile = add_initiative(db, "Titre <b>gras</b> & « guillemets »", budget_eur=12_500.5,
                             contact="mairie@exemple.fr")
    local = add_project(db, ProjectFields(title="Projet de la mairie", status="idea"))
    longest = add_longest_initiative(db)  # 30 partners, 20 funding lines with funders and schemes, 25 sources
    detail = get_initiative(db, hostile)
    set_note(db, _ref(detail), "Note privée : à présenter au conseil de mars.")
    with db.session() as session:  # a pack record whose pack is installed, and one whose pack was removed
        session.add(Pack(publisher_id="arnia", publisher_name="ARNia", edition="2026-03-03", fingerprint="f" * 19,
                         format_version="1", counts={}, manifest_sha256="0" * 64, imported_at=datetime(2026, 3, 4)))
    connection = sqlite3.connect(db.path)
    with connection:
        pack_ids = [row[0] for row in connection.execute("SELECT id FROM initiatives WHERE origin = 'seed' "
                                                        "ORDER BY id LIMIT 2")]
        connection.execute("UPDATE initiatives SET origin = 'pack', pack_publisher = 'arnia', "
                           "pack_edition = '2026-03-03' WHERE id = ?", (pack_ids[0],))
        connection.execute("UPDATE initiatives SET origin = 'pack', pack_publisher = 'parti', "
                           "pack_edition = '2025-01-01' WHERE id = ?", (pack_ids[1],))
    connection.close()
    db.close()
    for ident, options in ((hostile, ("--with-note",)), (hostile, ()), (local, ()), (longest, ()), (pack_ids[0], ()),
                           (pack_ids[1], ()), (hostile, ("--organisme", "Agence test", "--with-note"))):
        quick, normal = both_paths(data_dir, tmp_path, monkeypatch, ident, *options)
        assert quick == normal, (ident, options)
    quick, _ = both_paths(data_dir, tmp_path, monkeypatch, hostile, "--with-note")
    assert "à présenter au conseil" in quick[0] and "Saint-Denis-sur-Sarthon" in quick[0]
    quick, _ = both_paths(data_dir, tmp_path, monkeypatch, pack_ids[0])
    assert "ARNia" in quick[0]


def _ref(detail):
    from territoria.services.notes import RecordRef

    return RecordRef("initiative", detail.slug, detail.id, detail.title)


def test_what_the_quick_path_cannot_do_goes_the_normal_way(data_dir, tmp_path, quick_spy, capsys):
    target = tmp_path / "fiche.pdf"
    assert run(data_dir, "export-pdf", "--initiative", 3, "-o", target) == 0  # no database yet: created
    assert quick_spy == [None] and target.is_file()
    assert run(data_dir, "export-pdf", "--initiative", 3, "--for-commune", "61382", "-o", target) == 0
    assert quick_spy[-1] is None
    assert run(data_dir, "export-pdf", "--initiative", 999999, "-o", target) == 1  # its French message
    assert quick_spy[-1] is None and "Aucune initiative n'a le numéro 999999." in capsys.readouterr().err
    assert run(data_dir, "export-pdf", "--initiative", 3, "-o", target) == 0
    assert quick_spy[-1] == target


def test_a_database_at_another_revision_is_left_to_the_normal_path(db, data_dir, tmp_path, quick_spy, capsys):
    db.close()
    connection = sqlite3.connect(data_dir / "territoria.sqlite")
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    assert run(data_dir, "export-pdf", "--initiative", 3, "-o", tmp_path / "x.pdf") == 1
    assert quick_spy == [None]
    assert "plus récente" in capsys.readouterr().err  # the normal path refuses a newer database in French
    assert not (tmp_path / "x.pdf").exists()


PROBE = r"""
import json, sys
from territoria.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "sqlalchemy": sorted(m for m in sys.modules if m.split(".")[0] == "sqlalchemy")[:3]}))
"""


def _probe(*args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_quick_path_never_imports_sqlalchemy(db, data_dir, tmp_path):
    db.close()
    target = tmp_path / "fiche.pdf"
    quick = _probe("--data-dir", str(data_dir), "export-pdf", "--initiative", "3", "-o", str(target))
    assert quick == {"code": 0, "sqlalchemy": []}
    assert len(page_texts(target)) == 1
    # the probe sees SQLAlchemy when it is there: --for-commune takes the normal path
    normal = _probe("--data-dir", str(data_dir), "export-pdf", "--initiative", "3", "--for-commune", "61382",
                    "-o", str(target))
    assert normal["code"] == 0 and normal["sqlalchemy"]


@pytest.mark.parametrize("argv", [
    ["export-pdf", "--initiative", "3", "-o", "f.pdf", "--with-note", "--organisme", "Agence"],
    ["--verbose", "--data-dir", "d", "export-pdf", "--scheme", "2", "-o", "f.pdf", "--force"],
    ["--data-dir=d", "--database=postgresql://s/b", "export-csv", "--search", "", "-o", "l.csv"],
])
def test_an_export_command_line_parses_the_same_with_its_parser_alone(argv):
    from territoria.cli import build_parser, named_command

    assert named_command(argv) in ("export-pdf", "export-csv")
    assert vars(build_parser(named_command(argv)).parse_args(argv)) == vars(build_parser().parse_args(argv))
    assert "search" not in build_parser(named_command(argv))._subparsers._group_actions[0].choices


def test_abbreviated_global_options_get_the_full_parser(data_dir, tmp_path, capsys):
    from territoria.cli import named_command

    assert named_command(["--data-d", "d", "export-pdf"]) == "--data-d"  # not a command: every parser is built
    assert main(["--data-d", str(data_dir), "export-pdf", "--initiative", "3", "-o", str(tmp_path / "f.pdf")]) == 0
    assert (tmp_path / "f.pdf").is_file()


def test_a_server_database_is_never_read_by_the_quick_path(db, data_dir, tmp_path, monkeypatch):
    from territoria.cli import build_parser
    from territoria.cli.context import CliContext
    from territoria.settings import DATABASE_URL_ENV

    db.close()
    args = build_parser("export-pdf").parse_args(["export-pdf", "--initiative", "3", "-o", str(tmp_path / "f.pdf")])
    assert commands_export._quick_one_pager(args, CliContext(data_dir=data_dir)) is not None  # the local file
    monkeypatch.setenv(DATABASE_URL_ENV, "postgresql+psycopg://nobody@127.0.0.1:1/territoria")
    assert commands_export._quick_one_pager(args, CliContext(data_dir=data_dir)) is None
    monkeypatch.delenv(DATABASE_URL_ENV)
    assert commands_export._quick_one_pager(args, CliContext(data_dir=data_dir, database_url="postgresql://s/b")) is None
