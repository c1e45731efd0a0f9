import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quotePowerShell } from '../../../src/render/quote/powershell.js';
import { POWERSHELL_SINGLE_QUOTES, readPowerShellLiteral } from '../fixtures/readers.js';

describe('quotePowerShell', () => {
  it.each([
    ['C:\\Program Files\\X', "'C:\\Program Files\\X'"],
    ["O'Brien", "'O''Brien'"],
    ["''", "''''''"],
    ['a‘b’c‚d‛e', "'a‘‘b’’c‚‚d‛‛e'"],
    ["'‘", "'''‘‘'"],
    ['“double” „low“ "ascii"', '\'“double” „low“ "ascii"\''],
    ['$(Remove-Item C:\\) `n $env:X ${y} @(1)', "'$(Remove-Item C:\\) `n $env:X ${y} @(1)'"],
    ['a; b | c & d && e', "'a; b | c & d && e'"],
    ['%ProgramData%\\x %USERPROFILE%', "'%ProgramData%\\x %USERPROFILE%'"],
    ['C:\\trailing\\', "'C:\\trailing\\'"],
    ['# <# #>', "'# <# #>'"],
    ['C:\\Übersicht\\日本\\😀', "'C:\\Übersicht\\日本\\😀'"],
    ['', "''"],
  ])('%j -> %s', (value, expected) => expect(quotePowerShell(value)).toBe(expected));

  it('reads back as the value under PowerShell’s rule, ending at its last character', () => {
    const piece = fc.constantFrom(...POWERSHELL_SINGLE_QUOTES, '"', '$(x)', '`', ';', '|', '&', ' ', '%TEMP%', '\\');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 12 }), (parts) => {
        const value = parts.join('');
        const quoted = quotePowerShell(value);
        expect(readPowerShellLiteral(quoted)).toEqual({ value, end: quoted.length - 1 });
      }),
      { numRuns: 500 },
    );
  });
});
