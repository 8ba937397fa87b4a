"""PostgreSQL counterparts of the SQLite-only steps of the migrations.

The migrations write each engine-specific step once per dialect: SQLite gets FTS5 and its
``CREATE TRIGGER … BEGIN … END``; PostgreSQL gets what is written here:

- ``territoria_fold(text)``: text folded like SQLite's ``unicode61 remove_diacritics 2``
  tokenizer (``unaccent`` then ``lower``, every run of non-alphanumerics one space), so
  the ``simple`` text-search configuration (no stemming, no stop words) sees the very
  words the FTS5 index sees;
- ``initiative_search``: one stored ``tsvector`` per initiative (title weighted A,
  organisations B, places and tags C, texts D: bm25's 10/3/2/1 on SQLite), GIN-indexed,
  rebuilt from the ``initiative_search_text`` view by :data:`REFRESH_FUNCTION`; its title
  words alone (``territoria_title_words``) have a GIN index of their own, relevance's first
  tier (:data:`TITLE_WORDS_FUNCTION`, :data:`TITLE_INDEX`, migration 0013);
- triggers as plpgsql functions (:func:`trigger`), from the very statements SQLite runs.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, Final

#: Extensions migration 0002 creates (``pg_trgm``, for the spelling suggestions, comes with 0012).
EXTENSIONS: Final = ("unaccent",)

FOLD_FUNCTION: Final = (
    "CREATE OR REPLACE FUNCTION territoria_fold(value text) RETURNS text "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ "
    "SELECT regexp_replace(lower(unaccent('unaccent'::regdictionary, coalesce(value, ''))), "
    "'[^[:alnum:]]+', ' ', 'g') $$"
)

#: SQLite's ``group_concat(value, separator)`` (the services' SQL uses it on both engines).
GROUP_CONCAT: Final = (
    "CREATE OR REPLACE FUNCTION territoria_concat_step(state text, value text, separator text) RETURNS text "
    "LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN value IS NULL THEN state WHEN state IS NULL THEN value "
    "ELSE state || separator || value END $$",
    "CREATE OR REPLACE AGGREGATE group_concat(text, text) (SFUNC = territoria_concat_step, STYPE = text)",
)

#: The weighted document of one row of ``initiative_search_text``.
DOCUMENT: Final = (
    "setweight(to_tsvector('simple'::regconfig, territoria_fold(s.title)), 'A') || "
    "setweight(to_tsvector('simple'::regconfig, territoria_fold(s.orgs)), 'B') || "
    "setweight(to_tsvector('simple'::regconfig, territoria_fold(s.places || ' ' || s.tags)), 'C') || "
    "setweight(to_tsvector('simple'::regconfig, territoria_fold(s.body)), 'D')"
)

SEARCH_TABLE: Final = (
    "CREATE TABLE initiative_search ("
    "id integer PRIMARY KEY REFERENCES initiatives(id) ON DELETE CASCADE, "
    "document tsvector NOT NULL)"
)
SEARCH_INDEX: Final = "CREATE INDEX ix_initiative_search_document ON initiative_search USING gin (document)"

#: A document's title words (class A): relevance's first tier (migration 0013). plpgsql is
#: never inlined, so the planner sees this cost (about 200 additions: ``ts_filter`` reads and
#: copies the whole document) and reads the tier from :data:`TITLE_INDEX` instead of filtering
#: every document.
TITLE_WORDS_FUNCTION: Final = (
    "CREATE OR REPLACE FUNCTION territoria_title_words(document tsvector) RETURNS tsvector "
    "LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 200 AS $$ BEGIN RETURN ts_filter(document, '{a}'); END $$"
)
TITLE_INDEX: Final = (
    "CREATE INDEX ix_initiative_search_title ON initiative_search USING gin (territoria_title_words(document))"
)

REFRESH_FUNCTION: Final = (
    "CREATE OR REPLACE FUNCTION territoria_refresh_search(ids integer[]) RETURNS void "
    "LANGUAGE plpgsql AS $$ BEGIN "
    "DELETE FROM initiative_search WHERE id = ANY(ids); "
    "INSERT INTO initiative_search(id, document) "
    f"SELECT s.id, {DOCUMENT} FROM initiative_search_text s "
    "WHERE s.id = ANY(ids) AND EXISTS (SELECT 1 FROM initiatives i WHERE i.id = s.id); "
    "END $$"
)

REBUILD: Final = (
    "DELETE FROM initiative_search",
    f"INSERT INTO initiative_search(id, document) SELECT s.id, {DOCUMENT} FROM initiative_search_text s",
)


def view_sql(sqlite_view: str) -> str:
    """The ``CREATE VIEW`` of a migration, in PostgreSQL's words (``string_agg``)."""
    return sqlite_view.replace("group_concat(", "string_agg(")


