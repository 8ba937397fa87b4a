"""The shared URL rule: http, https and mailto only."""

from __future__ import annotations

import pytest

from territoria.domain.urls import check_url, is_safe_url, safe_url, url_problem


@pytest.mark.parametrize("url", [
    "https://www.banquedesterritoires.fr/article?id=3#x", "http://example.org", "HTTPS://EXAMPLE.ORG/A",
    "mailto:contact@mairie.fr", "http://localhost:8080/x",
])
def test_accepted(url):
    assert is_safe_url(url) and safe_url(url) == url and check_url(url) == url


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd", "ftp://x.fr",
    "//example.org", "example.org", "https://", "https://exa mple.org", "https://example.org/\nx",
    "mailto:pas-une-adresse", "vbscript:msgbox", "", None, "https://example.org/" + "a" * 3000, 42,
])
def test_refused(url):
    assert not is_safe_url(url) and safe_url(url) is None
    assert url_problem(url)
    with pytest.raises(ValueError, match="refusée"):
        check_url(url, "L'adresse de la source")


def test_curated_loader_refuses_a_javascript_url(tmp_path):
    import shutil
    from pathlib import Path

    from territoria.store.seed.curated import CuratedDataError, load_curated

    folder = tmp_path / "curated"
    shutil.copytree(Path(__file__).resolve().parents[2] / "data" / "curated", folder)
    sources = folder / "sources.toml"
    text = sources.read_text(encoding="utf-8")
    start = text.index('url = "') + len('url = "')
    end = text.index('"', start)
    sources.write_text(text[:start] + "javascript:alert(1)" + text[end:], encoding="utf-8")
    with pytest.raises(CuratedDataError, match="url refusée"):
        load_curated(folder)
