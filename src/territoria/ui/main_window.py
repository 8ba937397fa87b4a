"""The main window: a page per activity (catalogue, "Ma commune"), menus and status bar.

Pages are separate widgets added with :meth:`MainWindow.add_page`; the window itself
only wires menus, remembers its geometry and shows the data edition.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from territoria.services.database import Database
from territoria.services.meta import data_edition
from territoria.ui.about_dialog import AboutDialog
from territoria.ui.formatting import partial_date
from territoria.ui.i18n import LANGUAGE_KEY, choose_language
from territoria.ui.lazy_page import LazyPage

#: The languages offered in Aide > Langue, each named in its own language (never translated).
LANGUAGES = (("fr", "&Français"), ("en", "&English"))
#: What choosing a language says, in the language chosen (so that it can be read either way).
NEXT_START = {
    "fr": "Territoria sera en français au prochain démarrage.",
    "en": "Territoria will be in English the next time it starts.",
}


class MainWindow(QMainWindow):
    """Territoria's main window."""

    def __init__(self, db: Database, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.data_edition = data_edition(db)
        self.setWindowTitle(self.tr("Territoria — projets d'IA des collectivités"))
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.setAccessibleName(self.tr("Pages"))
        self.setCentralWidget(self.pages)
        self._build_menus()
        edition = partial_date(self.data_edition) if self.data_edition else self.tr("inconnue")
        self.edition_label = QLabel(self.tr("Données à jour au {0}").format(edition))
        self.statusBar().addPermanentWidget(self.edition_label)
        self._install_pages()
        self.resize(1200, 760)
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        quit_action = QAction(self.tr("&Quitter"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.file_menu.addAction(quit_action)
        from territoria.ui.export.menu import install_export_menu

        self.export_menu = install_export_menu(self, self.file_menu, before=quit_action)
        from territoria.ui.backup.menu import install_backup_menu

        self.backup_menu = install_backup_menu(self, self.file_menu, quit_action, self.db)
        self.help_menu = self.menuBar().addMenu(self.tr("&Aide"))
        self.about_action = QAction(self.tr("À &propos de Territoria"), self)
        self.about_action.triggered.connect(self.show_about)
        self.language_menu = self.help_menu.addMenu(self.tr("&Langue / Language"))
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        group.setExclusive(True)
        current = choose_language(self.settings.value(LANGUAGE_KEY))
        for code, name in LANGUAGES:
            action = QAction(name, group)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def _install_pages(self) -> None:
        from territoria.ui.browser import BrowserPage

        self.browser = BrowserPage(self.db, self.settings)
        self.add_page(self.browser, self.tr("Catalogue"))
        self.menuBar().insertMenu(self.help_menu.menuAction(), self.browser.menu)
        # "Ma commune" (its imports, widgets and the 36,000-place index) is built when its
        # tab is first shown: the catalogue alone must be quick to appear
        self.commune_tab = LazyPage(self._make_commune_page)
        self.add_page(self.commune_tab, self.tr("Ma commune"))

    def _make_commune_page(self) -> QWidget:
        from territoria.ui.commune import CommunePage

        page = CommunePage(self.db, self.settings)
        page.initiativeRequested.connect(self.show_initiative)
        return page

    @property
    def commune_page(self):  # -> CommunePage (imported lazily)
        """The "Ma commune" page, built now if its tab was never shown."""
        return self.commune_tab.page()

    def show_initiative(self, initiative_id: int) -> None:
        """Bring the catalogue forward with ``initiative_id`` selected."""
        self.pages.setCurrentWidget(self.browser)
        self.browser.show_initiative(initiative_id)

    def add_page(self, widget: QWidget, title: str) -> int:
        """Add a page (tab); returns its index."""
        return self.pages.addTab(widget, title)

    def set_language(self, language: str) -> QMessageBox:
        """Remember ``language`` (``fr``, ``en``) for the next start and say so (the box is returned)."""
        self.settings.setValue(LANGUAGE_KEY, language)
        self.language_actions[language].setChecked(True)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Langue / Language"), NEXT_START[language],
                          QMessageBox.StandardButton.Ok, self)
        box.open()
        self.language_message = box
        return box

    def show_about(self) -> AboutDialog:
        """Open the About dialog (returned for tests)."""
        from territoria.services.attributions import imported_credits

        dialog = AboutDialog(self.data_edition, self, credits=imported_credits(self.context.db))
        dialog.open()
        return dialog

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Remember the window layout (and each page's own layout)."""
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            for hook in ("save_state", "shutdown"):
                if callable(getattr(page, hook, None)):
                    getattr(page, hook)()
        super().closeEvent(event)
