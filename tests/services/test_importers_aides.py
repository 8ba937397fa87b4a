"""The ``aides-territoires`` preset: CSV export, API JSON, vocabulary table, territory inference."""

from __future__ import annotations

import json
import tomllib
from datetime import date

import pytest
from importer_fixtures import AIDES, FIXTURES, csv_rows, geo, write_csv  # noqa: F401 - geo is a fixture

from territoria.domain import vocab
from territoria.services.importers.aides_territoires import LICENCE, financer_territory, infer_territory
from territoria.services.importers.common import ImportOptions
from territoria.services.importers.run import import_catalogue
from territoria.services.importers.vocab_map import AID_TYPES, AUDIENCES
from territoria.store.seed.curated import load_curated


def _schemes(folder) -> dict[str, dict]:
    with (folder / "schemes.toml").open("rb") as handle:
        return {s["name"]: s for s in tomllib.load(handle)["scheme"]}


def test_the_correspondence_table_covers_every_code_of_the_vocabulary_file():
    published = json.loads((FIXTURES / "aides_territoires_vocabulary.json").read_text(encoding="utf-8"))
    audiences = {code: label for group in published["targeted_audiences"].values() for code, label in group.items()}
    aid_types = {code: label for group in published["aid_types"].values() for code, label in group.items()}
    assert {(c, lab) for c, lab, _ in AUDIENCES} == set(audiences.items())
    assert {(c, lab) for c, lab, _ in AID_TYPES} == set(aid_types.items())
    for _, _, ours in AUDIENCES:
        assert ours in vocab.AUDIENCES
    for _, _, ours in AID_TYPES:
        assert ours in vocab.AID_TYPES
    # our own codes are kept where they exist
    assert dict((c, o) for c, _, o in AUDIENCES)["department"] == "departement"
    assert dict((c, o) for c, _, o in AUDIENCES)["private_sector"] == "company"


def test_csv_export_becomes_schemes_that_load(tmp_path, geo):
    out = tmp_path / "pack"
    result = import_catalogue("aides-territoires", AIDES, out, ImportOptions(), geo)
    rows = csv_rows(AIDES)
    data = load_curated(out)
    assert len(data.records["schemes"]) == len(rows) == len(result.outcomes)
    schemes = _schemes(out)
    orgs = data.by_id("organisations")
    for row in rows:
        scheme = schemes[" ".join(row["Nom"].split())]
        assert scheme["url"] == row["Lien"]
        assert scheme["external_id"].startswith("aides-territoires:")
        financers = [f.strip() for f in row["Financeurs"].split(";")]
        assert [orgs[o]["name"] for o in [scheme["operator"], *scheme.get("funders", [])]] == financers
        if row["Date Clôture"]:
            d, m, y = row["Date Clôture"].split("/")
            assert scheme["closes"] == f"{y}-{m}-{d}"
        assert (scheme.get("call_type") == "aap") == (row["AAP/AMI"] == "Oui")
        if "Entreprises privées" in row["Bénéficiaire"]:
            assert "company" in scheme["audiences"]
        if "Ingénierie Juridique / administrative" in row["Types d'aides"]:
            assert "legal_engineering" in scheme["aid_types"]
    source = data.by_id("sources")["aides-territoires"]
    assert source["licence"] == LICENCE and "Aides-territoires" in source["attribution"]


