import { describe, expect, it } from 'vitest';
import { quoteReg } from '../../../src/render/quote/reg.js';

describe('quoteReg', () => {
  it.each([
    ['C:\\Program Files\\X', '"C:\\\\Program Files\\\\X"'],
    ['a"b', '"a\\"b"'],
    ['C:\\x\\', '"C:\\\\x\\\\"'],
    ["%ProgramData%\\'x'", '"%ProgramData%\\\\\'x\'"'],
  ])('%j -> %s', (value, expected) => expect(quoteReg(value)).toBe(expected));
});
