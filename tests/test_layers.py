"""Architecture rules of DESIGN.md, checked on the source tree."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "territoria"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def python_files(*folders: str) -> list[Path]:
    files = [f for folder in folders for f in (PACKAGE / folder).rglob("*.py")]
    assert files, folders
    return files


@pytest.mark.parametrize("path", python_files("services", "store", "reports", "domain"), ids=lambda p: p.name)
def test_lower_layers_never_import_qt(path):
    qt = {m for m in imported_modules(path) if m.split(".")[0] in {"PySide6", "shiboken6"}}
    assert not qt, f"{path} imports {qt}"


@pytest.mark.parametrize("path", python_files("ui"), ids=lambda p: p.name)
def test_the_ui_never_touches_the_database_layer(path):
    forbidden = {m for m in imported_modules(path)
                 if m.split(".")[0] in {"sqlalchemy", "sqlite3", "alembic"} or m.startswith("territoria.store")}
    assert not forbidden, f"{path} imports {forbidden}"


@pytest.mark.parametrize("path", python_files("."), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_star_imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    stars = [n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and any(a.name == "*" for a in n.names)]
    assert not stars, f"{path}: from {stars} import *"


def test_runtime_code_never_opens_network_connections():
    networky = {"socket", "urllib.request", "http.client", "requests", "httpx", "PySide6.QtNetwork"}
    offenders = {str(p): imported_modules(p) & networky for p in python_files(".")}
    assert {k: v for k, v in offenders.items() if v} == {}


#: What only ``store`` may say: the engine's dialect, its full-text index and raw driver access.
_ENGINE_WORDS = re.compile(r"(?<![.\w])sqlite|\bPRAGMA\b|\bfts\d?\b|_fts\b|\bbm25\b|\bts_rank\b|tsvector",
                           re.IGNORECASE)
_MATCH_OPERATOR = re.compile(r"\bMATCH\b")
_DRIVER_MODULES = {"sqlite3", "apsw", "psycopg", "psycopg2"}
_DRIVER_ATTRIBUTES = {"cursor", "driver_connection", "dbapi_connection", "executescript"}


def _docstrings(tree: ast.AST) -> set[int]:
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def engine_specifics(path: Path) -> list[str]:
    """Code of ``path`` (docstrings and comments aside) that names the database engine or its driver."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    docstrings = _docstrings(tree)
    found = [f"imports {m}" for m in imported_modules(path) if m.split(".")[0] in _DRIVER_MODULES]
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            if _ENGINE_WORDS.search(node.value) or _MATCH_OPERATOR.search(node.value):
                found.append(f"line {node.lineno}: {node.value[:60]!r}")
        elif isinstance(node, ast.Attribute) and node.attr in _DRIVER_ATTRIBUTES:
            found.append(f"line {node.lineno}: .{node.attr}")
        elif isinstance(node, ast.Name) and _ENGINE_WORDS.search(node.id):
            found.append(f"line {node.lineno}: {node.id}")
    return found


@pytest.mark.parametrize("path", python_files("services"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_services_never_name_the_database_engine(path):
    """SQLite, FTS5, PRAGMA and driver cursors live in ``store`` (its search index and health
    modules), so a PostgreSQL implementation can sit beside them."""
    assert engine_specifics(path) == [], path


def test_the_engine_rule_sees_what_it_forbids(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('"""About SQLite."""\nimport sqlite3\nQ = "SELECT rowid FROM initiatives_fts WHERE x MATCH ?"\n'
                      'P = "PRAGMA data_version"\nc = connection.connection.driver_connection.cursor()\n'
                      'SEED = "data/seed.sqlite"\n', encoding="utf-8")
    found = engine_specifics(sample)
    assert found[0] == "imports sqlite3" and len(found) == 5, found


def _module_file(name: str) -> Path | None:
    """The source file of ``territoria.x.y`` (a module or a package's ``__init__``), if any."""
    parts = name.split(".")[1:]
    for candidate in (PACKAGE.joinpath(*parts).with_suffix(".py"), PACKAGE.joinpath(*parts, "__init__.py")):
        if parts and candidate.is_file():
            return candidate
    return PACKAGE / "__init__.py" if not parts else None


def reachable_modules(*roots: Path, skip: frozenset[str] = frozenset()) -> dict[str, set[str]]:
    """Every ``territoria`` module the ``roots`` import, directly or not (imports inside
    functions included), with the modules each of them imports; ``skip`` is not followed."""
    seen: dict[str, set[str]] = {}
    todo = [(str(root.relative_to(PACKAGE.parent)).removesuffix(".py").replace("/", ".").removesuffix(".__init__"),
             root) for root in roots]
    while todo:
        name, path = todo.pop()
        if name in seen:
            continue
        imports = imported_modules(path)
        seen[name] = imports
        for module in imports:
            if module.startswith("territoria") and module not in skip and (found := _module_file(module)):
                todo.append((module, found))
    return seen


def test_the_command_line_never_imports_qt():
    """The CLI runs on servers and in scripts: nothing it imports may load PySide6 (the window
    is started from ``territoria.ui.app``, imported only when no command is given)."""
    reach = reachable_modules(*python_files("cli"), skip=frozenset({"territoria.ui.app"}))
    qt = {name: sorted(m for m in imports if m.split(".")[0] in {"PySide6", "shiboken6"})
          for name, imports in reach.items()}
    assert "territoria.cli.commands_export" in reach and "territoria.settings" in reach
    assert {name: found for name, found in qt.items() if found} == {}
    assert {name for name in reach if name.startswith("territoria.ui")} == set()


def test_the_declared_settings_are_qt_free():
    assert not {m for m in imported_modules(PACKAGE / "settings.py") if m.split(".")[0] in {"PySide6", "shiboken6"}}


def test_no_machine_paths_in_the_repository():
    """Committed text speaks of the project, never of one machine's folders."""
    import subprocess

    root = PACKAGE.parent.parent
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=root, capture_output=True, check=False)
    if listed.returncode != 0:
        pytest.skip("not a git checkout")
    machine = re.compile(r"(?:^|[^\w.:/-])/(?:work|home|root|Users)/[\w.-]+|[A-Za-z]:[\\/]Users[\\/]")
    found = []
    for name in listed.stdout.decode("utf-8").split("\0"):
        path = root / name
        if not name or name.startswith("data/reference/") or not path.is_file() or path.stat().st_size > 2_000_000:
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # binary files (the seed, fonts, images)
        found += [f"{name}:{n}" for n, line in enumerate(text.splitlines(), 1) if machine.search(line)]
    assert found == []
