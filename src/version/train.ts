/**
 * Named release trains (Windows Server 2012 R2 < 2016 < 2019 …): a release's position is its version.
 *
 * @module
 */
import type { TrainVersionScheme } from '../types/pack.js';

function fold(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
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
    return fold(release.id) === needle || name === needle || (prefix.length > 0 && name.slice(prefix.length) === needle);
  });
}

function commonPrefix(values: string[]): string {
  if (values.length < 2) return '';
  let prefix = values[0]!;
  for (const value of values) while (!value.startsWith(prefix)) prefix = prefix.slice(0, -1);
  // Keep whole words only: cut back to the last letter/digit boundary before a digit.
  return prefix.replace(/\d+$/, '');
}
