import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteReg } from '../../../src/render/quote/reg.js';
import { readRegFile } from '../fixtures/readers.js';

describe('quoteReg', () => {
  it.each([
    ['C:\\Program Files\\X', '"C:\\\\Program Files\\\\X"'],
    ['a"b', '"a\\"b"'],
    ['C:\\x\\', '"C:\\\\x\\\\"'],
    ['\\"', '"\\\\\\""'],
    ["%ProgramData%\\'x' $(y) `z` ; | &", '"%ProgramData%\\\\\'x\' $(y) `z` ; | &"'],
    ['[HKEY_LOCAL_MACHINE\\x]="0"', '"[HKEY_LOCAL_MACHINE\\\\x]=\\"0\\""'],
    ['C:\\Übersicht', '"C:\\\\Übersicht"'],
  ])('%j -> %s', (value, expected) => expect(quoteReg(value)).toBe(expected));

  it('reads back as the value name, whatever it holds', () => {
    const piece = fc.constantFrom('"', '\\', '\\"', '"=', '=', ';', '[', ']', '-', ' ', '%SystemRoot%', 'ü');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 10 }), (parts) => {
        const value = parts.join('').replace(/[\r\n]/g, '_');
        const file = readRegFile(
          `Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]\r\n${quoteReg(value)}=${quoteReg(value)}\r\n`,
        );
        expect(file.values).toEqual([{ key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Test', name: value, data: value }]);
      }),
      { numRuns: 500 },
    );
  });
});
