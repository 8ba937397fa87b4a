"""One way to reach a bundled file, from a source checkout, an installed wheel or a frozen build."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _roots() -> tuple[Path, ...]:
    candidates: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:  # PyInstaller unpacks data next to the executable's temp dir
        candidates.append(Path(frozen_root))
    candidates.append(_PACKAGE_DIR / "_bundled")  # wheel: data copied into the package
    candidates.append(_PACKAGE_DIR.parent.parent)  # source checkout: <repo>/src/territoria
    return tuple(candidates)


def resource_path(*parts: str) -> Path:
    """The path of ``resources/<parts>`` (e.g. ``resource_path("fonts", "DejaVuSans.ttf")``).

    Raises FileNotFoundError naming every place looked at when the file is nowhere.
    """
    return _find("resources", *parts)


def seed_path() -> Path:
    """The bundled seed database ``data/seed.sqlite``."""
    return _find("data", "seed.sqlite")


def _find(*parts: str) -> Path:
    tried = []
    for root in _roots():
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
        tried.append(str(candidate))
    raise FileNotFoundError("introuvable : " + " ; ".join(tried))
