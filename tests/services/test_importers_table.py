"""The ``table`` preset: an agency's spreadsheet (CSV or .xlsx) with a column mapping."""

from __future__ import annotations

import tomllib

import pytest
from importer_fixtures import geo, write_csv  # noqa: F401 - geo is a fixture

from territoria.services.importers.common import ImportOptions
from territoria.services.importers.errors import ImportFileError, MappingError
from territoria.services.importers.run import import_catalogue
from territoria.services.importers.table import Mapping, read_header, template
from territoria.store.seed.curated import load_curated

HEADER = ["N°", "Projet", "Description", "Porteur", "Code INSEE", "État", "Thèmes", "Début", "Budget"]
ROWS = [
    ["A1", "Chatbot d'accueil", "Répond aux habitants", "Ville de Mérignac", "33281", "En cours",
     "Accueil; Données", "03/2024", "12 000 €"],
    ["A2", "Tri des courriers", "Classement automatique", "Gironde Department", "", "Terminé", "Administration interne",
     "2023", "1,5 k€"],
    ["A3", "Projet flou", "", "Nice et Marseille", "", "Peut-être", "Jardinage", "début 2024", "beaucoup"],
    ["A1", "Doublon", "", "", "", "", "", "", ""],
]
MAPPING = """
[table]
id_prefix = "agence-test"

[columns]
external_id = "N°"
title = "Projet"
summary = "Description"
lead = "Porteur"
lead_insee = "Code INSEE"
status = "État"
themes = "Thèmes"
start_date = "Début"
budget_eur = "Budget"

[constants]
techniques = ["chatbot"]

[values.status]
"En cours" = "pilot"
"Terminé" = "production"

[values.themes]
"Accueil" = "public_services"

[source]
title = "Tableau des projets IA de l'agence"
publisher = "Agence numérique test"
url = "https://agence.example.org/projets"
licence = "etalab-2.0"
attribution = "Agence numérique test, Licence Ouverte 2.0"
"""


def _initiatives(folder) -> dict[str, dict]:
    with (folder / "initiatives.toml").open("rb") as handle:
        return {i["external_id"]: i for i in tomllib.load(handle)["initiative"]}


def _check(result, out):
    data = load_curated(out)
    assert [o.status for o in result.outcomes] == ["importé", "importé", "à vérifier", "ignoré"]
    initiatives = _initiatives(out)
    first, second, third = (initiatives[f"agence-test:{n}"] for n in ("A1", "A2", "A3"))
    assert first["status"] == "pilot" and first["themes"] == ["public_services", "data"]
    assert first["start_date"] == "2024-03" and first["budget_eur"] == 12000 and first["techniques"] == ["chatbot"]
    assert second["status"] == "production" and second["budget_eur"] == 1500 and second["themes"] == ["administration"]
    orgs = data.by_id("organisations")
    assert orgs[first["lead"]]["commune_insee"] == "33281"
    assert orgs[second["lead"]]["departement_code"] == "33"
    assert "commune_insee" not in orgs[third["lead"]]
    reason = result.outcomes[2].reason
    for quirk in ("Peut-être", "Jardinage", "début 2024", "beaucoup", "plusieurs"):
        assert quirk in reason
    assert "double" in result.outcomes[3].reason
    source = data.by_id("sources")["tableau"]
    assert source["licence"] == "etalab-2.0" and source["attribution"].startswith("Agence numérique test")


def test_csv_with_mapping(tmp_path, geo):
    (tmp_path / "map.toml").write_text(MAPPING, encoding="utf-8")
    source = write_csv(tmp_path / "projets.csv", [HEADER, *ROWS], encoding="utf-8-sig", delimiter=";")
    out = tmp_path / "out"
    result = import_catalogue("table", source, out, ImportOptions(mapping=tmp_path / "map.toml",
                                                                  publisher_id="agence-test"), geo)
    _check(result, out)


def test_xlsx_with_mapping(tmp_path, geo):
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.title = "Notes"
    sheet = workbook.create_sheet("Projets")
    for row in [HEADER, *ROWS]:
        sheet.append(row)
    workbook.save(tmp_path / "projets.xlsx")
    (tmp_path / "map.toml").write_text(MAPPING.replace('id_prefix = "agence-test"',
                                                       'id_prefix = "agence-test"\nsheet = "Projets"'),
                                       encoding="utf-8")
    out = tmp_path / "out"
    result = import_catalogue("table", tmp_path / "projets.xlsx", out,
                              ImportOptions(mapping=tmp_path / "map.toml"), geo)
    _check(result, out)


