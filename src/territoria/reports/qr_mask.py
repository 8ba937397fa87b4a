"""The QR mask choice of reportlab's encoder, scored on bytes and integers instead of lists.

reportlab's ``QRCode.getBestMaskPattern`` lays the code out with each of the 8 masks and
scores it with ``QRUtil.getLostPoint``, written element by element in Python: about two
thirds of a QR code's cost, paid once per fiche of a catalogue. :func:`lost_point` gives the
same score (its quirks included: the "1:1:3:1:1" rule is counted along rows only, one way,
and not in the last column), so the chosen mask, hence the code drawn, is unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

#: A run of 5 or more modules of one colour (rule 1: a run of n costs n - 2).
_RUN = re.compile(rb"\x00{5,}|\x01{5,}")
#: Rule 3's pattern as reportlab looks for it (dark, light, 3 dark, light, dark, 4 light).
_FINDER_LIKE = bytes((1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0))
_BITS = bytes.maketrans(b"\x00\x01", b"01")


def lost_point(modules: Sequence[Sequence[Any]]) -> int:
    """The penalty reportlab's ``QRUtil.getLostPoint`` gives ``modules`` (rows of dark/light)."""
    rows = [bytes(row) for row in modules]
    count = len(rows)
    score = 0
    for line in (*rows, *(bytes(column) for column in zip(*rows))):
        for run in _RUN.findall(line):
            score += len(run) - 2
    # rule 2: each 2 x 2 block of one colour costs 3
    inner = (1 << (count - 1)) - 1
    numbers = [int(row.translate(_BITS), 2) for row in rows]
    for upper, lower in zip(numbers, numbers[1:]):
        same = ~(upper ^ (upper >> 1)) & ~(lower ^ (lower >> 1)) & ~(upper ^ lower) & inner
        score += 3 * same.bit_count()
    # rule 3: reportlab compares row slices only (its column slices are tuples, never equal to
    # its list pattern) and stops one module short of the row's end
    score += 40 * sum(row.count(_FINDER_LIKE, 0, count - 1) for row in rows)
    dark = sum(row.count(1) for row in rows)
    return score + 10 * (abs(100 * dark // (count * count) - 50) // 5)


_UNBITS = bytes.maketrans(b"01", b"\x00\x01")


@lru_cache(maxsize=48)
def _mask_changes(version: int) -> tuple[tuple[int, ...], ...]:
    """Per mask 1-7, per row, the data modules (bits, column 0 first) whose colour differs from mask 0's."""
    from reportlab.graphics.barcode import qrencoder

    code = qrencoder.QRCode(version, qrencoder.QRErrorCorrectLevel.M)
    code.moduleCount = count = version * 4 + 17
    positions = code.dataPosIterator()  # the data modules depend on the version only
    masks = [qrencoder.QRUtil.getMask(mask) for mask in range(8)]
    changes = []
    for mask in masks[1:]:
        rows = [0] * count
        for column, row in positions:
            if mask(row, column) != masks[0](row, column):
                rows[row] |= 1 << (count - 1 - column)
        changes.append(tuple(rows))
    return tuple(changes)


@lru_cache(maxsize=1)
def qr_code_class() -> type:
    """reportlab's ``QRCode`` choosing its mask with :func:`lost_point`, laid out once.

    reportlab lays the code out once per mask to score it; in that trial layout only the data
    modules depend on the mask (the format bits are all light), so the other 7 are mask 0's
    with the modules where two masks differ flipped.
    """
    from reportlab.graphics.barcode import qrencoder

    from territoria.reports.qr_data import create_data

    class FastMaskQRCode(qrencoder.QRCode):  # type: ignore[misc]
        def makeImpl(self, test: bool, maskPattern: int) -> None:  # noqa: N802, N803 - reportlab's names
            if self.dataCache is None:  # the same bytes, made without rebuilding the RS generator
                self.dataCache = create_data(self.version, self.errorCorrectLevel, self.dataList)
            super().makeImpl(test, maskPattern)

        def getBestMaskPattern(self) -> int:  # noqa: N802 - reportlab's name
            self.makeImpl(True, 0)
            count = self.moduleCount
            first = [bytes(row) for row in self.modules]
            numbers = [int(row.translate(_BITS), 2) for row in first]
            best, pattern = lost_point(first), 0
            for mask, changes in enumerate(_mask_changes(self.version), start=1):
                rows = [format(number ^ change, f"0{count}b").encode().translate(_UNBITS)
                        for number, change in zip(numbers, changes)]
                lost = lost_point(rows)
                if best > lost:  # the first lowest score wins, as in reportlab
                    best, pattern = lost, mask
            return pattern

    return FastMaskQRCode
