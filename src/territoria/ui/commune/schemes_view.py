"""Support schemes grouped by verdict: eligible, to relay, not yet open, outside the territory, closed.

Within a group, a reason shared by several schemes is said once, as a heading over them (the
same code, whatever only varies its wording: ``reason_groups``); the
selected scheme is shown in full beside the list (a double click opens it in its own window).
"""

from __future__ import annotations

from collections import Counter
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QSplitter, QTreeWidget, QTreeWidgetItem, QTreeWidgetItemIterator, QVBoxLayout, QWidget

from territoria.domain.reasons import Reason
from territoria.services.eligibility import VERDICTS, SchemeVerdict
from territoria.ui.commune.reason_groups import group_key, heading_reason
from territoria.ui.commune.rich_item import HTML_ROLE, RichItemDelegate, html_block
from territoria.ui.commune.scheme_detail import SchemeDetailDialog, SchemeDetailView, open_in_browser
from territoria.ui.labels import label
from territoria.ui.notes.editor import NoteEditor
from territoria.ui.reason_text import reason_text, reason_texts

SCHEME_ROLE = Qt.ItemDataRole.UserRole + 1
INITIATIVE_ROLE = Qt.ItemDataRole.UserRole + 2
NAME_ROLE = Qt.ItemDataRole.UserRole + 3
#: The address to apply at ("Candidater"), opened in the browser when the row is activated.
URL_ROLE = Qt.ItemDataRole.UserRole + 4
#: On a heading that says a reason once for several schemes: the reason.
REASON_ROLE = Qt.ItemDataRole.UserRole + 5

class _WrappingTree(QTreeWidget):
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()


