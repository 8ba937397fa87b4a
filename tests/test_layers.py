"""Architecture rules of DESIGN.md, checked on the source tree."""

from __future__ import annotations

import ast
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
