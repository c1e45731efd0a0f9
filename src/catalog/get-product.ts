/**
 * `getProduct` over the bundled catalog.
 *
 * @module
 */
import { BUNDLED_CATALOG } from '../generated/catalog.js';
import type { ProductId } from '../generated/ids.js';
import { type BundledProductInfo, describeBundledProduct } from './describe.js';

/**
 * Describes a bundled product: roles, platforms, version scheme and documented versions, OS releases, features,
 * variables (with defaults and where to find real values), includes and sources.
 *
 * @param id - product id
 * @returns a fresh description, its ids typed as the product's literal unions (a role from `roles` goes back into a
 *   query as it is)
 * @throws AvExclusionsError `UNKNOWN_PRODUCT` (with the valid ids and a did-you-mean)
 * @example
 * ```ts
 * import { getProduct } from 'av-exclusions';
 * const sesam = getProduct('sep-sesam');
 * console.log(sesam.roles); // [ 'server', 'client', 'rds' ]
 * console.log(sesam.documentedVersions); // [ '5.0.0', '5.1.0' ]
 * ```
 */
export function getProduct<P extends ProductId>(id: P): BundledProductInfo<P> {
  return describeBundledProduct(BUNDLED_CATALOG, id);
}
