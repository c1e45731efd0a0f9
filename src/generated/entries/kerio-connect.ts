// Generated from data/kerio-connect.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
/**
 * `av-exclusions/products/kerio-connect`: the resolver for Kerio Connect alone, bundled with this product's data.
 * Use it to keep a bundle small when only this product matters. The error class is the main entry's own.
 *
 * @module
 */
import { type BundledProductInfo, describeBundledProduct } from '../../catalog/describe.js';
import type { CompiledCatalog } from '../../catalog/types.js';
import type { ProductQuery } from '../../resolve/product-query.js';
import { resolveImpl } from '../../resolve/resolve-impl.js';
import type { Resolution } from '../../types/resolution.js';
import { kerioConnect } from '../data/kerio-connect.js';

export { AvExclusionsError, type AvExclusionsErrorDetails, type ErrorCode, isAvExclusionsError } from '../../errors.js';
export type { ProductQuery } from '../../resolve/product-query.js';
export type * from '../../types/resolution.js';

const CATALOG: CompiledCatalog = { products: { "kerio-connect": kerioConnect } };

/**
 * Resolves the exclusions Kerio Connect needs; the same as the main entry's `resolveExclusions` with
 * `product: 'kerio-connect'`.
 *
 * @param query - roles, platform, and optionally version, osVersion, features, variables, provenance
 * @returns the resolution
 * @throws AvExclusionsError for bad input (see the main entry)
 * @example
 * ```ts
 * import { resolveExclusions } from 'av-exclusions/products/kerio-connect';
 * const result = resolveExclusions({ roles: ['server'], platform: 'windows' });
 * ```
 */
export function resolveExclusions(query: ProductQuery<"kerio-connect">): Resolution {
  return resolveImpl(CATALOG, { ...query, product: "kerio-connect" });
}

/**
 * Describes Kerio Connect: roles, platforms, versions, OS releases, features, variables, includes and sources;
 * the same as the main entry's `getProduct` for this product.
 *
 * @returns a fresh description, ids typed as literal unions
 * @example
 * ```ts
 * import { getProduct } from 'av-exclusions/products/kerio-connect';
 * console.log(getProduct().roles);
 * ```
 */
export function getProduct(): BundledProductInfo<"kerio-connect"> {
  return describeBundledProduct(CATALOG, "kerio-connect");
}
