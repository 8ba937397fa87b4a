"""The one error a data pack operation raises: a complete French reason, nothing changed."""

from __future__ import annotations

from territoria.errors import TerritoriaError


class PackError(TerritoriaError):
    """A pack, key or trust operation was refused; ``message`` says why, in French.

    Raised before the database (or the trust store) is written: catching it means
    nothing was changed.
    """
