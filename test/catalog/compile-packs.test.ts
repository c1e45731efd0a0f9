import { describe, expect, it } from 'vitest';
import { compilePacks } from '../../src/catalog/compile-packs.js';
import { alpha, packs } from '../fixtures/packs.js';
import { clonePack, expectError } from '../helpers.js';

describe('compilePacks', () => {
  const catalog = compilePacks(packs);

  it('indexes rules by platform and role', () => {
    expect(catalog.products.alpha!.index.linux!.agent).toBeUndefined();
    expect(catalog.products.alpha!.index.windows!.agent).toEqual([0, 4, 5]);
    expect(catalog.products.alpha!.index.linux!.server).toEqual([0, 1, 3, 7]);
  });

  it('turns ranges into intervals and documented versions into tuples', () => {
    expect(catalog.products.alpha!.rules[2]!.versions).toEqual([
      { min: [1, 0, 0], minInclusive: true, max: [2, 0, 0], maxInclusive: false },
    ]);
    expect(catalog.products.beta!.rules[2]!.osVersions).toEqual([{ min: [1], minInclusive: true }]);
    expect(catalog.products.beta!.rules[2]!.osVersionsText).toBe('>=2016');
    expect(catalog.products.alpha!.documentedTuples).toEqual([
      [1, 0, 0],
      [2, 0, 0],
    ]);
  });

  it('keeps sources once per product and lists template variables', () => {
    expect(catalog.products.alpha!.rules[0]!.source).toEqual({ id: 'S', section: 'Exclusions' });
    expect(catalog.products.alpha!.sources.S!.url).toBe('https://example.test/page');
    expect(catalog.products.alpha!.rules[0]!.variables).toEqual(['HOME_DIR']);
    expect(catalog.products.alpha!.rules[2]!.variables).toBeUndefined();
    expect(catalog.products.alpha!.includes).toEqual({ host: [{ product: 'beta', roles: ['node'] }] });
  });

  it('holds external products alongside', () => {
    expect(Object.keys(compilePacks([alpha], { beta: catalog.products.beta! }).products)).toEqual(['beta', 'alpha']);
  });

  it('refuses input checkPacks would have rejected', () => {
    const broken = clonePack(alpha);
    broken.rules[2]!.versions = 'banana';
    expectError(() => compilePacks([broken]), 'INVALID_PACK');
  });
});
