// Generated from data/kerio-connect.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
/**
 * `av-exclusions/products/kerio-connect`: the resolver for Kerio Connect alone, bundled with this product's data.
 * Use it to keep a bundle small when only this product matters.
 *
 * @module
 */
import type { CompiledCatalog } from '../../catalog/types.js';
import type { ProductQuery } from '../../resolve/product-query.js';
import { resolveImpl } from '../../resolve/resolve-impl.js';
import type { Resolution } from '../../types/resolution.js';
import { product as kerioConnect } from '../data/kerio-connect.js';

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
