"""Make every icon the installers need from the one source ``resources/icons/territoria.svg``.

Writes into a folder: ``territoria-<N>.png`` for the usual sizes (Linux hicolor theme, the
window icon), ``territoria.ico`` (Windows) and ``territoria.icns`` (macOS). Qt renders the
SVG (QtSvg ships in PySide6-Essentials); Pillow, which reportlab already needs, writes the
.ico and .icns containers.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render_svg(svg: Path, size: int, target: Path) -> None:
    """Render ``svg`` as a PNG whose longest side is ``size``, on a transparent background."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    # a QApplication, not a mere QGuiApplication: in a process that later shows widgets (the
    # test suite), a QGuiApplication made here would make every QWidget abort
    _app = QApplication.instance() or QApplication([])  # noqa: F841 - QImage needs one
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} n'est pas un SVG lisible")
    natural = renderer.defaultSize()
    # ``size`` is the longest side: a wide logo stays wide (an icon's SVG is square anyway)
    scale = size / max(natural.width(), natural.height(), 1)
    width, height = max(1, round(natural.width() * scale)), max(1, round(natural.height() * scale))
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    if not image.save(str(target), "PNG"):
        raise OSError(f"impossible d'écrire {target}")


def make_icons(svg: Path, out: Path) -> dict[str, Path]:
    """Write the PNG set, the .ico and the .icns into ``out``; return them by kind."""
    from PIL import Image

    out.mkdir(parents=True, exist_ok=True)
    pngs = {}
    for size in SIZES:
        target = out / f"territoria-{size}.png"
        render_svg(svg, size, target)
        pngs[size] = target
    with Image.open(pngs[256]) as big:
        big.save(out / "territoria.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    with Image.open(pngs[512]) as biggest:
        biggest.save(out / "territoria.icns")
    return {"png": pngs[256], "ico": out / "territoria.ico", "icns": out / "territoria.icns"}


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else root / "build" / "icons"
    for kind, path in make_icons(root / "resources" / "icons" / "territoria.svg", target).items():
        print(f"{kind}: {path}")
