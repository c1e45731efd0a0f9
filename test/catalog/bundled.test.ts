import { describe, expect, it } from 'vitest';
import { describeBundledProduct, summarizeBundledProducts } from '../../src/catalog/bundled.js';
import { describeProduct, summarizeProducts } from '../../src/catalog/describe.js';
import { BUNDLED_CATALOG } from '../../src/generated/catalog.js';
import { expectError } from '../helpers.js';

describe('typed descriptions of the bundled products', () => {
  it('are the descriptions of describe.ts, unchanged', () => {
    expect(summarizeBundledProducts(BUNDLED_CATALOG)).toEqual(summarizeProducts(BUNDLED_CATALOG));
    expect(describeBundledProduct(BUNDLED_CATALOG, 'sep-sesam')).toEqual(describeProduct(BUNDLED_CATALOG, 'sep-sesam'));
  });
  it('throw UNKNOWN_PRODUCT for an id that is not bundled', () => {
    expectError(() => describeBundledProduct(BUNDLED_CATALOG, 'sesam' as never), 'UNKNOWN_PRODUCT');
  });
});
