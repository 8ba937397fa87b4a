"""Which columns of the results table are shown: the ones that matter first, the rest on demand.

Until the user chooses, the table shows, after the star and the initiative's title, as many
columns as its width allows, in the order of :data:`PRIORITY` (where, how big, what about,
what it cost, when…): at 1024 pixels nothing hides behind a horizontal scroll bar. The
header's context menu (also Recherche > Colonnes, for the keyboard) ticks columns on and off;
that choice is kept in the setting ``browser/columns`` and holds at any width, until "Selon la
largeur" goes back to the automatic choice. Either way the title takes the width the other
columns leave (never less than :data:`TITLE_MIN_EM`).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView

from territoria.settings import BROWSER_COLUMNS, Settings
from territoria.ui.browser.results_model import COLUMNS, column_title

#: Always shown: the star (ma sélection) and the initiative's title.
FIXED = ("star", "title")
#: The other columns, most useful first: shown in this order while they fit.
PRIORITY = ("place", "population", "theme", "budget", "year", "organisation", "status", "region")
#: The columns a narrow window (1024 pixels) still shows.
ESSENTIAL = ("star", "title", "place", "population")
#: Default width of each column, in widths of the letter M of the table's font.
WIDTHS_EM = {"star": 2.5, "title": 26, "organisation": 13, "place": 11, "population": 8, "region": 11,
             "theme": 12, "status": 8, "year": 5, "budget": 7}
#: The title is never made narrower than this (in M widths) to show one more column.
TITLE_MIN_EM = 16
_KEYS = tuple(key for key, _ in COLUMNS)


def automatic_columns(available: int, widths: Mapping[str, int], title_min: int) -> tuple[str, ...]:
    """The columns shown in ``available`` pixels: :data:`FIXED`, then :data:`PRIORITY` while they fit."""
    used = widths["star"] + title_min
    shown = list(FIXED)
    for key in PRIORITY:
        if used + widths[key] > available:
            break
        shown.append(key)
        used += widths[key]
    return tuple(key for key in _KEYS if key in shown)


def parse_choice(text: str) -> tuple[str, ...] | None:
    """The columns the user chose (``"place,year"``), with the fixed ones; None: automatic."""
    chosen = {part.strip() for part in text.split(",") if part.strip() in _KEYS}
    if not chosen:
        return None
    return tuple(key for key in _KEYS if key in chosen or key in FIXED)


class ColumnChooser(QObject):
    """Shows and hides the columns of ``table`` (automatic or chosen) and offers the menu to choose."""

    def __init__(self, table: QTableView, settings: Settings) -> None:
        super().__init__(table)  # lives and dies with its table
        self.table = table
        self.header = table.horizontalHeader()
        self.settings = settings
        self.choice = parse_choice(settings.get(BROWSER_COLUMNS))
        em = table.fontMetrics().horizontalAdvance("M")
        self.title_min = int(TITLE_MIN_EM * em)
        # the widths of the columns as last seen (a hidden section reports none)
        self.widths = {key: self.header.sectionSize(index) if not self.header.isSectionHidden(index)
                       and self.header.sectionSize(index) > 0 else int(WIDTHS_EM[key] * em)
                       for index, key in enumerate(_KEYS)}
        self._busy = False
        self.header.sectionResized.connect(self._resized)

        self.menu = QMenu(self.tr("&Colonnes"), table)
        self.menu.setAccessibleName(self.tr("Colonnes affichées"))
        self.auto_action = QAction(self.tr("Selon la &largeur (les plus utiles d'abord)"), self.menu)
        self.auto_action.setCheckable(True)
        self.auto_action.triggered.connect(lambda _checked=False: self.choose(None))
        self.menu.addAction(self.auto_action)
        self.all_action = QAction(self.tr("&Toutes les colonnes"), self.menu)
        self.all_action.triggered.connect(lambda _checked=False: self.choose(_KEYS))
        self.menu.addAction(self.all_action)
        self.menu.addSeparator()
        self.actions: dict[str, QAction] = {}
        for key in _KEYS:
            if key in FIXED:
                continue
            action = QAction(column_title(key), self.menu)
            action.setCheckable(True)
            action.toggled.connect(lambda on, k=key: self._toggle(k, on))
            self.menu.addAction(action)
            self.actions[key] = action
        self.menu.aboutToShow.connect(self._sync_menu)
        self.header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header.customContextMenuRequested.connect(self.popup)
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)

    # --- what is shown ----------------------------------------------------------------------

    def shown(self) -> tuple[str, ...]:
        """The keys of the columns shown, in model order."""
        return tuple(key for index, key in enumerate(_KEYS) if not self.header.isSectionHidden(index))

    def choose(self, keys: tuple[str, ...] | None) -> None:
        """Show exactly ``keys`` (with the fixed ones) at any width; None: the automatic choice. Remembered."""
        self.choice = parse_choice(",".join(keys)) if keys is not None else None
        self.settings.set(BROWSER_COLUMNS, ",".join(self.choice) if self.choice else "")
        self.apply()

    def apply(self) -> None:
        """Hide and show the columns for the table's width; the title takes what the others leave."""
        available = self.table.viewport().width()
        if self._busy or available < 50:
            return  # not laid out yet
        self._busy = True
        try:
            shown = self.choice or automatic_columns(available, self.widths, self.title_min)
            for index, key in enumerate(_KEYS):
                hidden = key not in shown
                if self.header.isSectionHidden(index) != hidden:
                    self.header.setSectionHidden(index, hidden)
                    if not hidden:
                        self.header.resizeSection(index, self.widths[key])
            others = sum(self.widths[key] for key in shown if key != "title")
            # automatic: the title shrinks rather than scroll, however narrow; chosen columns
            # keep the title readable, and the table scrolls sideways if they need it
            least = self.title_min if self.choice else self.title_min // 3
            self.header.resizeSection(_KEYS.index("title"), max(least, available - others))
        finally:
            self._busy = False

    def fits(self) -> bool:
        """Whether every shown column is within the table's width (no horizontal scrolling)."""
        return self.header.length() <= self.table.viewport().width()

    # --- events -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """The table's width changed: choose and size the columns again."""
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self.apply()
        return False

    def _resized(self, index: int, _old: int, new: int) -> None:
        key = _KEYS[index]
        if not self._busy and key != "title" and new > 0:
            self.widths[key] = new  # the user's width, kept when the column comes back

    def popup(self, pos: QPoint) -> None:
        """Open the columns menu at ``pos`` of the header."""
        self.menu.popup(self.header.mapToGlobal(pos))

    def _sync_menu(self) -> None:
        self.auto_action.setChecked(self.choice is None)
        shown = self.shown()
        for key, action in self.actions.items():
            action.blockSignals(True)
            action.setChecked(key in shown)
            action.blockSignals(False)

    def _toggle(self, key: str, on: bool) -> None:
        shown = set(self.shown())
        if on:
            shown.add(key)
        else:
            shown.discard(key)
        self.choose(tuple(k for k in _KEYS if k in shown))
