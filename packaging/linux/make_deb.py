"""Wrap the PyInstaller folder ``dist/territoria`` into a Debian package with ``dpkg-deb``.

Layout of the package: the bundle under ``/opt/territoria``, launchers ``/usr/bin/territoria``
and ``/usr/bin/territoria-cli``, a ``.desktop`` entry (which also opens ``.territoria`` packs),
the pack MIME type, the hicolor icons and the copyright file.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

#: Debian packages of the system libraries Qt's xcb platform and OpenGL need (the bundle
#: carries Qt itself; these are what PySide6 wheels expect from the system).
DEPENDS = (
    "libc6", "libegl1", "libgl1", "libfontconfig1", "libfreetype6", "libglib2.0-0",
    "libdbus-1-3", "libxkbcommon0", "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4",
    "libxcb-keysyms1", "libxcb-shape0", "libxcb-randr0", "libxcb-render-util0",
    "libxcb-image0", "libxcb-xinerama0", "libxcb-xkb1", "libx11-xcb1",
)

MIME_TYPE = "application/x-territoria-pack"

DESKTOP = """[Desktop Entry]
Type=Application
Name=Territoria
GenericName=Projets d'IA des collectivités
Comment={comment}
Exec=/usr/bin/territoria %f
Icon=territoria
Terminal=false
Categories=Office;Education;
MimeType={mime};
Keywords=IA;intelligence artificielle;mairie;commune;collectivité;
"""

MIME_XML = """<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{mime}">
    <comment>Paquet de données Territoria</comment>
    <glob pattern="*.territoria"/>
  </mime-type>
</mime-info>
"""

LAUNCHER = """#!/bin/sh
exec /opt/territoria/{exe} "$@"
"""


def architecture() -> str:
    """Debian's name of this machine's architecture (amd64, arm64…)."""
    return subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True,
                          text=True).stdout.strip()


def packages_of(libraries: list[str]) -> list[str]:
    """The Debian packages that own these system libraries (``dpkg -S``), sorted."""
    packages = set()
    for library in libraries:
        for candidate in (library, str(Path(library).resolve())):
            found = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if found.returncode == 0:
                # "libcups2:amd64: /usr/lib/…" -> libcups2
                packages.update(line.split(":")[0].split(",")[0].strip() for line in found.stdout.splitlines())
                break
    return sorted(packages)


def package_name(short_name: str | None) -> str:
    """``territoria``, or ``territoria-<agency>`` for a branded build (Debian name rules)."""
    if not short_name:
        return "territoria"
    slug = "".join(c if c.isalnum() else "-" for c in short_name.lower()).strip("-")
    slug = "-".join(part for part in slug.split("-") if part)
    return f"territoria-{slug}" if slug else "territoria"


def build_deb(bundle: Path, icons: Path, out_dir: Path, *, version: str,
              agency_name: str | None = None, agency_short: str | None = None,
              licence_text: str = "", system_libraries: list[str] = (), compression: str = "xz") -> Path:
    """Build the .deb from ``bundle`` (dist/territoria) and return its path.

    ``system_libraries`` are the libraries the bundle expects from the system (listed by the
    spec); the packages that own them join the fixed ``DEPENDS``. ``compression`` is dpkg-deb's
    (``xz`` for what is distributed, ``gzip`` for a quicker check build).
    """
    if not (bundle / "territoria-cli").exists():
        raise FileNotFoundError(f"bundle incomplet : {bundle}/territoria-cli introuvable")
    name = package_name(agency_short)
    arch = architecture()
    root = out_dir / f"{name}_{version}_{arch}"
    if root.exists():
        shutil.rmtree(root)
    opt = root / "opt" / "territoria"
    shutil.copytree(bundle, opt, symlinks=True)
    for exe in ("territoria", "territoria-cli"):
        launcher = root / "usr" / "bin" / exe
        launcher.parent.mkdir(parents=True, exist_ok=True)
        launcher.write_text(LAUNCHER.format(exe=exe), encoding="utf-8")
        launcher.chmod(0o755)
    comment = "Projets d'IA des collectivités, aides et fiches PDF"
    if agency_name:
        comment += f" — diffusé par {agency_name}"
    _write(root / "usr/share/applications/territoria.desktop", DESKTOP.format(comment=comment, mime=MIME_TYPE))
    _write(root / "usr/share/mime/packages/territoria.xml", MIME_XML.format(mime=MIME_TYPE))
    for png in sorted(icons.glob("territoria-*.png")):
        size = png.stem.split("-")[-1]
        target = root / f"usr/share/icons/hicolor/{size}x{size}/apps/territoria.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, target)
    _write(root / "usr/share/doc" / name / "copyright", licence_text or "Territoria — licence MIT.\n")
    installed_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    description = "Catalogue hors ligne des projets d'IA des collectivités françaises"
    if agency_name:
        description += f" ({agency_name})"
    control = "\n".join([
        f"Package: {name}",
        f"Version: {version}",
        "Section: misc",
        "Priority: optional",
        f"Architecture: {arch}",
        f"Maintainer: {agency_name or 'Territoria'} <territoria@localhost>",
        f"Installed-Size: {installed_kib}",
        f"Depends: {', '.join(sorted(set(DEPENDS) | set(packages_of(list(system_libraries)))))}",
        "Conflicts: territoria" if name != "territoria" else "Provides: territoria-app",
        f"Description: {description}",
        " Territoria aide les mairies à trouver les projets d'intelligence artificielle",
        " de communes comparables, les aides qu'elles peuvent obtenir, et imprime des",
        " fiches PDF pour le conseil municipal. Fonctionne sans connexion réseau.",
        "",
    ])
    _write(root / "DEBIAN" / "control", control)
    postinst = root / "DEBIAN" / "postinst"
    _write(postinst, "#!/bin/sh\nset -e\n"
           "command -v update-desktop-database >/dev/null && update-desktop-database -q || true\n"
           "command -v update-mime-database >/dev/null && update-mime-database /usr/share/mime || true\n")
    postinst.chmod(0o755)
    for path in root.rglob("*"):  # Debian policy: no group/other write bits
        if not path.is_symlink():
            mode = path.stat().st_mode
            path.chmod(mode & ~(stat.S_IWGRP | stat.S_IWOTH))
    deb = out_dir / f"{name}_{version}_{arch}.deb"
    env = dict(os.environ, SOURCE_DATE_EPOCH=os.environ.get("SOURCE_DATE_EPOCH", "0"))
    subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(root), str(deb)],
                   check=True, env=env, stdout=subprocess.DEVNULL)
    shutil.rmtree(root)
    return deb


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
