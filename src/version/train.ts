/**
 * The `train` scheme: named releases in order (Windows Server 2012 R2 < 2016 < 2019 …); a release's position is its
 * version. Product versions may use it, and every OS release list (`osVersionScheme`) is one.
 *
 * @module
 */
import type { TrainVersionScheme } from '../types/pack.js';
import { type CompiledRange, type Interval, intervalOf } from './interval.js';
import type { Report, VersionReader, VersionSchemeRules } from './types.js';

function fold(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function commonPrefix(values: string[]): string {
  if (values.length < 2) return '';
  let prefix = values[0]!;
  for (const value of values) while (!value.startsWith(prefix)) prefix = prefix.slice(0, -1);
  // Keep whole words only: cut back to the last letter/digit boundary before a digit.
  return prefix.replace(/\d+$/, '');
}

/**
 * Finds a release of a train by id or name, ignoring case, spaces and punctuation, with or without the common
 * prefix of the names (`2012 R2`, `2012r2`, `2012-r2` and `Windows Server 2012 R2` are one release).
 *
 * @param value - what the caller wrote
 * @param scheme - the train
 * @returns the release's index, or -1
 * @example
 * ```ts
 * const train = { type: 'train', releases: [{ id: '2016', name: 'Windows Server 2016' }] } as const;
 * findRelease('windows server 2016', train); // 0
 * ```
 */
export function findRelease(value: string, scheme: TrainVersionScheme): number {
  const needle = fold(value);
  if (!needle) return -1;
  const prefix = commonPrefix(scheme.releases.map((r) => fold(r.name)));
  return scheme.releases.findIndex((release) => {
    const name = fold(release.name);
    // Without a common prefix, the last test is the name test again.
    return fold(release.id) === needle || name === needle || name.slice(prefix.length) === needle;
  });
}

/**
 * Compiles a train range: comparators (`>=`, `>`, `<=`, `<`, `=` or none) before release ids, space-separated
 * (all must hold), alternatives separated by `||`.
 *
 * @param text - the range
 * @param scheme - the train
 * @returns the intervals, or null when a comparator or release id is unknown
 * @example
 * ```ts
 * const train = { type: 'train', releases: [{ id: '2012-r2', name: 'WS 2012 R2' }, { id: '2016', name: 'WS 2016' }] } as const;
 * compileTrainRange('>=2016', train); // [{ min: [1], minInclusive: true }]
 * ```
 */
export function compileTrainRange(text: string, scheme: TrainVersionScheme): CompiledRange | null {
  const intervals: Interval[] = [];
  for (const alternative of text.split('||')) {
    const tokens = alternative.trim().split(/\s+/).filter(Boolean);
    if (tokens.length === 0) return null;
    const comparators = [];
    for (const token of tokens) {
      const match = /^(>=|<=|>|<|=)?(.+)$/.exec(token);
      const index = scheme.releases.findIndex((r) => r.id === match?.[2]);
      if (!match || index < 0) return null;
      comparators.push({ operator: match[1] ?? '', bound: [index] });
    }
    const interval = intervalOf(comparators);
    if (!interval) return null;
    intervals.push(interval);
  }
  return intervals;
}

/**
 * What reading a query's version needs of a train: a release by id or name ({@link findRelease}).
 *
 * @param scheme - the train
 * @returns its reader
 * @example
 * ```ts
 * const train = { type: 'train', releases: [{ id: '2016', name: 'Windows Server 2016' }] } as const;
 * trainReader(train).read('Windows Server 2016', { versions: ['2016'], tuples: [[0]] }); // { tuple: [0], effective: '2016' }
 * ```
 */
export function trainReader(scheme: TrainVersionScheme): VersionReader {
  return {
    versioned: true,
    expected: 'a release name',
    read(text) {
      const index = findRelease(text, scheme);
      return index < 0 ? null : { tuple: [index], effective: scheme.releases[index]!.id };
    },
    choices: (documented) => [...documented],
  };
}

/**
 * The rules of a train: its {@link trainReader}, and what pack checks, compilation and the CLI add.
 *
 * @param scheme - the train
 * @returns its rules
 * @example
 * ```ts
 * const train = { type: 'train', releases: [{ id: '2016', name: 'Windows Server 2016' }] } as const;
 * trainScheme(train).parse('2016'); // [0]
 * ```
 */
export function trainScheme(scheme: TrainVersionScheme): VersionSchemeRules {
  return {
    ...trainReader(scheme),
    parse(text) {
      const index = scheme.releases.findIndex((r) => r.id === text);
      return index < 0 ? null : [index];
    },
    describe: (documented) => [`documented ${documented.join(', ')}`],
  };
}

/**
 * Checks a train of a pack (its version scheme or an OS release list): release ids are unique.
 *
 * @param scheme - the train
 * @param report - receives each problem
 * @param at - the JSON path of the train in the pack
 */
export function checkTrainScheme(scheme: TrainVersionScheme, report: Report, at: string): void {
  const seen = new Set<string>();
  for (const release of scheme.releases) {
    if (seen.has(release.id)) report(at, `duplicate release "${release.id}"`);
    seen.add(release.id);
  }
}
