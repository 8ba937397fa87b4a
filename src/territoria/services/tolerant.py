"""Reading stored values defensively: a damaged value is unknown, never a crash.

SQLite keeps whatever is written into a column (``budget_eur = 'abc'``, a blob in a title,
``status = '<x>'``). The read models pass every stored value through these functions so
that exports, the detail pane and the command line show "unknown" instead of failing;
``territoria check`` reports the damage itself.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

_PARTIAL_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def number(value: Any) -> float | None:
    """A finite float, or ``None`` for anything else (text, blob, NaN, infinity)."""
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, (int, float)):
        result = float(value)
        return result if math.isfinite(result) else None
    return None


def integer(value: Any) -> int | None:
    """An int (a float with no fraction counts), or ``None``."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return None


def text(value: Any) -> str | None:
    """A string (``None`` stays ``None``; a blob is decoded when it is UTF-8, else dropped)."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        try:
            return bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def strings(value: Any) -> tuple[str, ...]:
    """The string items of a JSON list (anything else: an empty tuple)."""
    if not isinstance(value, (list, tuple)):
        return ()
    return tuple(item for item in value if isinstance(item, str))


def slug_in(value: Any, vocabulary: Mapping[str, str], unknown: str = "") -> str:
    """``value`` when it belongs to ``vocabulary``, else ``unknown``."""
    return value if isinstance(value, str) and value in vocabulary else unknown


def partial_date(value: Any) -> str | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as stored, or ``None`` when it is not such a date."""
    value = text(value)
    if value is None:
        return None
    value = value.strip()
    return value if _PARTIAL_DATE.match(value) else None
