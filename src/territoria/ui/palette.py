"""The window's colours: the system palette made readable (WCAG AA), and the inks items are drawn with.

The application follows the system palette (light or dark); :func:`accessible_palette` only
moves the colours that fail the AA contrast ratio — Fusion's own blue selection under white
text (3.6:1), grey disabled text (1.6:1) — to the nearest shade that passes, in every colour
group (active, inactive window, disabled). Items and labels never hard-code an ink: they
ask :func:`item_inks` or :func:`semantic_colour` for one that reads on the background they
are drawn on, so the same code is right on a light and on a dark palette, selected or not.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from territoria.domain.colours import AA_TEXT, SEMANTIC, behind, muted_on, readable_on

Role = QPalette.ColorRole
Group = QPalette.ColorGroup
GROUPS = (Group.Active, Group.Inactive, Group.Disabled)
#: (ink, backgrounds it is drawn on) of the palette; each pair must reach 4.5:1.
TEXT_PAIRS: tuple[tuple[Role, tuple[Role, ...]], ...] = (
    (Role.Text, (Role.Base, Role.AlternateBase)),
    (Role.WindowText, (Role.Window, Role.Button)),
    (Role.ButtonText, (Role.Button, Role.Window, Role.AlternateBase)),  # filter chips: alternate-base
    (Role.PlaceholderText, (Role.Base,)),
    (Role.Link, (Role.Base, Role.Window)),
    (Role.LinkVisited, (Role.Base, Role.Window)),
    (Role.ToolTipText, (Role.ToolTipBase,)),
)


def _hex(palette: QPalette, group: Group, role: Role) -> str:
    return palette.color(group, role).name()


def accessible_palette(palette: QPalette) -> QPalette:
    """A copy of ``palette`` in which every ink reaches 4.5:1 on the backgrounds it is drawn on.

    The selection (``Highlight``) is darkened (or lightened) under its ``HighlightedText``;
    inks are moved toward black or white. Colours that already pass are kept as they are.
    """
    fixed = QPalette(palette)
    for group in GROUPS:
        highlight = behind(_hex(fixed, group, Role.Highlight), _hex(fixed, group, Role.HighlightedText))
        fixed.setColor(group, Role.Highlight, QColor(highlight))
        for ink_role, backgrounds in TEXT_PAIRS:
            ink = _hex(fixed, group, ink_role)
            for _ in range(2):  # a shade readable on one background may fail on the other
                for background in backgrounds:
                    ink = readable_on(ink, _hex(fixed, group, background))
            fixed.setColor(group, ink_role, QColor(ink))
    return fixed


def apply_accessible_palette(app: QApplication) -> None:
    """Give ``app`` the readable version of the system palette, now and whenever the system's changes."""
    app.setPalette(accessible_palette(app.palette()))

    def renew() -> None:
        app.setPalette(QPalette())  # back to the system's palette (light or dark) first
        app.setPalette(accessible_palette(app.palette()))

    app.styleHints().colorSchemeChanged.connect(lambda _scheme: renew())


@dataclass(frozen=True, slots=True)
class ItemInks:
    """The inks of an item on its background (``#rrggbb``): main text, secondary text, meanings."""

    background: str
    text: str
    muted: str
    selected: bool

    def semantic(self, name: str) -> str:
        """The colour of meaning ``name`` (``SEMANTIC``) readable here; a selected item uses its text ink."""
        if self.selected:
            return self.text
        return readable_on(SEMANTIC.get(name, self.text), self.background, AA_TEXT)

    def style_sheet(self) -> str:
        """A rich-text style sheet giving the classes ``muted`` and each meaning of ``SEMANTIC`` their ink."""
        rules = [f".muted {{ color: {self.muted}; }}"]
        rules += [f".{name} {{ color: {self.semantic(name)}; }}" for name in SEMANTIC if name != "muted"]
        return " ".join(rules)


def item_inks(palette: QPalette, *, selected: bool = False, active: bool = True, enabled: bool = True,
              alternate: bool = False) -> ItemInks:
    """The inks of an item view's row in the given state (selection in an active or inactive window)."""
    group = Group.Disabled if not enabled else (Group.Active if active else Group.Inactive)
    if selected:
        background, text = _hex(palette, group, Role.Highlight), _hex(palette, group, Role.HighlightedText)
        grounds = [background]
    else:
        grounds = [_hex(palette, group, Role.Base), _hex(palette, group, Role.AlternateBase)]
        background = grounds[1] if alternate else grounds[0]
        text = _hex(palette, group, Role.Text)
    text = readable_on(text, background)
    muted = muted_on(text, background)
    for ground in grounds:  # the same grey on both row colours (a zero count keeps its ink)
        muted = readable_on(muted, ground)
    return ItemInks(background, text, muted, selected)


def semantic_colour(widget: QWidget, name: str, background: Role = Role.Window) -> str:
    """The colour of meaning ``name`` readable on ``widget``'s ``background`` (``#rrggbb``)."""
    palette = widget.palette()
    ground = palette.color(Group.Active, background).name()
    if name == "muted":
        return muted_on(palette.color(Group.Active, Role.Text if background == Role.Base
                                      else Role.WindowText).name(), ground)
    return readable_on(SEMANTIC.get(name, "#000000"), ground)


def colour_style(widget: QWidget, name: str, background: Role = Role.Window) -> str:
    """A widget style sheet giving its text the colour of meaning ``name`` (``color: #rrggbb;``)."""
    return f"color: {semantic_colour(widget, name, background)};"
