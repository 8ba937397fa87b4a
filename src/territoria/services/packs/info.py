"""Frozen descriptions of packs and imports that the CLI and the UI show."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class PackInfo:
    """A pack whose signature, member hashes and records were all verified."""

    path: Path
    format_version: str
    publisher_id: str
    publisher_name: str
    edition: str
    title: str
    licence: str | None
    contact: str | None
    min_app_version: str
    fingerprint: str  # of the key that signed it
    counts: tuple[tuple[str, int], ...]  # (kind, number of records), in import order
    manifest_sha256: str
    next_key_fingerprint: str | None  # key rotation: the publisher's next key, if introduced
    notes: tuple[str, ...]  # things ignored on purpose (unknown optional fields, newer minor version)

    @property
    def total(self) -> int:
        """Number of records of every kind."""
        return sum(n for _, n in self.counts)


@dataclass(frozen=True, slots=True)
class KindChanges:
    """What importing a pack does to one kind of record of its publisher."""

    kind: str  # "initiatives", "schemes"… (see ``format.KINDS``)
    added: int
    updated: int
    withdrawn: int
    kept_starred: int = 0  # withdrawn initiatives kept because they are in "Ma sélection"


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What ``import_pack`` would do, computed without writing anything."""

    info: PackInfo
    installed_edition: str | None  # the publisher's edition now installed, if any
    is_downgrade: bool  # older or equal edition: refused unless allow_downgrade
    changes: tuple[KindChanges, ...]
    notes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What ``import_pack`` did."""

    info: PackInfo
    previous_edition: str | None
    changes: tuple[KindChanges, ...]
    backup: Path | None
    new_trusted_key: str | None  # fingerprint of a next key now trusted (rotation)


@dataclass(frozen=True, slots=True)
class InstalledPack:
    """One installed publisher, as ``pack list`` shows it."""

    publisher_id: str
    publisher_name: str
    edition: str
    title: str
    fingerprint: str
    counts: tuple[tuple[str, int], ...]
    imported_at: str  # ISO date and time


@dataclass(frozen=True, slots=True)
class BuildResult:
    """What ``build_pack`` wrote."""

    path: Path
    info: PackInfo
    sha256: str  # of the whole pack file
