"""Data packs imported into the shared catalogue on a real PostgreSQL server: one transaction,
the search index kept in step, provenance, the import lock serialising two editors, and a
connection dropped in the middle leaving nothing half-written."""

from __future__ import annotations

import threading
import time

import pytest
from pack_tools import build, initiative_toml, make_key, trust_store, write_folder
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from territoria.cli import main
from territoria.services.packs import PackError
from territoria.services.packs.importer import import_pack
from territoria.services.packs.installed import list_packs
from territoria.services.search import SearchRequest, search
from territoria.store.import_transaction import ImportBusyError


def _rows(db, sql: str, **params):
    from sqlalchemy import text

    with db.engine.connect() as connection:
        return [tuple(r) for r in connection.execute(text(sql), params)]


def _found(db, words: str) -> set[str]:
    ids = search(db, SearchRequest(words, limit=None)).ids
    if not ids:
        return set()
    return {r[0] for r in _rows(db, "SELECT slug FROM initiatives WHERE id = ANY(:ids)", ids=list(ids))}


@pytest.fixture()
def agency(tmp_path):
    key = make_key(tmp_path)
    return key, trust_store(tmp_path / "cfg", key)


def test_a_pack_imported_into_the_server_is_searchable_with_its_provenance(server_db, agency, tmp_path):
    key, trust = agency
    pack = build(write_folder(tmp_path / "src"), key, tmp_path / "p.territoria")
    assert "arnia:tri-courrier" not in _found(server_db, "courrier")
    result = import_pack(server_db, pack, trust, tmp_path / "backups")
    assert result.backup is None and not (tmp_path / "backups").exists()  # the transaction stands in for it
    assert [(c.kind, c.added) for c in result.changes] == [("sources", 1), ("organisations", 1), ("initiatives", 2)]
    assert "arnia:tri-courrier" in _found(server_db, "courrier")
    assert _found(server_db, "assistant conversationnel caen") >= {"arnia:chatbot-caen"}
    assert [(p.publisher_id, p.edition) for p in list_packs(server_db)] == [("arnia", "2026-03-03")]
    assert _rows(server_db, "SELECT origin, pack_publisher, pack_edition, commune_insee FROM initiatives "
                            "WHERE slug = 'arnia:tri-courrier'") == [("pack", "arnia", "2026-03-03", "61376")]
    # the sort keys and the search documents are those the per-row triggers would have written
    stored = _rows(server_db, "SELECT i.slug, organisation_key, place_key, theme_key, theme_mask, s.document::text "
                              "FROM initiatives i JOIN initiative_search s ON s.id = i.id "
                              "WHERE i.origin = 'pack' ORDER BY 1")
    assert len(stored) == 2 and all(row[1] and row[2] and row[4] for row in stored)
    with server_db.engine.connect() as connection:
        from territoria.store import sort_keys
        from territoria.store.search_index import search_index

        sort_keys.backfill(connection)
        search_index(server_db.engine).rebuild(connection)
        recomputed = [tuple(r) for r in connection.exec_driver_sql(
            "SELECT i.slug, organisation_key, place_key, theme_key, theme_mask, s.document::text FROM initiatives i "
            "JOIN initiative_search s ON s.id = i.id WHERE i.origin = 'pack' ORDER BY 1")]
        connection.rollback()
    assert recomputed == stored
    # a newer edition without the mail sorter withdraws it from the index too
    folder = write_folder(tmp_path / "v2", edition="2026-04-01",
                          initiatives=[initiative_toml("chatbot-caen", "Assistant conversationnel de Caen")])
    import_pack(server_db, build(folder, key, tmp_path / "v2.territoria"), trust, tmp_path / "backups")
    assert "arnia:tri-courrier" not in _found(server_db, "courrier")
    assert "arnia:chatbot-caen" in _found(server_db, "assistant conversationnel caen")


