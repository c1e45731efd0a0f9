// Generated from data/windows-server.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
/**
 * `av-exclusions/products/windows-server`: the resolver for Windows Server roles alone, bundled with this product's data.
 * Use it to keep a bundle small when only this product matters.
 *
 * @module
 */
import type { CompiledCatalog } from '../../catalog/types.js';
import type { ProductQuery } from '../../resolve/product-query.js';
import { resolveImpl } from '../../resolve/resolve-impl.js';
import type { Resolution } from '../../types/resolution.js';
import { product as windowsServer } from '../data/windows-server.js';

const CATALOG: CompiledCatalog = { products: { "windows-server": windowsServer } };

/**
 * Resolves the exclusions Windows Server roles needs; the same as the main entry's `resolveExclusions` with
 * `product: 'windows-server'`.
 *
 * @param query - roles, platform, and optionally version, osVersion, features, variables, provenance
 * @returns the resolution
 * @throws AvExclusionsError for bad input (see the main entry)
 * @example
 * ```ts
 * import { resolveExclusions } from 'av-exclusions/products/windows-server';
 * const result = resolveExclusions({ roles: ['base'] });
 * ```
 */
export function resolveExclusions(query: ProductQuery<"windows-server">): Resolution {
  return resolveImpl(CATALOG, { ...query, product: "windows-server" });
}
