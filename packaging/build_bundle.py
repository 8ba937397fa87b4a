"""Build Territoria's installable artefacts, optionally branded for an agency.

    python packaging/build_bundle.py [--agency FILE.toml] [--no-deb] [--dist DIR]

Steps: check the branding file (every problem stops the build with a French message naming
the file and field); stage it with its logo, keys and packs under ``build/resources``; make the
icons from ``resources/icons/territoria.svg``; run PyInstaller on ``packaging/territoria.spec``
(one-folder bundle ``dist/territoria``); on Linux wrap it into a ``.deb``. The Windows (NSIS)
and macOS (.app/.dmg) installers are made from the same bundle by ``packaging/windows`` and
``packaging/macos`` on their own systems (see packaging/README.md).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "packaging"))

from territoria.services.branding import BRANDING_FILE, Branding, BrandingError, read_branding_file  # noqa: E402


def project_version() -> str:
    """The one version of the project: ``territoria.__version__`` (pyproject.toml reads it too)."""
    from territoria import __version__

    return __version__


def stage_branding(branding: Branding, resources: Path) -> None:
    """Stage the branding into ``resources`` (it becomes the bundle's ``resources/``).

    ``branding/agency.toml`` with its logo and packs, and the keys as installer keys in
    ``trusted_keys/`` (each ``.pub`` line listing the publishers the branding file gives it).
    """
    from icons import render_svg

    from territoria.services.packs.keys import PublicKey, public_line, read_public_key

    target, keys_dir = resources / "branding", resources / "trusted_keys"
    for folder in (target, keys_dir):
        if folder.exists():
            shutil.rmtree(folder)
    (target / "packs").mkdir(parents=True)
    keys_dir.mkdir(parents=True)
    lines = ["# Written by packaging/build_bundle.py from " + branding.source.name, "", "[agency]",
             f"name = {_toml(branding.name)}", f"short_name = {_toml(branding.short_name)}"]
    if branding.logo is not None:
        # PDFs need a bitmap (reportlab draws no SVG); the window can use either
        if branding.logo.suffix.lower() == ".svg":
            render_svg(branding.logo, 512, target / "logo.png")
        else:
            shutil.copy2(branding.logo, target / "logo.png")
        lines.append('logo = "logo.png"')
    if branding.accent_colour:
        lines.append(f"accent_colour = {_toml(branding.accent_colour)}")
    lines += ["", "[contact]"]
    for key, value in (("email", branding.contact_email), ("phone", branding.contact_phone),
                       ("url", branding.contact_url)):
        if value:
            lines.append(f"{key} = {_toml(value)}")
    lines += ["", "[pdf]", f"letterhead = {_toml(branding.letterhead)}", "", "[data]"]
    packs = []
    for pack in branding.packs:
        shutil.copy2(pack, target / "packs" / pack.name)
        packs.append(_toml(f"packs/{pack.name}"))
    lines.append(f"packs = [{', '.join(packs)}]")
    if branding.watched_folder:
        lines.append(f"watched_folder = {_toml(branding.watched_folder)}")
    for index, key in enumerate(branding.keys, start=1):
        name = f"{re.sub(r'[^a-z0-9]+', '-', branding.short_name.lower()).strip('-') or 'agence'}-{index}.pub"
        public = read_public_key(key.path)
        (keys_dir / name).write_text(public_line(PublicKey(public.raw, key.publishers)), encoding="utf-8")
        lines += ["", "[[data.keys]]", f'file = "../trusted_keys/{name}"',
                  "publishers = [" + ", ".join(_toml(p) for p in key.publishers) + "]"]
    (target / BRANDING_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    # read it back: the staged copy must load exactly as the app will load it
    read_branding_file(target / BRANDING_FILE)


def check_bundled_packs(branding: Branding, resources: Path) -> None:
    """Every bundled pack must verify against the keys the branding file lists (and only them)."""
    if not branding.packs:
        return
    import tempfile

    from territoria.resources import seed_path
    from territoria.services.packs import PackError
    from territoria.services.packs.reference import context_of
    from territoria.services.packs.trust import TrustStore
    from territoria.services.packs.verify import verify_pack

    context = context_of(seed_path())
    with tempfile.TemporaryDirectory() as config:
        trust = TrustStore(Path(config), resources / "trusted_keys")
        for pack in branding.packs:
            try:
                verify_pack(pack, trust, context)
            except PackError as exc:
                raise BrandingError(branding.source, "data.packs", f"{pack.name} : {exc.message}") from exc


def write_windows_version_file(version: str, target: Path, company: str) -> None:
    """PyInstaller's VSVersionInfo text (the Properties > Details tab of the .exe)."""
    parts = [int(p) for p in (version.split(".") + ["0", "0", "0"])[:4] if p.isdigit()]
    numbers = tuple((parts + [0, 0, 0, 0])[:4])
    target.write_text(f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}),
  kids=[StringFileInfo([StringTable('040C04B0', [
    StringStruct('CompanyName', {company!r}),
    StringStruct('FileDescription', 'Territoria'),
    StringStruct('FileVersion', {version!r}),
    StringStruct('ProductName', 'Territoria'),
    StringStruct('ProductVersion', {version!r}),
    StringStruct('LegalCopyright', 'Licence MIT')])]),
    VarFileInfo([VarStruct('Translation', [0x040C, 1200])])]
)
""", encoding="utf-8")


def run_pyinstaller(build_dir: Path, dist: Path) -> Path:
    """Build the one-folder bundle; return its folder."""
    env = dict(os.environ, TERRITORIA_BUILD_DIR=str(build_dir), TERRITORIA_VERSION=project_version())
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(build_dir / "pyinstaller"),
                    str(ROOT / "packaging" / "territoria.spec")], check=True, env=env)
    return dist / "territoria"


def system_libraries(build_dir: Path) -> list[str]:
    """The system libraries the spec left out of the bundle (Linux), as it listed them."""
    listing = build_dir / "system-libraries.txt"
    return listing.read_text(encoding="utf-8").split() if listing.is_file() else []


def folder_size(folder: Path) -> int:
    """Bytes of every regular file below ``folder``."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Construit le paquet autonome et l'installateur de Territoria.")
    parser.add_argument("--agency", type=Path, help="fichier de personnalisation de l'agence (TOML)")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="dossier de sortie (dist/)")
    parser.add_argument("--build-dir", type=Path, default=ROOT / "build", help="dossier de travail (build/)")
    parser.add_argument("--no-deb", action="store_true", help="ne pas construire le paquet .deb (Linux)")
    parser.add_argument("--deb-compression", choices=("xz", "gzip"), default="xz",
                        help="compression du .deb (xz pour la diffusion, gzip pour un essai rapide)")
    args = parser.parse_args(argv)

    version = project_version()
    build_dir = args.build_dir.resolve()
    build_dir.mkdir(parents=True, exist_ok=True)
    branding = None
    staged = build_dir / "resources"  # merged into the bundle's resources/ by the spec
    if staged.exists():
        shutil.rmtree(staged)
    if args.agency:
        try:
            branding = read_branding_file(args.agency.resolve())
            stage_branding(branding, staged)
            check_bundled_packs(branding, staged)
        except BrandingError as exc:
            print(f"build : {exc.message}", file=sys.stderr)
            return 1
        print(f"Personnalisation : {branding.name} ({len(branding.keys)} clé(s), {len(branding.packs)} paquet(s))")

    from icons import make_icons

    make_icons(ROOT / "resources" / "icons" / "territoria.svg", build_dir / "icons")
    write_windows_version_file(version, build_dir / "version_info.txt",
                               branding.name if branding else "Territoria")
    (build_dir / "system-libraries.txt").unlink(missing_ok=True)
    bundle = run_pyinstaller(build_dir, args.dist.resolve())
    print(f"Paquet autonome : {bundle} ({folder_size(bundle) / 1e6:.0f} Mo)")

    if platform.system() == "Linux" and not args.no_deb:
        sys.path.insert(0, str(ROOT / "packaging" / "linux"))
        from make_deb import build_deb

        deb = build_deb(bundle, build_dir / "icons", args.dist.resolve(), version=version,
                        agency_name=branding.name if branding else None,
                        agency_short=branding.short_name if branding else None,
                        licence_text=(ROOT / "LICENSE").read_text(encoding="utf-8")
                        if (ROOT / "LICENSE").is_file() else "",
                        system_libraries=system_libraries(build_dir), compression=args.deb_compression)
        print(f"Paquet Debian : {deb} ({deb.stat().st_size / 1e6:.0f} Mo)")
    return 0


def _toml(value: str) -> str:
    """A TOML basic string."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


if __name__ == "__main__":
    raise SystemExit(main())
