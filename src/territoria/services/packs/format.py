"""Names, versions and limits of the ``.territoria`` pack format (see docs/PACK_FORMAT.md)."""

from __future__ import annotations

import re
from typing import Final

#: Extension of a signed catalogue pack.
PACK_SUFFIX: Final = ".territoria"
#: Extension of an unsigned contribution of a town hall's own projects (never importable as a pack).
CONTRIBUTION_SUFFIX: Final = ".territoria-contribution"

#: ``format`` value of a pack manifest, and of a contribution manifest.
PACK_KIND: Final = "territoria-pack"
CONTRIBUTION_KIND: Final = "territoria-contribution"

#: Version of the format this app writes. An app refuses a pack whose *major* version is newer.
FORMAT_VERSION: Final = "1.0"
FORMAT_MAJOR: Final = 1

MANIFEST: Final = "manifest.json"
SIGNATURE: Final = "manifest.sig"
RECORDS_DIR: Final = "records/"

#: Record kinds a pack may carry, in the order they are written and imported (references
#: point from later kinds to earlier ones), with their TOML file and table names.
KINDS: Final[tuple[str, ...]] = (
    "sources", "organisations", "programmes", "schemes", "initiatives", "figures", "events",
)
#: Kinds whose records a pack may cite from the app's seed by their plain id.
CITABLE_KINDS: Final[tuple[str, ...]] = ("sources", "organisations", "programmes", "schemes")
#: The first app version that reads format 1.x (written as the manifest's minimum).
MIN_APP_VERSION: Final = "0.1.0"

#: Limits that refuse a zip bomb or an absurd file before anything is decompressed.
MAX_MEMBERS: Final = 32
MAX_MEMBER_BYTES: Final = 1 << 30  # 1 GiB uncompressed per member
MAX_TOTAL_BYTES: Final = 2 << 30  # 2 GiB uncompressed in all
MAX_RATIO: Final = 200  # uncompressed / compressed size of a member above 1 MB
MAX_MANIFEST_BYTES: Final = 1 << 20

PUBLISHER_ID: Final = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
#: Publisher ids that name the app's own record origins (own projects are "local:…").
RESERVED_PUBLISHERS: Final = frozenset({"local", "seed", "user", "pack", "territoria"})
#: "YYYY-MM-DD" with an optional ".N" revision for a same-day correction.
EDITION: Final = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:\.([1-9]\d{0,3}))?$")


def record_member(kind: str) -> str:
    """The zip member holding the records of ``kind`` ("records/initiatives.json")."""
    return f"{RECORDS_DIR}{kind}.json"


def edition_key(edition: str) -> tuple[int, int, int, int]:
    """A sortable key of an edition: "2026-03-03.2" > "2026-03-03.1" > "2026-03-03"."""
    match = EDITION.match(edition)
    if match is None:
        raise ValueError(edition)
    year, month, day, revision = match.groups()
    return int(year), int(month), int(day), int(revision or 0)


def version_tuple(version: str) -> tuple[int, ...]:
    """``"1.2.3"`` -> ``(1, 2, 3)``; non-numeric parts count as 0."""
    return tuple(int(part) if part.isdigit() else 0 for part in version.split("."))


def namespaced(publisher_id: str, record_id: str) -> str:
    """The database slug of a pack record: ``"<publisher_id>:<id>"``."""
    return f"{publisher_id}:{record_id}"


_PROBLEM = re.compile(r"^(- )?([a-z]+)/([^:]*): (.*)$")
_FILE_PROBLEM = re.compile(r"^(- )?([a-z]+): (.*)$")  # "organisations: identifiant invalide 'X'"


def locate_problems(text: str, file_of: str) -> str:
    """Rewrite the loader's "initiatives/x: champ …" lines as "initiatives.toml, fiche « x » : champ …".

    ``file_of`` is a format with ``{kind}`` ("{kind}.toml" for a folder, "records/{kind}.json"
    inside a pack), so every problem names its file, its record and its field.
    """
    lines = []
    for line in text.splitlines():
        match = _PROBLEM.match(line)
        if match is None:
            whole = _FILE_PROBLEM.match(line)
            if whole is not None and whole.group(2) in KINDS + ("priorities",):
                bullet, kind, rest = whole.groups()
                line = f"{bullet or ''}{file_of.format(kind=kind)} : {rest}"
            lines.append(line)
            continue
        bullet, kind, rid, rest = match.groups()
        lines.append(f"{bullet or ''}{file_of.format(kind=kind)}, fiche « {rid} » : {rest}")
    return "\n".join(lines)
