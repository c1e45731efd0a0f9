import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM helper shared with the benchmark
import { measureSizes } from '../../bench/sizes.mjs';
import { packIds } from '../data/load.js';

// What a consumer's bundle holds, checked here; the byte budgets themselves (resolveExclusions alone ≤ 8 KB of code, a
// product entry ≤ 10 KB with its data) are measured and reported against their budget by `npm run bench` in
// bench/RESULTS.md, next to the timings. Every figure comes from the packed tarball, installed into a fresh project and
// bundled by esbuild (--platform=neutral, minified, gzip -9), as a consumer gets it.
describe('bundle size budgets, consumer-bundled from the installed tarball', async () => {
  const sizes = await measureSizes();

  it('resolveExclusions alone: code measured apart from the data, no renderer inside', () => {
    expect(sizes.coreCode.gzip).toBeGreaterThan(0);
    expect(sizes.coreCode.gzip).toBeLessThan(sizes.core.gzip);
    expect(sizes.coreCode.renderers).toEqual([]);
    expect(sizes.data.gzip).toBeGreaterThan(0);
  });

  it('zod, semver and Node built-ins are not reachable from the main entry', () => {
    expect(sizes.core.zod).toBe(false);
    expect(sizes.core.semver).toBe(false);
    expect(sizes.core.nodeBuiltins).toBe(false);
  });

  it('measures the product entry of every pack in data/', () => {
    expect(Object.keys(sizes.products)).toEqual(packIds());
  });

  it.each(Object.keys(sizes.products))(
    'av-exclusions/products/%s carries no renderer and no zod, and no more than the whole package',
    (id) => {
      expect(sizes.products[id].gzip).toBeLessThan(sizes.core.gzip);
      expect(sizes.products[id].renderers).toEqual([]);
      expect(sizes.products[id].zod).toBe(false);
    },
  );

  it("a product entry bundled with the main entry's renderExclusions holds one resolver and no other product", () => {
    expect(sizes.combined.resolvers).toBe(1);
    expect(sizes.combined.catalogs).toBe(0);
  });
});
