// Generated from data/sep-sesam.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
/**
 * `av-exclusions/products/sep-sesam`: the resolver for SEP sesam alone, bundled with this product's data.
 * Use it to keep a bundle small when only this product matters.
 *
 * @module
 */
import type { CompiledCatalog } from '../../catalog/types.js';
import type { ProductQuery } from '../../resolve/product-query.js';
import { resolveImpl } from '../../resolve/resolve-impl.js';
import type { Resolution } from '../../types/resolution.js';
import { product as sepSesam } from '../data/sep-sesam.js';

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
