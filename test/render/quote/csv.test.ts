import { describe, expect, it } from 'vitest';
import { quoteCsv } from '../../../src/render/quote/csv.js';

describe('quoteCsv', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    [' padded', '" padded"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@x', "'@x"],
    ['C:\\a\\', 'C:\\a\\'],
  ])('%j -> %s', (value, expected) => expect(quoteCsv(value)).toBe(expected));
});