def trigger(name: str, event: str, statements: Sequence[str], when: str | None = None) -> list[str]:
    """``CREATE FUNCTION`` + ``CREATE TRIGGER`` running ``statements`` for each row.

    ``event`` is SQLite's (``AFTER UPDATE OF a, b ON t``); ``statements`` may name
    ``new`` and ``old`` as in SQLite.
    """
    body = " ".join(statement.rstrip("; ") + ";" for statement in statements)
    condition = f" WHEN ({when})" if when else ""
    return [
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} "
        "RETURN NULL; END $$",
        f"DROP TRIGGER IF EXISTS {name} ON {event.rsplit(' ON ', 1)[1]}",
        f"CREATE TRIGGER {name} {event} FOR EACH ROW{condition} EXECUTE FUNCTION {name}()",
    ]


def drop_trigger(name: str, table: str) -> list[str]:
    """Drop a trigger made by :func:`trigger` and its function."""
    return [f"DROP TRIGGER IF EXISTS {name} ON {table}", f"DROP FUNCTION IF EXISTS {name}()"]


def refresh(ids: str) -> str:
    """The statement refreshing the search rows of ``ids`` (an SQL integer array expression)."""
    return f"PERFORM territoria_refresh_search({ids})"


#: Columns of ``initiatives`` the search document reads (0004 narrowed the update trigger to them).
INDEXED_COLUMNS: Final = (
    "title, summary, problem, results, lead_id, supplier, programme_id, "
    "commune_insee, epci_siren, departement_code, region_code"
)


def search_triggers(update_columns: str | None) -> list[str]:
    """The triggers keeping ``initiative_search`` right (0002; 0004 narrows the update one)."""
    of = f"OF {update_columns} " if update_columns else ""
    statements: list[str] = []
    statements += trigger("initiatives_search_ai", "AFTER INSERT ON initiatives", [refresh("ARRAY[new.id]")])
    statements += trigger("initiatives_search_au", f"AFTER UPDATE {of}ON initiatives", [refresh("ARRAY[new.id]")])
    for table in ("initiative_themes", "initiative_techniques", "initiative_partners"):
        short = table.removeprefix("initiative_")
        statements += trigger(f"{short}_search_ai", f"AFTER INSERT ON {table}",
                              [refresh("ARRAY[new.initiative_id]")])
        statements += trigger(f"{short}_search_ad", f"AFTER DELETE ON {table}",
                              [refresh("ARRAY[old.initiative_id]")])
    statements += trigger(
        "organisations_search_au", "AFTER UPDATE OF name ON organisations",
        [refresh("ARRAY(SELECT id FROM initiatives WHERE lead_id = new.id UNION "
                 "SELECT initiative_id FROM initiative_partners WHERE organisation_id = new.id)")],
    )
    return statements


def note_triggers() -> list[str]:
    """Triggers refreshing an initiative's search row when its note changes (0006)."""
    def ids(slug: str) -> str:
        return refresh(f"ARRAY(SELECT id FROM initiatives WHERE slug = {slug})")

    return (trigger("notes_search_ai", "AFTER INSERT ON user_notes", [ids("new.record_slug")],
                    "new.kind = 'initiative'")
            + trigger("notes_search_au", "AFTER UPDATE ON user_notes", [ids("new.record_slug")],
                      "new.kind = 'initiative'")
            + trigger("notes_search_ad", "AFTER DELETE ON user_notes", [ids("old.record_slug")],
                      "old.kind = 'initiative'"))


