"""The data and error correction bytes of a QR code, as reportlab's ``QRCode.createData`` makes them.

reportlab rebuilds the Reed-Solomon generator polynomial of every block (a product of up to
30 factors, term by term in Python) for every code: most of a QR code's remaining cost in a
catalogue. Here the generator is made once per length and the remainder is a plain
division over GF(256) (unique, so the bytes are the same).
"""

from __future__ import annotations

import itertools
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=32)
def _generator(length: int) -> tuple[int, ...]:
    """The generator polynomial of ``length`` error correction bytes, highest degree first."""
    from reportlab.graphics.barcode.qrencoder import QRUtil

    return tuple(QRUtil.getErrorCorrectPolynomial(length).num)


def _remainder(data: list[int], generator: tuple[int, ...]) -> list[int]:
    """``data`` × x^n mod ``generator`` (n = its degree), n bytes."""
    from reportlab.graphics.barcode.qrencoder import EXP_TABLE, LOG_TABLE

    length = len(generator) - 1
    logs = [LOG_TABLE[g] for g in generator[1:]]  # generator[0] is 1
    rest = [0] * length
    for byte in data:
        factor = byte ^ rest[0]
        rest = rest[1:] + [0]
        if factor:
            shift = LOG_TABLE[factor]
            rest = [r ^ EXP_TABLE[(g + shift) % 255] for r, g in zip(rest, logs)]
    return rest


def create_data(version: int, level: int, data_list: list[Any]) -> list[int]:
    """What ``QRCode.createData(version, level, data_list)`` returns."""
    from reportlab.graphics.barcode.qrencoder import QRBitBuffer, QRCode, QRRSBlock

    blocks = QRRSBlock.getRSBlocks(version, level)
    buffer = QRBitBuffer()
    for data in data_list:
        data.write(buffer, version)
    capacity = sum(block.dataCount for block in blocks) * 8
    if buffer.getLengthInBits() > capacity:
        raise Exception(f"code length overflow. ({buffer.getLengthInBits()} > {capacity})")  # as reportlab
    if buffer.getLengthInBits() + 4 <= capacity:
        buffer.put(0, 4)
    while buffer.getLengthInBits() % 8 != 0:
        buffer.putBit(False)
    pads = itertools.cycle((QRCode.PAD0, QRCode.PAD1))
    while buffer.getLengthInBits() < capacity:
        buffer.put(next(pads), 8)
    offset = 0
    data_blocks, ec_blocks = [], []
    for block in blocks:
        data_blocks.append(buffer.buffer[offset:offset + block.dataCount])
        offset += block.dataCount
        ec_blocks.append(_remainder(data_blocks[-1], _generator(block.totalCount - block.dataCount)))
    return [d for row in itertools.chain(itertools.zip_longest(*data_blocks), itertools.zip_longest(*ec_blocks))
            for d in row if d is not None]
