"""The keys a town hall trusts, and the publisher ids each key may sign for.

Two origins: the installer's folder of ``.pub`` files (``resources/trusted_keys``, filled
by the branded installers; a file may list the publisher ids of its key) and keys the user
adds (``trust add``) or that a trusted pack introduced (key rotation). A key is bound to
the publisher ids it is listed with, else to the first publisher id it is seen signing.

The user's part lives in ``trusted_keys.json`` of the configuration folder, written
atomically. Removing an installer key records it as revoked there.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from territoria.services.packs.errors import PackError
from territoria.services.packs.keys import PublicKey, decode_raw_key, fingerprint, normalise_fingerprint, read_public_key

TRUST_FILE = "trusted_keys.json"
#: In the installer's folder: fingerprints of leaked keys, never trusted again.
REVOKED_FILE = "revoked.txt"
ORIGIN_INSTALLER = "installer"
ORIGIN_USER = "user"
ORIGIN_ROTATION = "rotation"


@dataclass(frozen=True, slots=True)
class TrustedKey:
    """One trusted key as ``trust list`` shows it."""

    fingerprint: str
    public_key: str  # base64 of the 32 raw bytes
    publishers: tuple[str, ...]  # empty: bound to the first publisher it signs for
    origin: str  # "installer", "user" or "rotation"
    label: str  # file name, or "clé suivante de <publisher>"
    added_at: str | None

    @property
    def raw(self) -> bytes:
        """The raw 32-byte public key."""
        return decode_raw_key(self.public_key)


class TrustStore:
    """Read and change the trusted keys of one configuration folder."""

    def __init__(self, config_dir: Path, installer_dir: Path | None) -> None:
        """``installer_dir`` is the folder of the installer's ``.pub`` files (may be absent)."""
        self._file = config_dir / TRUST_FILE
        self._installer_dir = installer_dir

    # --- reading ------------------------------------------------------------------------

    def _state(self) -> dict[str, Any]:
        try:
            state = json.loads(self._file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {"keys": [], "bindings": {}, "revoked": []}
        except (OSError, ValueError) as exc:
            raise PackError(f"Le fichier des clés de confiance {self._file} est illisible : {exc}.") from exc
        state.setdefault("keys", [])
        state.setdefault("bindings", {})
        state.setdefault("revoked", [])
        return state

    def _installer_keys(self) -> list[TrustedKey]:
        if self._installer_dir is None or not self._installer_dir.is_dir():
            return []
        keys = []
        for path in sorted(self._installer_dir.glob("*.pub")):
            try:
                key = read_public_key(path)
            except PackError:
                continue  # a broken installer file must not stop the app; it is simply not trusted
            keys.append(TrustedKey(key.fingerprint, key.encoded, key.publishers, ORIGIN_INSTALLER, path.name, None))
        return keys

    def _installer_revoked(self) -> set[str]:
        """Fingerprints the installer revokes (``revoked.txt``: one per line, ``#`` comments)."""
        if self._installer_dir is None:
            return set()
        try:
            lines = (self._installer_dir / REVOKED_FILE).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            return set()
        found = set()
        for line in lines:
            text = line.split("#", 1)[0].strip()
            if text:
                try:
                    found.add(normalise_fingerprint(text))
                except PackError:
                    continue
        return found

    def keys(self) -> list[TrustedKey]:
        """Every trusted key (installer keys not revoked, then the user's), with their bindings.

        A key the installer's ``revoked.txt`` lists is never trusted, whoever added it (a
        leaked key is revoked by the next installer).
        """
        state = self._state()
        revoked = set(state["revoked"]) | self._installer_revoked()
        bindings: dict[str, list[str]] = state["bindings"]
        found: dict[str, TrustedKey] = {}
        for key in self._installer_keys():
            if key.fingerprint in revoked or key.fingerprint in found:
                continue
            bound = tuple(dict.fromkeys([*key.publishers, *bindings.get(key.fingerprint, [])]))
            found[key.fingerprint] = replace(key, publishers=bound)
        for entry in state["keys"]:
            if entry["fingerprint"] in found or entry["fingerprint"] in revoked - set(state["revoked"]):
                continue
            found[entry["fingerprint"]] = TrustedKey(
                entry["fingerprint"], entry["public_key"], tuple(entry.get("publishers", [])),
                entry.get("origin", ORIGIN_USER), entry.get("label", ""), entry.get("added_at"),
            )
        return list(found.values())

    def get(self, fp: str) -> TrustedKey | None:
        """The trusted key with fingerprint ``fp``, or None."""
        return next((k for k in self.keys() if k.fingerprint == fp), None)

    def key_for_publisher(self, publisher_id: str) -> list[TrustedKey]:
        """Trusted keys bound to ``publisher_id``."""
        return [k for k in self.keys() if publisher_id in k.publishers]

    # --- changing -----------------------------------------------------------------------

    def _write(self, state: dict[str, Any]) -> None:
        try:
            self._file.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=f".{self._file.name}-", dir=self._file.parent)
        except OSError as exc:
            raise PackError(f"Impossible d'enregistrer les clés de confiance dans {self._file.parent} : "
                            f"{exc.strerror or exc}.") from exc
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(state, handle, ensure_ascii=False, indent=2, sort_keys=True)
            os.replace(tmp_name, self._file)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise

    def add(self, key: PublicKey, label: str, origin: str = ORIGIN_USER) -> TrustedKey:
        """Trust ``key`` (bound to the publishers its file lists, else to the first it signs for)."""
        state = self._state()
        fp = key.fingerprint
        if fp in state["revoked"]:
            state["revoked"].remove(fp)
        # adding a key again keeps the publishers it is already bound to (never widens its trust)
        bound = [p for e in state["keys"] if e["fingerprint"] == fp for p in e.get("publishers", [])]
        state["keys"] = [e for e in state["keys"] if e["fingerprint"] != fp]
        state["keys"].append({
            "fingerprint": fp, "public_key": key.encoded, "publishers": list(dict.fromkeys([*bound, *key.publishers])),
            "origin": origin, "label": label, "added_at": datetime.now().isoformat(timespec="seconds"),
        })
        self._write(state)
        trusted = self.get(fp)
        assert trusted is not None
        return trusted

    def add_file(self, path: Path) -> TrustedKey:
        """Trust the ``.pub`` file at ``path``."""
        return self.add(read_public_key(path), path.name)

    def remove(self, fp_text: str) -> TrustedKey:
        """Stop trusting the key ``fp_text`` (a user key is deleted, an installer key revoked)."""
        fp = normalise_fingerprint(fp_text)
        key = self.get(fp)
        if key is None:
            raise PackError(f"Aucune clé de confiance n'a l'empreinte {fp}.")
        state = self._state()
        state["keys"] = [e for e in state["keys"] if e["fingerprint"] != fp]
        state["bindings"].pop(fp, None)
        if key.origin == ORIGIN_INSTALLER:
            state["revoked"].append(fp)
        self._write(state)
        return key

    def bind(self, fp: str, publisher_id: str) -> None:
        """Record that the key ``fp`` signs for ``publisher_id`` (its first pack)."""
        state = self._state()
        for entry in state["keys"]:
            if entry["fingerprint"] == fp:
                if publisher_id not in entry["publishers"]:
                    entry["publishers"].append(publisher_id)
                break
        else:
            bound = state["bindings"].setdefault(fp, [])
            if publisher_id not in bound:
                bound.append(publisher_id)
        self._write(state)

    def add_rotated(self, raw: bytes, publisher_id: str) -> TrustedKey:
        """Trust a publisher's next key, introduced by a pack its current trusted key signed."""
        existing = self.get(fingerprint(raw))
        if existing is not None and publisher_id in existing.publishers:
            return existing
        return self.add(PublicKey(raw, (publisher_id,)), f"clé suivante de {publisher_id}", ORIGIN_ROTATION)


def open_trust_store(config_dir: Path) -> TrustStore:
    """The trust store of ``config_dir`` with the installer's ``resources/trusted_keys`` folder."""
    from territoria.resources import resource_path

    try:
        installer = resource_path("trusted_keys")
    except FileNotFoundError:
        installer = None
    return TrustStore(config_dir, installer)
