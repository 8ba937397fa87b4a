"""The one rule for web links: only ``http``, ``https`` and ``mailto`` URLs are accepted.

Every place a URL enters (curated data, data packs, imports, own projects) calls
:func:`check_url` and refuses the record with its French message; every place one is
printed or linked (detail pane, PDFs, CSV) goes through :func:`safe_url`, which turns
anything else (``javascript:``, ``file:``, ``data:``, a bare word…) into ``None``.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

#: Schemes a person may follow from Territoria.
ALLOWED_SCHEMES = ("http", "https", "mailto")

#: Longest URL accepted (browsers and PDF viewers handle far longer ones, but no source needs more).
MAX_LENGTH = 2000

# whitespace or control characters anywhere (C0, DEL, C1, and the Unicode line/paragraph separators)
_FORBIDDEN = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u2028\u2029]")
_HOST = re.compile(r"^[^\s/?#@:]+(:\d{1,5})?$")
_MAILBOX = re.compile(r"^[^\s@<>\"]+@[^\s@<>\"]+\.[^\s@<>\".]+$")


def url_problem(text: str | None) -> str | None:
    """Why ``text`` is not an acceptable link, in French; ``None`` when it is one."""
    if not isinstance(text, str) or not text:
        return "l'adresse est vide"
    if len(text) > MAX_LENGTH:
        return f"l'adresse est trop longue ({len(text)} caractères, {MAX_LENGTH} au plus)"
    if _FORBIDDEN.search(text):
        return "l'adresse contient des espaces ou des caractères de contrôle"
    try:
        parts = urlsplit(text)
    except ValueError:
        return "l'adresse est mal formée"
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        shown = f"« {scheme}: »" if scheme else "aucun"
        return f"seules les adresses http, https ou mailto sont acceptées (protocole : {shown})"
    if scheme == "mailto":
        address = parts.path.split("?", 1)[0]
        return None if _MAILBOX.match(address) else "l'adresse électronique est mal formée"
    host = parts.netloc.rsplit("@", 1)[-1]
    name = host.split(":", 1)[0]
    if not host or not _HOST.match(host) or ("." not in name and name != "localhost"):
        return "le nom du site est absent ou mal formé"
    return None


def is_safe_url(text: str | None) -> bool:
    """Whether ``text`` is an ``http``, ``https`` or ``mailto`` URL safe to print or link."""
    return url_problem(text) is None


def safe_url(text: str | None) -> str | None:
    """``text`` when it is a safe link (see :func:`is_safe_url`), else ``None`` (shown as no link)."""
    return text if isinstance(text, str) and is_safe_url(text) else None


def check_url(text: str | None, what: str = "L'adresse") -> str:
    """``text`` when acceptable; otherwise ``ValueError`` with a French message naming ``what``.

    Callers that load records (curated data, packs, imports, own projects) turn the
    ``ValueError`` into their own refusal message.
    """
    problem = url_problem(text)
    if problem is not None:
        shown = text if isinstance(text, str) and len(text) <= 80 else f"{str(text)[:80]}…"
        raise ValueError(f"{what} « {shown} » est refusée : {problem}.")
    return text  # type: ignore[return-value]
