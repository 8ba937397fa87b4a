"""Printing helpers shared by commands."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, is_dataclass
from typing import Any


def print_json(value: Any) -> None:
    """Print ``value`` (dataclasses, lists, dicts) as UTF-8 JSON on stdout."""

    def default(obj: Any) -> Any:
        if is_dataclass(obj) and not isinstance(obj, type):
            return asdict(obj)
        if isinstance(obj, (set, frozenset, tuple)):
            return list(obj)
        return str(obj)

    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=default) + "\n")
