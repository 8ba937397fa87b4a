"""The agency branding file: every key of the example read back, every bad input refused in French."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ec import SECP256R1, generate_private_key

from territoria.services.branding import BrandingError, load_branding, read_branding_file
from territoria.services.packs.keys import read_public_key

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "packaging" / "agency.example.toml"


@pytest.fixture()
def agency(tmp_path: Path) -> Path:
    """A copy of the example branding file with its files, in a folder of its own."""
    shutil.copy2(EXAMPLE, tmp_path / "agency.toml")
    shutil.copytree(REPO / "packaging" / "example-agency", tmp_path / "example-agency")
    return tmp_path / "agency.toml"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_example_file_reads_every_key() -> None:
    branding = read_branding_file(EXAMPLE)
    assert branding.short_name == "ARNia"
    assert branding.name.startswith("ARNia — Agence régionale")
    assert branding.logo is not None and branding.logo.name == "logo.svg"
    assert branding.accent_colour == "#0b6e4f"
    assert branding.contact_lines == ("territoria@arnia.example.fr", "01 23 45 67 89",
                                      "https://arnia.example.fr/territoria")
    assert branding.letterhead == "ARNia — Agence régionale du numérique et de l'IA"
    assert branding.watched_folder is None  # "" means none
    assert branding.packs == ()
    [key] = branding.keys
    assert key.publishers == ("arnia",)
    assert key.fingerprint == read_public_key(key.path).fingerprint
    assert len(key.fingerprint) == 19 and key.fingerprint.count("-") == 3


def test_fingerprint_is_first_16_hex_digits_of_sha256_grouped_by_four() -> None:
    import hashlib

    key = read_public_key(EXAMPLE.parent / "example-agency" / "arnia-exemple.key.pub")
    assert key.fingerprint.replace("-", "") == hashlib.sha256(key.raw).hexdigest()[:16]


@pytest.mark.parametrize(
    ("old", "new", "field", "words"),
    [
        ('logo = "example-agency/logo.svg"', 'logo = "example-agency/absent.png"', "agency.logo", "introuvable"),
        ('accent_colour = "#0b6e4f"', 'accent_colour = "vert"', "agency.accent_colour", "#RRGGBB"),
        ('[contact]\n', '[contact]\nfax = "01"\n', "contact.fax", "clé inconnue"),
        ('short_name = "ARNia"', 'short_name = "ARNia"\nslogan = "x"', "agency.slogan", "clé inconnue"),
        ('email = "territoria@arnia.example.fr"', 'email = "pas une adresse"', "contact.email", "adresse"),
        ('url = "https://arnia.example.fr/territoria"', 'url = "javascript:alert(1)"', "contact.url", "http"),
        ('publishers = ["arnia"]', 'publishers = ["ARNia Région"]', "data.keys[1].publishers", "identifiants"),
        ('packs = []', 'packs = ["absent.territoria"]', "data.packs", "introuvable"),
    ],
)
def test_bad_branding_is_refused_naming_file_and_field(agency: Path, old: str, new: str, field: str,
                                                        words: str) -> None:
    _edit(agency, old, new)
    with pytest.raises(BrandingError) as caught:
        read_branding_file(agency)
    assert caught.value.field == field
    assert str(agency) in caught.value.message
    assert words in caught.value.message


def test_missing_name_is_refused(agency: Path) -> None:
    text = agency.read_text(encoding="utf-8")
    agency.write_text("\n".join(line for line in text.splitlines() if not line.startswith("name =")),
                      encoding="utf-8")
    with pytest.raises(BrandingError, match="obligatoire") as caught:
        read_branding_file(agency)
    assert caught.value.field == "agency.name"


def test_unreadable_logo_is_refused(agency: Path) -> None:
    (agency.parent / "example-agency" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n not really")
    _edit(agency, 'logo = "example-agency/logo.svg"', 'logo = "example-agency/broken.png"')
    with pytest.raises(BrandingError, match="pas une image lisible"):
        read_branding_file(agency)


def test_logo_of_another_format_is_refused(agency: Path) -> None:
    (agency.parent / "example-agency" / "logo.gif").write_bytes(b"GIF89a")
    _edit(agency, 'logo = "example-agency/logo.svg"', 'logo = "example-agency/logo.gif"')
    with pytest.raises(BrandingError, match="PNG ou SVG"):
        read_branding_file(agency)


def test_public_key_that_is_not_ed25519_is_refused(agency: Path) -> None:
    ec_key = generate_private_key(SECP256R1()).public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    (agency.parent / "example-agency" / "arnia-exemple.key.pub").write_bytes(ec_key)
    with pytest.raises(BrandingError, match="pas une clé publique Territoria") as caught:
        read_branding_file(agency)
    assert caught.value.field == "data.keys[1].file"


def test_key_of_the_wrong_length_is_refused(agency: Path) -> None:
    import base64

    (agency.parent / "example-agency" / "arnia-exemple.key.pub").write_text(
        "territoria-ed25519 " + base64.b64encode(bytes(33)).decode() + "\n", encoding="utf-8")
    with pytest.raises(BrandingError, match="32 octets"):
        read_branding_file(agency)


def test_garbage_key_file_is_refused(agency: Path) -> None:
    (agency.parent / "example-agency" / "arnia-exemple.key.pub").write_text("hello", encoding="utf-8")
    with pytest.raises(BrandingError, match="pas une clé publique Territoria"):
        read_branding_file(agency)


def test_invalid_toml_is_refused(agency: Path) -> None:
    agency.write_text("[agency\nname = ", encoding="utf-8")
    with pytest.raises(BrandingError, match="TOML invalide"):
        read_branding_file(agency)


def test_over_long_name_is_refused(agency: Path) -> None:
    _edit(agency, 'short_name = "ARNia"', 'short_name = "' + "A" * 41 + '"')
    with pytest.raises(BrandingError, match="trop long"):
        read_branding_file(agency)


def test_no_branding_folder_means_plain_app(tmp_path: Path) -> None:
    assert load_branding(tmp_path) is None


def test_damaged_branding_resource_starts_unbranded_and_logs_why(tmp_path: Path, caplog) -> None:
    (tmp_path / "agency.toml").write_text('[agency]\nname = "ARNia"\ncolour = 3\n', encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="territoria.services.branding"):
        assert load_branding(tmp_path) is None
    assert "agency.colour" in caplog.text


def test_staged_branding_loads_as_the_app_loads_it(tmp_path: Path) -> None:
    """build.py's staging writes a self-contained folder the app reads with the same result."""
    build_script = _packaging_module("build_bundle")
    source = read_branding_file(EXAMPLE)
    build_script.stage_branding(source, tmp_path / "resources")
    staged = load_branding(tmp_path / "resources" / "branding")
    assert staged is not None
    assert (staged.name, staged.letterhead, staged.contact_lines, staged.fingerprints) == (
        source.name, source.letterhead, source.contact_lines, source.fingerprints)
    assert staged.logo is not None and staged.logo.name == "logo.png"  # SVG rendered for the PDFs
    assert staged.logo.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # the keys are installer keys of the packs' trust store, bound to their publishers
    from territoria.services.packs.trust import TrustStore

    trust = TrustStore(tmp_path / "config", tmp_path / "resources" / "trusted_keys")
    assert [(k.fingerprint, k.publishers) for k in trust.keys()] == [
        (key.fingerprint, key.publishers) for key in source.keys]


