import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM helper shared with the benchmark
import { measureSizes } from '../../bench/sizes.mjs';
import { packIds } from '../data/load.js';

// Sizes are deterministic, so their budgets are checked here; timings are measured by `npm run bench`. Every figure
// comes from the packed tarball, installed into a fresh project and bundled by esbuild (--platform=neutral, minified,
// gzip -9), as a consumer gets it.
describe('bundle size budgets, consumer-bundled from the installed tarball', async () => {
  const sizes = await measureSizes();

  it('resolveExclusions alone: at most 8 KB of code (data reported apart), no renderer inside', () => {
    expect(sizes.coreCode.gzip).toBeLessThanOrEqual(8 * 1024);
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

  it.each(Object.keys(sizes.products))('av-exclusions/products/%s stays within 10 KB with its data, no renderer, no zod', (id) => {
    expect(sizes.products[id].gzip).toBeLessThanOrEqual(10 * 1024);
    expect(sizes.products[id].renderers).toEqual([]);
    expect(sizes.products[id].zod).toBe(false);
  });

  it("a product entry bundled with the main entry's renderExclusions holds one resolver and no other product", () => {
    expect(sizes.combined.resolvers).toBe(1);
    expect(sizes.combined.catalogs).toBe(0);
  });
});
