"""Column types that read damaged values as unknown instead of failing."""

from __future__ import annotations

import json
import logging
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime
from sqlalchemy.types import TypeDecorator

log = logging.getLogger(__name__)


class TolerantJSON(TypeDecorator):
    """JSON stored as text; a stored value that is not valid JSON reads as ``None``.

    SQLAlchemy's own JSON type raises ``JSONDecodeError`` while loading a row, which made
    one damaged ``schemes.audiences`` cell break every export; ``territoria check``
    reports the damage and readers treat the value as unknown.
    """

    impl = JSON
    cache_ok = True

    def result_processor(self, dialect: Any, coltype: Any):  # noqa: D102 - SQLAlchemy API
        def process(value: Any) -> Any:
            if isinstance(value, (list, dict)):  # a server's driver (psycopg) decodes JSON itself
                return value
            if value is None or not isinstance(value, (str, bytes, bytearray)):
                return value if isinstance(value, (int, float)) else None
            try:
                return json.loads(value)
            except (ValueError, RecursionError):
                log.warning("valeur JSON illisible ignorée : %r", bytes(value[:60]) if not isinstance(value, str)
                            else value[:60])
                return None

        return process


class TolerantDateTime(TypeDecorator):
    """A date and time stored as ISO text; a stored value that is not one reads as ``None``.

    SQLAlchemy's SQLite ``DateTime`` raises ``ValueError`` on a damaged value, which made
    one bad row of a user table break the whole list it belongs to.
    """

    impl = DateTime
    cache_ok = True

    def result_processor(self, dialect: Any, coltype: Any):  # noqa: D102 - SQLAlchemy API
        def process(value: Any) -> datetime | None:
            if value is None or isinstance(value, datetime):
                return value
            if isinstance(value, str):
                try:
                    return datetime.fromisoformat(value)
                except ValueError:
                    pass
            log.warning("date illisible ignorée : %r", value if not isinstance(value, bytes) else value[:40])
            return None

        return process
