"""Signed data packs: an agency's catalogue records, carried to town halls offline.

Public API (the CLI and the app's import dialog use only these; all raise ``PackError``
with a French reason and change nothing on refusal):

Keys and trust
- ``keys.generate_key(path, passphrase | None, publisher_id=None) -> KeyFiles``
- ``keys.read_public_key(path) -> PublicKey`` (``.fingerprint`` to show before trusting)
- ``trust.open_trust_store(config_dir) -> TrustStore`` with ``keys()``, ``get(fp)``,
  ``add_file(path) -> TrustedKey``, ``remove(fp) -> TrustedKey``

Packs
- ``build.build_pack(folder, key_path, output, passphrase, context, next_key=None) -> BuildResult``
  (``reference.context_of(seed_or_database_file)`` gives the ``context``)
- ``verify.verify_pack(path, trust, context) -> VerifiedPack`` (``.info: PackInfo``)
- ``importer.preview_import(db, path, trust) -> ImportPreview`` (no write)
- ``importer.import_pack(db, path, trust, backups, allow_downgrade=False, progress=None) -> ImportResult``
  (``progress.step`` may raise ``services.progress.Cancelled``: nothing is changed)
- ``installed.list_packs(db) -> list[InstalledPack]``,
  ``installed.remove_pack(db, publisher_id, backups)``,
  ``installed.provenance_line(publisher_name, edition)``

Zip primitives (for contributions too)
- ``archive.write_zip(path, members)`` — deterministic, atomic
- ``archive.read_zip(path, expected=None) -> dict[str, bytes]`` — refuses zip-slip names,
  duplicates, links, zip bombs, missing/extra members

Format: ``docs/PACK_FORMAT.md``; constants in ``format``.
"""

from territoria.services.packs.errors import PackError

__all__ = ["PackError"]
