import { describe, expect, it } from 'vitest';
import { addUnresolvedNotice, assertNoControlCharacters, assertPlatform, headerLines, selectItems, unresolvedLines, unresolvedWarning } from '../../src/render/common.js';
import { resolveImpl } from '../../src/resolve/resolve-impl.js';
import { packs } from '../fixtures/packs.js';
import { compileOrThrow, expectError } from '../helpers.js';

const catalog = compileOrThrow(packs);
const windows = resolveImpl(catalog, { product: 'alpha', version: 'Old', roles: ['server'], platform: 'windows', features: ['db'] });
const linux = resolveImpl(catalog, { product: 'alpha', version: '2.0.0', roles: ['server'], platform: 'linux' });

describe('render/common', () => {
  it('refuses a resolution for another platform', () => {
    expect(() => assertPlatform(windows, 'defender-powershell', ['windows'])).not.toThrow();
    const error = expectError(() => assertPlatform(linux, 'defender-powershell', ['windows']), 'TARGET_PLATFORM_MISMATCH');
    expect(error.choices).toEqual(['windows']);
  });

  it.each(['a\nb', 'a\rb', 'a\u0000b', 'a\u2028b', 'a\u0085b'])('refuses control characters: %j', (value) => {
    expectError(() => assertNoControlCharacters(value, 'csv'), 'UNSAFE_VALUE');
  });

  it('accepts quotes, dollars, backticks, unicode', () => {
    expect(() => assertNoControlCharacters("C:\\O'Brien ‘x’ $(y) `z` ü", 'csv')).not.toThrow();
  });

  it('leaves installer-managed items to the installer on Defender targets only', () => {
    const defender = selectItems(windows, {}, true);
    expect(defender.items.map((i) => i.rule)).not.toContain('alpha/managed');
    expect(defender.skipped).toEqual([{ rule: 'alpha/managed', value: 'C:\\Alpha\\bsr\\*.*', reason: 'managed by the Alpha installer (added at install)' }]);
    expect(selectItems(windows, { includeManaged: true }, true).skipped).toEqual([]);
    expect(selectItems(windows, {}, false).items.map((i) => i.rule)).toContain('alpha/managed');
  });

  it('writes a deterministic header naming the query and the sources', () => {
    const lines = headerLines(windows, 'defender-powershell', 'add');
    expect(lines[0]).toContain('install form');
    expect(lines[1]).toBe('Product: alpha, version Old (documented guidance: 1.0.0); roles: server; platform: windows; features: db.');
    expect(lines).toContain('  Test page: https://example.test/page');
    expect(headerLines(windows, 'defender-powershell', 'remove')[0]).toContain('uninstall form');
    expect(headerLines(windows, 'defender-powershell', 'add')).toEqual(lines);
  });

  it('lists what needs a value only the admin knows', () => {
    expect(unresolvedLines(linux)).toEqual([
      'Not rendered: these exclusions need values only you know (rerun with --set NAME=VALUE):',
      '  alpha/data: needs DATA_VOLUMES ({DATA_VOLUMES}). DATA_VOLUMES: See the data store list.',
    ]);
    expect(unresolvedLines(windows).length).toBeGreaterThan(0);
  });
});

describe('addUnresolvedNotice', () => {
  it('adds the comment block, separator first, and one warning, only when items are unresolved', () => {
    const lines: string[] = [];
    const warnings: string[] = [];
    addUnresolvedNotice(linux, lines, warnings, (l) => [`; ${l}`], '#');
    expect(lines).toEqual(['#', ...unresolvedLines(linux).map((l) => `; ${l}`)]);
    expect(warnings).toEqual([unresolvedWarning(linux)]);
    expect(unresolvedWarning(linux)).toBe('1 exclusion(s) need values only you know and were not rendered');
    addUnresolvedNotice({ ...linux, unresolved: [] }, lines, warnings, (l) => [l], '#');
    expect(lines).toHaveLength(3);
    expect(warnings).toHaveLength(1);
  });
});
