"""The comparable projects, best first, each with its closeness in words and its reasons; tick 2 to 4 to compare.

The points and the formula behind the order stay one click away ("Comment est-ce classé ?"),
so that the list reads as words ("Très proche", "Proche", "À regarder") and reasons.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from territoria.domain.text import fold
from territoria.services.comparable import WEIGHTS, Comparable, Weights, explain_weights
from territoria.ui.commune.rich_item import HTML_ROLE, RichItemDelegate, html_block
from territoria.ui.font_sizes import lines_height
from territoria.ui.formatting import decimal
from territoria.ui.labels import label
from territoria.ui.reason_text import reason_texts

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
        self.compare_button = QPushButton(self.tr("Comparer &les projets cochés"))  # Alt+C is the Carte tab
        self.compare_button.setAccessibleName(self.tr("Comparer les projets cochés"))
        self.compare_button.clicked.connect(self._request_compare)
        self.hint = QLabel(self.tr("Cochez de 2 à 4 projets pour les comparer."))
        self.hint.setWordWrap(True)
        # the points and the formula, on demand (the list itself speaks in words)
        self.how_button = QPushButton(self.tr("Comment est-ce classé ?"))
        self.how_button.setAccessibleName(self.tr("Comment est-ce classé ?"))
        self.how_button.setCheckable(True)
        self.how_button.setFlat(True)
        # a link's look, in the palette's link colour (readable on light and dark palettes)
        self.how_button.setStyleSheet("text-decoration: underline; color: palette(link);")
        self.how_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.how_button.toggled.connect(self._show_how)
        self.how = QTextBrowser()
        self.how.setAccessibleName(self.tr("Comment les projets sont classés"))
        self.how.setOpenLinks(False)
        self.how.setMaximumHeight(lines_height(self.how, 10))  # grows with the system text size
        self.how.hide()
        self.list.currentItemChanged.connect(lambda *_args: self._fill_how())
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.how_button, 0, Qt.AlignmentFlag.AlignTop)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.how)
        layout.addLayout(bottom)
        self._update_button()

    def closeness_word(self, code: str) -> str:
        """The closeness ``code`` in words."""
        return {"very_close": self.tr("Très proche"), "close": self.tr("Proche"),
                "further": self.tr("À regarder")}.get(code, code)

    def _show_how(self, shown: bool) -> None:
        self.how.setVisible(shown)
        if shown:
            self._fill_how()

    def _fill_how(self) -> None:
        """The formula, then the points of the selected project criterion by criterion."""
        if not self.how.isVisible():
            return
        intro = self.tr("Chaque projet reçoit des points ; les plus proches de votre collectivité viennent "
                        "d'abord. Vos propres projets sont à part, sous « Vos projets ».")
        html = f"<p>{escape(intro)}</p><ul>" + "".join(f"<li>{escape(line)}</li>" for line in self.formula())
        html += "</ul>"
        entry = self.current_entry()
        if entry is not None:
            parts = entry.parts
            names = ((self.tr("taille"), parts.population), (self.tr("type de collectivité"), parts.kind),
                     (self.tr("proximité"), parts.geography), (self.tr("portée"), parts.reach),
                     (self.tr("besoins"), parts.needs), (self.tr("maturité"), parts.maturity),
                     (self.tr("budget"), parts.budget))
            detail = " ; ".join(f"{name} {decimal(points, 1)}" for name, points in names if points)
            head = self.tr("« {0} » : {1} points ({2})").format(
                entry.title, decimal(entry.score, 1), self.closeness_word(entry.closeness))
            html = f"<p><b>{escape(head)}</b><br>{escape(detail)}</p>" + html
        self.how.setHtml(html)

    def formula(self, weights: Weights = WEIGHTS) -> list[str]:
        """How the score is made, one line per criterion, in the window's language (``explain_weights``)."""
        return reason_texts(explain_weights(weights))

    def current_entry(self) -> Comparable | None:
        """The selected project, if any."""
        item = self.list.currentItem()
        if item is None:
            return None
        ident = item.data(ID_ROLE)
        return next((entry for entry in self.items if entry.id == ident), None)

    def set_results(self, ranked: list[Comparable], heading: str = "") -> None:
        """Show ``ranked`` (best first); ``heading`` says for whom."""
        checked = set(self.checked_ids())
        self.items = list(ranked)
        self.list.blockSignals(True)
        self.list.clear()
        probable = self.tr("{0} (porteur probable)")  # tr() outside f-strings, for lupdate
        for rank, entry in enumerate(ranked, 1):
            closeness = self.closeness_word(entry.closeness)
            status = label("status", entry.status)
            place = entry.place if fold(entry.place.split(" (")[0]) not in fold(entry.lead) else ""
            # a lead the source does not name is ours: say so
            lead = probable.format(entry.lead) if entry.lead and entry.lead_attribution == "inferred" else entry.lead
            where = " · ".join(part for part in (lead, place, status) if part)
            reasons = reason_texts(entry.reasons)
            plain = f"{rank}. {entry.title} ({closeness}) — " + " ; ".join(reasons)
            item = QListWidgetItem(plain)
            item.setData(ID_ROLE, entry.id)
            item.setData(HTML_ROLE, html_block(entry.title, [where, " · ".join(reasons)],
                                               badge=f"{rank}. {closeness}",
                                               badge_kind=entry.closeness))
            item.setToolTip("\n".join(reasons))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if entry.id in checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.summary.setText(heading)
        self._update_button()
        self._fill_how()

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
