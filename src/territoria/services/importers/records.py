"""The records an import produces, collected kind by kind in the curated format."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from territoria.domain.text import fold

_SLUG_MAX = 80
#: Values a record does not keep (0 and false are kept).
_EMPTY = (None, "", [], ())


def slugify(text: str, fallback: str = "x", folded: str | None = None) -> str:
    """A curated id from any text: folded, dashes, at most 80 characters (``folded``: ``fold(text)``
    when the caller already has it; folding an accented name is the costly part)."""
    slug = (fold(text) if folded is None else folded).replace(" ", "-")[:_SLUG_MAX].strip("-")
    return slug or fallback


def clean_text(text: str) -> str:
    """Whitespace runs (line breaks, non-breaking spaces) collapsed to one space."""
    return " ".join(text.split())  # str.split() splits on non-breaking spaces too


@dataclass
class PackRecords:
    """Records of a pack source folder, by curated file kind, in insertion order."""

    records: dict[str, dict[str, dict[str, Any]]] = field(
        default_factory=lambda: {k: {} for k in ("sources", "organisations", "initiatives", "schemes")}
    )
    _org_by_name: dict[str, str] = field(default_factory=dict)

    def add(self, kind: str, record: dict[str, Any]) -> str:
        """Add ``record`` (its ``id`` made unique within ``kind``); return the id used."""
        table = self.records[kind]
        base = record["id"]
        rid, n = base, 2
        while rid in table:
            rid = f"{base[:_SLUG_MAX - 4]}-{n}"
            n += 1
        record["id"] = rid
        # most records hold only true values (one scan in C), never empty ones: they are kept as
        # given; only the others are copied without their empty fields (0 and false are kept)
        if not all(record.values()):
            record = {k: v for k, v in record.items() if v or v not in _EMPTY}
        table[rid] = record
        return rid

    def organisation(self, name: str, kind: str, source: str, folded: str | None = None, **codes: Any) -> str:
        """The id of the organisation named ``name`` (one record per distinct folded name);
        ``folded``: ``fold(name)``, when the caller has already computed it."""
        key = " ".join(name.lower().split())  # the same name, whatever its case and spacing
        if key in self._org_by_name:
            return self._org_by_name[key]
        rid = self.add("organisations", {"id": slugify(name, "organisation", folded), "name": clean_text(name),
                                         "kind": kind, **codes, "sources": [source]})
        self._org_by_name[key] = rid
        return rid

    def count(self, kind: str) -> int:
        """Number of records of ``kind``."""
        return len(self.records[kind])
