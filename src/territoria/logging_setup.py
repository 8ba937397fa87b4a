"""Rotating log file in the user log dir (no console noise for the GUI)."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path


def setup_logging(log_file: Path, *, verbose: bool = False) -> None:
    """Send Territoria's log records to a rotating file (1 MB × 5)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_territoria", False):
            root.removeHandler(handler)
            handler.close()
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()  # an unwritable log dir must not stop the app
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._territoria = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    # Alembic narrates every plugin and step at INFO; keep its warnings only
    logging.getLogger("alembic").setLevel(logging.DEBUG if verbose else logging.WARNING)