class SchemesView(QWidget):
    """A tree: one group per verdict, one row per scheme with its reason and funded projects; the detail beside."""

    #: The printable sheet of a scheme (id) is asked for.
    sheetRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail_dialog: SchemeDetailDialog | None = None
        self.tree = _WrappingTree()
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setAccessibleName(self.tr("Dispositifs d'aide classés par verdict"))
        self.tree.setItemDelegate(RichItemDelegate(self.tree))
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setVerticalScrollMode(QTreeWidget.ScrollMode.ScrollPerPixel)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        # the user's private note on the selected scheme (shown once a database is attached)
        self.notes = NoteEditor()
        left_layout.addWidget(self.notes)
        self.detail = SchemeDetailView()
        self.detail.sheetRequested.connect(self.sheetRequested)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.tree.currentItemChanged.connect(self._show_note)
        self.tree.currentItemChanged.connect(self._show_detail)
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

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """The detail beside the list when there is room, below it on a narrow screen."""
        super().resizeEvent(event)
        wanted = Qt.Orientation.Horizontal if self.width() >= 820 else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)

    def verdict_of(self, item: QTreeWidgetItem | None) -> SchemeVerdict | None:
        """The scheme of ``item`` or of the scheme row it belongs to (a link, a funded project)."""
        while item is not None:
            scheme_id = item.data(0, SCHEME_ROLE)
            if isinstance(scheme_id, int):
                return next((v for v in self.verdicts if v.id == scheme_id), None)
            item = item.parent()
        return None

    def current_scheme_id(self) -> int | None:
        """The selected scheme's id, if any."""
        verdict = self.verdict_of(self.tree.currentItem())
        return verdict.id if verdict else None

    def _show_detail(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        self.detail.show_verdict(self.verdict_of(item))

    def _open_link(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        url = item.data(0, URL_ROLE)
        if url:
            open_in_browser(url)
            return
        scheme_id = item.data(0, SCHEME_ROLE)
        if isinstance(scheme_id, int):  # a scheme row: its detail in a window of its own
            self.open_detail(scheme_id)

    def open_detail(self, scheme_id: int) -> SchemeDetailDialog | None:
        """Open the detail of scheme ``scheme_id`` in its own window (returned)."""
        verdict = next((v for v in self.verdicts if v.id == scheme_id), None)
        if verdict is None:
            return None
        dialog = SchemeDetailDialog(verdict, self)
        dialog.view.sheetRequested.connect(self.sheetRequested)
        dialog.open()
        self.detail_dialog = dialog
        return dialog

    def _group_title(self, verdict: str) -> str:
        return {
            "eligible": self.tr("Vous pouvez en bénéficier"),
            "relay_to_businesses": self.tr("À faire connaître sur votre territoire (entreprises, habitants…)"),
            "territory_unknown": self.tr("Territoire à vérifier auprès du financeur"),
            "not_yet_open": self.tr("Pas encore ouverts (ouverture annoncée)"),
            "outside_territory": self.tr("Hors de votre territoire"),
            "closed": self.tr("Appels clos"),
        }.get(verdict, verdict)

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
            # a reason shared by several schemes is said once, over them; reasons that differ only
            # in wording (which kind of business) share their heading, said in its general form
            keys = Counter(group_key(v.reason) for v in group)
            headings: dict[Reason, QTreeWidgetItem] = {}
            for scheme in group:
                key = group_key(scheme.reason)
                if keys[key] < 2:
                    header.addChild(self._scheme_item(scheme))
                    continue
                if key not in headings:
                    said = reason_text(heading_reason(v.reason for v in group if group_key(v.reason) == key))
                    heading = QTreeWidgetItem([said])
                    heading.setData(0, HTML_ROLE, f"<i>{escape(said)}</i>")
                    heading.setData(0, REASON_ROLE, said)
                    heading.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    header.addChild(heading)
                    heading.setExpanded(True)
                    headings[key] = heading
                headings[key].addChild(self._scheme_item(scheme, with_reason=False))
            if not group:
                empty = QTreeWidgetItem([self.tr("Aucun dispositif connu n'est ouvert à votre collectivité elle-même. "
                                                 "Ceux qui suivent peuvent être signalés aux entreprises et aux "
                                                 "habitants de votre territoire.")])
                empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
                header.addChild(empty)
            header.setExpanded(verdict in ("eligible", "territory_unknown", "relay_to_businesses", "not_yet_open"))
        self._select_first_scheme()

    def _select_first_scheme(self) -> None:
        """Select the first scheme listed, so that its detail shows at once."""
        iterator = QTreeWidgetItemIterator(self.tree)
        while (item := iterator.value()) is not None:
            if isinstance(item.data(0, SCHEME_ROLE), int):
                self.tree.setCurrentItem(item)
                return
            iterator += 1
        self.detail.show_verdict(None)

    def _scheme_item(self, scheme: SchemeVerdict, *, with_reason: bool = True) -> QTreeWidgetItem:
        facts = [scheme.programme or "", scheme.operator or "",
                 ", ".join(label("aid_type", slug) for slug in scheme.aid_types), ", ".join(reason_texts(scheme.amounts))]
        facts_line = " · ".join(part for part in facts if part)
        said = reason_text(scheme.reason) if with_reason else ""
        item = QTreeWidgetItem([f"{scheme.name} — {said}" if with_reason else scheme.name])
        item.setData(0, HTML_ROLE, html_block(scheme.name, [facts_line, said]))
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
                reasons = reason_texts(project.reasons)
                child = QTreeWidgetItem([f"{project.title} — {' ; '.join(reasons)}"])
                child.setData(0, HTML_ROLE, html_block(project.title, [" · ".join(reasons)]))
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
            names = []
            for i in range(header.childCount()):
                child = header.child(i)
                # schemes sharing a reason sit under the heading that says it once
                rows = [child] if child.data(0, REASON_ROLE) is None else \
                    [child.child(j) for j in range(child.childCount())]
                names += [r.data(0, NAME_ROLE) for r in rows if r.data(0, NAME_ROLE)]
            shown[header.data(0, SCHEME_ROLE)] = names
        return shown

    def shared_reasons(self, verdict: str) -> list[str]:
        """The reasons said once for several schemes of the group ``verdict`` (for tests)."""
        for row in range(self.tree.topLevelItemCount()):
            header = self.tree.topLevelItem(row)
            if header.data(0, SCHEME_ROLE) == verdict:
                return [header.child(i).data(0, REASON_ROLE) for i in range(header.childCount())
                        if header.child(i).data(0, REASON_ROLE) is not None]
        return []
