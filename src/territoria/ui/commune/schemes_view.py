"""Support schemes grouped by verdict: eligible, to relay, not yet open, outside the territory, closed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from territoria.services.eligibility import VERDICTS, SchemeVerdict
from territoria.ui.commune.rich_item import HTML_ROLE, RichItemDelegate, html_block
from territoria.ui.labels import label
from territoria.ui.notes.editor import NoteEditor

SCHEME_ROLE = Qt.ItemDataRole.UserRole + 1
INITIATIVE_ROLE = Qt.ItemDataRole.UserRole + 2
NAME_ROLE = Qt.ItemDataRole.UserRole + 3
#: The address to apply at ("Candidater"), opened in the browser when the row is activated.
URL_ROLE = Qt.ItemDataRole.UserRole + 4

class _WrappingTree(QTreeWidget):
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()


class SchemesView(QWidget):
    """A tree: one group per verdict, one row per scheme with its reason and funded projects."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = _WrappingTree()
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setAccessibleName(self.tr("Dispositifs d'aide classés par verdict"))
        self.tree.setItemDelegate(RichItemDelegate(self.tree))
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setVerticalScrollMode(QTreeWidget.ScrollMode.ScrollPerPixel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        # the user's private note on the selected scheme (shown once a database is attached)
        self.notes = NoteEditor()
        layout.addWidget(self.notes)
        self.tree.currentItemChanged.connect(self._show_note)
        self.verdicts: list[SchemeVerdict] = []
        self.tree.itemActivated.connect(self._open_link)

    def attach_notes(self, db) -> None:  # db: services.database.Database
        """Show and edit the user's note of the selected scheme, in ``db``."""
        self.notes.set_database(db)

    def _show_note(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        scheme_id = item.data(0, SCHEME_ROLE) if item is not None else None
        # group headers carry their verdict (text) in the same role: only scheme rows have a note
        self.notes.show_record("scheme", str(scheme_id)) if isinstance(scheme_id, int) else \
            self.notes.show_record(None, None)

    def _open_link(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        url = item.data(0, URL_ROLE)
        if url:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl(url))

    def _group_title(self, verdict: str) -> str:
        return {
            "eligible": self.tr("Vous pouvez en bénéficier"),
            "relay_to_businesses": self.tr("À faire connaître sur votre territoire (entreprises, habitants…)"),
            "territory_unknown": self.tr("Territoire à vérifier auprès du financeur"),
            "not_yet_open": self.tr("Pas encore ouverts (ouverture annoncée)"),
            "outside_territory": self.tr("Hors de votre territoire"),
            "closed": self.tr("Appels clos"),
        }.get(verdict, VERDICTS.get(verdict, verdict))

    def set_verdicts(self, verdicts: list[SchemeVerdict]) -> None:
        """Show ``verdicts`` grouped by verdict (eligible group expanded)."""
        self.verdicts = list(verdicts)
        self.tree.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for verdict in VERDICTS:
            group = [v for v in verdicts if v.verdict == verdict]
            if not group and verdict != "eligible":
                continue
            header = QTreeWidgetItem([f"{self._group_title(verdict)} ({len(group)})"])
            header.setFont(0, bold)
            header.setData(0, SCHEME_ROLE, verdict)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(header)
            for scheme in group:
                header.addChild(self._scheme_item(scheme))
            if not group:
                empty = QTreeWidgetItem([self.tr("Aucun dispositif connu n'est ouvert à votre collectivité elle-même. "
                                                 "Ceux qui suivent peuvent être signalés aux entreprises et aux "
                                                 "habitants de votre territoire.")])
                empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
                header.addChild(empty)
            header.setExpanded(verdict in ("eligible", "territory_unknown", "relay_to_businesses", "not_yet_open"))

    def _scheme_item(self, scheme: SchemeVerdict) -> QTreeWidgetItem:
        facts = [scheme.programme or "", scheme.operator or "",
                 ", ".join(label("aid_type", slug) for slug in scheme.aid_types), scheme.amount]
        facts_line = " · ".join(part for part in facts if part)
        item = QTreeWidgetItem([f"{scheme.name} — {scheme.reason}"])
        item.setData(0, HTML_ROLE, html_block(scheme.name, [facts_line, scheme.reason]))
        item.setData(0, SCHEME_ROLE, scheme.id)
        item.setData(0, NAME_ROLE, scheme.name)
        item.setToolTip(0, scheme.summary)
        if scheme.url and scheme.verdict not in ("outside_territory", "closed"):
            link = QTreeWidgetItem([self.tr("Candidater (ouvre le navigateur) : %1").replace("%1", scheme.url)])
            link.setData(0, URL_ROLE, scheme.url)
            link.setToolTip(0, self.tr("Entrée ou double-clic : ouvrir la page de candidature"))
            item.addChild(link)
            item.setExpanded(True)
        if scheme.funded:
            funded = QTreeWidgetItem([self.tr("Projets financés par ce dispositif :")])
            item.addChild(funded)
            for project in scheme.funded:
                child = QTreeWidgetItem([f"{project.title} — {' ; '.join(project.reasons)}"])
                child.setData(0, HTML_ROLE, html_block(project.title, [" · ".join(project.reasons)]))
                child.setData(0, INITIATIVE_ROLE, project.id)
                funded.addChild(child)
            funded.setExpanded(True)
            item.setExpanded(True)
        return item

    def group_texts(self) -> dict[str, list[str]]:
        """Scheme names shown under each verdict (for tests and accessibility checks)."""
        shown: dict[str, list[str]] = {}
        for row in range(self.tree.topLevelItemCount()):
            header = self.tree.topLevelItem(row)
            names = [header.child(i).data(0, NAME_ROLE) for i in range(header.childCount())
                     if header.child(i).data(0, NAME_ROLE)]
            shown[header.data(0, SCHEME_ROLE)] = names
        return shown
