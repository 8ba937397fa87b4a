"""The results table's model: it holds only ids and fetches rows on demand, page by page.

A search hands the model its total count, the ids of the first page and a loader for
every id in order. Rows are fetched with ``fetch_rows`` in pages of :data:`PAGE` when
the view first asks for one of them, and kept in a bounded cache; the complete id list
is loaded only when the view needs a row beyond the first page. Sorting is done in SQL
by the page (the model only forwards header clicks as :attr:`sortRequested`).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from territoria.services.search import ResultRow
from territoria.ui.formatting import euros, group_thousands
from territoria.ui.labels import label

#: Rows fetched together when the view needs one of them.
PAGE = 50
#: Rows kept in memory at most (older pages are dropped first).
CACHE_ROWS = 3000

#: (sort key, column title) of each column; the first column is the star.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("star", "★"),
    ("title", QT_TRANSLATE_NOOP("ResultsModel", "Initiative")),
    ("organisation", QT_TRANSLATE_NOOP("ResultsModel", "Porteur")),
    ("place", QT_TRANSLATE_NOOP("ResultsModel", "Lieu")),
    ("population", QT_TRANSLATE_NOOP("ResultsModel", "Population")),
    ("region", QT_TRANSLATE_NOOP("ResultsModel", "Région")),
    ("theme", QT_TRANSLATE_NOOP("ResultsModel", "Thème")),
    ("status", QT_TRANSLATE_NOOP("ResultsModel", "Statut")),
    ("year", QT_TRANSLATE_NOOP("ResultsModel", "Année")),
    ("budget", QT_TRANSLATE_NOOP("ResultsModel", "Budget")),
)
STAR_COLUMN = 0
SORT_KEYS_BY_COLUMN = {index: key for index, (key, _) in enumerate(COLUMNS) if key != "star"}
COLUMN_BY_SORT_KEY = {key: index for index, key in SORT_KEYS_BY_COLUMN.items()}
ID_ROLE = Qt.ItemDataRole.UserRole + 1
STARRED_ROLE = Qt.ItemDataRole.UserRole + 2

RowFetcher = Callable[[Sequence[int]], list[ResultRow]]
IdLoader = Callable[[], list[int]]

_NUMERIC = {"population", "year", "budget"}


def column_title(key: str) -> str:
    """The translated title of the column of sort key ``key``."""
    title = dict(COLUMNS).get(key, key)
    return title if key == "star" else QCoreApplication.translate("ResultsModel", title)


class ResultsModel(QAbstractTableModel):
    """Ids of the current results; rows fetched lazily through ``fetch``."""

    sortRequested = Signal(str, bool)  # sort key, descending

    def __init__(self, fetch: RowFetcher, parent=None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._ids: list[int] = []
        self._total = 0
        self._load_all: IdLoader | None = None
        self._rows: OrderedDict[int, ResultRow] = OrderedDict()
        self._bold = QFont()
        self._bold.setBold(True)

    # --- content ------------------------------------------------------------------------

    def set_results(self, total: int, first_ids: Sequence[int], load_all: IdLoader | None) -> None:
        """Show ``total`` results whose first ids are ``first_ids``; ``load_all`` gives every id."""
        self.beginResetModel()
        self._ids = list(first_ids)
        self._total = max(int(total), len(self._ids))
        self._load_all = load_all if len(self._ids) < self._total else None
        self._rows.clear()
        self.endResetModel()

    @property
    def total(self) -> int:
        """How many results the model shows."""
        return self._total

    def id_at(self, row: int) -> int | None:
        """The id shown on ``row`` (loading every id if needed), or None out of range."""
        if not 0 <= row < self._total:
            return None
        self._ensure_ids(row)
        return self._ids[row] if row < len(self._ids) else None

    def row_of(self, initiative_id: int, *, load: bool = False) -> int | None:
        """The row showing ``initiative_id`` among the loaded ids (all of them if ``load``)."""
        if load:
            self._ensure_ids(self._total - 1)
        try:
            return self._ids.index(initiative_id)
        except ValueError:
            return None

    def loaded_ids(self) -> list[int]:
        """The ids known so far (the first page until the view needs more)."""
        return list(self._ids)

    def row_data(self, row: int) -> ResultRow | None:
        """The fetched row ``row`` (fetching its page if needed)."""
        ident = self.id_at(row)
        if ident is None:
            return None
        cached = self._rows.get(ident)
        if cached is None:
            self._fetch_page(row)
            cached = self._rows.get(ident)
        return cached

    def update_row(self, updated: ResultRow) -> None:
        """Replace a cached row (after a star) and repaint it."""
        if updated.id in self._rows:
            self._rows[updated.id] = updated
        row = self.row_of(updated.id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _ensure_ids(self, row: int) -> None:
        if row >= len(self._ids) and self._load_all is not None:
            loader, self._load_all = self._load_all, None
            every = loader()
            self._ids = list(every)
            if len(self._ids) != self._total:  # the data changed underneath: show what exists
                self.beginResetModel()
                self._total = len(self._ids)
                self._rows.clear()
                self.endResetModel()

    def _fetch_page(self, row: int) -> None:
        start = (row // PAGE) * PAGE
        self._ensure_ids(min(start + PAGE, self._total) - 1)
        wanted = [i for i in self._ids[start:start + PAGE] if i not in self._rows]
        if not wanted:
            return
        for fetched in self._fetch(wanted):
            self._rows[fetched.id] = fetched
        while len(self._rows) > CACHE_ROWS:
            self._rows.popitem(last=False)

    # --- Qt model API ---------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return super().headerData(section, orientation, role)
        key, title = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(key)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole) and key == "star":
            return QCoreApplication.translate("ResultsModel", "Ma sélection")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self.id_at(index.row())
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
                        Qt.ItemDataRole.AccessibleTextRole, STARRED_ROLE, Qt.ItemDataRole.FontRole):
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in _NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if key == "star":
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        row = self.row_data(index.row())
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        if role == STARRED_ROLE:
            return row.starred
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if key == "title" and row.starred else None
        if key == "star":
            if role == Qt.ItemDataRole.DisplayRole:
                return "★" if row.starred else "☆"
            if row.starred:
                return QCoreApplication.translate("ResultsModel", "Dans ma sélection")
            return QCoreApplication.translate("ResultsModel", "Pas dans ma sélection")
        text = self.cell_text(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key, text)
        return text

    @staticmethod
    def cell_text(row: ResultRow, key: str) -> str:
        """The text of column ``key`` for ``row`` (French formatting)."""
        if key == "title":
            # the town hall's own projects are marked in the list, as on their fiche and PDF
            if row.origin == "local":
                return QCoreApplication.translate("ResultsModel", "{0} (local)").format(row.title)
            return row.title
        if key == "organisation":
            return row.organisation
        if key == "place":
            return row.place
        if key == "population":
            return group_thousands(row.population) if row.population is not None else ""
        if key == "region":
            return row.region or ""
        if key == "theme":
            return ", ".join(label("theme", slug) for slug in row.theme_slugs)
        if key == "status":
            return label("status", row.status)
        if key == "year":
            return str(row.start_year) if row.start_year else ""
        if key == "budget":
            return euros(row.money_eur) if row.money_eur is not None else ""
        return ""

    @staticmethod
    def _tooltip(row: ResultRow, key: str, text: str) -> str | None:
        if key == "title" and row.origin == "local":
            return QCoreApplication.translate("ResultsModel", "Projet de votre collectivité (local) : {0}").format(
                row.title)
        if key == "place":
            parts = [p for p in (row.commune, row.epci, row.departement, row.region) if p]
            return " · ".join(parts) or None
        if key == "budget" and row.money_eur is not None:
            if row.budget_eur is not None:
                return QCoreApplication.translate("ResultsModel", "Budget")
            return QCoreApplication.translate("ResultsModel", "Financements obtenus")
        return text or None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Forward a header click as :attr:`sortRequested` (the search sorts in SQL)."""
        key = SORT_KEYS_BY_COLUMN.get(column, "relevance")
        self.sortRequested.emit(key, order == Qt.SortOrder.DescendingOrder)
