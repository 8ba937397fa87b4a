"""Make every screenshot of the README, at 1366x768 (and "Ma commune" at 1024x600).

    .venv/bin/python scripts/screenshots.py [FOLDER] [--only GROUP…]

FOLDER defaults to docs/screenshots; GROUP is a key of ``GROUPS``. Every group runs offscreen on
a screen of 1366x768 (the 1024x600 picture is the window made that small), on a fresh user
database copied from data/seed.sqlite into a temporary folder (never the user's), each group in
its own process so that a palette, a font size or a translation set for one picture does not
leak into the next:

- the secretary's journey: ``bienvenue`` (welcome screen over the window), ``ma-commune``,
  ``ma-commune-aides``, ``ma-commune-1024x600`` (scripts/screenshot_ma_commune.py);
  ``menu-fichier`` (Fichier open on "Ma commune") and ``apercu-dossier`` (the dossier's print
  preview just saved) made here; ``map`` (scripts/screenshot_map.py); ``browser``
  (scripts/screenshot_browser.py); ``one-pager`` and ``dossier`` (first page of the PDFs from
  ``territoria export-pdf``, rendered by ``pdftoppm -png -r 60``);
- the other sections: ``mes-projets``, ``import-table-mapping`` and ``import-preview`` (made
  here), ``ma-commune-sombre`` and ``ma-commune-texte-200`` (scripts/screenshot_readable.py),
  ``browser-en`` (scripts/screenshot_english.py), ``branded-window``
  (scripts/screenshot_branded.py), ``conflit-de-versions`` (scripts/screenshot_conflict.py).

Pictures over 300 KB are re-saved as 256-colour PNGs (Pillow), which keeps text sharp.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
COMMUNE = "61382"  # Saint-Denis-sur-Sarthon (Orne), a village of about a thousand inhabitants
SIZE = (1366, 768)
MAX_BYTES = 300_000

#: group name -> (command after the Python interpreter, pictures it leaves in FOLDER)
GROUPS: dict[str, tuple[list[str], tuple[str, ...]]] = {
    "ma-commune": (["scripts/screenshot_ma_commune.py", "{folder}/ma-commune.png"],
                   ("bienvenue.png", "ma-commune.png", "ma-commune-aides.png", "ma-commune-1024x600.png")),
    "print": (["scripts/screenshots.py", "{folder}", "--print-screens"], ("menu-fichier.png", "apercu-dossier.png")),
    "map": (["scripts/screenshot_map.py", "{folder}/map.png"], ("map.png",)),
    "browser": (["scripts/screenshot_browser.py", "{folder}/browser.png"], ("browser.png",)),
    "pdf": (["scripts/screenshots.py", "{folder}", "--pdf-pages"], ("one-pager.png", "dossier.png")),
    "projects": (["scripts/screenshots.py", "{folder}", "--projects-screen"], ("mes-projets.png",)),
    "table": (["scripts/screenshots.py", "{folder}", "--table-screen"], ("import-table-mapping.png",)),
    "pack": (["scripts/screenshots.py", "{folder}", "--pack-screen"], ("import-preview.png",)),
    "readable": (["scripts/screenshot_readable.py", "{folder}"], ("ma-commune-sombre.png", "ma-commune-texte-200.png")),
    "english": (["scripts/screenshot_english.py", "{scratch}"], ("browser-en.png",)),
    "branded": (["scripts/screenshot_branded.py", "{folder}/branded-window.png"], ("branded-window.png",)),
    "conflict": (["scripts/screenshot_conflict.py", "{folder}/conflit-de-versions.png"], ("conflit-de-versions.png",)),
}


def _settle(app) -> None:
    for _ in range(10):
        app.processEvents()


def _window(folder: Path, prepare=None):
    """A 1366x768 window on a fresh database in ``folder``, "Ma commune" chosen and shown.

    ``prepare(db)``, when given, writes into the database before the window opens.
    """
    from territoria.config import resolve_paths
    from territoria.services.database import open_database
    from territoria.services.profile import save_choice
    from territoria.settings import WELCOME_DONE
    from territoria.ui.context import UiContext
    from territoria.ui.main_window import MainWindow
    from territoria.ui.qt_settings import open_settings
    from territoria.ui.tasks import BackgroundWork

    db = open_database(resolve_paths(folder), ROOT / "data" / "seed.sqlite")
    save_choice(db, "commune", COMMUNE)
    if prepare is not None:
        prepare(db)
    context = UiContext.create(db, open_settings(folder / "settings.ini"), BackgroundWork.inline())
    context.settings.set(WELCOME_DONE, True)
    window = MainWindow(context)
    window.resize(*SIZE)
    window.show()
    window.open_start_page()
    return window, db


def print_screens(output: Path) -> None:
    """``menu-fichier.png`` and ``apercu-dossier.png``: printing the dossier of "Ma commune"."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication

    from territoria.ui.export.preview import PdfPreviewDialog

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        window, db = _window(folder)
        _settle(app)
        # the Fichier menu, open under its title (an offscreen popup is grabbed on its own)
        menu = window.file_menu
        bar = window.menuBar()
        corner = bar.mapTo(window, bar.actionGeometry(menu.menuAction()).bottomLeft())
        menu.popup(window.mapToGlobal(corner))
        _settle(app)
        menu.setActiveAction(window.print_actions.preview_action)
        _settle(app)
        shot = window.grab()
        painter = QPainter(shot)
        painter.drawPixmap(corner, menu.grab())
        painter.end()
        shot.save(str(output / "menu-fichier.png"))
        menu.hide()
        # the preview of the dossier, just saved (the save dialog answered with a file here)
        exports = window.context.exports
        exports.choose_target = lambda _title, suggested, _filter: folder / suggested
        window.print_actions.preview()
        _settle(app)
        preview = next(w for w in app.topLevelWidgets() if isinstance(w, PdfPreviewDialog) and w.isVisible())
        preview.save_button.click()
        _settle(app)
        shot = window.grab()
        picture = preview.grab()
        painter = QPainter(shot)
        # centred over the window, as the window manager places a dialog over its parent
        painter.drawPixmap(QPoint((shot.width() - picture.width()) // 2,
                                  max(0, (shot.height() - picture.height()) // 2)), picture)
        painter.end()
        shot.save(str(output / "apercu-dossier.png"))
        preview.close()
        window.close()
        db.close()


def _own_projects():
    """Three projects of the commune, as its secretary would declare them."""
    from territoria.services.local_projects import ProjectFields

    return (
        ProjectFields(title="Assistant de rédaction des comptes rendus du conseil municipal",
                      summary="Un outil d'IA générative propose un premier jet du compte rendu à partir des "
                              "notes de séance ; la secrétaire de mairie le relit et le corrige.",
                      problem="Deux jours de rédaction après chaque conseil.",
                      themes=("administration", "legal"), techniques=("generative",), status="pilot",
                      start_date="2025-10", budget_eur=3600.0),
        ProjectFields(title="Détection des fuites sur le réseau d'eau communal", themes=("water",),
                      techniques=("prediction",), status="production", start_date="2024-03"),
        ProjectFields(title="Réponses automatiques aux questions fréquentes sur le site de la mairie",
                      themes=("public_services",), techniques=("chatbot",), status="idea"),
    )


def projects_screen(output: Path) -> None:
    """``mes-projets.png``: three own projects of the commune, the first opened in its form."""
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication

    from territoria.services.local_projects import add_project

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)

        def prepare(db) -> None:
            for fields in _own_projects():
                add_project(db, fields)

        window, db = _window(folder, prepare)
        window.pages.setCurrentWidget(window.projects_tab)
        page = window.projects_tab.page()
        _settle(app)
        page.table.selectRow(0)
        editor = page.edit_selected()
        _settle(app)
        shot = window.grab()
        picture = editor.grab()
        painter = QPainter(shot)
        painter.drawPixmap((shot.width() - picture.width()) // 2, (shot.height() - picture.height()) // 2, picture)
        painter.end()
        shot.save(str(output / "mes-projets.png"))
        editor.close()
        window.close()
        db.close()


#: A town hall's own table of projects (what Fichier > Importer un tableau… reads).
TABLE = (("N°", "Intitulé du projet", "Description", "Collectivité porteuse", "Code INSEE", "État d'avancement",
          "Thème", "Date de début", "Budget TTC", "Prestataire", "Lien"),
         ("1", "Assistant de rédaction des comptes rendus", "Premier jet du compte rendu à partir des notes",
          "Saint-Denis-sur-Sarthon", "61382", "Expérimentation", "Administration interne", "2025-10", "3600",
          "", "https://agence.example.org/projets-ia/1"),
         ("2", "Détection des fuites d'eau", "Capteurs et prévision des fuites", "Alençon", "61001", "En service",
          "Eau", "2024-03", "", "", "https://agence.example.org/projets-ia/2"))


def table_screen(output: Path) -> None:
    """``import-table-mapping.png``: Fichier > Importer un tableau…, its column mapping step, at 1366x768."""
    import csv

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        table = folder / "projets.csv"
        with table.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, delimiter=";").writerows(TABLE)
        window, db = _window(folder)
        wizard = window.show_import_table()
        wizard.resize(*SIZE)
        wizard.file_page.path.setText(str(table))
        wizard.next()
        wizard.next()
        page = wizard.mapping_page
        for key, value in (("title", "Projets d'IA suivis par l'agence"),
                           ("publisher", "Agence numérique des territoires"),
                           ("url", "https://agence.example.org/projets-ia"), ("licence", "etalab-2.0")):
            page.source[key].setText(value)
        _settle(app)
        wizard.grab().save(str(output / "import-table-mapping.png"))
        wizard.close()
        window.close()
        db.close()


def pack_screen(output: Path) -> None:
    """``import-preview.png``: Fichier > Importer des données… on an agency's signed pack, before import.

    The pack and its key are made by the test suite's helpers (tests/pack_tools.py), the key
    trusted in the temporary settings folder as « Clés de confiance… » would.
    """
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication

    sys.path.insert(0, str(ROOT / "tests"))
    from pack_tools import build, make_key, trust_store, write_folder

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        window, db = _window(folder)
        window.pages.setCurrentWidget(window.browser)
        key = make_key(folder / "agence")
        trust_store(window.context.paths.config_dir, key)
        downloads = folder / "Téléchargements"
        pack = build(write_folder(folder / "agence" / "paquet"), key, downloads / "arnia-2026-03-03.territoria")
        dialog = window.data_menu.open_import(pack)
        dialog.path_edit.setText(f"{downloads.name}/{pack.name}")  # as from the person's home folder
        _settle(app)
        shot = window.grab()
        picture = dialog.grab()
        painter = QPainter(shot)
        painter.drawPixmap((shot.width() - picture.width()) // 2, (shot.height() - picture.height()) // 2, picture)
        painter.end()
        shot.save(str(output / "import-preview.png"))
        dialog.close()
        window.close()
        db.close()


def _territoria(data_dir: Path, *args: str) -> str:
    command = [str(Path(sys.executable).with_name("territoria")), "--data-dir", str(data_dir), *args]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def pdf_pages(output: Path) -> None:
    """``one-pager.png`` (the closest comparable's fiche, for the commune) and ``dossier.png`` (its cover)."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        rows = json.loads(_territoria(folder, "comparable", "--commune", COMMUNE, "--json", "--limit", "1"))
        closest = next(row for row in rows if not row["own"])
        fiche, dossier = folder / "fiche.pdf", folder / "dossier.pdf"
        # the letterhead the window puts by default: the collectivité of "Ma commune"
        letterhead = ("--organisme", "Commune de Saint-Denis-sur-Sarthon")
        _territoria(folder, "export-pdf", "--initiative", str(closest["id"]), "--for-commune", COMMUNE,
                    *letterhead, "-o", str(fiche))
        _territoria(folder, "export-pdf", "--commune", COMMUNE, *letterhead, "-o", str(dossier))
        for pdf, picture in ((fiche, "one-pager"), (dossier, "dossier")):
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                            str(output / picture)], check=True)


def shrink(picture: Path) -> None:
    """Re-save ``picture`` with a 256-colour palette when it is over ``MAX_BYTES``."""
    if picture.stat().st_size <= MAX_BYTES:
        return
    from PIL import Image

    with Image.open(picture) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(picture, optimize=True)


def main(folder: Path, only: list[str]) -> int:
    """Run every group (or those named), shrink the pictures, and list them with their sizes."""
    folder.mkdir(parents=True, exist_ok=True)
    failed = []
    for group, (command, pictures) in GROUPS.items():
        if only and group not in only:
            continue
        with tempfile.TemporaryDirectory() as scratch:
            # an offscreen screen of 1366x768 (Qt's default is 800x800): dialogs fit it as on a laptop
            screen = Path(scratch) / "screen.json"
            screen.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": SIZE[0],
                                                       "height": SIZE[1], "logicalDpi": 96, "logicalBaseDpi": 96,
                                                       "dpr": 1}]}))
            env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
            args = [part.format(folder=folder, scratch=scratch) for part in command]
            args[0] = str(ROOT / args[0])
            done = subprocess.run([sys.executable, *args], env=env, cwd=ROOT)
            if done.returncode != 0:
                failed.append(group)
                continue
            for picture in pictures:
                if group == "english":  # the English script makes more pictures than the README shows
                    shutil.copyfile(Path(scratch) / picture, folder / picture)
                shrink(folder / picture)
                print(f"{folder / picture}  {(folder / picture).stat().st_size // 1024} Ko")
    if failed:
        print("échec : " + ", ".join(failed), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    arguments = sys.argv[1:]
    target = Path(arguments[0]) if arguments and not arguments[0].startswith("--") else ROOT / "docs" / "screenshots"
    # the screens made here, each run by main() in its own process
    made_here = {"--print-screens": print_screens, "--projects-screen": projects_screen,
                 "--table-screen": table_screen, "--pack-screen": pack_screen, "--pdf-pages": pdf_pages}
    chosen = [made_here[flag] for flag in arguments if flag in made_here]
    if chosen:
        sys.path.insert(0, str(HERE))
        import screenshot_browser  # noqa: E402

        screenshot_browser.shield_none()
        chosen[0](target)
    else:
        sys.exit(main(target.resolve(), arguments[arguments.index("--only") + 1:] if "--only" in arguments else []))
