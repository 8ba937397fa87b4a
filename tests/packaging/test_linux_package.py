"""Smoke test of the built artefacts: the branded Linux bundle and .deb, unpacked and run.

Builds with ``packaging/build_bundle.py --agency packaging/agency.example.toml`` (PyInstaller and
``dpkg-deb``, about a minute), unpacks the .deb into a temporary root and runs the packaged
``territoria-cli`` there. The one-pager's QR code is drawn as vectors: the page is rendered
with ``pdftoppm`` and decoded with ``zbarimg``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from territoria.services.branding import read_branding_file

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "packaging" / "agency.example.toml"
#: A guard against growth, not the issue's 150 MB target, which the bundle misses: Qt's ICU data
#: (32 MB, linked by QtCore), cryptography (12 MB, the pack signatures) and PDFium (7 MB, the
#: print preview) are most of what remains (BENCHMARKS.md, "Installateurs").
BUNDLE_BUDGET_MB = 170

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None,
                       reason="the .deb is built on Debian-like systems only"),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Build the branded bundle and .deb once, and unpack the .deb into a fake root."""
    pytest.importorskip("PyInstaller", reason="pip install -e '.[build]'")
    work = tmp_path_factory.mktemp("package")
    subprocess.run([sys.executable, str(REPO / "packaging" / "build_bundle.py"), "--agency", str(EXAMPLE),
                    "--dist", str(work / "dist"), "--build-dir", str(work / "build"),
                    "--deb-compression", "gzip"], check=True, cwd=REPO)
    [deb] = (work / "dist").glob("territoria-*.deb")
    root = work / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return {"deb": deb, "root": root, "bundle": work / "dist" / "territoria", "work": work}


def _cli(built: dict[str, Path], *args: str, data: str = "data") -> subprocess.CompletedProcess:
    exe = built["root"] / "opt" / "territoria" / "territoria-cli"
    return subprocess.run([str(exe), "--data-dir", str(built["work"] / data), *args],
                          capture_output=True, text=True, timeout=300)


def _control(deb: Path) -> dict[str, str]:
    text = subprocess.run(["dpkg-deb", "-f", str(deb)], check=True, capture_output=True, text=True).stdout
    fields, key = {}, None
    for line in text.splitlines():
        if line.startswith(" ") and key:
            fields[key] += "\n" + line.strip()
        elif ":" in line:
            key, value = line.split(":", 1)
            fields[key] = value.strip()
    return fields


def test_deb_metadata_names_the_agency_and_the_system_libraries(built: dict[str, Path]) -> None:
    control = _control(built["deb"])
    assert control["Package"] == "territoria-arnia"
    assert control["Version"] == __import__("territoria").__version__
    assert "ARNia" in control["Description"]
    depends = {d.strip().split(" ")[0] for d in control["Depends"].split(",")}
    assert {"libxcb-cursor0", "libegl1", "libfontconfig1", "libxkbcommon-x11-0"} <= depends


def test_deb_installs_launchers_desktop_entry_mime_type_and_icons(built: dict[str, Path]) -> None:
    root = built["root"]
    for exe in ("territoria", "territoria-cli"):
        launcher = root / "usr" / "bin" / exe
        assert launcher.stat().st_mode & 0o111
        assert f"/opt/territoria/{exe}" in launcher.read_text(encoding="utf-8")
    desktop = (root / "usr/share/applications/territoria.desktop").read_text(encoding="utf-8")
    assert "Exec=/usr/bin/territoria %f" in desktop and "application/x-territoria-pack" in desktop
    assert "ARNia" in desktop
    mime = ET.parse(root / "usr/share/mime/packages/territoria.xml").getroot()
    assert any(g.get("pattern") == "*.territoria" for g in mime.iter() if g.tag.endswith("glob"))
    for size in (16, 48, 256):
        icon = root / f"usr/share/icons/hicolor/{size}x{size}/apps/territoria.png"
        assert icon.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_bundle_stays_within_its_size_budget(built: dict[str, Path]) -> None:
    size = sum(p.stat().st_size for p in built["bundle"].rglob("*") if p.is_file() and not p.is_symlink())
    print(f"bundle: {size / 1e6:.1f} MB unpacked, .deb (gzip): {built['deb'].stat().st_size / 1e6:.1f} MB")
    assert size <= BUNDLE_BUDGET_MB * 1e6


def test_packaged_cli_reports_the_agency_branding(built: dict[str, Path]) -> None:
    result = _cli(built, "info", "--json")
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    branding = read_branding_file(EXAMPLE)
    assert info["agency"]["name"] == branding.name
    assert info["agency"]["fingerprints"] == list(branding.fingerprints)
    assert info["initiatives"] > 0 and info["communes"] > 30000


def test_packaged_cli_searches(built: dict[str, Path]) -> None:
    result = _cli(built, "search", "eau", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert rows and all("title" in row for row in rows)


def test_packaged_one_pager_qr_code_decodes_to_the_source_url(built: dict[str, Path]) -> None:
    for tool in ("pdftoppm", "zbarimg"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing: scripts/setup.sh installs it")
    result = _cli(built, "search", "eau", "--json")
    first = json.loads(result.stdout)[0]
    pdf = built["work"] / "fiche.pdf"
    result = _cli(built, "export-pdf", "--initiative", str(first["id"]), "-o", str(pdf))
    assert result.returncode == 0, result.stderr
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", str(pdf), str(pdf.with_suffix(""))],
                   check=True)
    [png] = pdf.parent.glob("fiche*.png")
    decoded = subprocess.run(["zbarimg", "-q", "--nodbus", "--raw", str(png)], capture_output=True, text=True)
    assert decoded.returncode == 0, "no QR code found on the one-pager (reportlab barcode not collected?)"
    url = decoded.stdout.strip()
    assert url.startswith("https://")
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert url.split("//", 1)[1][:25] in text.replace("\n", "")
    assert "ARNia" in text  # "diffusé par" the agency, in the footer


def test_packaged_translation_is_compiled_and_loads(built: dict[str, Path]) -> None:
    from qm_probe import assert_translates

    assert_translates(built["root"] / "opt/territoria/_internal/resources/translations/territoria_en.qm")


def test_unbranded_bundle_is_the_plain_app(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Without --agency the bundle holds no branding and no installer key."""
    pytest.importorskip("PyInstaller", reason="pip install -e '.[build]'")
    work = tmp_path_factory.mktemp("plain")
    subprocess.run([sys.executable, str(REPO / "packaging" / "build_bundle.py"), "--no-deb",
                    "--dist", str(work / "dist"), "--build-dir", str(work / "build")], check=True, cwd=REPO)
    bundle = work / "dist" / "territoria"
    assert not (bundle / "_internal" / "resources" / "branding").exists()
    assert not (bundle / "_internal" / "resources" / "trusted_keys").exists()
    result = subprocess.run([str(bundle / "territoria-cli"), "--data-dir", str(work / "data"), "info", "--json"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["agency"] is None
