// Generated from data/sep-sesam.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
/**
 * `av-exclusions/products/sep-sesam`: the resolver for SEP sesam alone, bundled with this product's data.
 * Use it to keep a bundle small when only this product matters. The error class is the main entry's own.
 *
 * @module
 */
import { type BundledProductInfo, describeBundledProduct } from '../../catalog/describe.js';
import type { CompiledCatalog } from '../../catalog/types.js';
import type { ProductQuery } from '../../resolve/product-query.js';
import { resolveImpl } from '../../resolve/resolve-impl.js';
import type { Resolution } from '../../types/resolution.js';
import { sepSesam } from '../data/sep-sesam.js';

export { AvExclusionsError, type AvExclusionsErrorDetails, type ErrorCode, isAvExclusionsError } from '../../errors.js';
export type { ProductQuery } from '../../resolve/product-query.js';
export type * from '../../types/resolution.js';

const CATALOG: CompiledCatalog = { products: { "sep-sesam": sepSesam } };

/**
 * Resolves the exclusions SEP sesam needs; the same as the main entry's `resolveExclusions` with
 * `product: 'sep-sesam'`.
 *
 * @param query - roles, platform, and optionally version, osVersion, features, variables, provenance
 * @returns the resolution
 * @throws AvExclusionsError for bad input (see the main entry)
 * @example
 * ```ts
 * import { resolveExclusions } from 'av-exclusions/products/sep-sesam';
 * const result = resolveExclusions({ roles: ['server'], platform: 'windows' });
 * ```
 */
export function resolveExclusions(query: ProductQuery<"sep-sesam">): Resolution {
  return resolveImpl(CATALOG, { ...query, product: "sep-sesam" });
}

/**
 * Describes SEP sesam: roles, platforms, versions, OS releases, features, variables, includes and sources;
 * the same as the main entry's `getProduct` for this product.
 *
 * @returns a fresh description, ids typed as literal unions
 * @example
 * ```ts
 * import { getProduct } from 'av-exclusions/products/sep-sesam';
 * console.log(getProduct().roles);
 * ```
 */
export function getProduct(): BundledProductInfo<"sep-sesam"> {
  return describeBundledProduct(CATALOG, "sep-sesam");
}