def test_pack_import_on_the_command_line_says_the_transaction_replaces_the_backup(server_db, agency, tmp_path,
                                                                                 data_dir, capsys):
    key, _trust = agency
    pack = build(write_folder(tmp_path / "src"), key, tmp_path / "p.territoria")
    url = server_db.engine.url.render_as_string(hide_password=False)
    base = ["--data-dir", str(data_dir), "--database", url]
    assert main([*base, "trust", "add", str(key) + ".pub", "--yes"]) == 0
    capsys.readouterr()
    assert main([*base, "pack", "import", str(pack), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "une seule transaction" in out and "pg_dump" in out and "sauvegarde préalable" not in out
    assert main([*base, "search", "courrier", "--json"]) == 0
    assert "Tri automatique du courrier" in capsys.readouterr().out
    assert main([*base, "pack", "import", str(pack), "--yes"]) == 1  # the same edition again
    assert "--allow-downgrade" in capsys.readouterr().err


class _Holding:
    """A progress that stops inside the import's transaction until released."""

    def __init__(self) -> None:
        self.inside = threading.Event()
        self.release = threading.Event()

    def step(self, done: int, total: int, reason) -> None:
        if reason.code == "progress_writing" and not self.inside.is_set():
            self.inside.set()
            assert self.release.wait(60)


def _run(results: dict, name: str, function) -> threading.Thread:
    def target() -> None:
        try:
            results[name] = function()
        except Exception as exc:  # the test reads it
            results[name] = exc

    thread = threading.Thread(target=target, name=name)
    thread.start()
    return thread


def test_two_imports_never_interleave_the_second_waits_or_is_refused(server_db, agency, tmp_path):
    key, trust = agency
    arnia = build(write_folder(tmp_path / "a"), key, tmp_path / "a.territoria")
    other_key = make_key(tmp_path, "autre.key")
    trust.add_file(other_key.with_name("autre.key.pub"))
    other = build(write_folder(tmp_path / "b", publisher="autre", name="Autre agence"), other_key,
                  tmp_path / "b.territoria")
    holding = _Holding()
    results: dict = {}
    first = _run(results, "first", lambda: import_pack(server_db, arnia, trust, tmp_path / "bk", progress=holding))
    assert holding.inside.wait(60), results
    # a second editor who will not wait is refused clearly, nothing written
    with pytest.raises(ImportBusyError, match="Un autre import est en cours sur le serveur"):
        import_pack(server_db, other, trust, tmp_path / "bk", wait=0.5)
    # one who waits: the same pack (refused once the first has installed it) and another publisher's
    same = _run(results, "same", lambda: import_pack(server_db, arnia, trust, tmp_path / "bk", wait=60))
    waiting = _run(results, "other", lambda: import_pack(server_db, other, trust, tmp_path / "bk", wait=60))
    time.sleep(1.5)
    assert same.is_alive() and waiting.is_alive()  # held back by the lock
    assert _rows(server_db, "SELECT count(*) FROM initiatives WHERE origin = 'pack'") == [(0,)]  # nothing visible yet
    holding.release.set()
    for thread in (first, same, waiting):
        thread.join(120)
    assert not isinstance(results["first"], Exception), results["first"]
    assert not isinstance(results["other"], Exception), results["other"]
    assert isinstance(results["same"], PackError) and "entre-temps" in results["same"].message
    assert sorted(p.publisher_id for p in list_packs(server_db)) == ["arnia", "autre"]
    assert _rows(server_db, "SELECT pack_publisher, count(*) FROM initiatives WHERE origin = 'pack' "
                            "GROUP BY 1 ORDER BY 1") == [("arnia", 2), ("autre", 2)]
    assert _rows(server_db, "SELECT count(*) FROM initiatives i LEFT JOIN initiative_search s ON s.id = i.id "
                            "WHERE s.id IS NULL") == [(0,)]


def test_a_connection_dropped_mid_import_leaves_nothing_and_the_next_import_works(server_db, agency, tmp_path):
    key, trust = agency
    pack = build(write_folder(tmp_path / "src"), key, tmp_path / "p.territoria")
    url = make_url(server_db.engine.url)
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    before = _rows(server_db, "SELECT (SELECT count(*) FROM initiatives), (SELECT count(*) FROM organisations), "
                              "(SELECT count(*) FROM initiative_search), (SELECT count(*) FROM packs)")

    class Cut:
        def step(self, done: int, total: int, reason) -> None:
            if reason.code == "progress_writing" and reason.get("kind") == "initiatives":
                with admin.connect() as connection:  # the server ends the import's session
                    killed = connection.exec_driver_sql(
                        "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                        "AND pid <> pg_backend_pid()").all()
                assert killed == [(True,)]

    try:
        with pytest.raises(PackError, match="annulé : rien n'a été modifié.*connexion a été coupée"):
            import_pack(server_db, pack, trust, tmp_path / "bk", progress=Cut())
        assert _rows(server_db, "SELECT (SELECT count(*) FROM initiatives), (SELECT count(*) FROM organisations), "
                                "(SELECT count(*) FROM initiative_search), (SELECT count(*) FROM packs)") == before
        assert _rows(server_db, "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND NOT tgenabled = 'O'") \
            == [(0,)]  # every trigger is on again (the rollback undid the bulk write's switch)
        import_pack(server_db, pack, trust, tmp_path / "bk")  # the app stays usable: a new connection
        assert "arnia:tri-courrier" in _found(server_db, "courrier")
    finally:
        admin.dispose()


def test_removing_a_publisher_from_the_server_withdraws_its_records_from_the_index(server_db, agency, tmp_path):
    from territoria.services.packs.installed import remove_pack

    key, trust = agency
    import_pack(server_db, build(write_folder(tmp_path / "src"), key, tmp_path / "p.territoria"), trust, tmp_path / "b")
    assert "arnia:tri-courrier" in _found(server_db, "courrier")
    _pack, changes = remove_pack(server_db, "arnia", tmp_path / "b")
    assert [(c.kind, c.withdrawn) for c in changes if c.kind == "initiatives"] == [("initiatives", 2)]
    assert not (tmp_path / "b").exists()
    assert "arnia:tri-courrier" not in _found(server_db, "courrier")
    assert list_packs(server_db) == []
    assert _rows(server_db, "SELECT count(*) FROM initiatives i LEFT JOIN initiative_search s ON s.id = i.id "
                            "WHERE s.id IS NULL") == [(0,)]