def test_territory_is_inferred_only_when_financers_name_it(geo):
    matcher = geo()
    regions = {n: c for c, n in matcher.names.regions}
    deps = {n: c for c, n, _ in matcher.names.departements}
    assert financer_territory("Conseil régional de Bourgogne-Franche-Comté", matcher) == (
        "region", regions["Bourgogne-Franche-Comté"])
    assert financer_territory("Agence technique départementale de Meurthe et Moselle (ATD 54)", matcher) == (
        "departement", deps["Meurthe-et-Moselle"])
    assert financer_territory("Société d'aménagement foncier et d'établissement rural (SAFER) "
                              "Auvergne-Rhône-Alpes", matcher) == ("region", regions["Auvergne-Rhône-Alpes"])
    assert financer_territory("Direction Générale des Finances Publiques (DGFiP)", matcher) == ("national", None)
    assert financer_territory("ID77", matcher) is None
    assert financer_territory("Parc naturel régional Livradois-Forez (PNR)", matcher) is None
    assert infer_territory(["Banque des Territoires", "ADEME"], matcher) == ("national", None)
    assert infer_territory(["Banque des Territoires", "ID77"], matcher) == ("unknown", None)
    for european in ("Commission européenne", "Union européenne", "European Commission"):
        assert financer_territory(european, matcher) is None, european
        assert infer_territory([european], matcher) == ("unknown", None), european
    assert infer_territory(["Commission européenne", "ADEME"], matcher) == ("unknown", None)
    assert infer_territory(["Conseil régional de Bretagne", "Conseil régional de Normandie"], matcher) == (
        "unknown", None)
    assert infer_territory(["Établissement public foncier local de l'Oise et Aisne (EPFLO)"], matcher) == (
        "unknown", None)


def test_api_json_is_recognised_from_its_content(tmp_path, geo):
    page = {"count": 2, "results": [
        {"id": 1, "slug": "aap-ia-bretagne", "name": "AAP IA dans les communes bretonnes",
         "financers": ["Conseil régional de Bretagne"], "targeted_audiences": ["commune", "epci"],
         "aid_types": ["Subvention"], "is_call_for_project": True, "recurrence": "oneoff",
         "description": "<p>Un <b>appel</b> &amp; des projets</p>", "perimeter": "Bretagne",
         "submission_deadline": "2030-03-31", "start_date": "2029-01-15",
         "application_url": "https://example.org/candidater", "contact": "<p>ia@example.org</p>"},
        {"id": 2, "slug": "ami-donnees", "name": "AMI données locales", "financers": ["ID77"],
         "targeted_audiences": ["Communes", "Agriculteurs"], "aid_types": ["technical_engineering", "mystery"],
         "is_call_for_project": True, "recurrence": "ongoing", "description": "", "perimeter": "Occitanie-Est"},
    ]}
    source = tmp_path / "aides.txt"  # the name says nothing: the content decides
    source.write_text(json.dumps(page), encoding="utf-8")
    result = import_catalogue("aides-territoires", source, tmp_path / "out", ImportOptions(), geo)
    schemes = _schemes(tmp_path / "out")
    first = schemes["AAP IA dans les communes bretonnes"]
    assert first["territory_scope"] == "region" and first["call_type"] == "aap"
    assert first["summary"] == "Un appel & des projets" and first["contact"] == "ia@example.org"
    assert first["url"] == "https://example.org/candidater" and first["recurrence"] == "one_off"
    assert (first["opens"], first["closes"]) == ("2029-01-15", "2030-03-31")
    second = schemes["AMI données locales"]
    assert second["call_type"] == "ami" and second["territory_scope"] == "unknown"
    assert second["audiences"] == ["commune", "farmer"] and second["aid_types"] == ["technical_engineering"]
    review = result.outcomes[1]
    assert review.status == "à vérifier" and "mystery" in review.reason


def test_odd_dates_duplicates_and_ragged_rows_are_reported(tmp_path, geo):
    header = ["Nom", "Lien", "Financeurs", "Bénéficiaire", "Types d'aides", "AAP/AMI", "Récurrence", "Descriptif",
              "Date Clôture"]
    base = ["Aide", "https://aides-territoires.beta.gouv.fr/aides/abcd-aide/", "ADEME", "Communes", "Subvention",
            "", "Permanente", "Texte", ""]
    rows = [header, base[:8] + ["31/02/2025"], base, base[:4], [*base[:1], "x", *base[2:]] + ["en trop"],
            ["Autre aide", "https://aides-territoires.beta.gouv.fr/aides/efgh-autre/", "ADEME", "Communes",
             "Subvention", "", "Tous les 3 ans", "", "15.06.25"]]
    source = write_csv(tmp_path / "export.csv", rows, delimiter=";")
    result = import_catalogue("aides-territoires", source, tmp_path / "out", ImportOptions(), geo)
    statuses = [o.status for o in result.outcomes]
    assert statuses == ["à vérifier", "ignoré", "ignoré", "ignoré", "à vérifier"]
    assert "31/02/2025" in result.outcomes[0].reason
    assert "double" in result.outcomes[1].reason and "cellules" in result.outcomes[2].reason
    assert "Tous les 3 ans" in result.outcomes[4].reason
    assert _schemes(tmp_path / "out")["Autre aide"]["closes"] == "2025-06-15"


