"""Every bad pack of issue #9 is refused in French before the database is touched."""

from __future__ import annotations

import os
import stat
import zipfile

import pytest
from pack_tools import CONTENT_TABLES, build, make_key, members_of, resign, table_digest, trust_store, write_folder

from territoria.services.packs import format as fmt
from territoria.services.packs.archive import write_zip
from territoria.services.packs.errors import PackError
from territoria.services.packs.importer import import_pack


@pytest.fixture()
def agency(tmp_path):
    """A key, its trust store, and a valid pack."""
    key = make_key(tmp_path)
    pack = build(write_folder(tmp_path / "src"), key, tmp_path / "good.territoria")
    return key, trust_store(tmp_path / "cfg", key), pack


def _refused(db, pack, trust, backups, match: str, **kwargs) -> PackError:
    before = table_digest(db.path, CONTENT_TABLES)
    with pytest.raises(PackError) as caught:
        import_pack(db, pack, trust, backups, **kwargs)
    assert match in caught.value.message, caught.value.message
    assert table_digest(db.path, CONTENT_TABLES) == before
    assert not list(backups.glob("*avant-paquet*"))  # refused before the backup, so before any write
    return caught.value


def _raw_zip(path, entries):
    """A zip written by hand (names and attributes exactly as given)."""
    with zipfile.ZipFile(path, "w") as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return path


