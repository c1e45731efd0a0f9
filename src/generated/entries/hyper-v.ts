// Generated from data/hyper-v.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
/**
 * `av-exclusions/products/hyper-v`: the resolver for Hyper-V alone, bundled with this product's data and that of the products it includes (windows-server).
 * Use it to keep a bundle small when only this product matters. The error class is the main entry's own.
 *
 * @module
 */
import { type BundledProductInfo, describeBundledProduct } from '../../catalog/describe.js';
import type { CompiledCatalog } from '../../catalog/types.js';
import type { ProductQuery } from '../../resolve/product-query.js';
import { resolveImpl } from '../../resolve/resolve-impl.js';
import type { Resolution } from '../../types/resolution.js';
import { hyperV } from '../data/hyper-v.js';
import { windowsServer } from '../data/windows-server.js';

export { AvExclusionsError, type AvExclusionsErrorDetails, type ErrorCode, isAvExclusionsError } from '../../errors.js';
export type { ProductQuery } from '../../resolve/product-query.js';
export type * from '../../types/resolution.js';

const CATALOG: CompiledCatalog = { products: { "hyper-v": hyperV, "windows-server": windowsServer } };

/**
 * Resolves the exclusions Hyper-V needs; the same as the main entry's `resolveExclusions` with
 * `product: 'hyper-v'`.
 *
 * @param query - roles, platform, and optionally version, osVersion, features, variables, provenance
 * @returns the resolution
 * @throws AvExclusionsError for bad input (see the main entry)
 * @example
 * ```ts
 * import { resolveExclusions } from 'av-exclusions/products/hyper-v';
 * const result = resolveExclusions({ roles: ['host'] });
 * ```
 */
export function resolveExclusions(query: ProductQuery<"hyper-v">): Resolution {
  return resolveImpl(CATALOG, { ...query, product: "hyper-v" });
}

/**
 * Describes Hyper-V: roles, platforms, versions, OS releases, features, variables, includes and sources;
 * the same as the main entry's `getProduct` for this product.
 *
 * @returns a fresh description, ids typed as literal unions
 * @example
 * ```ts
 * import { getProduct } from 'av-exclusions/products/hyper-v';
 * console.log(getProduct().roles);
 * ```
 */
export function getProduct(): BundledProductInfo<"hyper-v"> {
  return describeBundledProduct(CATALOG, "hyper-v");
}
