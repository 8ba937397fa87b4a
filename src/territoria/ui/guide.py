"""Aide > Guide: a short built-in guide (offline, translated like the rest of the interface),
and Aide > Signaler un problème: what to paste into a message to whoever helps you."""

from __future__ import annotations

import platform

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from territoria import __version__
from territoria.ui.formatting import partial_date
from territoria.ui.window_geometry import fit_window


class GuideDialog(QDialog):
    """The guide: the few steps that answer the council's question."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guide de Territoria"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Guide de Territoria"))
        self.text.setOpenLinks(False)
        steps = [
            (self.tr("1. Choisir votre collectivité"),
             self.tr("Dans « Ma commune », tapez le nom, le code postal ou le code INSEE de votre commune, "
                     "intercommunalité, département ou région, sans souci d'accents ; Entrée choisit la "
                     "suggestion. Territoria rouvrira ensuite sur votre collectivité.")),
            (self.tr("2. Voir les projets comparables"),
             self.tr("« Projets comparables » classe les projets des collectivités qui vous ressemblent : "
                     "« Très proche », « Proche » ou « À regarder », avec les raisons. Cochez vos besoins et un "
                     "plafond de budget pour affiner ; « Comment est-ce classé ? » montre les points. Vos propres "
                     "projets sont sous « Vos projets ».")),
            (self.tr("3. Trouver les aides"),
             self.tr("« Aides et dispositifs » dit pour chaque aide si vous pouvez en bénéficier, s'il faut la "
                     "faire connaître aux entreprises, ou si elle est close. Choisissez une aide pour voir qui "
                     "peut candidater, les montants, les dates et le contact ; « Candidater / en savoir plus » "
                     "ouvre sa page dans le navigateur.")),
            (self.tr("4. Imprimer pour le conseil"),
             self.tr("Fichier > Exporter écrit la fiche d'une page d'un projet, la fiche d'une aide, ou le "
                     "dossier complet de votre collectivité, en PDF prêt à imprimer.")),
            (self.tr("5. Chercher dans tout le catalogue"),
             self.tr("Le « Catalogue » cherche dans toutes les initiatives ; les filtres à gauche comptent les "
                     "résultats. Ctrl+F place le curseur dans la recherche.")),
            (self.tr("Mettre à jour les données"),
             self.tr("Votre agence régionale peut vous envoyer un paquet de données signé : Fichier > Importer "
                     "des données… Territoria n'ouvre jamais de connexion réseau par lui-même.")),
        ]
        html = "".join(f"<h3>{title}</h3><p>{body}</p>" for title, body in steps)
        self.text.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        fit_window(self, "guide", QSize(600, 480))


def problem_report(data_edition: str | None, log_file: str) -> str:
    """The lines to paste into a message reporting a problem: version, data edition, log file, system."""
    edition = partial_date(data_edition) if data_edition else QCoreApplication.translate("GuideDialog", "inconnue")
    system = f"{platform.system()} {platform.release()}, Python {platform.python_version()}"
    return "\n".join((
        f"Territoria {__version__}",
        QCoreApplication.translate("GuideDialog", "Édition des données : {0}").format(edition),
        QCoreApplication.translate("GuideDialog", "Journal : {0}").format(log_file),
        QCoreApplication.translate("GuideDialog", "Système : {0}").format(system),
    ))
