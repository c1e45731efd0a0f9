/**
 * `listProducts` over the bundled catalog.
 *
 * @module
 */
import { BUNDLED_CATALOG } from '../generated/catalog.js';
import { type BundledProductSummary, summarizeBundledProducts } from './describe.js';

/**
 * Lists the bundled products, sorted by id.
 *
 * @returns fresh summaries: id, name, vendor, platforms, role ids, documented versions; ids typed as literal unions,
 *   one summary type per product (narrow on `id` to get its roles)
 * @example
 * ```ts
 * import { listProducts } from 'av-exclusions';
 * const ids = listProducts().map((p) => p.id);
 * console.log(ids.includes('sep-sesam')); // true
 * ```
 */
export function listProducts(): BundledProductSummary[] {
  return summarizeBundledProducts(BUNDLED_CATALOG);
}
