"""Agency mode: a shared database on a server, edited by the agency's team for its publisher.

The agency's publisher (the id its signed data packs carry, ``services.packs``) is the
``agency/publisher`` setting, else the one publisher the installation's branding keys name.
Only on a server database: a town hall's own file is never in agency mode.
"""

from __future__ import annotations

from territoria.services.branding import Branding
from territoria.services.database import Database


def agency_publisher(db: Database, setting: str | None, branding: Branding | None) -> str | None:
    """The publisher whose records « Mes projets » may edit, or None (not in agency mode)."""
    if not db.is_server:
        return None
    if setting and setting.strip():
        return setting.strip()
    publishers = {p for key in (branding.keys if branding is not None else ()) for p in key.publishers}
    return publishers.pop() if len(publishers) == 1 else None
