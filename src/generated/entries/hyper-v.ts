// Generated from data/hyper-v.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
/**
 * `av-exclusions/products/hyper-v`: the resolver for Hyper-V alone, bundled with this product's data.
 * Use it to keep a bundle small when only this product matters.
 *
 * @module
 */
import type { CompiledCatalog } from '../../catalog/types.js';
import type { ProductQuery } from '../../resolve/product-query.js';
import { resolveImpl } from '../../resolve/resolve-impl.js';
import type { Resolution } from '../../types/resolution.js';
import { product as hyperV } from '../data/hyper-v.js';

const CATALOG: CompiledCatalog = { products: { "hyper-v": hyperV } };

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
