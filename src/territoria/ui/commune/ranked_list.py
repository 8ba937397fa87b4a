"""The comparable projects, best first, each with its score and reasons; tick 2 to 4 to compare."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from territoria.domain.text import fold
from territoria.services.comparable import Comparable
from territoria.ui.commune.rich_item import HTML_ROLE, RichItemDelegate, html_block
from territoria.ui.formatting import decimal
from territoria.ui.labels import label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
MIN_COMPARED, MAX_COMPARED = 2, 4


class _WrappingList(QListWidget):
    """A list whose rows are re-measured when its width changes (wrapped text)."""

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()


class RankedList(QWidget):
    """Ranked initiatives with their reasons and a "Comparer" button."""

    compareRequested = Signal(list)  # initiative ids
    initiativeActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[Comparable] = []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = _WrappingList()
        self.list.setAccessibleName(self.tr("Projets comparables, du plus proche au moins proche"))
        self.list.setItemDelegate(RichItemDelegate(self.list))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setAlternatingRowColors(True)
        self.list.itemChanged.connect(self._update_button)
        self.list.itemActivated.connect(self._on_activated)
        self.compare_button = QPushButton(self.tr("&Comparer les projets cochés"))
        self.compare_button.setAccessibleName(self.tr("Comparer les projets cochés"))
        self.compare_button.clicked.connect(self._request_compare)
        self.hint = QLabel(self.tr("Cochez de 2 à 4 projets pour les comparer."))
        self.hint.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)
        self._update_button()

    def set_results(self, ranked: list[Comparable], heading: str = "") -> None:
        """Show ``ranked`` (best first); ``heading`` says for whom."""
        checked = set(self.checked_ids())
        self.items = list(ranked)
        self.list.blockSignals(True)
        self.list.clear()
        probable = self.tr("{0} (porteur probable)")  # tr() outside f-strings, for lupdate
        for rank, entry in enumerate(ranked, 1):
            score = self.tr("{0} pts").format(decimal(entry.score, 1))
            status = label("status", entry.status)
            place = entry.place if fold(entry.place.split(" (")[0]) not in fold(entry.lead) else ""
            # a lead the source does not name is ours: say so
            lead = probable.format(entry.lead) if entry.lead and entry.lead_attribution == "inferred" else entry.lead
            where = " · ".join(part for part in (lead, place, status) if part)
            plain = f"{rank}. {entry.title} ({score}) — " + " ; ".join(entry.reasons)
            item = QListWidgetItem(plain)
            item.setData(ID_ROLE, entry.id)
            item.setData(HTML_ROLE, html_block(entry.title, [where, " · ".join(entry.reasons)],
                                               badge=f"{rank}. {score}"))
            item.setToolTip("\n".join(entry.reasons))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if entry.id in checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.summary.setText(heading)
        self._update_button()

    def checked_ids(self) -> list[int]:
        """Ids of the ticked projects, in list order."""
        return [self.list.item(row).data(ID_ROLE) for row in range(self.list.count())
                if self.list.item(row).checkState() == Qt.CheckState.Checked]

    def set_checked(self, ids: list[int]) -> None:
        """Tick exactly the projects ``ids``."""
        wanted = set(ids)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in wanted else Qt.CheckState.Unchecked)

    def _update_button(self, *_args) -> None:
        count = len(self.checked_ids())
        self.compare_button.setEnabled(MIN_COMPARED <= count <= MAX_COMPARED)
        if count > MAX_COMPARED:
            self.hint.setText(self.tr("{0} projets cochés : on en compare 4 au plus.").format(count))
        elif count:
            self.hint.setText(self.tr("%n projet(s) coché(s) sur 2 à 4.", "", count))
        else:
            self.hint.setText(self.tr("Cochez de 2 à 4 projets pour les comparer."))

    def _request_compare(self) -> None:
        ids = self.checked_ids()
        if MIN_COMPARED <= len(ids) <= MAX_COMPARED:
            self.compareRequested.emit(ids)

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.initiativeActivated.emit(item.data(ID_ROLE))
