"""Ed25519 publisher keys: generation, files, fingerprints, signatures.

Private key: PKCS#8 PEM, encrypted with a passphrase (or not, when asked). Public key
(``FILE.key.pub``): one text line ``territoria-ed25519 <base64 of the 32 raw bytes>
[publisher_id,…]``. Fingerprint: the first 16 hex digits of the SHA-256 of the raw public
key, grouped by four ("3f2a-9c41-0b7e-d512").
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from territoria.services.packs.errors import PackError

PUB_PREFIX = "territoria-ed25519"
#: Environment variable a script sets to give the key's passphrase without a prompt.
PASSPHRASE_ENV = "TERRITORIA_KEY_PASSPHRASE"


@dataclass(frozen=True, slots=True)
class PublicKey:
    """A publisher's public key and the publisher ids its file lists (may be empty)."""

    raw: bytes
    publishers: tuple[str, ...] = ()

    @property
    def fingerprint(self) -> str:
        """The key's fingerprint, e.g. "3f2a-9c41-0b7e-d512"."""
        return fingerprint(self.raw)

    @property
    def encoded(self) -> str:
        """The raw key in standard base64 (as in ``.pub`` files and manifests)."""
        return base64.b64encode(self.raw).decode("ascii")


@dataclass(frozen=True, slots=True)
class KeyFiles:
    """What ``generate_key`` wrote."""

    private_path: Path
    public_path: Path
    fingerprint: str
    encrypted: bool


def fingerprint(raw: bytes) -> str:
    """First 16 hex digits of SHA-256(raw public key), grouped by four with dashes."""
    digest = hashlib.sha256(raw).hexdigest()[:16]
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


def normalise_fingerprint(text: str) -> str:
    """Accept "3F2A 9C41…", "3f2a:9c41…" or "3f2a9c41…" and return "3f2a-9c41-0b7e-d512"."""
    digits = re.sub(r"[^0-9a-fA-F]", "", text).lower()
    if len(digits) != 16:
        raise PackError(f"Empreinte de clé invalide : « {text} » (16 chiffres hexadécimaux attendus).")
    return "-".join(digits[i : i + 4] for i in range(0, 16, 4))


def public_line(key: PublicKey) -> str:
    """The one-line ``.pub`` text of ``key``."""
    tail = f" {','.join(key.publishers)}" if key.publishers else ""
    return f"{PUB_PREFIX} {key.encoded}{tail}\n"


def parse_public_key(text: str, where: str = "clé publique") -> PublicKey:
    """Parse a ``.pub`` line; raise ``PackError`` naming ``where`` when it is not one."""
    fields = text.strip().split()
    if len(fields) not in (2, 3) or fields[0] != PUB_PREFIX:
        raise PackError(f"{where} n'est pas une clé publique Territoria (« {PUB_PREFIX} … » attendu).")
    raw = decode_raw_key(fields[1], where)
    publishers = tuple(p for p in fields[2].split(",") if p) if len(fields) == 3 else ()
    return PublicKey(raw, publishers)


def decode_raw_key(encoded: str, where: str = "clé publique") -> bytes:
    """Decode a base64 Ed25519 public key (32 bytes)."""
    try:
        raw = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise PackError(f"{where} : clé illisible (base64 invalide).") from exc
    if len(raw) != 32:
        raise PackError(f"{where} : une clé Ed25519 fait 32 octets, pas {len(raw)}.")
    return raw


def read_public_key(path: Path) -> PublicKey:
    """Read a ``.pub`` file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(f"Impossible de lire la clé publique {path} : {exc}.") from exc
    return parse_public_key(text, f"Le fichier {path.name}")


def generate_key(path: Path, passphrase: str | None, publisher_id: str | None = None) -> KeyFiles:
    """Create an Ed25519 key pair: ``path`` (PKCS#8 PEM, encrypted unless ``passphrase`` is None)
    and ``path`` + ".pub". Refuses to overwrite an existing key."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    public_path = path.with_name(path.name + ".pub")
    for target in (path, public_path):
        if target.exists():
            raise PackError(f"{target} existe déjà : une clé n'est jamais écrasée. Choisissez un autre nom.")
    if passphrase is not None and not passphrase:
        raise PackError("La phrase de passe est vide.")
    private = Ed25519PrivateKey.generate()
    encryption = (
        serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
        if passphrase is not None
        else serialization.NoEncryption()
    )
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)
    raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    publishers = (publisher_id,) if publisher_id else ()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # the private key is created readable by its owner only
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(pem)
        public_path.write_text(public_line(PublicKey(raw, publishers)), encoding="utf-8")
    except OSError as exc:
        raise PackError(f"Impossible d'écrire la clé {path} : {exc.strerror or exc}.") from exc
    return KeyFiles(path, public_path, fingerprint(raw), passphrase is not None)


def key_is_encrypted(path: Path) -> bool:
    """Whether the PEM private key at ``path`` needs a passphrase."""
    try:
        return b"ENCRYPTED PRIVATE KEY" in path.read_bytes()[:200]
    except OSError as exc:
        raise PackError(f"Impossible de lire la clé {path} : {exc.strerror or exc}.") from exc


class SigningKey:
    """A loaded private key (only :meth:`sign` and its public half are exposed)."""

    def __init__(self, path: Path, passphrase: str | None) -> None:
        """Load the PEM key at ``path``; raise ``PackError`` for a wrong passphrase or file."""
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        try:
            data = path.read_bytes()
        except OSError as exc:
            raise PackError(f"Impossible de lire la clé {path} : {exc.strerror or exc}.") from exc
        try:
            key = serialization.load_pem_private_key(
                data, password=passphrase.encode("utf-8") if passphrase is not None else None
            )
        except TypeError as exc:  # encrypted without passphrase, or plain with one
            raise PackError(f"La clé {path.name} demande une phrase de passe ({PASSPHRASE_ENV}).") from exc
        except ValueError as exc:
            raise PackError(f"Phrase de passe incorrecte ou clé illisible : {path.name}.") from exc
        if not isinstance(key, Ed25519PrivateKey):
            raise PackError(f"{path.name} n'est pas une clé Ed25519.")
        self._key = key
        raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        self.public = PublicKey(raw)

    def sign(self, data: bytes) -> bytes:
        """The 64-byte Ed25519 signature of ``data``."""
        return self._key.sign(data)


def signature_is_valid(raw_public: bytes, signature: bytes, data: bytes) -> bool:
    """Whether ``signature`` is the Ed25519 signature of ``data`` by ``raw_public``."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(raw_public).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True
