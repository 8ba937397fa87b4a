"""The "Ma commune" page and its widgets (picker, profile card, needs, ranking, schemes, comparison).

``CommunePage`` is imported on first use (PEP 562): the welcome screen shown at start-up needs
only the picker, and the page's modules import the records service and the ORM models.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from territoria.ui.commune.page import CommunePage

__all__ = ["CommunePage"]


def __getattr__(name: str) -> Any:
    if name == "CommunePage":
        from territoria.ui.commune.page import CommunePage

        return CommunePage
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