def test_truncated_file(db, agency, tmp_path):
    _key, trust, pack = agency
    cut = tmp_path / "cut.territoria"
    cut.write_bytes(pack.read_bytes()[: len(pack.read_bytes()) // 2])
    _refused(db, cut, trust, tmp_path / "b", "n'est pas un paquet Territoria valide")


def test_random_bytes(db, agency, tmp_path):
    noise = tmp_path / "noise.territoria"
    noise.write_bytes(os.urandom(4096))
    _refused(db, noise, agency[1], tmp_path / "b", "n'est pas un paquet Territoria valide")


@pytest.mark.parametrize("name", ["../evil.json", "/etc/passwd", "records/../../x.json", "C:/x.json", "a\\b.json"])
def test_dangerous_member_names(db, agency, tmp_path, name):
    members = members_of(agency[2])
    bad = _raw_zip(tmp_path / "slip.territoria", [(zipfile.ZipInfo(n), d) for n, d in members.items()]
                   + [(zipfile.ZipInfo(name), b"{}")])
    _refused(db, bad, agency[1], tmp_path / "b", "nom de fichier dangereux")


def test_duplicate_members(db, agency, tmp_path):
    members = members_of(agency[2])
    entries = [(zipfile.ZipInfo(n), d) for n, d in members.items()]
    with pytest.warns(UserWarning):  # zipfile itself warns about the duplicate name
        bad = _raw_zip(tmp_path / "dup.territoria", entries + [(zipfile.ZipInfo(fmt.MANIFEST), b"{}")])
    _refused(db, bad, agency[1], tmp_path / "b", "deux fois")


def test_symlink_member(db, agency, tmp_path):
    members = members_of(agency[2])
    link = zipfile.ZipInfo("records/link.json")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    bad = _raw_zip(tmp_path / "link.territoria", [(zipfile.ZipInfo(n), d) for n, d in members.items()]
                   + [(link, b"/etc/passwd")])
    _refused(db, bad, agency[1], tmp_path / "b", "lien symbolique")


def test_zip_bomb_by_ratio(db, agency, tmp_path):
    members = members_of(agency[2])
    bomb = zipfile.ZipInfo(fmt.record_member("figures"))
    bomb.compress_type = zipfile.ZIP_DEFLATED
    bad = _raw_zip(tmp_path / "bomb.territoria", [(zipfile.ZipInfo(n), d) for n, d in members.items()]
                   + [(bomb, b"\0" * (50 << 20))])
    _refused(db, bad, agency[1], tmp_path / "b", "bombe de décompression")


def test_zip_bomb_by_declared_size(db, agency, tmp_path, monkeypatch):
    monkeypatch.setattr(fmt, "MAX_MEMBER_BYTES", 100)  # the real limit is 1 GiB: same check, small file
    _refused(db, agency[2], agency[1], tmp_path / "b", "trop volumineux")


def test_too_many_members(db, agency, tmp_path):
    members = dict(members_of(agency[2]))
    members.update({f"records/x{i}.json": b"[]" for i in range(fmt.MAX_MEMBERS)})
    bad = write_zip(tmp_path / "many.territoria", members)
    _refused(db, bad, agency[1], tmp_path / "b", "trop de fichiers")


def test_missing_member(db, agency, tmp_path):
    members = members_of(agency[2])
    del members[fmt.record_member("initiatives")]
    bad = write_zip(tmp_path / "missing.territoria", members)
    _refused(db, bad, agency[1], tmp_path / "b", "fichiers manquants : records/initiatives.json")


def test_missing_signature(db, agency, tmp_path):
    members = members_of(agency[2])
    del members[fmt.SIGNATURE]
    bad = write_zip(tmp_path / "nosig.territoria", members)
    _refused(db, bad, agency[1], tmp_path / "b", "manifest.sig")


def test_extra_member(db, agency, tmp_path):
    members = members_of(agency[2])
    members["records/figures.json"] = b"[]"
    bad = write_zip(tmp_path / "extra.territoria", members)
    _refused(db, bad, agency[1], tmp_path / "b", "fichiers en trop : records/figures.json")


def test_manifest_that_is_not_json(db, agency, tmp_path):
    key, trust, pack = agency
    bad = resign(pack, key, tmp_path / "json.territoria", raw_manifest=b"{not json")
    _refused(db, bad, trust, tmp_path / "b", "le manifeste n'est pas du JSON valide")


def test_newer_major_format_version(db, agency, tmp_path):
    key, trust, pack = agency
    bad = resign(pack, key, tmp_path / "v2.territoria", manifest_edit=lambda m: m.update(format_version="2.0"))
    _refused(db, bad, trust, tmp_path / "b", "format 2.0, plus récent")


def test_wrong_format_version(db, agency, tmp_path):
    key, trust, pack = agency
    bad = resign(pack, key, tmp_path / "vx.territoria", manifest_edit=lambda m: m.update(format_version="un"))
    _refused(db, bad, trust, tmp_path / "b", "version de format invalide")


def test_pack_for_a_newer_app(db, agency, tmp_path):
    key, trust, pack = agency
    bad = resign(pack, key, tmp_path / "app.territoria", manifest_edit=lambda m: m.update(min_app_version="99.0"))
    _refused(db, bad, trust, tmp_path / "b", "il demande Territoria 99.0")


def test_forged_signature(db, agency, tmp_path):
    key, trust, pack = agency
    other = make_key(tmp_path, "other.key")
    # signed by another key but claiming the trusted key's fingerprint
    bad = resign(pack, other, tmp_path / "forged.territoria")
    _refused(db, bad, trust, tmp_path / "b", "la signature ne correspond pas")
    assert key.exists()


def test_one_changed_byte_in_any_member(db, agency, tmp_path):
    _key, trust, pack = agency
    for name, data in members_of(pack).items():
        members = members_of(pack)
        position = len(data) // 2
        members[name] = data[:position] + bytes([data[position] ^ 0x01]) + data[position + 1:]
        bad = write_zip(tmp_path / "byte.territoria", members)
        expected = {fmt.MANIFEST: "", fmt.SIGNATURE: "signature"}.get(name, "a été modifié depuis la signature")
        _refused(db, bad, trust, tmp_path / "b", expected)


def test_one_changed_byte_in_the_file_itself(db, agency, tmp_path):
    _key, trust, pack = agency
    data = bytearray(pack.read_bytes())
    data[len(data) // 3] ^= 0xFF
    bad = tmp_path / "flip.territoria"
    bad.write_bytes(bytes(data))
    with pytest.raises(PackError):
        import_pack(db, bad, trust, tmp_path / "b")


def test_untrusted_key(db, agency, tmp_path):
    _key, _trust, pack = agency
    stranger = trust_store(tmp_path / "cfg2", make_key(tmp_path, "stranger.key"))
    error = _refused(db, pack, stranger, tmp_path / "b", "pas de confiance")
    assert "trust add" in error.message


def test_trusted_key_signing_for_another_publisher(db, tmp_path):
    key = make_key(tmp_path, "diva.key", publisher="diva")
    trust = trust_store(tmp_path / "cfg", key)
    pack = build(write_folder(tmp_path / "src"), key, tmp_path / "p.territoria")  # claims to be "arnia"
    _refused(db, pack, trust, tmp_path / "b", "pas pour l'éditeur « arnia »")


def test_replayed_older_edition(db, agency, tmp_path):
    key, trust, pack = agency
    newer = build(write_folder(tmp_path / "src2", edition="2026-04-01"), key, tmp_path / "new.territoria")
    import_pack(db, newer, trust, tmp_path / "ok")
    _refused(db, pack, trust, tmp_path / "b", "n'est pas plus récente que l'édition installée (2026-04-01)")
    _refused(db, newer, trust, tmp_path / "b", "n'est pas plus récente")


def test_ids_colliding_with_another_publishers(db, agency, tmp_path):
    _key, trust, pack = agency
    with db.engine.begin() as connection:  # a record of someone else already holds a slug of the pack
        connection.exec_driver_sql(
            "INSERT INTO figures(slug, origin, label, value, unit, scope) "
            "VALUES ('arnia:chatbot-caen', 'local', 'x', 1, 'count', '')")
        connection.exec_driver_sql(
            "INSERT INTO sources(slug, origin, title, publisher, url, url_is_article, pack_publisher) "
            "VALUES ('arnia:veille-2026', 'pack', 't', 'p', 'https://x.example', 1, 'autre')")
    _refused(db, pack, trust, tmp_path / "b", "sources/arnia:veille-2026")


def test_wrong_toml_types_and_unknown_codes_inside_a_signed_pack(db, agency, tmp_path):
    key, trust, pack = agency
    import json

    def edit(members):
        rows = json.loads(members[fmt.record_member("initiatives")])
        rows[0]["budget_eur"] = "cher"
        rows[1]["themes"] = ["astrologie"]
        rows[1]["place_commune_insee"] = "00000"
        members[fmt.record_member("initiatives")] = json.dumps(rows).encode()

    bad = resign(pack, key, tmp_path / "types.territoria", members_edit=edit)
    _refused(db, bad, trust, tmp_path / "b",
             "records/initiatives.json, fiche « chatbot-caen » : champ 'budget_eur' de type texte, nombre attendu")

    def codes(members):
        rows = json.loads(members[fmt.record_member("initiatives")])
        rows[1]["themes"] = ["astrologie"]
        rows[1]["place_commune_insee"] = "00000"
        members[fmt.record_member("initiatives")] = json.dumps(rows).encode()

    bad = resign(pack, key, tmp_path / "codes.territoria", members_edit=codes)
    error = _refused(db, bad, trust, tmp_path / "b", "theme inconnu 'astrologie'")
    assert "'00000' n'est pas un code de commune" in error.message


@pytest.mark.parametrize("value", [{"id": ["x"]}, {"funding": ["pas une table"]}, {"sources": "veille-2026"},
                                   {"partners": [1, 2]}, {"id": None}])
def test_records_of_the_wrong_shape_never_crash_the_validation(db, agency, tmp_path, value):
    key, trust, pack = agency
    import json

    def edit(members):
        rows = json.loads(members[fmt.record_member("initiatives")])
        rows[0].update(value)
        members[fmt.record_member("initiatives")] = json.dumps(rows).encode()

    bad = resign(pack, key, tmp_path / "shape.territoria", members_edit=edit)
    _refused(db, bad, trust, tmp_path / "b", "fiches invalides")


def test_deeply_nested_json_is_refused(db, agency, tmp_path):
    key, trust, pack = agency

    def edit(members):
        members[fmt.record_member("initiatives")] = b"[" * 100000 + b"]" * 100000

    bad = resign(pack, key, tmp_path / "deep.territoria", members_edit=edit)
    _refused(db, bad, trust, tmp_path / "b", "n'est pas du JSON valide")


def test_record_counts_must_match_the_manifest(db, agency, tmp_path):
    key, trust, pack = agency
    bad = resign(pack, key, tmp_path / "count.territoria",
                 manifest_edit=lambda m: m["counts"].update(initiatives=3))
    _refused(db, bad, trust, tmp_path / "b", "le manifeste en annonce 3")


def test_a_contribution_is_never_a_catalogue_update(db, agency, tmp_path):
    key, trust, pack = agency
    bad = resign(pack, key, tmp_path / "contrib.territoria",
                 manifest_edit=lambda m: m.update(format=fmt.CONTRIBUTION_KIND))
    _refused(db, bad, trust, tmp_path / "b", "contribution")


def test_unknown_optional_fields_are_ignored_with_a_note(db, agency, tmp_path):
    key, trust, pack = agency
    import json

    from territoria.services.packs.importer import preview_import

    def edit(members):
        rows = json.loads(members[fmt.record_member("initiatives")])
        rows[0]["couleur"] = "bleu"
        members[fmt.record_member("initiatives")] = json.dumps(rows).encode()

    odd = resign(pack, key, tmp_path / "odd.territoria", members_edit=edit,
                 manifest_edit=lambda m: m.update(format_version="1.3"))
    preview = preview_import(db, odd, trust)
    assert any("couleur" in note for note in preview.notes)
    assert any("1.3" in note for note in preview.notes)


def test_a_town_halls_contribution_file_is_refused_as_such(db, agency, tmp_path):
    contribution = write_zip(tmp_path / "projets.territoria-contribution",
                             {"contribution.json": b'{"format": "territoria-contribution"}', "initiatives.json": b"[]"})
    _refused(db, contribution, agency[1], tmp_path / "b", "contribution review")


def test_a_reserved_publisher_id_is_refused(db, agency, tmp_path):
    key, trust, pack = agency
    bad = resign(pack, key, tmp_path / "local.territoria",
                 manifest_edit=lambda m: m["publisher"].update(id="local"))
    _refused(db, bad, trust, tmp_path / "b", "éditeur absent ou invalide")


def test_an_encrypted_member_is_refused(db, agency, tmp_path):
    import struct

    data = bytearray(agency[2].read_bytes())
    # set the "encrypted" flag of every entry, in the central directory and the local headers
    for signature, flag_offset in ((b"PK\x01\x02", 8), (b"PK\x03\x04", 6)):
        position = data.find(signature)
        while position != -1:
            flags = struct.unpack_from("<H", data, position + flag_offset)[0]
            struct.pack_into("<H", data, position + flag_offset, flags | 0x1)
            position = data.find(signature, position + 4)
    bad = tmp_path / "secret.territoria"
    bad.write_bytes(bytes(data))
    _refused(db, bad, agency[1], tmp_path / "b", "illisible")


def test_a_pack_citing_a_seed_record_this_database_lacks_is_refused(db, agency, tmp_path):
    # an older town-hall database without the seed organisation the pack cites as a partner
    _key, trust, pack = agency
    with db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE organisations SET slug = 'bpifrance-ancien' WHERE slug = 'bpifrance'")
    _refused(db, pack, trust, tmp_path / "b", "partners renvoie à organisations inconnu 'bpifrance'")
