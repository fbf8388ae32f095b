#!/usr/bin/env python3
"""Regenerates the QR test fixtures from segno, the reference encoder.

Usage: python3 -m pip install segno && python3 scripts/make-golden.py

Writes into Tests/QRCodeTests/Fixtures/:
  cases.json    named cases (text, level, forced mask or null) with segno's version and mask
  <name>.txt    the module matrix of each named case, one row per line, 1 = dark
  sweep.json    every version 1-40 x every level, filled to capacity; FNV-1a 64 digest of the matrix text
  tables.json   segno's block structure and alignment pattern positions, to check our tables directly
"""
import json
import os

import segno
from segno import consts, encoder

# segno 1.6.x appends a whole 0x00 codeword when the bit stream already ends on a codeword boundary (always the
# case in byte mode with a full terminator), before the 0xEC/0x11 pad codewords. ISO/IEC 18004 section 7.4.10 only
# pads up to the boundary; see https://github.com/heuer/segno/issues/148. Patch in the fix proposed there so the
# fixtures follow the standard; everything else is segno's own code.
assert segno.__version__.startswith('1.'), 'check whether segno issue #148 is fixed before regenerating'


def _write_padding_bits(buff, version, length):
    if version not in (consts.VERSION_M1, consts.VERSION_M3):
        buff.extend([0] * (-length % 8))


encoder.write_padding_bits = _write_padding_bits

FIXTURES = os.path.join(os.path.dirname(__file__), '..', 'Tests', 'QRCodeTests', 'Fixtures')
LEVELS = {'L': consts.ERROR_LEVEL_L, 'M': consts.ERROR_LEVEL_M, 'Q': consts.ERROR_LEVEL_Q, 'H': consts.ERROR_LEVEL_H}


def make(text, level, mask):
    return segno.make(text, mode='byte', error=level, mask=mask, version=None, boost_error=False,
                      encoding='utf-8', micro=False)


def matrix_text(qr):
    return ''.join(''.join('1' if m else '0' for m in row) + '\n' for row in qr.matrix)


def fnv1a64(text):
    digest = 0xcbf29ce484222325
    for byte in text.encode('ascii'):
        digest = ((digest ^ byte) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return f'{digest:016x}'


def filler(length, seed):
    """Printable ASCII that avoids long runs; mirrored by `sweepText` in the Swift tests."""
    return ''.join(chr(0x21 + (i * 7 + seed * 13) % 94) for i in range(length))


def byte_capacity(version, level):
    data = sum(ec.num_blocks * ec.num_data for ec in consts.ECC[version][LEVELS[level]])
    count_bits = 8 if version < 10 else 16
    return (data * 8 - 4 - count_bits) // 8


def named_cases():
    url = 'http://127.0.0.1:8080/p/K7Q2M9'
    inputs = [
        ('url', url, 'LMQH', [None, 0, 1, 2, 3, 4, 5, 6, 7]),
        ('hello', 'HELLO', 'LMQH', [None, 2]),
        ('bytes100', filler(100, 1), 'LMQH', [None, 5]),
        ('chinese', '学生证补办', 'LMQH', [None, 6]),
        ('bytes300', filler(300, 2), 'LMQH', [None, 1]),
        ('nearV40', filler(byte_capacity(40, 'L'), 3), 'L', [None, 4]),
    ]
    for name, text, levels, masks in inputs:
        for level in levels:
            for mask in masks:
                yield f'{name}-{level}-{"auto" if mask is None else f"mask{mask}"}', text, level, mask


def write_json(name, items):
    """One entry per line keeps the fixtures diffable without bloating them."""
    with open(os.path.join(FIXTURES, name), 'w') as f:
        f.write('[\n' + ',\n'.join(json.dumps(item, ensure_ascii=False) for item in items) + '\n]\n')


def main():
    cases = []
    for name, text, level, mask in named_cases():
        qr = make(text, level, mask)
        with open(os.path.join(FIXTURES, name + '.txt'), 'w') as f:
            f.write(matrix_text(qr))
        cases.append({'name': name, 'text': text, 'correction': level, 'mask': mask,
                      'version': qr.version, 'expectedMask': qr.mask})
    write_json('cases.json', cases)

    sweep = []
    for version in range(1, 41):
        for seed, level in enumerate('LMQH'):
            length = byte_capacity(version, level)
            qr = make(filler(length, seed), level, None)
            assert qr.version == version, (version, level, qr.version)
            sweep.append({'version': version, 'correction': level, 'byteCount': length, 'seed': seed,
                          'expectedMask': qr.mask, 'digest': fnv1a64(matrix_text(qr))})
    write_json('sweep.json', sweep)

    tables = []
    for version in range(1, 41):
        for level in 'LMQH':
            groups = [[ec.num_blocks, ec.num_total, ec.num_data] for ec in consts.ECC[version][LEVELS[level]]]
            tables.append({'version': version, 'correction': level, 'blockGroups': groups,
                           'alignmentCenters': list(consts.ALIGNMENT_POS[version - 2]) if version > 1 else []})
    write_json('tables.json', tables)
    print(f'{len(cases)} named cases, {len(sweep)} sweep entries, {len(tables)} table rows')


if __name__ == '__main__':
    main()
