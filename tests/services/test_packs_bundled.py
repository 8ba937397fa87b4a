"""Packs bundled with a branded installer are imported when the database opens, once."""

from __future__ import annotations

import importlib
import shutil
import sys
from pathlib import Path

from pack_tools import build, make_key, write_folder

from territoria.services.branding import load_branding, read_branding_file
from territoria.services.packs.bundled import import_bundled_packs, pending_bundled_packs
from territoria.services.packs.installed import list_packs
from territoria.services.packs.trust import TrustStore

REPO = Path(__file__).resolve().parents[2]


def _staged_branding(tmp_path: Path, pack_edition: str) -> Path:
    """An agency branding with one bundled pack, staged as build_bundle.py stages it."""
    agency = tmp_path / "agency"
    shutil.copytree(REPO / "packaging" / "example-agency", agency / "example-agency")
    text = (REPO / "packaging" / "agency.example.toml").read_text(encoding="utf-8")
    key = make_key(tmp_path / "keys", "arnia.key", "arnia")
    shutil.copy2(key.with_name("arnia.key.pub"), agency / "example-agency" / "arnia-exemple.key.pub")
    pack = build(write_folder(tmp_path / "src", edition=pack_edition), key, agency / "arnia.territoria")
    (agency / "agency.toml").write_text(text.replace("packs = []", f'packs = ["{pack.name}"]'), encoding="utf-8")
    sys.path.insert(0, str(REPO / "packaging"))
    try:
        build_bundle = importlib.import_module("build_bundle")
    finally:
        sys.path.remove(str(REPO / "packaging"))
    resources = tmp_path / "resources"
    build_bundle.stage_branding(read_branding_file(agency / "agency.toml"), resources)
    return resources


def test_bundled_pack_is_imported_once(db, tmp_path: Path) -> None:
    resources = _staged_branding(tmp_path, "2026-03-03")
    branding = load_branding(resources / "branding")
    trust = TrustStore(tmp_path / "config", resources / "trusted_keys")
    assert [p.name for p in pending_bundled_packs(db, branding)] == ["arnia.territoria"]
    assert import_bundled_packs(db, branding, trust, tmp_path / "backups") == ["arnia.territoria importé"]
    [installed] = list_packs(db)
    assert (installed.publisher_id, installed.edition) == ("arnia", "2026-03-03")
    # the second opening has nothing to do
    assert pending_bundled_packs(db, branding) == []
    assert import_bundled_packs(db, branding, trust, tmp_path / "backups") == []


def test_bundled_pack_older_than_installed_is_left_alone(db, tmp_path: Path) -> None:
    newer = _staged_branding(tmp_path / "new", "2026-05-01")
    trust = TrustStore(tmp_path / "config", newer / "trusted_keys")
    import_bundled_packs(db, load_branding(newer / "branding"), trust, tmp_path / "backups")
    older = _staged_branding(tmp_path / "old", "2026-03-03")
    assert pending_bundled_packs(db, load_branding(older / "branding")) == []
    assert [p.edition for p in list_packs(db)] == ["2026-05-01"]


def test_bundled_pack_of_an_untrusted_key_is_skipped_not_fatal(db, tmp_path: Path, caplog) -> None:
    resources = _staged_branding(tmp_path, "2026-03-03")
    trust = TrustStore(tmp_path / "config", tmp_path / "no-installer-keys")  # the key is not trusted
    assert import_bundled_packs(db, load_branding(resources / "branding"), trust, tmp_path / "backups") == []
    assert list_packs(db) == []
    assert "arnia.territoria" in caplog.text


def test_plain_installation_has_no_bundled_pack(db) -> None:
    assert pending_bundled_packs(db, None) == []
