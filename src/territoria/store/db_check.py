"""A full check of a database file that never fails on what it finds (the repair of what
is derived lives in ``store.db_repair``).

The file is read with the plain ``sqlite3`` module, never through the start-up path
(which migrates, merges the seed and backs up): a damaged file must be examined as it
is. Every check runs on its own; an error of the database itself (``database disk image
is malformed``, a missing table) becomes a finding, never an exception.

The expected schema is read from a *reference* database at the app's schema revision
(the shipped seed, or an empty database migrated to head when the seed lags behind).
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from territoria.domain import vocab
from territoria.domain.text import fold
from territoria.domain.urls import url_problem

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"

#: Examples quoted per finding (row numbers), so a report on 100,000 rows stays short.
EXAMPLES = 3
#: Lines of ``PRAGMA integrity_check`` reported.
INTEGRITY_LINES = 20

#: Columns whose values must belong to a vocabulary: (table, column, allowed values, may be NULL).
VOCABULARY_COLUMNS: tuple[tuple[str, str, Callable[[], object], bool], ...] = (
    ("initiatives", "status", lambda: vocab.STATUSES, False),
    ("initiatives", "lead_kind", lambda: vocab.LEAD_KIND_FACET, False),
    ("initiative_themes", "theme", lambda: vocab.THEMES, False),
    ("initiative_techniques", "technique", lambda: vocab.TECHNIQUES, False),
    ("organisations", "kind", lambda: vocab.ORG_KINDS, False),
    ("programmes", "kind", lambda: vocab.PROGRAMME_KINDS, False),
    ("schemes", "territory_scope", lambda: vocab.TERRITORY_SCOPES, False),
    ("schemes", "recurrence", lambda: vocab.RECURRENCES, True),
    ("figures", "unit", lambda: vocab.FIGURE_UNITS, False),
    ("epci", "kind", lambda: vocab.EPCI_KINDS, False),
    ("user_profile", "kind", lambda: dict.fromkeys(vocab.COLLECTIVITE_KINDS), False),
)
#: JSON columns holding a list of vocabulary slugs.
JSON_LIST_COLUMNS: tuple[tuple[str, str, Callable[[], object]], ...] = (
    ("schemes", "audiences", lambda: vocab.AUDIENCES),
    ("schemes", "aid_types", lambda: vocab.AID_TYPES),
    ("user_profile", "needs", lambda: vocab.THEMES),
)
#: Columns holding a partial date (YYYY, YYYY-MM or YYYY-MM-DD).
DATE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("initiatives", "start_date"), ("initiatives", "end_date"), ("initiatives", "last_checked"),
    ("sources", "published"), ("budget_mentions", "date"), ("figures", "date"),
    ("schemes", "opens"), ("schemes", "closes"),
)
#: Columns holding a web link.
URL_COLUMNS: tuple[tuple[str, str], ...] = (
    ("sources", "url"), ("organisations", "url"), ("programmes", "url"), ("schemes", "url"),
)
#: The full-text index and the view that feeds it.
FTS_TABLE = "initiatives_fts"
FTS_VIEW = "initiative_search_text"

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

_TYPE_NAMES = {"integer": "un entier", "real": "un nombre décimal", "text": "du texte", "blob": "des octets",
               "null": "rien"}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem: its area ("Intégrité", "Schéma", "Valeurs"…), a French sentence, and
    whether ``repair`` can fix it (derived data) or only a backup can."""

    area: str
    message: str
    repairable: bool = False

    def __str__(self) -> str:
        return f"{self.area} : {self.message}"


@dataclass(frozen=True, slots=True)
class CheckResult:
    """Every finding of :func:`inspect_database` (empty when the database is sound)."""

    path: Path
    findings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        """True when nothing was found."""
        return not self.findings

    @property
    def repairable(self) -> tuple[Finding, ...]:
        """Findings ``repair_database`` can fix."""
        return tuple(f for f in self.findings if f.repairable)

    @property
    def needs_backup(self) -> tuple[Finding, ...]:
        """Findings only a backup can fix."""
        return tuple(f for f in self.findings if not f.repairable)


