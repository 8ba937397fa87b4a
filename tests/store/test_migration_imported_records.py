"""Migration 0005 (imported records) keeps existing data and adds the new vocabulary labels."""

from __future__ import annotations

from alembic import command

from territoria.store import migrate
from territoria.store.engine import make_engine


def test_upgrade_from_0004_keeps_rows_and_adds_labels(tmp_path):
    engine = make_engine(tmp_path / "old.sqlite")
    config = migrate._config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
        run = connection.exec_driver_sql
        run("INSERT INTO vocab_labels(kind, slug, label) VALUES ('audience', 'commune', 'Communes')")
        run("INSERT INTO sources(id, slug, origin, title, publisher, url, url_is_article) "
            "VALUES (1, 'src', 'seed', 'Article', 'Éditeur', 'https://exemple.fr', 1)")
        run("INSERT INTO schemes(id, slug, origin, name, summary, audiences, territory_scope, aid_types) "
            "VALUES (1, 'aide', 'seed', 'Aide', '', '[\"commune\"]', 'national', '[\"grant\"]')")
    migrate.upgrade(engine)
    with engine.connect() as connection:
        run = connection.exec_driver_sql
        assert run("SELECT name, language, external_id, call_type FROM schemes").one() == ("Aide", "fr", None, None)
        assert run("SELECT title, licence, attribution FROM sources").one() == ("Article", None, None)
        labels = dict(run("SELECT slug, label FROM vocab_labels WHERE kind = 'aid_type'").all())
        assert labels["technical_engineering"] == "Ingénierie technique"
        assert run("SELECT count(*) FROM scheme_funders").scalar() == 0
        assert run("SELECT count(*) FROM vocab_labels WHERE slug = 'commune'").scalar() == 1
    engine.dispose()
