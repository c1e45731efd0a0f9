import { describe, expect, it } from 'vitest';
import { assertNoControlCharacters, assertRenderable } from '../../../src/render/values/check.js';
import { expectError } from '../../helpers.js';

describe('render/values/check', () => {
  it.each(['a\nb', 'a\rb', 'a\u0000b', 'a\u2028b', 'a\u0085b'])('refuses control characters: %j', (value) => {
    expectError(() => assertNoControlCharacters(value, 'csv'), 'UNSAFE_VALUE');
  });

  it('accepts quotes, dollars, backticks, unicode', () => {
    expect(() => assertNoControlCharacters("C:\\O'Brien ‘x’ $(y) `z` ü", 'csv')).not.toThrow();
  });

  it('refuses placeholders everywhere, and user or unknown %VARIABLES% on Windows only', () => {
    expectError(() => assertRenderable('/opt/{SESAM_BIN}', 'linux', 'mdatp-cli'), 'UNSAFE_VALUE');
    expectError(() => assertRenderable('%USERPROFILE%\\x', 'windows', 'defender-gpo'), 'UNSAFE_VALUE');
    expect(expectError(() => assertRenderable('%NOPE%\\x', 'windows', 'defender-gpo'), 'UNSAFE_VALUE').choices).toContain('PROGRAMDATA');
    expect(() => assertRenderable('%ProgramData%\\x', 'windows', 'defender-gpo')).not.toThrow();
    expect(() => assertRenderable('/srv/%NOPE%', 'linux', 'mdatp-cli')).not.toThrow();
  });
});
