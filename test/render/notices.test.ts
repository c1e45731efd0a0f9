import { describe, expect, it } from 'vitest';
import {
  addManagedNotice,
  addPendingNotices,
  addUnexpressedNotice,
  commentText,
  headerLines,
  managedWarning,
  unresolvedLines,
  unresolvedWarning,
} from '../../src/render/notices.js';
import type { RenderContext } from '../../src/render/target.js';
import { resolveImpl } from '../../src/resolve/resolve-impl.js';
import { packs } from '../fixtures/packs.js';
import { compileOrThrow } from '../helpers.js';

const catalog = compileOrThrow(packs);
const windows = resolveImpl(catalog, { product: 'alpha', version: 'Old', roles: ['server'], platform: 'windows', features: ['db'] });
const linux = resolveImpl(catalog, { product: 'alpha', version: '2.0.0', roles: ['server'], platform: 'linux' });

describe('render/notices', () => {
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

  it('turns control characters into spaces in comments', () => {
    expect(commentText('a\nb\u2028c\u0085d')).toBe('a b c d');
  });
});

describe('addPendingNotices', () => {
  it('adds the comment block, separator first, and one warning, only when items are unresolved', () => {
    const lines: string[] = [];
    const warnings: string[] = [];
    addPendingNotices(linux, lines, warnings, (l) => [`; ${l}`], '#');
    expect(lines).toEqual(['#', ...unresolvedLines(linux).map((l) => `; ${l}`)]);
    expect(warnings).toEqual([unresolvedWarning(linux)]);
    expect(unresolvedWarning(linux)).toBe('1 exclusion(s) need values only you know and were not rendered');
    addPendingNotices({ ...linux, unresolved: [] }, lines, warnings, (l) => [l], '#');
    expect(lines).toHaveLength(3);
    expect(warnings).toHaveLength(1);
  });
});

describe('managed and unexpressed notices', () => {
  const context = (overrides: Partial<RenderContext>): RenderContext => ({
    resolution: linux,
    target: 'clamav-clamd',
    scanner: 'clamav',
    platform: 'linux',
    action: 'add',
    items: [],
    managed: [],
    unexpressed: [],
    warnings: [],
    ...overrides,
  });
  const managed = [{ rule: 'x/a', value: '/a', reason: 'managed by the X installer (at install)' }];

  it('writes the block and inline forms of the managed notice, naming the scanner, with one warning', () => {
    const block = context({ managed, scanner: 'defender' });
    const lines: string[] = [];
    addManagedNotice(block, lines, (l) => [`# ${l}`], 'block', '#');
    expect(lines).toEqual([
      '#',
      '# Left out: already added to Defender by whoever each line names (render with --include-managed to add them):',
      '#   x/a: /a (managed by the X installer (at install))',
    ]);
    expect(block.warnings).toEqual([managedWarning(managed)]);
    const inline = context({ managed });
    const more: string[] = [];
    addManagedNotice(inline, more, (l) => [`; ${l}`], 'inline');
    expect(more).toEqual(['; Left out (managed): x/a: /a (managed by the X installer (at install))']);
    expect(managedWarning(managed, true)).toBe('1 managed exclusion(s) left out: an installer or the scanner itself adds them: x/a');
    const none = context({});
    addManagedNotice(none, more, (l) => [l], 'inline');
    expect(none.warnings).toEqual([]);
  });

  it('lists each unexpressed item and warns once per kind', () => {
    const c = context({
      unexpressed: [
        { rule: 'x/p', value: 'p', reason: 'ClamAV has no process exclusion', kind: 'process' },
        { rule: 'x/q', value: 'q', reason: 'ClamAV has no process exclusion', kind: 'process' },
      ],
    });
    const lines: string[] = [];
    addUnexpressedNotice(c, lines, (l) => [`# ${l}`]);
    expect(lines).toEqual(['# Skipped x/p (p): ClamAV has no process exclusion.', '# Skipped x/q (q): ClamAV has no process exclusion.']);
    expect(c.warnings).toEqual(['2 process exclusion(s) cannot be expressed in ClamAV and were skipped']);
  });
});
