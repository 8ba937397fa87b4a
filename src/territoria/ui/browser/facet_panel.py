"""The facet panel: one branch per facet, a checkable line per value with its count.

Counts of zero are greyed (and cannot be ticked unless already ticked); ticking values
emits :attr:`FacetPanel.filtersChanged` with the whole filter dict. Lines are updated in
place, so expanded branches and the keyboard focus stay put while counts change.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from territoria.services.search import FACETS, FacetValue
from territoria.ui.formatting import group_thousands
from territoria.ui.labels import label
from territoria.ui.palette import item_inks

#: Facet headings (translated at display time).
HEADINGS: dict[str, str] = {
    "selection": QT_TRANSLATE_NOOP("FacetPanel", "Ma sélection"),
    "region": QT_TRANSLATE_NOOP("FacetPanel", "Région"),
    "departement": QT_TRANSLATE_NOOP("FacetPanel", "Département"),
    "lead_kind": QT_TRANSLATE_NOOP("FacetPanel", "Porteur"),
    "population": QT_TRANSLATE_NOOP("FacetPanel", "Population du porteur"),
    "theme": QT_TRANSLATE_NOOP("FacetPanel", "Thème"),
    "technique": QT_TRANSLATE_NOOP("FacetPanel", "Technique d'IA"),
    "status": QT_TRANSLATE_NOOP("FacetPanel", "Statut"),
    "year": QT_TRANSLATE_NOOP("FacetPanel", "Année de début"),
    "money": QT_TRANSLATE_NOOP("FacetPanel", "Budget ou financement"),
}
_SPECIAL: dict[tuple[str, str], str] = {
    ("selection", "yes"): QT_TRANSLATE_NOOP("FacetPanel", "Dans ma sélection"),
    ("money", "yes"): QT_TRANSLATE_NOOP("FacetPanel", "Budget ou financement connu"),
    ("region", "none"): QT_TRANSLATE_NOOP("FacetPanel", "Sans région (national)"),
    ("departement", "none"): QT_TRANSLATE_NOOP("FacetPanel", "Sans département"),
    ("population", "none"): QT_TRANSLATE_NOOP("FacetPanel", "Population inconnue"),
    ("year", "none"): QT_TRANSLATE_NOOP("FacetPanel", "Année inconnue"),
}
_VOCAB_KIND = {"lead_kind": "lead_kind", "theme": "theme", "technique": "technique", "status": "status",
               "population": "band"}
#: Facets shown expanded the first time.
EXPANDED = ("selection", "region", "lead_kind", "population", "theme", "status", "money")


def heading(facet: str) -> str:
    """The translated heading of ``facet``."""
    return QCoreApplication.translate("FacetPanel", HEADINGS.get(facet, facet))


def value_label(facet: str, value: FacetValue) -> str:
    """The translated label of a facet value."""
    special = _SPECIAL.get((facet, value.slug))
    if special:
        return QCoreApplication.translate("FacetPanel", special)
    kind = _VOCAB_KIND.get(facet)
    return label(kind, value.slug) if kind else value.label


class FacetPanel(QTreeWidget):
    """Facets as a tree of checkable values with counts."""

    filtersChanged = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Filtres"))
        self.setAccessibleDescription(
            self.tr("Cochez des valeurs pour filtrer les résultats ; la barre d'espace coche la ligne courante.")
        )
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setRootIsDecorated(True)
        self.setIndentation(self.fontMetrics().horizontalAdvance("M"))
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # state lives in Python dicts, not in item data: reading back an empty QVariant as None
        # trips a reference-count bug of some PySide6 versions
        self._items: dict[tuple[str, str], QTreeWidgetItem] = {}
        self._keys: dict[int, tuple[str, str]] = {}  # id(item) → (facet, slug)
        self._counts: dict[tuple[str, str], int] = {}
        self._styled: dict[tuple[str, str], tuple[int, bool]] = {}  # what each line was last drawn as
        self._branches: dict[str, QTreeWidgetItem] = {}
        self._labels: dict[tuple[str, str], str] = {}
        self._updating = False
        self._inks = item_inks(self.palette())
        self._brushes = self._ink_brushes()
        bold = QFont(self.font())
        bold.setBold(True)
        for facet in FACETS:
            branch = QTreeWidgetItem(self, [heading(facet), ""])
            branch.setFont(0, bold)
            branch.setFlags(Qt.ItemFlag.ItemIsEnabled)
            branch.setExpanded(facet in EXPANDED)
            self._branches[facet] = branch
        self.itemChanged.connect(self._on_item_changed)

    # --- reading and writing the filters -------------------------------------------------

    def filters(self) -> dict[str, list[str]]:
        """The ticked values, by facet (facet order, value order)."""
        chosen: dict[str, list[str]] = {}
        for facet, branch in self._branches.items():
            for k in range(branch.childCount()):
                item = branch.child(k)
                if item.checkState(0) == Qt.CheckState.Checked:
                    chosen.setdefault(facet, []).append(self._keys[id(item)][1])
        return chosen

    def set_filters(self, filters: Mapping[str, Sequence[str]], *, emit: bool = False) -> None:
        """Tick exactly the values of ``filters`` (values not listed yet are added)."""
        self._updating = True
        try:
            wanted = {(facet, str(slug)) for facet, slugs in filters.items() for slug in slugs}
            for key in wanted - set(self._items):
                facet, slug = key
                if facet in self._branches:
                    self._add_item(facet, FacetValue(slug, self._labels.get(key, slug), 0))
            for key, item in self._items.items():
                state = Qt.CheckState.Checked if key in wanted else Qt.CheckState.Unchecked
                if item.checkState(0) != state:  # touch only the lines that change
                    item.setCheckState(0, state)
                    self._style(item)
        finally:
            self._updating = False
        if emit:
            self.filtersChanged.emit(self.filters())

    def clear_filters(self) -> None:
        """Untick everything and emit :attr:`filtersChanged`."""
        self.set_filters({}, emit=True)

    def toggle(self, facet: str, slug: str, checked: bool = True) -> None:
        """Tick or untick one value, as a click would (emits :attr:`filtersChanged`)."""
        if facet not in self._branches:
            return
        current = self.filters()
        values = [v for v in current.get(facet, []) if v != slug] + ([slug] if checked else [])
        if values:
            current[facet] = values
        else:
            current.pop(facet, None)
        self.set_filters(current, emit=True)

    def label_of(self, facet: str, slug: str) -> str:
        """The label shown for a value (its slug if never listed)."""
        return self._labels.get((facet, slug), slug)

    def count_of(self, facet: str, slug: str) -> int | None:
        """The count shown for a value (None if not listed)."""
        return self._counts.get((facet, slug)) if (facet, slug) in self._items else None

    def item_for(self, facet: str, slug: str) -> QTreeWidgetItem | None:
        """The tree item of a value (tests, keyboard focus)."""
        return self._items.get((facet, slug))

    # --- counts ---------------------------------------------------------------------------

    def set_counts(self, counts: Mapping[str, Sequence[FacetValue]]) -> None:
        """Show the counts of the current search (adds values seen for the first time)."""
        self._updating = True
        try:
            for facet, values in counts.items():
                if facet not in self._branches:
                    continue
                listed = {slug for (f, slug) in self._items if f == facet}
                order = [v.slug for v in values]
                for value in values:
                    self._labels[(facet, value.slug)] = value_label(facet, value)
                    item = self._items.get((facet, value.slug))
                    if item is None:
                        item = self._add_item(facet, value)
                    self._set_count(item, value.count)
                for slug in listed - set(order):  # a value no longer offered: kept, shown at zero
                    self._set_count(self._items[(facet, slug)], 0)
        finally:
            self._updating = False

    def _add_item(self, facet: str, value: FacetValue) -> QTreeWidgetItem:
        branch = self._branches[facet]
        text = self._labels.get((facet, value.slug)) or value_label(facet, value)
        item = QTreeWidgetItem([text, ""])
        self._keys[id(item)] = (facet, value.slug)
        self._counts[(facet, value.slug)] = value.count
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        item.setCheckState(0, Qt.CheckState.Unchecked)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._items[(facet, value.slug)] = item
        self._labels[(facet, value.slug)] = text
        # counted and styled before it joins the tree: the first counts (~170 lines, just after
        # the first paint) then cost no itemChanged signal and no view update per line
        self._set_count(item, value.count)
        branch.addChild(item)
        return item

    def _set_count(self, item: QTreeWidgetItem, count: int) -> None:
        key = self._keys[id(item)]
        if self._counts.get(key) == count and key in self._styled:
            return  # unchanged: no Qt call at all (a search updates ~170 lines)
        self._counts[key] = count
        item.setText(1, group_thousands(count))
        self._style(item)

    def _ink_brushes(self) -> dict[bool, QBrush]:
        """The brush of a usable line (True) and of a zero count (False), in the current palette."""
        return {True: QBrush(QColor(self._inks.text)), False: QBrush(QColor(self._inks.muted))}

    def _style(self, item: QTreeWidgetItem) -> None:
        """Grey a zero count; a ticked value always stays usable so it can be unticked."""
        key = self._keys[id(item)]
        count = self._counts.get(key, 0)
        checked = item.checkState(0) == Qt.CheckState.Checked
        usable = count > 0 or checked
        if self._styled.get(key) == (count, checked):
            return
        self._styled[key] = (count, checked)
        # a zero count is secondary, not disabled: grey, yet still 4.5:1 on both row colours (WCAG AA)
        brush = self._brushes[usable]  # two brushes shared by every line (~170 at the first counts)
        item.setForeground(0, brush)
        item.setForeground(1, brush)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if usable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        item.setFlags(flags)
        name = item.text(0)
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole,
                     self.tr("{0} : %n initiative(s){1}", "", count).format(
                         name, self.tr(", coché") if checked else ""))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """A new palette (the system turned dark): redraw the counts with inks of the new palette."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._inks = item_inks(self.palette())
            self._brushes = self._ink_brushes()
            self._styled.clear()
            self._updating = True  # restyling is not ticking: no filtersChanged
            try:
                for item in self._items.values():
                    self._style(item)
            finally:
                self._updating = False

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._updating or column != 0 or id(item) not in self._keys:
            return
        self._updating = True
        try:
            self._style(item)
        finally:
            self._updating = False
        self.filtersChanged.emit(self.filters())

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Space or Enter ticks the current value."""
        item = self.currentItem()
        if (item is not None and id(item) in self._keys
                and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                checked = item.checkState(0) == Qt.CheckState.Checked
                item.setCheckState(0, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            event.accept()
            return
        super().keyPressEvent(event)
