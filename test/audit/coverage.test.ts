import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileEntry, coverage, indexEntries } from '../../src/audit/coverage.js';
import type { AuditScanner, CurrentEntry, EntryKind, MatchItem } from '../../src/audit/types.js';
import type { Platform, RuleKind } from '../../src/types/pack.js';

const entry = (kind: EntryKind, text: string, isDirectory?: boolean): CurrentEntry => ({
  kind,
  text,
  origin: { source: 'local', location: 'test' },
  ...(isDirectory === undefined ? {} : { isDirectory }),
});

describe('coverage index', () => {
  it('answers which entries cover an item, and how, in input order', () => {
    const index = indexEntries(
      [entry('path', 'C:\\Program Files'), entry('path', 'D:\\x'), entry('extension', '.log'), entry('path', '%ProgramFiles%\\SEPsesam')],
      'defender',
      'windows',
    );
    expect(
      coverage(index, { kind: 'directory', value: 'C:\\Program Files\\SEPsesam', platform: 'windows' }).map((c) => [c.entry.text, c.how]),
    ).toEqual([
      ['C:\\Program Files', 'parent'],
      ['%ProgramFiles%\\SEPsesam', 'exact'],
    ]);
    expect(coverage(index, { kind: 'file', value: 'E:\\a.log', platform: 'windows' }).map((c) => c.how)).toEqual(['extension']);
  });

  it('lists entries that cannot be evaluated, with the reason', () => {
    const index = indexEntries([entry('path', '\\<opt')], 'clamav', 'linux');
    expect(coverage(index, { kind: 'directory', value: '/opt', platform: 'linux' })).toEqual([
      { how: 'cannot-evaluate', entry: entry('path', '\\<opt'), note: 'the word boundary \\<' },
    ]);
  });

  it('compiles Defender for Endpoint entries with their folder flag and platform', () => {
    expect(
      compileEntry(entry('path', '/var/*/', true), 'mdatp', 'macos').cover({ kind: 'file', value: '/var/x', platform: 'macos' })?.how,
    ).toBe('parent');
    expect(
      compileEntry(entry('path', '/var/*/', true), 'mdatp', 'linux').cover({ kind: 'file', value: '/var/x', platform: 'linux' }),
    ).toBeNull();
  });

  const cases: [AuditScanner, Platform, string[], RuleKind[]][] = [
    [
      'defender',
      'windows',
      ['C:', 'D:', 'c:', '\\\\srv\\share', '%ProgramFiles%', '%SystemDrive%'],
      ['directory', 'file', 'glob', 'volume', 'process', 'extension'],
    ],
    ['mdatp', 'linux', [''], ['directory', 'file', 'glob', 'volume', 'process', 'extension']],
    ['clamav', 'linux', [''], ['directory', 'file', 'glob', 'volume', 'extension']],
  ];
  it.each(cases)('%s: the index finds exactly what testing every pair finds', (scanner, platform, roots, kinds) => {
    const sep = platform === 'windows' ? '\\' : '/';
    const seg = fc.constantFrom('a', 'b', 'ab', 'a*', '?', '*', 'x.log', 'B', '*.log');
    const path = fc
      .tuple(fc.constantFrom(...roots), fc.array(seg, { maxLength: 3 }))
      .map(([r, s]) => (r + sep + s.join(sep)).replace(/^\/\//, '/'));
    const ext = fc.constantFrom('.log', 'log', 'LOG', 'x');
    const clam = fc.constantFrom('^/a(/|$)', '/a', 'a', '^/a/b$', '\\.log$', '^/(a|b)/', '^/a/', 'b/', '^/$');
    const entryArb: fc.Arbitrary<CurrentEntry> =
      scanner === 'clamav'
        ? clam.map((t) => entry('path', t))
        : fc.oneof(
            fc.tuple(path, fc.boolean()).map(([p, d]) => entry('path', p, d)),
            ext.map((e) => entry('extension', e)),
            fc.oneof(path, fc.constantFrom('a.exe', 'x.log', 'cat')).map((p) => entry('process', p)),
          );
    const itemArb: fc.Arbitrary<MatchItem> = fc.tuple(fc.constantFrom(...kinds), path, ext).map(([kind, value, e]) => ({
      kind,
      value: kind === 'extension' ? e : kind === 'volume' ? `${value.split(sep)[0]}${sep}` : value,
      platform,
    }));
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 8 }), itemArb, (entries, it) => {
        const index = indexEntries(entries, scanner, platform);
        const brute = index.entries.flatMap((_, i) => (index.matcher(i).cover(it) ? [index.matcher(i).text] : []));
        expect(coverage(index, it).map((c) => c.entry.text)).toEqual(brute);
      }),
      { numRuns: 1500 },
    );
  });

  it('10,000 entries against 100 items test only the entries filed under each item', () => {
    const entries = Array.from({ length: 10_000 }, (_, i) => entry('path', `C:\\Vendor${i % 500}\\App${i}`));
    const index = indexEntries(entries, 'defender', 'windows');
    let tested = 0;
    for (let i = 0; i < 100; i++) {
      const it: MatchItem = { kind: 'directory', value: `C:\\Vendor${i}\\App${i}`, platform: 'windows' };
      const keys = ['p:c:', `p:c:/vendor${i}`];
      tested += keys.reduce((n, k) => n + (index.byKey.get(k)?.length ?? 0), 0);
      expect(coverage(index, it).map((c) => c.how)).toEqual(['exact']);
    }
    expect(tested).toBe(100 * 20);
  });
});
