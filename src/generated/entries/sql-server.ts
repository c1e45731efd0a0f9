// Generated from data/sql-server.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
/**
 * `av-exclusions/products/sql-server`: the resolver for Microsoft SQL Server alone, bundled with this product's data and that of the products it includes (failover-cluster).
 * Use it to keep a bundle small when only this product matters. The error class is the main entry's own.
 *
 * @module
 */
import { type BundledProductInfo, describeBundledProduct } from '../../catalog/describe.js';
import type { CompiledCatalog } from '../../catalog/types.js';
import type { ProductQuery } from '../../resolve/product-query.js';
import { resolveImpl } from '../../resolve/resolve-impl.js';
import type { Resolution } from '../../types/resolution.js';
import { sqlServer } from '../data/sql-server.js';
import { failoverCluster } from '../data/failover-cluster.js';

export { AvExclusionsError, type AvExclusionsErrorDetails, type ErrorCode, isAvExclusionsError } from '../../errors.js';
export type { ProductQuery } from '../../resolve/product-query.js';
export type * from '../../types/resolution.js';

const CATALOG: CompiledCatalog = { products: { "sql-server": sqlServer, "failover-cluster": failoverCluster } };

/**
 * Resolves the exclusions Microsoft SQL Server needs; the same as the main entry's `resolveExclusions` with
 * `product: 'sql-server'`.
 *
 * @param query - roles, platform, and optionally version, osVersion, features, variables, provenance
 * @returns the resolution
 * @throws AvExclusionsError for bad input (see the main entry)
 * @example
 * ```ts
 * import { resolveExclusions } from 'av-exclusions/products/sql-server';
 * const result = resolveExclusions({ roles: ['database-engine'] });
 * ```
 */
export function resolveExclusions(query: ProductQuery<"sql-server">): Resolution {
  return resolveImpl(CATALOG, { ...query, product: "sql-server" });
}

/**
 * Describes Microsoft SQL Server: roles, platforms, versions, OS releases, features, variables, includes and sources;
 * the same as the main entry's `getProduct` for this product.
 *
 * @returns a fresh description, ids typed as literal unions
 * @example
 * ```ts
 * import { getProduct } from 'av-exclusions/products/sql-server';
 * console.log(getProduct().roles);
 * ```
 */
export function getProduct(): BundledProductInfo<"sql-server"> {
  return describeBundledProduct(CATALOG, "sql-server");
}
