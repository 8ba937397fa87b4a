"""Keys, trust store, pack build (validation, determinism) and verification."""

from __future__ import annotations

import hashlib
import json
import zipfile

import pytest
from pack_tools import PASSPHRASE, SEED, build, make_key, members_of, trust_store, write_folder

from territoria.services.packs import format as fmt
from territoria.services.packs.errors import PackError
from territoria.services.packs.keys import SigningKey, fingerprint, generate_key, read_public_key
from territoria.services.packs.reference import context_of
from territoria.services.packs.trust import TrustStore
from territoria.services.packs.verify import verify_pack


def test_keygen_writes_an_encrypted_pkcs8_key_and_a_pub_with_its_fingerprint(tmp_path):
    files = generate_key(tmp_path / "agence.key", "secret", "arnia")
    pem = files.private_path.read_bytes()
    assert pem.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert files.private_path.stat().st_mode & 0o077 == 0
    public = read_public_key(files.public_path)
    assert files.public_path.name == "agence.key.pub" and public.publishers == ("arnia",)
    digits = hashlib.sha256(public.raw).hexdigest()[:16]
    assert files.fingerprint == public.fingerprint == "-".join(digits[i:i + 4] for i in range(0, 16, 4))
    assert SigningKey(files.private_path, "secret").public.raw == public.raw
    with pytest.raises(PackError, match="Phrase de passe incorrecte"):
        SigningKey(files.private_path, "wrong")
    with pytest.raises(PackError, match="existe déjà"):
        generate_key(tmp_path / "agence.key", "secret")


def test_a_key_without_passphrase_is_plain_pem(tmp_path):
    files = generate_key(tmp_path / "plain.key", None)
    assert files.private_path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----") and not files.encrypted
    assert SigningKey(files.private_path, None).public.fingerprint == files.fingerprint


def test_build_is_deterministic_and_the_manifest_lists_every_member(tmp_path):
    folder = write_folder(tmp_path / "src")
    key = make_key(tmp_path)
    first = build(folder, key, tmp_path / "a.territoria")
    second = build(folder, key, tmp_path / "b.territoria")
    assert first.read_bytes() == second.read_bytes()
    members = members_of(first)
    assert list(members)[:2] == [fmt.MANIFEST, fmt.SIGNATURE]
    manifest = json.loads(members[fmt.MANIFEST])
    assert manifest["format_version"] == fmt.FORMAT_VERSION and manifest["edition"] == "2026-03-03"
    assert manifest["publisher"] == {"id": "arnia", "name": "ARNia", "contact": "donnees@arnia.example"}
    assert manifest["counts"] == {"sources": 1, "organisations": 1, "initiatives": 2}
    for name, digest in manifest["members"].items():
        assert hashlib.sha256(members[name]).hexdigest() == digest
    assert set(members) == {fmt.MANIFEST, fmt.SIGNATURE, *manifest["members"]}
    with zipfile.ZipFile(first) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_verify_accepts_a_pack_of_a_trusted_key(tmp_path):
    key = make_key(tmp_path)
    pack = build(write_folder(tmp_path / "src"), key, tmp_path / "p.territoria")
    verified = verify_pack(pack, trust_store(tmp_path / "cfg", key), context_of(SEED))
    assert verified.info.publisher_id == "arnia" and verified.info.total == 4
    assert verified.info.fingerprint == read_public_key(key.with_name("arnia.key.pub")).fingerprint
    assert [r["id"] for r in verified.records["initiatives"]] == ["chatbot-caen", "tri-courrier"]


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"initiatives.toml": '[[initiative]]\nid = "x"\ntitle = "X"\nlead = "inconnue"\nsources = ["veille-2026"]\n'},
         "initiatives.toml, fiche « x » : lead renvoie à organisations inconnu 'inconnue'"),
        ({"initiatives.toml": '[[initiative]]\nid = "x"\ntitle = "X"\nlead = "mairie-caen"\n'},
         "initiatives.toml, fiche « x » : aucune source"),
        ({"organisations.toml": '[[organisation]]\nid = "o"\nname = "O"\nkind = "commune"\n'
                                'commune_insee = "99999"\nsources = ["veille-2026"]\n'},
         "organisations.toml, fiche « o » : commune_insee '99999' n'est pas un code de commune"),
        ({"initiatives.toml": '[[initiative]]\nid = "x"\ntitle = "X"\nlead = "mairie-caen"\n'
                              'budget_eur = "beaucoup"\nsources = ["veille-2026"]\n'},
         "initiatives.toml, fiche « x » : champ 'budget_eur' de type texte, nombre attendu"),
        ({"initiatives.toml": '[[initiative]]\nid = "x"\ntitle = "X"\nlead = "mairie-caen"\n'
                              'start_date = 2025-01-01\nsources = ["veille-2026"]\n'},
         "initiatives.toml, fiche « x » : champ 'start_date' de type date, texte attendu"),
        ({"initiatives.toml": '[[initiative]]\nid = "x"\ntitle = "X"\nlead = "mairie-caen"\n'
                              'themes = ["astrologie"]\nsources = ["veille-2026"]\n'},
         "initiatives.toml, fiche « x » : theme inconnu 'astrologie'"),
        ({"schemes.toml": '[[scheme]]\nid = "s"\nname = "S"\nterritory_scope = "departement"\n'
                          'territory_code = "00"\nsources = ["veille-2026"]\n'},
         "schemes.toml, fiche « s » : territory_code '00' n'est pas un code de département"),
        ({"pack.toml": 'publisher_id = "Mauvais ID"\npublisher_name = "X"\nedition = "3 mars"\ntitle = "T"\n'},
         "publisher_id 'Mauvais ID' invalide"),
        ({"initiatives.toml": "[[initiative]\nid = "}, "initiatives.toml : TOML invalide"),
        ({"pack.toml": 'publisher_id = "arnia"\npublisher_name = "X"\nedition = "2026-13-45"\ntitle = "T"\n'
                       'licence = "etalab-2.0"\n'}, "edition '2026-13-45' invalide (une date réelle"),
        ({"pack.toml": 'publisher_id = "arnia"\npublisher_name = "X"\nedition = "2026-02-30.2"\ntitle = "T"\n'
                       'licence = "etalab-2.0"\n'}, "edition '2026-02-30.2' invalide"),
        ({"pack.toml": 'publisher_id = "arnia"\npublisher_name = "X"\nedition = "2026-03-03"\ntitle = "T"\n'},
         "pack.toml : champ 'licence' obligatoire"),
    ],
)
def test_build_refuses_invalid_folders_in_french_with_file_record_and_field(tmp_path, files, expected):
    folder = write_folder(tmp_path / "src", extra_files=files)
    key = make_key(tmp_path)
    with pytest.raises(PackError) as caught:
        build(folder, key, tmp_path / "p.territoria")
    assert expected in caught.value.message
    assert not (tmp_path / "p.territoria").exists()