# --- the reference schema ----------------------------------------------------------------


def _revision(connection: sqlite3.Connection) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


@contextmanager
def reference_database(seed: Path | None, head: str) -> Iterator[Path]:
    """A database at schema ``head`` to compare with: ``seed`` when it is at ``head``,
    else an empty database migrated to ``head`` in a temporary folder."""
    if seed is not None and seed.is_file():
        try:
            with closing(sqlite3.connect(f"file:{seed.as_posix()}?mode=ro", uri=True)) as connection:
                if _revision(connection) == head:
                    yield seed
                    return
        except sqlite3.Error:
            log.warning("seed illisible pour la vérification, schéma reconstruit")
    from territoria.store import migrate
    from territoria.store.engine import make_engine

    with tempfile.TemporaryDirectory(prefix="territoria-check-") as folder:
        path = Path(folder) / "reference.sqlite"
        engine = make_engine(path)
        try:
            migrate.upgrade(engine)
        finally:
            engine.dispose()
        yield path


@dataclass(frozen=True, slots=True)
class Schema:
    revision: str | None
    objects: dict[tuple[str, str], str]  # (type, name) -> sql
    columns: dict[str, list[tuple[str, str]]]  # table -> [(column, declared type)]
    virtual: frozenset[str]


def read_schema(connection: sqlite3.Connection) -> Schema:
    rows = connection.execute(
        "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    virtual = frozenset(name for kind, name, _, sql in rows
                        if kind == "table" and sql.upper().startswith("CREATE VIRTUAL TABLE"))
    objects: dict[tuple[str, str], str] = {}
    for kind, name, _table, sql in rows:
        if kind == "table" and any(name.startswith(f"{v}_") for v in virtual):
            continue  # a full-text table's own storage tables come with it
        if kind == "index" and not sql:
            continue  # automatic indexes of UNIQUE / PRIMARY KEY constraints
        objects[(kind, name)] = sql
    columns = {}
    for (kind, name) in objects:
        if kind == "table" and name not in virtual:
            columns[name] = [(str(r[1]), str(r[2] or "")) for r in connection.execute(f'PRAGMA table_info("{name}")')]
    return Schema(_revision(connection), objects, columns, virtual)


# --- the check ---------------------------------------------------------------------------


def _rows(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:EXAMPLES])
    return f"n° {shown}{'…' if len(numbers) > EXAMPLES else ''}"