def test_the_pack_always_names_a_licence(tmp_path, geo):
    source = write_csv(tmp_path / "projets.csv", [HEADER, *ROWS], encoding="utf-8-sig", delimiter=";")
    (tmp_path / "bare.toml").write_text(MAPPING.replace('licence = "etalab-2.0"\n', ""), encoding="utf-8")
    with pytest.raises(MappingError) as caught:
        import_catalogue("table", source, tmp_path / "refused", ImportOptions(mapping=tmp_path / "bare.toml"), geo)
    assert "--licence" in caught.value.message and "[source]" in caught.value.message
    assert not (tmp_path / "refused").exists()
    out = tmp_path / "out"
    import_catalogue("table", source, out, ImportOptions(mapping=tmp_path / "bare.toml", licence="CC-BY-4.0"), geo)
    with (out / "pack.toml").open("rb") as handle:
        assert tomllib.load(handle)["licence"] == "CC-BY-4.0"
    assert load_curated(out).by_id("sources")["tableau"]["licence"] == "CC-BY-4.0"
    (tmp_path / "map.toml").write_text(MAPPING, encoding="utf-8")
    import_catalogue("table", source, out, ImportOptions(mapping=tmp_path / "map.toml"), geo)
    with (out / "pack.toml").open("rb") as handle:
        assert tomllib.load(handle)["licence"] == "etalab-2.0"


def test_template_is_built_from_the_header(tmp_path):
    source = write_csv(tmp_path / "projets.csv", [HEADER, *ROWS])
    header, preview = read_header(source, preview=2)
    assert header == HEADER and preview == ROWS[:2]
    text = template(header)
    parsed = tomllib.loads(text)  # the template is valid TOML
    assert parsed["columns"]["title"] == "Projet" and parsed["columns"]["status"] == "État"
    assert parsed["columns"]["external_id"] == "N°"
    with pytest.raises(MappingError):  # its source must still be filled in
        Mapping.from_dict(parsed)


def test_mapping_errors_are_explained(tmp_path, geo):
    with pytest.raises(MappingError) as caught:
        Mapping.from_dict({"columns": {"titre": "Projet"}, "source": {}})
    assert "titre" in caught.value.message and "url" in caught.value.message
    with pytest.raises(MappingError) as caught:
        Mapping.from_dict({"columns": {"title": "Projet"}, "values": {"status": {"En cours": "ongoing"}},
                           "source": {"title": "t", "publisher": "p", "url": "https://x.example.org"}})
    assert "ongoing" in caught.value.message
    (tmp_path / "map.toml").write_text(MAPPING.replace('"Projet"', '"Intitulé"'), encoding="utf-8")
    source = write_csv(tmp_path / "projets.csv", [HEADER, *ROWS])
    with pytest.raises(ImportFileError) as caught:
        import_catalogue("table", source, tmp_path / "out", ImportOptions(mapping=tmp_path / "map.toml"), geo)
    assert "« Intitulé »" in caught.value.message and "ligne 1" in caught.value.message
    (tmp_path / "broken.toml").write_text("[columns\n", encoding="utf-8")
    with pytest.raises(MappingError):
        Mapping.load(tmp_path / "broken.toml")


def test_a_damaged_workbook_is_refused_in_french(tmp_path, geo):
    (tmp_path / "map.toml").write_text(MAPPING, encoding="utf-8")
    broken = tmp_path / "projets.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(ImportFileError) as caught:
        import_catalogue("table", broken, tmp_path / "out", ImportOptions(mapping=tmp_path / "map.toml"), geo)
    assert "Excel" in caught.value.message and "projets.xlsx" in caught.value.message


def test_guessed_columns_and_intercommunalite_names(geo):
    from territoria.services.importers.table import guess_columns

    assert guess_columns(["N°", "Intitulé du projet", "Collectivité porteuse", "État d'avancement"]) == {
        "external_id": "N°", "title": "Intitulé du projet", "lead": "Collectivité porteuse",
        "status": "État d'avancement"}
    matcher = geo()
    siren = [s for s, n, _, _ in matcher.names.epcis if n.endswith("Lannion-Trégor Communauté")]
    link = matcher.resolve("Lannion-Trégor Communauté").link
    assert link is not None and (link.kind, link.code) == ("epci", siren[0])
