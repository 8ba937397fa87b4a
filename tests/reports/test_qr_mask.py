"""The QR mask scoring on bytes gives reportlab's own scores, so the codes drawn are unchanged."""

from __future__ import annotations

import pytest
from reportlab.graphics.barcode import qrencoder

from territoria.reports.page import qr_modules
from territoria.reports.qr_mask import lost_point

URLS = [
    "https://www.example.org/",
    "https://www.collectivites-locales.gouv.fr/innovation/intelligence-artificielle-assistant-municipal",
    "http://mairie.example.fr/actualites/2024/05/un-assistant-virtuel-pour-repondre-aux-habitants?ref=rss&id=42",
    "https://data.example.eu/" + "x" * 300,  # a version 7+ code (version bits laid out)
]


def _reportlab(url: str) -> qrencoder.QRCode:
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(url)
    return code


@pytest.mark.parametrize("url", URLS)
def test_lost_point_is_reportlabs_for_every_mask(url: str) -> None:
    code = _reportlab(url)
    code.version = code.calculate_version()
    scores = []
    for mask in range(8):
        code.makeImpl(True, mask)
        scores.append(qrencoder.QRUtil.getLostPoint(code))
        assert lost_point(code.modules) == scores[-1]
    assert len(set(scores)) > 1  # the masks do score differently: the choice is a real one


@pytest.mark.parametrize("url", URLS)
def test_qr_modules_are_reportlabs(url: str) -> None:
    code = _reportlab(url)
    code.make()
    expected = tuple(bytes(bool(m) for m in row) for row in code.modules)
    assert qr_modules.__wrapped__(url) == expected


@pytest.mark.parametrize("level", [qrencoder.QRErrorCorrectLevel.M, qrencoder.QRErrorCorrectLevel.H])
@pytest.mark.parametrize("url", URLS)
def test_data_and_error_correction_bytes_are_reportlabs(url: str, level: int) -> None:
    from territoria.reports.qr_data import create_data

    code = qrencoder.QRCode(None, level)  # H: more blocks, of two lengths in long codes
    code.addData(url)
    version = code.calculate_version()
    expected = qrencoder.QRCode.createData(version, level, code.dataList)
    assert create_data(version, level, code.dataList) == expected
