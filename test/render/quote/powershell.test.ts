import { describe, expect, it } from 'vitest';
import { quotePowerShell } from '../../../src/render/quote/powershell.js';

describe('quotePowerShell', () => {
  it.each([
    ['C:\\Program Files\\X', "'C:\\Program Files\\X'"],
    ["O'Brien", "'O''Brien'"],
    ['a‘b’c‚d‛e', "'a‘‘b’’c‚‚d‛‛e'"],
    ['$(Remove-Item C:\\) `n $env:X', "'$(Remove-Item C:\\) `n $env:X'"],
    ['%ProgramData%\\x', "'%ProgramData%\\x'"],
    ['C:\\trailing\\', "'C:\\trailing\\'"],
    ['', "''"],
  ])('%j -> %s', (value, expected) => expect(quotePowerShell(value)).toBe(expected));
});
