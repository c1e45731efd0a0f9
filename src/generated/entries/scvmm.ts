// Generated from data/scvmm.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
/**
 * `av-exclusions/products/scvmm`: the resolver for System Center Virtual Machine Manager alone, bundled with this product's data and that of the products it includes (hyper-v, windows-server).
 * Use it to keep a bundle small when only this product matters. The error class is the main entry's own.
 *
 * @module
 */
import { type BundledProductInfo, describeBundledProduct } from '../../catalog/describe.js';
import type { CompiledCatalog } from '../../catalog/types.js';
import type { ProductQuery } from '../../resolve/product-query.js';
import { resolveImpl } from '../../resolve/resolve-impl.js';
import type { Resolution } from '../../types/resolution.js';
import { scvmm } from '../data/scvmm.js';
import { hyperV } from '../data/hyper-v.js';
import { windowsServer } from '../data/windows-server.js';

export { AvExclusionsError, type AvExclusionsErrorDetails, type ErrorCode, isAvExclusionsError } from '../../errors.js';
export type { ProductQuery } from '../../resolve/product-query.js';
export type * from '../../types/resolution.js';

const CATALOG: CompiledCatalog = { products: { "scvmm": scvmm, "hyper-v": hyperV, "windows-server": windowsServer } };

/**
 * Resolves the exclusions System Center Virtual Machine Manager needs; the same as the main entry's `resolveExclusions` with
 * `product: 'scvmm'`.
 *
 * @param query - roles, platform, and optionally version, osVersion, features, variables, provenance
 * @returns the resolution
 * @throws AvExclusionsError for bad input (see the main entry)
 * @example
 * ```ts
 * import { resolveExclusions } from 'av-exclusions/products/scvmm';
 * const result = resolveExclusions({ roles: ['vmm-server'] });
 * ```
 */
export function resolveExclusions(query: ProductQuery<"scvmm">): Resolution {
  return resolveImpl(CATALOG, { ...query, product: "scvmm" });
}

/**
 * Describes System Center Virtual Machine Manager: roles, platforms, versions, OS releases, features, variables, includes and sources;
 * the same as the main entry's `getProduct` for this product.
 *
 * @returns a fresh description, ids typed as literal unions
 * @example
 * ```ts
 * import { getProduct } from 'av-exclusions/products/scvmm';
 * console.log(getProduct().roles);
 * ```
 */
export function getProduct(): BundledProductInfo<"scvmm"> {
  return describeBundledProduct(CATALOG, "scvmm");
}