def test_pack_records_may_cite_the_seeds_organisations_and_sources(tmp_path):
    # "bpifrance" is a seed organisation: the first initiative names it as a partner
    key = make_key(tmp_path)
    pack = build(write_folder(tmp_path / "src"), key, tmp_path / "p.territoria")
    verified = verify_pack(pack, trust_store(tmp_path / "cfg", key), context_of(SEED))
    assert verified.records["initiatives"][0]["partners"] == ["bpifrance"]


def test_trust_store_add_list_remove_and_installer_keys(tmp_path):
    installer = tmp_path / "trusted_keys"
    installer.mkdir()
    shipped = generate_key(tmp_path / "diva.key", None, "diva")
    (installer / "diva.pub").write_text(shipped.public_path.read_text())
    (installer / "broken.pub").write_text("not a key")
    store = TrustStore(tmp_path / "cfg", installer)
    assert [(k.fingerprint, k.publishers, k.origin) for k in store.keys()] == [
        (shipped.fingerprint, ("diva",), "installer")]
    user_key = generate_key(tmp_path / "arnia.key", None)
    added = store.add_file(user_key.public_path)
    assert added.origin == "user" and added.publishers == ()
    assert {k.fingerprint for k in store.keys()} == {shipped.fingerprint, user_key.fingerprint}
    # removing an installer key revokes it (the folder is read-only for the app)
    store.remove(shipped.fingerprint.upper().replace("-", " "))
    assert [k.fingerprint for k in store.keys()] == [user_key.fingerprint]
    with pytest.raises(PackError, match="Aucune clé de confiance"):
        store.remove(shipped.fingerprint)
    with pytest.raises(PackError, match="Empreinte de clé invalide"):
        store.remove("1234")


def test_fingerprint_is_sha256_of_the_raw_key():
    # sha256 of 32 zero bytes: 66687aadf862bd77 6c8fc18b8e9f8e20…
    assert fingerprint(b"\x00" * 32) == "6668-7aad-f862-bd77"


def test_a_passphrase_is_needed_to_build(tmp_path):
    folder = write_folder(tmp_path / "src")
    key = make_key(tmp_path)
    from territoria.services.packs.build import build_pack

    with pytest.raises(PackError, match="phrase de passe"):
        build_pack(folder, key, tmp_path / "p.territoria", None, context_of(SEED))
    assert PASSPHRASE and not (tmp_path / "p.territoria").exists()


def test_the_next_installer_revokes_a_leaked_key(tmp_path):
    installer = tmp_path / "trusted_keys"
    installer.mkdir()
    store = TrustStore(tmp_path / "cfg", installer)
    leaked = generate_key(tmp_path / "leaked.key", None)
    kept = generate_key(tmp_path / "kept.key", None)
    store.add_file(leaked.public_path)
    store.add_file(kept.public_path)
    (installer / "revoked.txt").write_text(f"# clé perdue en 2026\n{leaked.fingerprint.upper()}\nnot-a-fingerprint\n")
    assert [k.fingerprint for k in store.keys()] == [kept.fingerprint]
    assert store.get(leaked.fingerprint) is None


def test_a_budget_mention_needs_its_amount_and_source(tmp_path):
    folder = write_folder(tmp_path / "src", extra_files={"programmes.toml": (
        '[[programme]]\nid = "p"\nname = "P"\nkind = "agency_programme"\nsources = ["veille-2026"]\n'
        'budget_mentions = [{ label = "sans montant", source = "veille-2026" }]\n')})
    with pytest.raises(PackError, match="champ obligatoire 'budget_mentions.amount_eur' absent"):
        build(folder, make_key(tmp_path), tmp_path / "p.territoria")