def create_extensions() -> list[str]:
    """``CREATE EXTENSION IF NOT EXISTS`` of every needed extension, and SQLite's functions the
    services use."""
    return [*(f"CREATE EXTENSION IF NOT EXISTS {name}" for name in EXTENSIONS), *GROUP_CONCAT]


@contextmanager
def triggers_disabled(connection: Any, triggers: Mapping[str, Sequence[str]]) -> Iterator[None]:
    """``ALTER TABLE … DISABLE TRIGGER`` of ``triggers`` (table → names) for the block, inside the
    caller's transaction: a rollback undoes it, and the lock it takes (SHARE ROW EXCLUSIVE) holds
    writers back until the commit while readers read on. A role that does not own the tables
    cannot: the triggers then keep running, slower but right."""
    from sqlalchemy.exc import DBAPIError

    try:
        with connection.begin_nested():
            for table, names in triggers.items():
                for name in names:
                    connection.exec_driver_sql(f'ALTER TABLE "{table}" DISABLE TRIGGER "{name}"')
    except DBAPIError:
        yield
        return
    yield  # on an exception the caller's rollback switches them back on (and the session may be gone)
    for table, names in triggers.items():
        for name in names:
            connection.exec_driver_sql(f'ALTER TABLE "{table}" ENABLE TRIGGER "{name}"')


#: The per-row triggers of the search index a bulk write may suspend (table → names).
SEARCH_TRIGGERS: Final = {
    "initiatives": ("initiatives_search_ai", "initiatives_search_au"),
    "initiative_themes": ("themes_search_ai", "themes_search_ad"),
    "initiative_techniques": ("techniques_search_ai", "techniques_search_ad"),
    "initiative_partners": ("partners_search_ai", "partners_search_ad"),
}


# --- the vocabulary of the index for spelling suggestions (migration 0012, pg_trgm) ---------

#: One row per distinct word (at least 3 letters) of the stored documents, trigram-indexed, so
#: the closest words to a misspelt one are an index lookup instead of a ``ts_stat`` pass over
#: every document. Words are only ever added (by :data:`WORDS_TRIGGER`: a statement trigger
#: reading the rows an INSERT or UPDATE of ``initiative_search`` wrote, so every path that
#: indexes a document feeds it); a word whose last document went away stays until the next
#: full rebuild (:data:`WORDS_CLEAR` before :data:`REBUILD`), and the reader checks that a
#: candidate still matches a document. Adding never updates an existing row: concurrent
#: editors do not wait on one another's common words.
WORDS_TABLE: Final = "CREATE TABLE search_words (word text PRIMARY KEY)"
WORDS_INDEX: Final = "CREATE INDEX ix_search_words_trigram ON search_words USING gin (word gin_trgm_ops)"
WORDS_MINIMUM: Final = 3


def _words_from(rows: str) -> str:
    return (f"INSERT INTO search_words(word) SELECT DISTINCT w FROM {rows} r, "
            f"unnest(tsvector_to_array(r.document)) w WHERE length(w) >= {WORDS_MINIMUM} "
            "ORDER BY w ON CONFLICT (word) DO NOTHING")


WORDS_TRIGGER: Final = (
    "CREATE OR REPLACE FUNCTION territoria_search_words() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    f"{_words_from('written_rows')}; RETURN NULL; END $$",
    "CREATE TRIGGER search_words_ai AFTER INSERT ON initiative_search REFERENCING NEW TABLE AS written_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION territoria_search_words()",
    "CREATE TRIGGER search_words_au AFTER UPDATE ON initiative_search REFERENCING NEW TABLE AS written_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION territoria_search_words()",
)
#: Every word of the documents already indexed (the migration's first fill).
WORDS_FILL: Final = _words_from("initiative_search")
#: Emptied before a full rebuild, which fills it again through the trigger (stale words go).
WORDS_CLEAR: Final = "DELETE FROM search_words"
