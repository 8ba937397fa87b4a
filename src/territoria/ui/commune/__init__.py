"""The "Ma commune" page and its widgets (picker, profile card, needs, ranking, schemes, comparison)."""

from territoria.ui.commune.page import CommunePage

__all__ = ["CommunePage"]
