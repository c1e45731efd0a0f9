import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM helper shared with the benchmark
import { measureSizes } from '../../bench/sizes.mjs';
import { packIds } from '../data/load.js';

// Sizes are deterministic, so their budgets are checked here; timings are measured by `npm run bench`.
describe('bundle size budgets (esbuild, minified, gzip -9)', async () => {
  const sizes = await measureSizes();

  it('core entry code stays within 8 KB (data reported apart)', () => {
    expect(sizes.coreCode.gzip).toBeLessThanOrEqual(8 * 1024);
    expect(sizes.data.gzip).toBeGreaterThan(0);
  });

  it('zod and Node built-ins are not reachable from the core entry', () => {
    expect(sizes.core.zod).toBe(false);
    expect(sizes.core.nodeBuiltins).toBe(false);
  });

  it('measures the product entry of every pack in data/', () => {
    expect(Object.keys(sizes.products)).toEqual(packIds());
  });

  it.each(Object.keys(sizes.products))('av-exclusions/products/%s stays within 10 KB with its data', (id) => {
    expect(sizes.products[id].gzip).toBeLessThanOrEqual(10 * 1024);
    expect(sizes.products[id].zod).toBe(false);
  });
});
