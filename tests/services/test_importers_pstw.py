"""The ``pstw`` preset on the real JRC sample and on rows written for each quirk."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from importer_fixtures import PSTW, csv_rows, geo, write_csv  # noqa: F401 - geo is a fixture

from territoria.domain.text import fold
from territoria.services.importers.common import ImportOptions
from territoria.services.importers.errors import ImportFileError
from territoria.services.importers.pstw import ATTRIBUTION, DOI, LICENCE, techniques_for, themes_for
from territoria.services.importers.run import import_catalogue
from territoria.store.seed.curated import load_curated


def _load(folder: Path, name: str) -> list[dict]:
    path = folder / f"{name}.toml"
    if not path.exists():
        return []
    with path.open("rb") as handle:
        return next(iter(tomllib.load(handle).values()))


def _is_ai(row: dict[str, str]) -> bool:
    return "artificial intelligence" in {fold(row["Primary Technology"]), fold(row["Secondary Technology"])}


def test_sample_becomes_a_pack_folder_that_the_curated_loader_accepts(tmp_path, geo):
    out = tmp_path / "pack"
    report = tmp_path / "report.csv"
    result = import_catalogue("pstw", PSTW, out, ImportOptions(), geo, report=report)
    rows = csv_rows(PSTW)
    expected = [r for r in rows if fold(r["Geographical coverage (country)"]) == "france" and _is_ai(r)]
    assert expected, "the sample has French AI cases"
    data = load_curated(out)  # the validation the seed build (and pack build) uses
    initiatives = data.records["initiatives"]
    assert sorted(i["external_id"] for i in initiatives) == sorted(f"pstw:{r['PSTW ID']}" for r in expected)
    assert result.counts["importé"] + result.counts["à vérifier"] == len(expected)
    assert len(result.outcomes) == len(rows)  # one report line per data row, none dropped
    with (out / "pack.toml").open("rb") as handle:
        pack = tomllib.load(handle)
    assert pack["publisher_id"] == "jrc-pstw" and pack["licence"] == LICENCE and "JRC" in pack["publisher_name"]
    sources = data.by_id("sources")
    for initiative in initiatives:
        assert initiative["language"] == "en"
        cited = [sources[s] for s in initiative["sources"]]
        assert any(DOI in s["url"] for s in cited)
        assert all(s["licence"] == LICENCE and s["attribution"] == ATTRIBUTION for s in cited)
    report_lines = report.read_text(encoding="utf-8-sig").splitlines()
    assert report_lines[0] == "ligne;statut;raison;identifiant_externe;titre"
    assert len(report_lines) == len(rows) + 1


def test_collectivites_are_linked_and_other_bodies_keep_their_kind(tmp_path, geo, shared_db):
    out = tmp_path / "pack"
    result = import_catalogue("pstw", PSTW, out, ImportOptions(), geo)
    orgs = {o["name"]: o for o in _load(out, "organisations")}
    names = geo().names
    grand_paris = [s for s, n, _, _ in names.epcis if n == "Métropole du Grand Paris"]
    assert orgs["Greater Paris"]["kind"] == "epci" and orgs["Greater Paris"]["epci_siren"] == grand_paris[0]
    idf = [c for c, n in names.regions if n == "Île-de-France"][0]
    assert orgs["Île-de-France Regional Council"] == {**orgs["Île-de-France Regional Council"], "kind": "region",
                                                      "region_code": idf}
    # filed under "Local/Regional Government" by the source, but not collectivités
    assert orgs["Bordeaux University Hospital Center"]["kind"] == "public_body"
    assert orgs["Assistance Publique – Hôpitaux de Paris (AP-HP)"]["kind"] == "public_body"
    assert orgs["Prefecture de l'Ile de France"]["kind"] == "state"
    assert "region_code" not in orgs["Prefecture de l'Ile de France"]
    # two towns in one cell: never a guessed code, the case stays and is flagged
    nice = orgs["Nice and Marseille"]
    assert nice["kind"] == "other" and not {"commune_insee", "epci_siren"} & set(nice)
    flagged = [o for o in result.outcomes if o.external_id == "pstw:PSTW-430"]
    assert flagged[0].status == "à vérifier" and "plusieurs" in flagged[0].reason


def test_country_is_matched_without_case_or_spaces_and_technologies_can_all_be_kept(tmp_path, geo):
    rows = csv_rows(PSTW)
    italy = [r for r in rows if fold(r["Geographical coverage (country)"]) == "italy"]
    result = import_catalogue("pstw", PSTW, tmp_path / "it", ImportOptions(country="  ITALY "), geo)
    kept = {o.external_id for o in result.outcomes if o.status != "ignoré"}
    assert kept == {f"pstw:{r['PSTW ID']}" for r in italy if _is_ai(r)}
    result = import_catalogue("pstw", PSTW, tmp_path / "it-all", ImportOptions(country="Italy",
                                                                               all_technologies=True), geo)
    kept = {o.external_id for o in result.outcomes if o.status != "ignoré"}
    assert kept == {f"pstw:{r['PSTW ID']}" for r in italy}
    assert any("Blockchain" in r["Primary Technology"] for r in italy)


def test_mapping_tables():
    assert themes_for("Economic Affairs", "Transport") == ["economy", "mobility"]
    assert themes_for("Social protection ", "") == ["social"]
    assert techniques_for(["Communication"], "chatbot") == ["chatbot", "nlp"]
    assert techniques_for([], "") == ["unspecified"]


HEADER = ["PSTW ID", "Name", "Website", "Description", "Geographical extent", "Geographical coverage (country)",
          "NUTS 2021", "Responsible organisation", "Responsible organisation category",
          "Functions of Government (COFOG level I)", " Status", "Start Year", "End Year", "Primary Technology",
          "Secondary Technology", "AI Keywords"]


def _row(pid: str, name: str = "Case", org: str = "City of Bordeaux", **extra: str) -> list[str]:
    values = {"PSTW ID": pid, "Name": name, "Website": "https://example.org/case",
              "Description": "A case\non two lines, with \"quotes\"", "Geographical extent": "Local",
              "Geographical coverage (country)": "France ", "NUTS 2021": "FRI12", "Responsible organisation": org,
              "Responsible organisation category": "Local Government",
              "Functions of Government (COFOG level I)": "Health", " Status": "Pilot", "Start Year": "2021",
              "End Year": "", "Primary Technology": "Artificial Intelligence", "Secondary Technology": "",
              "AI Keywords": "chatbot", **extra}
    return [values[h] for h in HEADER]


def test_quirks_cp1252_semicolons_multiline_cells_odd_years_duplicates_and_ragged_rows(tmp_path, geo):
    rows = [HEADER, _row("PSTW-1", "Déchets à Bordeaux"), _row("PSTW-2", org="Gironde Department",
                                                               **{"Start Year": "vers 2020"}),
            _row("PSTW-1", "again"), _row("PSTW-3")[:5], _row("PSTW-4", org="Ville de Mérignac",
                                                              **{" Status": "Someday"})]
    source = write_csv(tmp_path / "cases.csv", rows, encoding="cp1252", delimiter=";")
    result = import_catalogue("pstw", source, tmp_path / "out", ImportOptions(), geo)
    by_line = {o.line: o for o in result.outcomes}
    assert [o.status for o in result.outcomes] == ["importé", "à vérifier", "ignoré", "ignoré", "à vérifier"]
    assert "en double" in by_line[result.outcomes[2].line].reason
    assert "cellules" in result.outcomes[3].reason
    assert "vers 2020" in result.outcomes[1].reason and "Someday" in result.outcomes[4].reason
    # a quoted cell with a line break counts its lines: the next record starts two lines later
    assert result.outcomes[1].line == result.outcomes[0].line + 2
    initiatives = {i["external_id"]: i for i in _load(tmp_path / "out", "initiatives")}
    assert initiatives["pstw:PSTW-1"]["title"] == "Déchets à Bordeaux"
    assert "start_date" not in initiatives["pstw:PSTW-2"]
    orgs = {o["name"]: o for o in _load(tmp_path / "out", "organisations")}
    assert orgs["City of Bordeaux"]["commune_insee"] == "33063"
    assert orgs["Gironde Department"]["departement_code"] == "33"
    assert orgs["Ville de Mérignac"]["commune_insee"] == "33281"


@pytest.mark.parametrize("content, expected", [
    (b"", "vide"),
    (b"\xef\xbb\xbf\r\n", "vide"),
    (b"PSTW ID,Name\nPSTW-1,x\n", "« Geographical coverage (country) »"),
])
def test_unusable_files_give_a_french_message_and_write_nothing(tmp_path, geo, content, expected):
    source = tmp_path / "cases.csv"
    source.write_bytes(content)
    with pytest.raises(ImportFileError) as caught:
        import_catalogue("pstw", source, tmp_path / "out", ImportOptions(), geo)
    assert expected in caught.value.message and "cases.csv" in caught.value.message
    assert not (tmp_path / "out").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["cases.csv"]  # no temp folder left behind


def test_a_broken_file_after_good_rows_leaves_nothing_half_written(tmp_path, geo):
    good = write_csv(tmp_path / "good.csv", [HEADER, _row("PSTW-1")])
    data = good.read_bytes() + b'PSTW-2,"never closed\n' + b"x" * 100
    bad = tmp_path / "bad.csv"
    bad.write_bytes(data + "é".encode("cp1252"))  # not UTF-8 although the head is
    previous = tmp_path / "out"
    import_catalogue("pstw", good, previous, ImportOptions(), geo)
    before = sorted(p.name for p in previous.iterdir())
    with pytest.raises(ImportFileError) as caught:
        import_catalogue("pstw", bad, previous, ImportOptions(), geo)
    assert "ligne 4" in caught.value.message  # the good row spans lines 2-3 (a quoted line break)
    assert sorted(p.name for p in previous.iterdir()) == before  # the previous import is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv", "good.csv", "out"]


def test_an_existing_folder_that_is_not_a_pack_is_refused(tmp_path, geo):
    target = tmp_path / "documents"
    target.mkdir()
    (target / "letter.txt").write_text("keep me")
    with pytest.raises(ImportFileError):
        import_catalogue("pstw", PSTW, target, ImportOptions(), geo)
    assert (target / "letter.txt").read_text() == "keep me"


def test_a_quote_never_closed_is_refused_rather_than_swallowing_the_rest(tmp_path, geo):
    good = write_csv(tmp_path / "good.csv", [HEADER, _row("PSTW-1"), _row("PSTW-2")]).read_text(encoding="utf-8")
    lines = good.split("\n")
    broken = tmp_path / "broken.csv"
    broken.write_text(good + 'PSTW-3,"Case never closed,\n' + "\n".join(lines[1:]), encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        import_catalogue("pstw", broken, tmp_path / "out", ImportOptions(), geo)
    assert "guillemet" in caught.value.message and "ligne 6" in caught.value.message
    assert not (tmp_path / "out").exists()
