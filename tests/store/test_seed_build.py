"""The seed is rebuilt reproducibly from the committed sources, and the committed one is current."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from territoria.store.seed.build import build_seed, content_digest, inputs_digest, seed_is_current
from territoria.store.seed.curated import CuratedDataError, load_curated

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory) -> Path:
    return build_seed(REPO / "data", tmp_path_factory.mktemp("seed") / "seed.sqlite")


def test_committed_seed_is_up_to_date(seed_file):
    assert seed_is_current(REPO / "data", seed_file), (
        "data/seed.sqlite is out of date with data/curated or data/reference: run `territoria build-seed`"
    )


def test_rebuild_gives_the_committed_content(rebuilt, seed_file):
    assert content_digest(rebuilt) == content_digest(seed_file)


def test_rebuild_twice_gives_the_same_content(rebuilt, tmp_path):
    again = build_seed(REPO / "data", tmp_path / "again.sqlite")
    assert content_digest(again) == content_digest(rebuilt)


def test_changing_a_curated_file_changes_the_inputs_digest(tmp_path):
    copy = tmp_path / "data"
    shutil.copytree(REPO / "data" / "curated", copy / "curated")
    shutil.copytree(REPO / "data" / "reference", copy / "reference")
    before = inputs_digest(copy)
    path = copy / "curated" / "figures.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# touched\n", encoding="utf-8")
    assert inputs_digest(copy) != before


def test_inconsistent_curated_data_is_refused_in_french(tmp_path):
    folder = tmp_path / "curated"
    shutil.copytree(REPO / "data" / "curated", folder)
    path = folder / "initiatives.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('lead = "', 'lead = "inconnu-', 1), encoding="utf-8")
    with pytest.raises(CuratedDataError, match="renvoie à organisations inconnu"):
        load_curated(folder)


def test_tampered_reference_tarball_is_refused(tmp_path):
    copy = tmp_path / "data"
    shutil.copytree(REPO / "data", copy, ignore=shutil.ignore_patterns("seed.sqlite"))
    tarball = next((copy / "reference").glob("*.tgz"))
    tarball.write_bytes(tarball.read_bytes()[:-10])
    with pytest.raises(ValueError, match="version épinglée"):
        build_seed(copy, tmp_path / "out.sqlite")
    assert not (tmp_path / "out.sqlite").exists()