def test_build_refuses_bad_branding_before_building(agency: Path, tmp_path: Path, capsys) -> None:
    build_script = _packaging_module("build_bundle")
    _edit(agency, 'accent_colour = "#0b6e4f"', 'accent_colour = "#12"')
    rc = build_script.main(["--agency", str(agency), "--dist", str(tmp_path / "dist"),
                            "--build-dir", str(tmp_path / "build"), "--no-deb"])
    assert rc == 1
    err = capsys.readouterr().err
    assert "agency.accent_colour" in err and str(agency) in err
    assert not (tmp_path / "dist").exists()


def _packaging_module(name: str):
    import importlib
    import sys

    sys.path.insert(0, str(REPO / "packaging"))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(REPO / "packaging"))


def test_bundled_pack_signed_by_a_listed_key_passes(agency: Path, tmp_path: Path) -> None:
    from pack_tools import build, make_key, write_folder

    key = make_key(tmp_path / "keys", "arnia.key", "arnia")
    shutil.copy2(key.with_name("arnia.key.pub"), agency.parent / "example-agency" / "arnia-exemple.key.pub")
    pack = build(write_folder(tmp_path / "src"), key, agency.parent / "arnia.territoria")
    _edit(agency, "packs = []", f'packs = ["{pack.name}"]')
    build_script = _packaging_module("build_bundle")
    branding = read_branding_file(agency)
    build_script.stage_branding(branding, tmp_path / "resources")
    build_script.check_bundled_packs(branding, tmp_path / "resources")
    staged = load_branding(tmp_path / "resources" / "branding")
    assert staged is not None and [p.name for p in staged.packs] == ["arnia.territoria"]


def test_bundled_pack_not_signed_by_the_listed_keys_stops_the_build(agency: Path, tmp_path: Path) -> None:
    from pack_tools import build, make_key, write_folder

    other = make_key(tmp_path / "keys", "other.key", "arnia")  # not the key the branding lists
    pack = build(write_folder(tmp_path / "src"), other, agency.parent / "arnia.territoria")
    _edit(agency, "packs = []", f'packs = ["{pack.name}"]')
    build_script = _packaging_module("build_bundle")
    branding = read_branding_file(agency)
    build_script.stage_branding(branding, tmp_path / "resources")
    with pytest.raises(BrandingError) as caught:
        build_script.check_bundled_packs(branding, tmp_path / "resources")
    assert caught.value.field == "data.packs"
    assert "arnia.territoria" in caught.value.message
