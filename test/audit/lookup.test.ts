import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CoverageIndex, coverage, indexEntries } from '../../src/audit/coverage.js';
import { createLookup, entryAsItem, imageOf, windowsKey } from '../../src/audit/lookup.js';
import type { AuditScanner, CurrentEntry, EntryKind, MatchItem } from '../../src/audit/types.js';
import { comparisonKey } from '../../src/paths/normalize.js';
import type { Platform, RuleKind } from '../../src/types/pack.js';

const entry = (kind: EntryKind, text: string, isDirectory?: boolean): CurrentEntry => ({
  kind,
  text,
  origin: { source: 'local', location: 'test' },
  ...(isDirectory === undefined ? {} : { isDirectory }),
});

/** What the coverage index's general path gives (the buckets of the item's keys, each entry tested), in entry order. */
function slowPath(index: CoverageIndex, item: MatchItem) {
  return coverage(index, item).map((c) => ({ position: index.entries.indexOf(c.entry), how: c.how, note: c.note }));
}

/** Entries and items of one scanner and platform, from a small alphabet so that they often meet. */
function arbitraries(scanner: AuditScanner, platform: Platform, roots: string[], kinds: RuleKind[]) {
  const sep = platform === 'windows' ? '\\' : '/';
  // 'a@' and 'b!' hash alike (97 * 31 + 64 = 98 * 31 + 33): keys found by hash must still be told apart.
  const seg = fc.constantFrom('a', 'b', 'A', 'ab', 'a*', '?', '*', 'x.log', 'b', 'B', '*.log', 'a.exe', '', 'a@', 'b!');
  const tail =
    platform === 'windows' ? fc.constantFrom('', '', '', '\\', '\\*', '\\:{PathType:folder}') : fc.constantFrom('', '', '/', '/*');
  const path = fc
    .tuple(fc.constantFrom(...roots), fc.array(seg, { maxLength: 4 }), tail)
    .map(([r, s, t]) => (r + sep + s.join(sep) + t).replace(/^\/\//, '/'));
  const ext = fc.constantFrom('.log', 'log', 'LOG', '*.log', 'x', '.l?g', '');
  const image = fc.constantFrom('a.exe', 'A.EXE', 'x.log', 'cat', 'a*.exe');
  const clam = fc.constantFrom('^/a(/|$)', '/a', 'a', '^/a/b$', '\\.log$', '^/(a|b)/', '^/a/', 'b/', '^/$', '^/a/b(/|$)', '^/b/');
  const entryArb: fc.Arbitrary<CurrentEntry> =
    scanner === 'clamav'
      ? clam.map((t) => entry('path', t))
      : fc.oneof(
          fc.tuple(path, fc.boolean()).map(([p, d]) => entry('path', p, d)),
          ext.map((e) => entry('extension', e)),
          fc.oneof(path, image).map((p) => entry('process', p)),
        );
  const itemArb: fc.Arbitrary<MatchItem> = fc.tuple(fc.constantFrom(...kinds), path, ext, image).map(([kind, value, e, img]) => ({
    kind,
    value:
      kind === 'extension' ? e : kind === 'volume' ? `${value.split(sep)[0]}${sep}` : kind === 'process' && value.length % 2 ? img : value,
    platform,
  }));
  return { entryArb, itemArb };
}

describe('createLookup', () => {
  it('finds entries above, at and below an item, with wildcards before or after the item folder', () => {
    const entries = [
      entry('path', 'C:\\Data'),
      entry('path', 'C:\\Data\\x\\y'),
      entry('path', 'C:\\Data\\x\\*\\logs'),
      entry('path', 'C:\\Data\\*\\x'),
      entry('path', 'C:\\Other'),
      entry('extension', '.log'),
    ];
    const lookup = createLookup(indexEntries(entries, 'defender', 'windows'));
    const found = lookup.find({ kind: 'directory', value: 'C:\\Data\\x', platform: 'windows' });
    expect(found.map((f) => [f.position, f.how])).toEqual([
      [0, 'parent'],
      [1, 'partial'],
      [2, 'partial'],
      [3, 'partial'],
    ]);
    // Only whole coverage asked for: the entries below may be left out.
    expect(lookup.find({ kind: 'directory', value: 'C:\\Data\\x', platform: 'windows' }, false).filter((f) => f.how !== 'partial')).toEqual(
      [{ position: 0, entry: entries[0], how: 'parent' }],
    );
    expect(lookup.find({ kind: 'file', value: 'D:\\a.LOG', platform: 'windows' }).map((f) => f.how)).toEqual(['extension']);
  });

  it('says which entries can be evaluated without compiling the literal ones', () => {
    const entries = [entry('path', 'C:\\Data'), entry('path', '?:\\x'), entry('process', 'a*.exe'), entry('extension', '.log')];
    const index = indexEntries(entries, 'defender', 'windows');
    const lookup = createLookup(index);
    expect(entries.map((_, i) => lookup.evaluable(i))).toEqual([true, false, false, true]);
  });

  it('reads an image name off a process entry', () => {
    expect(imageOf(' C:\\a\\B.exe ')).toEqual({ image: 'B.exe', bare: false });
    expect(imageOf('b.exe')).toEqual({ image: 'b.exe', bare: true });
  });

  it('reads a plain drive path as the general comparison key does', () => {
    const part = fc.constantFrom(
      'C:',
      'c:',
      'D:',
      '1:',
      '\\\\srv',
      '\\\\?\\C:',
      '%ProgramFiles%',
      '%SystemDrive%',
      '%Nope%',
      'a',
      'Program Files',
      'X.Y',
      '',
    );
    const sep = fc.constantFrom('\\', '\\', '\\', '/', '\\\\');
    const value = fc.array(fc.tuple(part, sep), { minLength: 1, maxLength: 5 }).map((parts) => parts.map(([p, s]) => p + s).join(''));
    fc.assert(
      fc.property(
        fc.oneof(
          value,
          value.map((v) => v.slice(0, -1)),
        ),
        (v) => {
          const k = comparisonKey(v, 'windows');
          expect(windowsKey(v)).toBe(/^[a-z]:\\/.test(k) && !k.includes('%') ? k : undefined);
        },
      ),
      { numRuns: 3000 },
    );
    expect(windowsKey('C:\\Data\\X')).toBe('c:\\data\\x');
    expect(windowsKey('%ProgramFiles%\\X\\')).toBe('c:\\program files\\x');
  });

  const cases: [AuditScanner, Platform, string[], RuleKind[]][] = [
    [
      'defender',
      'windows',
      ['C:', 'D:', 'c:', '\\\\srv\\share', '\\\\?\\C:', '%ProgramFiles%', '%SystemDrive%', '%USERPROFILE%', '%Nope%', '?:'],
      ['directory', 'file', 'glob', 'volume', 'process', 'extension'],
    ],
    ['mdatp', 'linux', [''], ['directory', 'file', 'glob', 'volume', 'process', 'extension']],
    ['mdatp', 'macos', [''], ['directory', 'file', 'glob', 'volume', 'process', 'extension']],
    ['clamav', 'linux', [''], ['directory', 'file', 'glob', 'volume', 'extension']],
  ];
  it.each(cases)('%s on %s: the lookup finds exactly what the general path finds', (scanner, platform, roots, kinds) => {
    const { entryArb, itemArb } = arbitraries(scanner, platform, roots, kinds);
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 10 }), fc.array(itemArb, { minLength: 1, maxLength: 4 }), (entries, items) => {
        const index = indexEntries(entries, scanner, platform);
        const lookup = createLookup(index);
        expect(entries.map((_, i) => lookup.evaluable(i))).toEqual(entries.map((_, i) => index.matcher(i).evaluable));
        if (scanner === 'defender')
          entries.forEach((e, i) => {
            const name = lookup.nameKey(i);
            const direct =
              e.kind === 'process'
                ? imageOf(e.text).image.toLowerCase()
                : e.text
                    .trim()
                    .replace(/^\*?\./, '')
                    .toLowerCase();
            if (name !== undefined) expect(name).toBe(direct);
          });
        for (const item of items) {
          const slow = slowPath(index, item);
          const fast = lookup.find(item).map((f) => ({ position: f.position, how: f.how, note: f.note }));
          expect(fast).toEqual(slow);
          const whole = (list: { position: number; how: string }[]) => list.filter((f) => f.how !== 'partial');
          const fastWhole = lookup.find(item, false).map((f) => ({ position: f.position, how: f.how, note: f.note }));
          expect(whole(fastWhole)).toEqual(whole(slow));
        }
      }),
      { numRuns: 400 },
    );
  });
  it('names the first entry that covers all of another, keeping the earlier of two that cover each other', () => {
    const entries = [
      entry('path', 'C:\\Data\\x'),
      entry('path', 'c:\\data\\X\\'),
      entry('path', 'C:\\Data'),
      entry('path', 'C:\\Data\\*\\logs'),
      entry('path', 'C:\\Data\\y\\logs'),
      entry('process', 'C:\\bin\\a.exe'),
      entry('process', 'a.exe'),
      entry('extension', '.log'),
      entry('extension', 'LOG'),
      entry('path', 'C:\\Data\\x'),
    ];
    const lookup = createLookup(indexEntries(entries, 'defender', 'windows'));
    expect(entries.map((_, i) => lookup.coveredBy(i)?.position ?? null)).toEqual([2, 0, null, 2, 2, 6, null, null, 7, 0]);
    expect(lookup.coveredBy(4)?.how).toBe('parent');
    expect(lookup.coveredBy(5)?.how).toBe('wildcard');
    expect(entries.map((_, i) => lookup.sameAs(i))).toEqual([-1, -1, -1, -1, -1, -1, -1, -1, -1, 0]);
  });

  it('answers as the general path when its tables grow to thousands of keys', () => {
    // Distinct folders at several depths, wildcard folders, processes and extensions: every table doubles many times.
    const entries: CurrentEntry[] = [];
    for (let i = 0; i < 4000; i++) {
      const top = ['C:\\Program Files', 'D:\\Data', 'E:\\Apps', 'C:\\ProgramData'][i % 4];
      if (i % 10 === 0) entries.push(entry('path', `${top}\\Vendor${i % 97}\\*\\logs`));
      else if (i % 7 === 0) entries.push(entry('process', `${top}\\Vendor${i % 97}\\bin\\app${i}.exe`));
      else if (i % 11 === 0) entries.push(entry('extension', `.e${i}`));
      else entries.push(entry('path', `${top}\\Vendor${i % 97}${i % 3 ? `\\App${i}` : ''}`));
    }
    const index = indexEntries(entries, 'defender', 'windows');
    const lookup = createLookup(index);
    const items: MatchItem[] = [];
    for (let i = 0; i < 4000; i += 37) {
      const top = ['C:\\Program Files', 'D:\\Data', 'E:\\Apps', 'C:\\ProgramData'][i % 4];
      items.push(
        { kind: 'directory', value: `${top}\\Vendor${i % 97}\\App${i}\\sub`, platform: 'windows' },
        { kind: 'directory', value: `${top}\\Vendor${i % 97}`, platform: 'windows' },
        { kind: 'file', value: `${top}\\Vendor${i % 97}\\x\\logs\\a.e${i}`, platform: 'windows' },
        { kind: 'process', value: `app${i}.exe`, platform: 'windows' },
      );
    }
    for (const item of items) {
      const fast = lookup.find(item).map((f) => ({ position: f.position, how: f.how, note: f.note }));
      expect(fast).toEqual(slowPath(index, item));
    }
    // Each folder's first entry stays; the later copies of a folder name it.
    const firstOf = new Map<string, number>();
    entries.forEach((e, i) => {
      const key = `${e.kind} ${e.text.toLowerCase()}`;
      if (!firstOf.has(key)) firstOf.set(key, i);
      expect(lookup.sameAs(i)).toBe(firstOf.get(key) === i ? -1 : firstOf.get(key));
    });
  });

  it('tells apart keys whose hashes are the same', () => {
    // 'a@' and 'b!' hash alike: so do C:\a@ and C:\b!.
    const entries = [entry('path', 'C:\\b!'), entry('path', 'C:\\a@\\x'), entry('path', 'C:\\a@')];
    const lookup = createLookup(indexEntries(entries, 'defender', 'windows'));
    expect(entries.map((_, i) => lookup.coveredBy(i)?.position ?? null)).toEqual([null, 2, null]);
    expect(lookup.find({ kind: 'directory', value: 'C:\\a@\\x\\y', platform: 'windows' }).map((f) => [f.position, f.how])).toEqual([
      [1, 'parent'],
      [2, 'parent'],
    ]);
    expect(lookup.find({ kind: 'directory', value: 'C:\\b!\\y', platform: 'windows' }).map((f) => f.position)).toEqual([0]);
  });

  it.each(cases)('%s on %s: the first entry covering another is the one the general path names', (scanner, platform, roots, kinds) => {
    const { entryArb } = arbitraries(scanner, platform, roots, kinds);
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 12 }), (entries) => {
        const index = indexEntries(entries, scanner, platform);
        const lookup = createLookup(index);
        const selves = index.entries.map((e, i) => (index.matcher(i).evaluable ? entryAsItem(e, scanner, platform) : null));
        const whole = (how: string | undefined) => how !== undefined && how !== 'partial' && how !== 'cannot-evaluate';
        entries.forEach((e, pos) => {
          // The general path: every entry under the entry's keys, tested by its matcher, in entry order.
          const self = selves[pos];
          const expected = self
            ? slowPath(index, self).find((c) => {
                if (c.position === pos || !whole(c.how)) return false;
                const other = selves[c.position];
                const back = other ? index.matcher(pos).cover(other) : null;
                return !(whole(back?.how) && pos < c.position);
              })
            : undefined;
          const got = lookup.coveredBy(pos);
          expect(got ? { position: got.position, how: got.how, note: got.note } : null).toEqual(expected ?? null);
          expect(lookup.sameAs(pos)).toBe(entries.findIndex((x, i) => i < pos && x.kind === e.kind && x.text === e.text));
        });
      }),
      { numRuns: 300 },
    );
  });
});
