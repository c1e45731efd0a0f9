import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteCsv } from '../../../src/render/quote/csv.js';
import { readCsv } from '../fixtures/readers.js';

describe('quoteCsv', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    [' padded', '" padded"'],
    ['padded ', '"padded "'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    [' =1+1', "' =1+1"],
    ['\t=1', "'\t=1"],
    ['＝1+1', "'＝1+1"],
    ['a=b', 'a=b'],
    ['C:\\a\\', 'C:\\a\\'],
    ['/opt/kerio/mailserver', '/opt/kerio/mailserver'],
    ['%ProgramData%\\ASRLogs', '%ProgramData%\\ASRLogs'],
    ['.vhdx', '.vhdx'],
    ["it's $(x) `y` ; |", "it's $(x) `y` ; |"],
  ])('%j -> %j', (value, expected) => expect(quoteCsv(value)).toBe(expected));

  it('reads back as one field: the value, or the value after the formula guard', () => {
    const piece = fc.constantFrom('"', ',', '\r\n', '\n', '\r', ' ', '=', '+', '-', '@', "'", ';', '\t', 'ü');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 10 }), (parts) => {
        const value = parts.join('');
        const rows = readCsv(`${quoteCsv(value)},next\r\n`);
        const guarded = /^(?:[\t\r]|\s*[=+\-@＝＋－＠])/.test(value);
        expect(rows).toEqual([[guarded ? `'${value}` : value, 'next']]);
      }),
      { numRuns: 500 },
    );
  });
});
