"""Ma sélection and saved searches: kept in the user tables, through restarts and seed updates."""

from __future__ import annotations

import sqlite3

import pytest

from territoria.config import resolve_paths
from territoria.errors import NotFoundError, TerritoriaError
from territoria.services.database import open_database
from territoria.services.search import SearchRequest, fetch_rows, search
from territoria.services.selection import (
    clear_selection,
    delete_saved_search,
    get_saved_search,
    is_starred,
    list_saved_searches,
    save_search,
    saved_search_exists,
    selection_count,
    selection_ids,
    set_starred,
    toggle_star,
)


def test_star_unstar_and_list(db):
    first, second = search(db, SearchRequest("cyber")).ids[:2]
    assert not is_starred(db, first)
    assert toggle_star(db, first) is True
    set_starred(db, second, True)
    set_starred(db, second, True)  # twice is harmless
    assert is_starred(db, first) and selection_count(db) == 2
    assert set(selection_ids(db)) == {first, second}
    assert fetch_rows(db, [first])[0].starred
    assert toggle_star(db, first) is False
    assert selection_ids(db) == [second]
    clear_selection(db)
    assert selection_count(db) == 0
    with pytest.raises(NotFoundError):
        set_starred(db, 999_999, True)


def test_saved_searches_crud_and_validation(db):
    saved = save_search(db, "  Cyber   en région ", "cyber -bretagne", {"status": ["production"], "region": []})
    assert saved.name == "Cyber en région" and saved.filters == {"status": ["production"]}
    assert saved_search_exists(db, "Cyber en région")
    with pytest.raises(TerritoriaError, match="déjà"):
        save_search(db, "Cyber en région", "autre", {})
    replaced = save_search(db, "Cyber en région", "autre", {"theme": ["water"]}, replace=True)
    assert replaced.id == saved.id and get_saved_search(db, saved.id).query == "autre"
    save_search(db, "Écoles", "cantine", {})
    assert [s.name for s in list_saved_searches(db)] == ["Cyber en région", "Écoles"]
    for bad in ("", "   ", "x" * 201):
        with pytest.raises(TerritoriaError):
            save_search(db, bad, "q", {})
    delete_saved_search(db, saved.id)
    delete_saved_search(db, saved.id)  # already gone: nothing happens
    with pytest.raises(NotFoundError):
        get_saved_search(db, saved.id)


def test_selection_and_saved_searches_survive_restart_and_seed_update(data_dir, copy_seed):
    seed = copy_seed()
    paths = resolve_paths(data_dir)
    db = open_database(paths, seed)
    ident = search(db, SearchRequest("fuites eau")).ids[0]
    slug = fetch_rows(db, [ident])[0].slug
    set_starred(db, ident, True)
    save_search(db, "Eau", "fuites eau", {"region": ["76"]})
    db.close()

    # a newer seed: different digest, the starred record renamed and renumbered
    connection = sqlite3.connect(seed)
    with connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("UPDATE meta SET value = 'newer' WHERE key = 'inputs_sha256'")
        connection.execute("UPDATE initiatives SET title = 'Fuites d''eau détectées à Toulouse' WHERE slug = ?", (slug,))
        new_id = connection.execute("SELECT max(id) + 100 FROM initiatives").fetchone()[0]
        for table, column in (("initiative_themes", "initiative_id"), ("initiative_techniques", "initiative_id"),
                              ("initiative_sources", "record_id"), ("initiative_partners", "initiative_id"),
                              ("funding", "initiative_id")):
            connection.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (new_id, ident))
        connection.execute("UPDATE initiatives SET id = ? WHERE id = ?", (new_id, ident))
    connection.close()

    db = open_database(paths, seed)
    try:
        assert db.report is not None and db.report.seed_updated
        starred = selection_ids(db)
        assert [fetch_rows(db, starred)[0].slug] == [slug]
        assert fetch_rows(db, starred)[0].title == "Fuites d'eau détectées à Toulouse"
        assert [(s.name, s.query, s.filters) for s in list_saved_searches(db)] == [
            ("Eau", "fuites eau", {"region": ["76"]})]
        assert search(db, SearchRequest("fuites eau", {"selection": ["yes"]})).ids == tuple(starred)
    finally:
        db.close()
