"""The main window: a page per activity (catalogue, "Ma commune"), menus and status bar.

Pages are widgets implementing :class:`~territoria.ui.page.Page`, each built from the one
:class:`~territoria.ui.context.UiContext` and added in :meth:`MainWindow._install_pages`; the
window itself only wires menus, remembers its geometry and shows the data edition.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from territoria.services.meta import data_edition
from territoria.settings import LANGUAGE, WINDOW_GEOMETRY, WINDOW_STATE
from territoria.ui.context import UiContext
from territoria.ui.export.context import ExportContext
from territoria.ui.formatting import partial_date
from territoria.ui.i18n import choose_language
from territoria.ui.lazy_page import LazyPage
from territoria.ui.page import Page
from territoria.ui.window_geometry import fit_main_window

if TYPE_CHECKING:
    from territoria.ui.about_dialog import AboutDialog
    from territoria.ui.commune import CommunePage

#: The languages offered in Aide > Langue, each named in its own language (never translated).
LANGUAGES = (("fr", "&Français"), ("en", "&English"))
#: What choosing a language says, in the language chosen (so that it can be read either way).
NEXT_START = {
    "fr": "Territoria sera en français au prochain démarrage.",
    "en": "Territoria will be in English the next time it starts.",
}


class MainWindow(QMainWindow):
    """Territoria's main window."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = context.settings
        self.data_edition = data_edition(context.db)
        if context.agency is not None:
            self.setWindowTitle(self.tr("Territoria — %1").replace("%1", context.agency.short_name))
        else:
            self.setWindowTitle(self.tr("Territoria — projets d'IA des collectivités"))
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.setAccessibleName(self.tr("Pages"))
        self.setCentralWidget(self.pages)
        self._build_menus()
        edition = partial_date(self.data_edition) if self.data_edition else self.tr("inconnue")
        self.edition_label = QLabel(self.tr("Données à jour au {0}").format(edition))
        if context.agency is not None:
            self.edition_label.setText(self.tr("Données à jour au {0}, diffusées par {1}").format(
                edition, context.agency.short_name))
        self.statusBar().addPermanentWidget(self.edition_label)
        self._say_if_on_a_server()
        self._say_if_data_is_old()
        self._install_pages()
        # within the screen's free area (minus task bars), whatever was remembered on another screen
        fit_main_window(self, self.settings.get(WINDOW_GEOMETRY), QSize(1280, 800))
        if state := self.settings.get(WINDOW_STATE):
            self.restoreState(state)

    def _say_if_on_a_server(self) -> None:
        """On a shared server database, the status bar always says which one (and as whom)."""
        from territoria.services.server_database import server_label

        where = server_label(self.context.db)
        if where is None:
            return
        self.server_label = QLabel(self.tr("Base partagée : {0}").format(where))
        self.server_label.setAccessibleName(self.tr("Base partagée du serveur"))
        self.statusBar().addPermanentWidget(self.server_label)

    def _say_if_data_is_old(self) -> None:
        """Data more than a year old: say so in the status bar, and whom to ask (also in About)."""
        from territoria.services.freshness import data_freshness

        freshness = data_freshness(self.context.db)
        self.stale_note = ""
        if not freshness.stale:
            return
        agency = self.context.agency
        if agency is not None:
            contact = ", ".join(agency.contact_lines)
            self.stale_note = self.tr("Les données ont plus d'un an : demandez une mise à jour à {0}{1}.").format(
                agency.name, f" ({contact})" if contact else "")
        else:
            self.stale_note = self.tr("Les données ont plus d'un an : installez la dernière version de Territoria, "
                                      "ou importez un paquet de données récent de votre agence régionale "
                                      "(Fichier > Importer des données…).")
        self.edition_label.setText(self.edition_label.text() + " — " + self.tr("plus d'un an : à mettre à jour"))
        self.edition_label.setToolTip(self.stale_note)
        self.edition_label.setAccessibleDescription(self.stale_note)
        # a label that shortens itself, not a temporary message: at 1024 pixels the message was
        # drawn under the data edition; a status message (an export) still hides it for a while
        from territoria.ui.elided_label import ElidedLabel

        self.stale_label = ElidedLabel(self.stale_note)
        self.stale_label.setAccessibleName(self.tr("Données à mettre à jour"))
        self.statusBar().addWidget(self.stale_label, 1)

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        quit_action = QAction(self.tr("&Quitter"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.file_menu.addAction(quit_action)
        from territoria.ui.export.menu import ExportMenu

        self.export_menu = ExportMenu(self.context.exports, self.current_export_context, self)
        self.file_menu.insertMenu(quit_action, self.export_menu)
        self.file_menu.insertSeparator(quit_action)
        from territoria.ui.export.print_menu import PrintActions

        # Aperçu avant impression / Imprimer / Enregistrer en PDF: at the top, for the document shown
        self.print_actions = PrintActions(self.context.exports, self.current_export_context, self)
        self.print_actions.install(self.file_menu)
        from territoria.ui.backup.menu import install_backup_menu

        self.backup_menu = install_backup_menu(self, self.file_menu, quit_action, self.context.db)
        from territoria.ui.packs.data_menu import DataMenu

        self.data_menu = DataMenu(self.context, self)
        self.data_menu.install(self.file_menu, quit_action)
        self.import_table_action = QAction(self.tr("Importer un &tableau…"), self)
        self.import_table_action.triggered.connect(self.show_import_table)
        self.file_menu.insertAction(quit_action, self.import_table_action)
        self.file_menu.insertSeparator(quit_action)
        self.help_menu = self.menuBar().addMenu(self.tr("&Aide"))
        self.about_action = QAction(self.tr("À &propos de Territoria"), self)
        self.about_action.triggered.connect(self.show_about)
        self.language_menu = self.help_menu.addMenu(self.tr("&Langue / Language"))
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        group.setExclusive(True)
        current = choose_language(self.settings.get(LANGUAGE))
        for code, name in LANGUAGES:
            action = QAction(name, group)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.help_menu.addSeparator()
        self.welcome_action = QAction(self.tr("&Bienvenue : choisir ma collectivité…"), self)
        self.welcome_action.triggered.connect(self.show_welcome)
        self.guide_action = QAction(self.tr("&Guide"), self)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.show_guide)
        self.report_action = QAction(self.tr("&Signaler un problème"), self)
        self.report_action.triggered.connect(self.report_problem)
        self.help_menu.insertActions(self.language_menu.menuAction(),
                                     [self.welcome_action, self.guide_action, self.report_action])
        self.help_menu.insertSeparator(self.language_menu.menuAction())
        self.help_menu.addAction(self.about_action)

    def _install_pages(self) -> None:
        """The pages, in tab order: one ``add_page`` line each (see ``ui/page.py``)."""
        from territoria.ui.browser import BrowserPage

        self.browser = BrowserPage(self.context)
        self.add_page(self.browser)
        self.menuBar().insertMenu(self.help_menu.menuAction(), self.browser.menu)
        self.map_tab = LazyPage(self.tr("&Carte"), self._make_map_page)
        self.add_page(self.map_tab)
        # "Ma commune" (its imports, widgets and the 36,000-place index) is built when its
        # tab is first shown: the catalogue alone must be quick to appear
        self.commune_tab = LazyPage(self.tr("Ma commu&ne"), self._make_commune_page)
        self.add_page(self.commune_tab)
        self._install_own_data_pages()

    def _install_own_data_pages(self) -> None:
        """"Mes projets", notes in the fiche, the agency space, and the watched folder (after the first paint)."""
        from territoria.settings import AGENCY_SPACE

        self.projects_tab = LazyPage(self.tr("Mes pro&jets"), self._make_projects_page)
        self.add_page(self.projects_tab)
        self.browser.detail.attach_notes(self.context.db)
        self.data_menu.dataChanged.connect(self.data_changed)
        self.data_menu.agencySpaceToggled.connect(self.show_agency_space)
        self.agency_page: QWidget | None = None
        self.show_agency_space(bool(self.settings.get(AGENCY_SPACE)))
        if not self.context.db.is_server:  # a server's imports are the editorial team's (pack import)
            self.data_menu.check_watched_folder_later()

    def _make_projects_page(self) -> QWidget:
        from territoria.ui.projects.page import ProjectsPage

        page = ProjectsPage(self.context)
        page.initiativeRequested.connect(self.show_initiative)
        page.contributionRequested.connect(self.data_menu.open_contribution)
        page.projectsChanged.connect(self.data_changed)
        return page

    def data_changed(self) -> None:
        """Records changed (a pack imported, an own project saved): the pages show them."""
        self.browser.run_search_now()
        if self.commune_tab.built:
            self.commune_page.refresh()
        if self.projects_tab.built:
            self.projects_tab.page().refresh()  # type: ignore[attr-defined]

    def show_agency_space(self, on: bool) -> None:
        """Show or hide the "Espace agence" page (Fichier > Données > Afficher l'espace agence)."""
        if on and self.agency_page is None:
            from territoria.ui.packs.agency_page import AgencyPage

            self.agency_page = AgencyPage(self.context)
            self.add_page(self.agency_page)  # type: ignore[arg-type]
        elif not on and self.agency_page is not None:
            self.pages.removeTab(self.pages.indexOf(self.agency_page))
            self.agency_page.deleteLater()
            self.agency_page = None

    def _make_map_page(self) -> QWidget:
        from territoria.ui.map import MapPage, place_filters

        page = MapPage(self.context)
        page.placeRequested.connect(lambda facet, code: self.browser.set_filters(
            place_filters(self.browser.state.filter_map(), facet, code)))
        page.catalogueRequested.connect(lambda: self.pages.setCurrentWidget(self.browser))
        self.browser.controller.countsReady.connect(
            lambda counts: page.show_search(counts, self.browser.state.filter_map()))
        self.browser.controller.request_counts()  # the counts of the search on screen, for the map
        return page

    def _make_commune_page(self) -> CommunePage:
        from territoria.ui.commune import CommunePage

        page = CommunePage(self.context)
        page.initiativeRequested.connect(self.show_initiative)
        return page

    @property
    def commune_page(self) -> CommunePage:
        """The "Ma commune" page, built now if its tab was never shown."""
        return cast("CommunePage", self.commune_tab.page())

    def show_initiative(self, initiative_id: int) -> None:
        """Bring the catalogue forward with ``initiative_id`` selected."""
        self.pages.setCurrentWidget(self.browser)
        self.browser.show_initiative(initiative_id)

    def add_page(self, page: Page) -> int:
        """Add ``page`` (a ``QWidget`` implementing :class:`Page`) as a tab; returns its index."""
        assert isinstance(page, QWidget) and isinstance(page, Page), page
        return self.pages.addTab(page, page.title())

    def page_list(self) -> list[Page]:
        """Every page, in tab order."""
        return [cast(Page, self.pages.widget(index)) for index in range(self.pages.count())]

    def current_export_context(self) -> ExportContext:
        """What the current page offers to Fichier > Exporter."""
        page = self.pages.currentWidget()
        return cast(Page, page).export_context() if page is not None else ExportContext()

    def set_language(self, language: str) -> QMessageBox:
        """Remember ``language`` (``fr``, ``en``) for the next start and say so (the box is returned)."""
        self.settings.set(LANGUAGE, language)
        self.language_actions[language].setChecked(True)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Langue / Language"), NEXT_START[language],
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def show_import_table(self):
        """Open Fichier > Importer un tableau… (the wizard is returned for tests)."""
        from territoria.ui.import_table_wizard import ImportTableWizard

        wizard = ImportTableWizard(self.context.db, self, tasks=self.context.tasks)
        wizard.open()
        self.import_table_wizard = wizard
        return wizard

    def open_start_page(self) -> None:
        """After the first paint: "Ma commune" when a collectivité was chosen, else the welcome screen once."""
        from territoria.errors import TerritoriaError
        from territoria.services.choice import load_choice  # not services.profile: it imports the ORM
        from territoria.settings import WELCOME_DONE

        try:
            chosen = load_choice(self.context.db) is not None
        except TerritoriaError:
            chosen = False  # "Ma commune" says what is wrong when it is opened
        if chosen:
            self.pages.setCurrentWidget(self.commune_tab)
        elif not self.settings.get(WELCOME_DONE):
            self.show_welcome()

    def show_welcome(self):
        """Open the welcome screen (returned for tests); choosing a collectivité opens "Ma commune"."""
        from territoria.settings import WELCOME_DONE
        from territoria.ui.welcome import WelcomeDialog

        dialog = WelcomeDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.started.connect(self._start_with)
        dialog.finished.connect(lambda _result: self.settings.set(WELCOME_DONE, True))
        dialog.open()
        return dialog

    def _start_with(self, place) -> None:
        self.pages.setCurrentWidget(self.commune_tab)
        self.commune_page.picker.show_place(place)
        self.commune_page.choose(place)

    def show_guide(self):
        """Open Aide > Guide (returned for tests)."""
        from territoria.ui.guide import GuideDialog

        dialog = GuideDialog(self)
        dialog.open()
        return dialog

    def report_problem(self) -> str:
        """Copy the version, the data edition and the log's path to the clipboard, and say so."""
        from PySide6.QtWidgets import QApplication

        from territoria.ui.guide import problem_report

        report = problem_report(self.data_edition, str(self.context.paths.log_file))
        QApplication.clipboard().setText(report)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Signaler un problème"),
                          self.tr("Ces informations sont copiées : collez-les (Ctrl+V) dans votre message, avec ce "
                                  "que vous faisiez quand le problème est apparu. Le journal peut être joint au "
                                  "message.") + "\n\n" + report, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return report

    def show_about(self) -> AboutDialog:
        """Open the About dialog (returned for tests)."""
        from territoria.services.attributions import imported_credits
        from territoria.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self.data_edition, self, credits=imported_credits(self.context.db),
                             agency=self.context.agency, stale_note=self.stale_note)
        dialog.open()
        return dialog

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Remember the window layout and each page's own, then stop the pages' work."""
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry().data())
        self.settings.set(WINDOW_STATE, self.saveState().data())
        for page in self.page_list():
            page.save_state()
            page.shutdown()
        super().closeEvent(event)
