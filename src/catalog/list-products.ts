/**
 * `listProducts` over the bundled catalog.
 *
 * @module
 */
import { BUNDLED_CATALOG } from '../generated/catalog.js';
import { type ProductSummary, summarizeProducts } from './describe.js';

/**
 * Lists the bundled products, sorted by id.
 *
 * @returns fresh summaries: id, name, vendor, platforms, role ids, documented versions
 * @example
 * ```ts
 * import { listProducts } from 'av-exclusions';
 * const ids = listProducts().map((p) => p.id);
 * console.log(ids.includes('sep-sesam')); // true
 * ```
 */
export function listProducts(): ProductSummary[] {
  return summarizeProducts(BUNDLED_CATALOG);
}
