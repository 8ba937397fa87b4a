"""No-results suggestions on both engines: the same misspelt words find their catalogue word
(a trigram index picks the candidates on a server), and the server's word table follows the
catalogue through imports and removals."""

from __future__ import annotations

import pytest
from pack_tools import build, initiative_toml, make_key, trust_store, write_folder
from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import make_url

from territoria.errors import TerritoriaError
from territoria.services.search import SearchRequest, search
from territoria.services.search.suggest import empty_search_help
from territoria.store.search_index import search_index


def _vocabulary(db) -> dict[str, int]:
    with db.session() as session:
        return dict(search_index(db.engine).vocabulary(session.connection()))


def _misspelt(vocabulary: dict[str, int], count: int = 12) -> list[tuple[str, str]]:
    """(misspelt, right) pairs from the catalogue's most frequent long words: one letter in the
    middle replaced, kept only when no catalogue word begins with the result."""
    words = sorted((w for w in vocabulary if len(w) >= 8 and w.isalpha()), key=lambda w: (-vocabulary[w], w))
    pairs = []
    for word in words:
        middle = len(word) // 2
        wrong = word[:middle] + ("q" if word[middle] != "q" else "x") + word[middle + 1:]
        if not any(other.startswith(wrong[:-1]) for other in vocabulary):
            pairs.append((wrong, word))
        if len(pairs) == count:
            break
    return pairs


def test_misspelt_catalogue_words_are_suggested_on_either_engine(engine_db, db):
    # the same pairs on both engines: drawn from the SQLite copy of the same seed
    pairs = _misspelt(_vocabulary(db))
    assert len(pairs) >= 8
    for wrong, right in pairs:
        assert search(engine_db, SearchRequest(wrong, limit=0)).total == 0
        help_ = empty_search_help(engine_db, wrong)
        assert help_.words and help_.words[0].typed == wrong, wrong
        assert right in help_.words[0].closest, (wrong, help_.words[0].closest)
    # a known word (or a word's beginning) is never corrected; a far word gets nothing
    known = pairs[0][1]
    assert empty_search_help(engine_db, known[:-2]).words == ()
    assert empty_search_help(engine_db, "zzqxwv").words == ()


def test_both_engines_suggest_the_same_words_for_the_seed(server_db, db):
    for wrong, _right in _misspelt(_vocabulary(db)):
        local, server = empty_search_help(db, wrong), empty_search_help(server_db, wrong)
        assert local.words[0].closest[0] == server.words[0].closest[0], wrong
        assert (local.corrected_query, local.corrected_total) == (server.corrected_query, server.corrected_total)


def _server_words(db) -> set[str]:
    with db.engine.connect() as connection:
        return {row[0] for row in connection.exec_driver_sql("SELECT word FROM search_words")}


def test_the_server_word_table_holds_the_index_words_after_db_init(server_db):
    assert _server_words(server_db) == set(_vocabulary(server_db))


def test_the_server_word_table_follows_a_pack_import_and_removal(server_db, tmp_path):
    from territoria.services.packs.importer import import_pack
    from territoria.services.packs.installed import remove_pack

    key = make_key(tmp_path)
    folder = write_folder(tmp_path / "src", initiatives=[
        initiative_toml("zorglub", "Zorglubisation des archives municipales")])
    pack = build(folder, key, tmp_path / "p.territoria")
    assert "zorglubisation" not in _server_words(server_db)
    assert empty_search_help(server_db, "zorglubisaton").words == ()
    import_pack(server_db, pack, trust_store(tmp_path / "cfg", key), tmp_path / "backups")
    assert "zorglubisation" in _server_words(server_db)
    help_ = empty_search_help(server_db, "zorglubisaton")
    assert help_.words[0].closest == ("zorglubisation",) and help_.corrected_total == 1
    # a record edited one by one (the per-row triggers) brings its new words too
    with server_db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE initiatives SET title = 'Zorglubification des archives' "
                                   "WHERE slug = 'arnia:zorglub'")
    assert "zorglubification" in _server_words(server_db)
    assert empty_search_help(server_db, "zorglubisaton").words[0].closest == ("zorglubification",)
    remove_pack(server_db, "arnia", tmp_path / "backups")
    # the word may stay in the table until a full rebuild, but it is never offered
    assert empty_search_help(server_db, "zorglubificaton").words == ()
    with server_db.engine.begin() as connection:
        search_index(server_db.engine).rebuild(connection)
    assert _server_words(server_db) == set(_vocabulary(server_db))


def test_pg_trgm_missing_without_the_right_to_create_it(server_admin, seed_file):
    """unaccent is there but pg_trgm is not, and the user may not create it: the administrator's
    commands in French, and nothing written."""
    url = server_admin.new_database()
    name = make_url(url).database
    with server_admin.engine.connect() as connection:
        connection.exec_driver_sql("DROP ROLE IF EXISTS territoria_trgm")
        connection.exec_driver_sql("CREATE ROLE territoria_trgm LOGIN PASSWORD 'editor'")
        connection.exec_driver_sql(f"REVOKE CREATE ON DATABASE {name} FROM PUBLIC")
    admin_engine = create_engine(url)
    with admin_engine.begin() as connection:
        connection.exec_driver_sql("CREATE EXTENSION unaccent")
        connection.exec_driver_sql("GRANT ALL ON SCHEMA public TO territoria_trgm")
    editor = make_url(url).set(username="territoria_trgm", password="editor").render_as_string(hide_password=False)
    try:
        from territoria.services.server_database import init_server_database

        with pytest.raises(TerritoriaError, match="CREATE EXTENSION pg_trgm") as caught:
            init_server_database(editor, seed_file)
        assert "editor" not in str(caught.value)  # no password in the message
        assert inspect(admin_engine).get_table_names() == []  # one transaction: nothing half-made
    finally:
        admin_engine.dispose()
        server_admin.drop_database(url)
        with server_admin.engine.connect() as connection:
            connection.exec_driver_sql("DROP ROLE IF EXISTS territoria_trgm")