def count_phrase(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _expected_types(declared: str) -> tuple[tuple[str, ...], str] | None:
    upper = declared.upper()
    if "INT" in upper or "BOOL" in upper:
        return ("integer", "null"), "d'un entier"
    if any(word in upper for word in ("REAL", "FLOA", "DOUB", "NUMERIC")):
        return ("integer", "real", "null"), "d'un nombre"
    if any(word in upper for word in ("CHAR", "TEXT", "CLOB", "DATE", "JSON")):
        return ("text", "null"), "de texte"
    return None


class _Checker:
    """Runs every check on one connection, turning database errors into findings."""

    def __init__(self, connection: sqlite3.Connection, reference: Schema) -> None:
        self.connection = connection
        self.reference = reference
        self.findings: list[Finding] = []
        self.schema: Schema | None = None

    def add(self, area: str, message: str, repairable: bool = False) -> None:
        self.findings.append(Finding(area, message, repairable))

    def run(self, area: str, check: Callable[[], None]) -> None:
        try:
            check()
        except (sqlite3.Error, ValueError, OverflowError, MemoryError) as exc:
            self.add(area, f"vérification impossible ({french_sqlite_error(exc)})")

    def has(self, table: str, column: str | None = None) -> bool:
        schema = self.schema
        if schema is None or ("table", table) not in schema.objects:
            return False
        return column is None or any(name == column for name, _ in schema.columns.get(table, []))

    # -- checks --

    def integrity(self) -> None:
        rows = [str(r[0]) for r in self.connection.execute(f"PRAGMA integrity_check({INTEGRITY_LINES})")]
        problems = [line.strip() for row in rows for line in row.splitlines()
                    if line.strip() and line.strip() != "ok" and not line.startswith("*** in database")]
        if not problems:
            return
        if all(_index_only(line) for line in problems):
            self.add("Intégrité", f"{count_phrase(len(problems), 'entrée d’index incohérente', 'entrées d’index incohérentes')} "
                     f"(SQLite : « {problems[0]} »)", repairable=True)
            return
        more = "au moins " if len(problems) >= INTEGRITY_LINES else ""
        self.add("Intégrité", f"le fichier est endommagé : {more}{count_phrase(len(problems), 'anomalie', 'anomalies')} "
                 f"trouvée{'s' if len(problems) > 1 else ''} par SQLite (par exemple « {problems[0]} »)")

    def foreign_keys(self) -> None:
        violations = self.connection.execute("PRAGMA foreign_key_check").fetchall()
        by_link: dict[tuple[str, str], list[int]] = {}
        for table, rowid, parent, _ in violations:
            by_link.setdefault((str(table), str(parent)), []).append(int(rowid) if rowid is not None else 0)
        for (table, parent), rows in sorted(by_link.items()):
            self.add("Références", f"{count_phrase(len(rows), 'ligne', 'lignes')} de « {table} » "
                     f"renvoie{'nt' if len(rows) > 1 else ''} à « {parent} » inexistant ({_rows(rows)})")

    def read_schema(self) -> None:
        self.schema = read_schema(self.connection)

    def schema_objects(self) -> None:
        schema, reference = self.schema, self.reference
        assert schema is not None
        if schema.revision != reference.revision:
            self.add("Schéma", f"version « {schema.revision or 'aucune'} » au lieu de « {reference.revision} » "
                     "(la mise à jour se fait au démarrage de Territoria)")
            return
        names = {"table": "table", "index": "index", "trigger": "déclencheur", "view": "vue"}
        for (kind, name), _sql in sorted(reference.objects.items()):
            if (kind, name) in schema.objects:
                continue
            derived = kind in ("index", "trigger", "view") or name in reference.virtual
            what = "index de recherche" if name in reference.virtual else names.get(kind, kind)
            feminine = kind == "view" or (kind == "table" and name not in reference.virtual)
            self.add("Schéma", f"{what} « {name} » absent{'e' if feminine else ''}", repairable=derived)
        for table, expected in sorted(reference.columns.items()):
            present = {name for name, _ in schema.columns.get(table, [])}
            if ("table", table) not in schema.objects:
                continue
            for column, _declared in expected:
                if column not in present:
                    self.add("Schéma", f"colonne « {table}.{column} » absente")

    def column_types(self) -> None:
        assert self.schema is not None
        for table, columns in sorted(self.reference.columns.items()):
            if not self.has(table):
                continue
            checks = []
            for column, declared in columns:
                expected = _expected_types(declared)
                if expected is None or not self.has(table, column):
                    continue
                checks.append((column, expected))
            if not checks:
                continue
            wrong = " OR ".join(
                f'typeof("{c}") NOT IN ({", ".join(repr(t) for t in types)})' for c, (types, _) in checks)
            select = ", ".join(f'typeof("{c}")' for c, _ in checks)
            bad: dict[str, dict[str, list[int]]] = {}
            for row in self.connection.execute(f'SELECT rowid, {select} FROM "{table}" WHERE {wrong}'):
                for (column, (types, _label)), kind in zip(checks, row[1:]):
                    if kind not in types:
                        bad.setdefault(column, {}).setdefault(kind, []).append(int(row[0]))
            for column, kinds in bad.items():
                label = dict(checks)[column][1]
                for kind, rows in kinds.items():
                    self.add("Valeurs", f"« {table}.{column} » : {count_phrase(len(rows), 'ligne contient', 'lignes contiennent')} "
                             f"{_TYPE_NAMES.get(kind, kind)} au lieu {label} ({_rows(rows)})")

    def vocabularies(self) -> None:
        for table, column, allowed_of, nullable in VOCABULARY_COLUMNS:
            if not self.has(table, column):
                continue
            allowed = allowed_of()
            for value, count, first in self.connection.execute(
                f'SELECT "{column}", count(*), min(rowid) FROM "{table}" GROUP BY "{column}"'
            ):
                if value is None and nullable:
                    continue
                if not isinstance(value, str) or value not in allowed:  # type: ignore[operator]
                    shown = repr(value) if not isinstance(value, str) else f"« {value[:40]} »"
                    self.add("Vocabulaire", f"« {table}.{column} » vaut {shown}, valeur inconnue "
                             f"({count_phrase(count, 'ligne', 'lignes')}, dont n° {first})")

    def json_columns(self) -> None:
        lists = {(t, c): allowed for t, c, allowed in JSON_LIST_COLUMNS}
        for table, columns in sorted(self.reference.columns.items()):
            for column, declared in columns:
                if "JSON" not in declared.upper() or not self.has(table, column):
                    continue
                invalid, wrong_shape, unknown = [], [], []
                allowed = lists[(table, column)]() if (table, column) in lists else None
                for rowid, raw in self.connection.execute(f'SELECT rowid, "{column}" FROM "{table}"'):
                    if raw is None:
                        continue
                    try:
                        value = json.loads(raw)
                    except (TypeError, ValueError, RecursionError):
                        invalid.append(int(rowid))
                        continue
                    if allowed is not None:
                        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                            wrong_shape.append(int(rowid))
                        elif any(v not in allowed for v in value):  # type: ignore[operator]
                            unknown.append(int(rowid))
                if invalid:
                    self.add("JSON", f"« {table}.{column} » : {count_phrase(len(invalid), 'valeur illisible', 'valeurs illisibles')} "
                             f"({_rows(invalid)})")
                if wrong_shape:
                    self.add("JSON", f"« {table}.{column} » : {count_phrase(len(wrong_shape), 'valeur', 'valeurs')} "
                             f"qui ne sont pas des listes de mots ({_rows(wrong_shape)})")
                if unknown:
                    self.add("Vocabulaire", f"« {table}.{column} » : {count_phrase(len(unknown), 'liste contient', 'listes contiennent')} "
                             f"une valeur inconnue ({_rows(unknown)})")

    def dates(self) -> None:
        for table, column in DATE_COLUMNS:
            if not self.has(table, column):
                continue
            bad = [int(rowid) for rowid, value in self.connection.execute(
                f'SELECT rowid, "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL') if not _valid_date(value)]
            if bad:
                self.add("Dates", f"« {table}.{column} » : {count_phrase(len(bad), 'date invalide', 'dates invalides')} "
                         f"({_rows(bad)})")

    def date_times(self) -> None:
        for table, columns in sorted(self.reference.columns.items()):
            for column, declared in columns:
                if "DATETIME" not in declared.upper() or not self.has(table, column):
                    continue
                bad = [int(rowid) for rowid, value in self.connection.execute(
                    f'SELECT rowid, "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL')
                    if not _valid_date_time(value)]
                if bad:
                    wrong = count_phrase(len(bad), "date et heure invalide", "dates et heures invalides")
                    self.add("Dates", f"« {table}.{column} » : {wrong} ({_rows(bad)})")

    def urls(self) -> None:
        for table, column in URL_COLUMNS:
            if not self.has(table, column):
                continue
            bad = [int(rowid) for rowid, value in self.connection.execute(
                f'SELECT rowid, "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL AND "{column}" <> \'\'')
                if url_problem(value)]
            if bad:
                self.add("Adresses web", f"« {table}.{column} » : {count_phrase(len(bad), 'adresse refusée', 'adresses refusées')} "
                         f"(seuls http, https et mailto sont acceptés ; {_rows(bad)})")

    def search_index(self) -> None:
        if not self.has(FTS_TABLE):
            return  # reported as missing by the schema check
        indexed = self.connection.execute(f'SELECT count(*) FROM "{FTS_TABLE}"').fetchone()[0]
        total = self.connection.execute("SELECT count(*) FROM initiatives").fetchone()[0]
        if indexed != total:
            self.add("Index de recherche", f"désynchronisé : {indexed} fiches indexées sur {total}", repairable=True)

    def derived_columns(self) -> None:
        if not all(self.has("initiatives", c) for c in ("title", "title_key", "start_date", "start_year")):
            return
        stale = []
        for rowid, title, key, start, year in self.connection.execute(
            "SELECT id, title, title_key, start_date, start_year FROM initiatives"
        ):
            if isinstance(title, str) and key != fold(title):
                stale.append(int(rowid))
            elif start_year_of(start) != year and (year is None or isinstance(year, int)):
                stale.append(int(rowid))
        if stale:
            self.add("Colonnes dérivées", f"{count_phrase(len(stale), 'initiative a', 'initiatives ont')} un titre de tri "
                     f"ou une année de début à recalculer ({_rows(stale)})", repairable=True)


def _index_only(line: str) -> bool:
    """Whether an ``integrity_check`` line only concerns an index (fixed by REINDEX)."""
    lowered = line.lower()
    return ("index" in lowered and ("missing from index" in lowered or "wrong # of entries" in lowered
                                    or "non-unique entry" in lowered))


def _valid_date(value: object) -> bool:
    if not isinstance(value, str):
        return False
    match = _DATE.match(value)
    if not match:
        return False
    year, month, day = match.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return True


def _valid_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def start_year_of(start: object) -> int | None:
    text = start if isinstance(start, str) else ""
    return int(text[:4]) if text[:4].isdigit() else None


def french_sqlite_error(exc: BaseException) -> str:
    """A French rendering of a SQLite error message (the original text when unknown)."""
    text = str(exc)
    known = {
        "database disk image is malformed": "fichier endommagé",
        "file is not a database": "ce n'est pas une base SQLite",
        "database is locked": "base verrouillée par un autre programme",
        "unable to open database file": "fichier impossible à ouvrir",
    }
    for english, french in known.items():
        if english in text:
            return french
    if text.startswith("no such table"):
        return "table absente : " + text.split(":", 1)[-1].strip()
    if text.startswith("no such column"):
        return "colonne absente : " + text.split(":", 1)[-1].strip()
    return f"erreur SQLite : {text}"


def open_sqlite(path: Path, *, writable: bool) -> sqlite3.Connection:
    mode = "rw" if writable else "ro"
    connection = sqlite3.connect(f"file:{path.as_posix()}?mode={mode}", uri=True, timeout=10)
    connection.execute("PRAGMA foreign_keys = OFF")
    return connection


def header_problem(path: Path) -> str | None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return "le fichier n'existe pas"
    except OSError as exc:
        return f"fichier illisible ({exc.strerror or exc})"
    if header != SQLITE_HEADER:
        return "ce n'est pas une base SQLite (en-tête absent ou écrasé)"
    return None


def inspect_database(path: Path, reference: Path) -> CheckResult:
    """Every problem of the database file ``path`` compared with the schema of ``reference``.

    Never raises for what it finds: a file that cannot even be opened gives one finding.
    """
    problem = header_problem(path)
    if problem:
        return CheckResult(path, (Finding("Fichier", problem),))
    with closing(open_sqlite(reference, writable=False)) as ref_connection:
        reference_schema = read_schema(ref_connection)
    try:
        connection = open_sqlite(path, writable=False)
    except sqlite3.Error as exc:
        return CheckResult(path, (Finding("Fichier", f"impossible à ouvrir ({french_sqlite_error(exc)})"),))
    with closing(connection):
        checker = _Checker(connection, reference_schema)
        checker.run("Intégrité", checker.integrity)
        checker.run("Références", checker.foreign_keys)
        checker.run("Schéma", checker.read_schema)
        if checker.schema is not None:
            checker.run("Schéma", checker.schema_objects)
            checker.run("Valeurs", checker.column_types)
            checker.run("Vocabulaire", checker.vocabularies)
            checker.run("JSON", checker.json_columns)
            checker.run("Dates", checker.dates)
            checker.run("Dates", checker.date_times)
            checker.run("Adresses web", checker.urls)
            checker.run("Index de recherche", checker.search_index)
            checker.run("Colonnes dérivées", checker.derived_columns)
    return CheckResult(path, tuple(checker.findings))
