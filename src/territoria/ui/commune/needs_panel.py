"""Needs (themes to tick) and a budget ceiling: they reorder the comparable projects."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QListWidget, QListWidgetItem, QSpinBox, QVBoxLayout, QWidget

from territoria.domain.text import fold
from territoria.domain.vocab import THEMES
from territoria.ui.labels import label

SLUG_ROLE = Qt.ItemDataRole.UserRole + 1
#: Largest ceiling one can type (10 M€): beyond, no ceiling makes a difference.
BUDGET_MAX = 10_000_000
BUDGET_STEP = 5_000
#: Themes always visible in the list (it scrolls for the others).
MIN_ROWS = 6


class NeedsPanel(QGroupBox):
    """Tickable themes and a budget ceiling (0 means "no ceiling")."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Vos besoins et votre budget"), parent)
        self.themes = QListWidget()
        self.themes.setAccessibleName(self.tr("Besoins (thèmes) à privilégier"))
        self.themes.setToolTip(self.tr("Cochez les thèmes qui vous intéressent : les projets correspondants "
                                       "remontent dans la liste."))
        for slug in sorted(THEMES, key=lambda s: fold(label("theme", s))):
            item = QListWidgetItem(label("theme", slug))
            item.setData(SLUG_ROLE, slug)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.themes.addItem(item)
        self.themes.itemChanged.connect(self._schedule)
        # never fewer than MIN_ROWS themes in view, whatever the card above takes
        rows = self.themes.sizeHintForRow(0) * MIN_ROWS + 2 * self.themes.frameWidth()
        self.themes.setMinimumHeight(rows)
        self.budget = QSpinBox()
        self.budget.setLocale(QLocale())  # the UI language's, set by ui.i18n (French by default)
        self.budget.setRange(0, BUDGET_MAX)
        self.budget.setSingleStep(BUDGET_STEP)
        self.budget.setGroupSeparatorShown(True)
        self.budget.setSuffix(" €")
        self.budget.setSpecialValueText(self.tr("Aucun plafond"))
        self.budget.setAccessibleName(self.tr("Plafond de budget en euros (0 : aucun plafond)"))
        self.budget.valueChanged.connect(self._schedule)
        form = QFormLayout()
        form.addRow(self.tr("&Plafond de budget :"), self.budget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.themes, 1)
        layout.addLayout(form)
        # one refresh after a burst of changes (typing 50000 in the spin box)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.changed)
        self._quiet = False

    def _schedule(self, *_args) -> None:
        if not self._quiet:
            self._timer.start()

    def flush(self) -> None:
        """Emit a pending change now (tests, and before saving)."""
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()

    def needs(self) -> tuple[str, ...]:
        """The ticked theme slugs."""
        return tuple(self.themes.item(row).data(SLUG_ROLE) for row in range(self.themes.count())
                     if self.themes.item(row).checkState() == Qt.CheckState.Checked)

    def budget_max(self) -> float | None:
        """The ceiling in euros, or None."""
        return float(self.budget.value()) if self.budget.value() > 0 else None

    def set_values(self, needs: tuple[str, ...] | list[str], budget_max: float | None) -> None:
        """Show remembered needs and ceiling without announcing a change."""
        self._quiet = True
        wanted = set(needs)
        for row in range(self.themes.count()):
            item = self.themes.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(SLUG_ROLE) in wanted else Qt.CheckState.Unchecked)
        self.budget.setValue(int(min(budget_max or 0, BUDGET_MAX)))
        self._quiet = False

    def set_need(self, slug: str, on: bool = True) -> None:
        """Tick or untick one theme (announces the change)."""
        for row in range(self.themes.count()):
            item = self.themes.item(row)
            if item.data(SLUG_ROLE) == slug:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
