"""Active filters shown as removable chips above the results, with a clear-all button."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import QLayout, QLayoutItem, QLabel, QPushButton, QSizePolicy, QToolButton, QWidget


CHIP_STYLE = (
    "QToolButton { border: 1px solid palette(mid); border-radius: 9px; padding: 1px 8px;"
    " background: palette(alternate-base); }"
    "QToolButton:hover, QToolButton:focus { border-color: palette(highlight); }"
)


class FlowLayout(QLayout):
    """Lays widgets left to right, wrapping to a new line when the width runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        spacing = self.spacing()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x, y = area.x(), y + line_height + spacing
                line_height = 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


class FilterChips(QWidget):
    """« Filtres : [Occitanie ×] [Eau ×] … Tout effacer », hidden when no filter is active."""

    removeRequested = Signal(str, str)  # facet, slug
    clearRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Filtres actifs"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._layout = FlowLayout(self)
        self.caption = QLabel(self.tr("Filtres :"))
        self.clear_button = QPushButton(self.tr("Tout effacer"))
        self.clear_button.setAccessibleName(self.tr("Effacer tous les filtres"))
        self.clear_button.setToolTip(self.tr("Retirer tous les filtres (Ctrl+Maj+E)"))
        self.clear_button.setFlat(True)
        self.clear_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clear_button.clicked.connect(self.clearRequested)
        self.chips: list[QToolButton] = []
        self._shown: list[tuple[str, str, str, str]] = []
        self.setVisible(False)

    def _set_clear_icon(self) -> None:
        """The style's reset icon, set when the first filter appears: ``style()`` makes PySide6
        set up its ``QStyle`` types (≈ 8 ms), which the start (no filter shown) does without."""
        from PySide6.QtWidgets import QStyle

        self.clear_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogResetButton))

    def show_filters(self, filters: Mapping[str, Sequence[str]],
                     describe: Callable[[str, str], tuple[str, str]]) -> None:
        """One chip per ticked value; ``describe(facet, slug)`` gives (facet heading, value label)."""
        described = [(facet, slug, *describe(facet, slug)) for facet, slugs in filters.items() for slug in slugs]
        if described == self._shown:
            return  # same chips: nothing to rebuild (this runs on every search)
        self._shown = described
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget not in (self.caption, self.clear_button):
                widget.deleteLater()
        self.chips = []
        self._layout.addWidget(self.caption)
        for facet, slug, heading, text in described:
            chip = QToolButton(self)
            chip.setText(self.tr("{0} : {1}").format(heading, text) + "  ×")
            chip.setToolTip(self.tr("{0} : {1} — cliquer pour retirer ce filtre").format(heading, text))
            chip.setAccessibleName(self.tr("Retirer le filtre {0} : {1}").format(heading, text))
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.setStyleSheet(CHIP_STYLE)
            chip.clicked.connect(lambda _=False, f=facet, s=slug: self.removeRequested.emit(f, s))
            self._layout.addWidget(chip)
            self.chips.append(chip)
        if self.chips and self.clear_button.icon().isNull():
            self._set_clear_icon()
        self._layout.addWidget(self.clear_button)
        self.setVisible(bool(self.chips))
        self.updateGeometry()