def test_unknown_territory_gives_its_own_verdict(db):
    from territoria.services.communes import find_place
    from territoria.domain.messages_fr import VERDICT_LABELS, reason_fr, verdict_label
    from territoria.services.eligibility import VERDICTS, scheme_verdicts
    from territoria.store.models import Organisation, Scheme, Source

    with db.session() as session:
        source = Source(slug="at-test", title="Aides-territoires", publisher="Aides-territoires",
                        url="https://aides-territoires.beta.gouv.fr/", licence="etalab-2.0",
                        attribution="Aides-territoires, Licence Ouverte 2.0")
        operator = Organisation(slug="id77-test", name="ID77", kind="other")
        session.add_all([
            Scheme(slug="at-unknown", name="Aide au territoire inconnu", operator=operator, audiences=["commune"],
                   territory_scope="unknown", aid_types=["technical_engineering"], sources=[source],
                   url="https://example.org/candidater", external_id="aides-territoires:x"),
            Scheme(slug="at-unknown-closed", name="Aide close au territoire inconnu", audiences=["commune"],
                   territory_scope="unknown", closes="2020-01-31", sources=[source]),
        ])
    place = find_place(db, "commune", "61382")
    verdicts = {v.slug: v for v in scheme_verdicts(db, place, today=date(2026, 1, 1))}
    unknown = verdicts["at-unknown"]
    assert unknown.verdict == "territory_unknown" and unknown.reason.code == "territory_unknown"
    assert verdict_label(unknown.verdict) == VERDICT_LABELS["territory_unknown"] == "Territoire à vérifier auprès du financeur"
    assert unknown.reason["operator"] == "ID77"
    assert "territoire à vérifier auprès du financeur" in reason_fr(unknown.reason) and "ID77" in reason_fr(unknown.reason)
    assert unknown.url == "https://example.org/candidater"
    assert verdicts["at-unknown-closed"].verdict == "closed"  # precedence: closed before territory_unknown
    order = list(VERDICTS)
    assert order.index("eligible") < order.index("territory_unknown") < order.index("relay_to_businesses")


@pytest.mark.parametrize("content", [b"Nom;Lien\n", b"Titre,Autre\nx,y\n"])
def test_a_file_without_aids_writes_nothing(tmp_path, geo, content):
    from territoria.services.importers.errors import ImportFileError

    source = tmp_path / "export.csv"
    source.write_bytes(content)
    with pytest.raises(ImportFileError) as caught:
        import_catalogue("aides-territoires", source, tmp_path / "out", ImportOptions(), geo)
    assert "export.csv" in caught.value.message
    assert not (tmp_path / "out").exists()


def test_unknown_and_missing_columns_are_named(tmp_path, geo):
    rows = [["Nom", "Lien", "Colonne maison"], ["Aide", "https://aides-territoires.beta.gouv.fr/aides/ab-aide/", "x"]]
    source = write_csv(tmp_path / "export.csv", rows)
    result = import_catalogue("aides-territoires", source, tmp_path / "out", ImportOptions(), geo)
    warnings = " ".join(result.warnings)
    assert "« Colonne maison »" in warnings and "« Financeurs »" in warnings
    assert result.outcomes[0].status == "à vérifier" and "financeur" in result.outcomes[0].reason
