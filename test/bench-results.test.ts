// The README's "Performance and size" table quotes bench/RESULTS.md (written by `npm run bench`): every figure it
// gives must be one the last run recorded, so the two cannot drift apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

/**
 * The figures of a text: ratios, sizes and times with their unit (`1.45x`, `7.96 KB`, `32.47 ms`, `5.05 µs`). A figure
 * after "about" is a rounded remark, not a quote.
 */
const figures = (text: string) => [...text.matchAll(/(?<!about )\b\d+(?:\.\d+)?(?:x\b| KB\b| ms\b| µs\b)/g)].map((m) => m[0]);

describe('README performance figures', () => {
  const readme = read('README.md');
  const start = readme.indexOf('## Performance and size');
  const table = readme.slice(readme.indexOf('| budget | measured |', start), readme.indexOf('\nHow:', start));
  const results = read('bench/RESULTS.md');
  const recorded = new Set(figures(results));

  it('come from the last bench run', () => {
    expect(table.length).toBeGreaterThan(0);
    const quoted = figures(table).filter((f) => !/^(?:1\.2|1\.25|1\.4|2|4|8|10|60|100)(?:x| KB| ms)$/.test(f));
    expect(quoted.length).toBeGreaterThan(10);
    expect(quoted.filter((f) => !recorded.has(f))).toEqual([]);
  });
});
