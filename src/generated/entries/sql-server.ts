// Generated from data/sql-server.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
/**
 * `av-exclusions/products/sql-server`: the resolver for Microsoft SQL Server alone, bundled with this product's data and that of the products it includes (failover-cluster).
 * Use it to keep a bundle small when only this product matters.
 *
 * @module
 */
import type { CompiledCatalog } from '../../catalog/types.js';
import type { ProductQuery } from '../../resolve/product-query.js';
import { resolveImpl } from '../../resolve/resolve-impl.js';
import type { Resolution } from '../../types/resolution.js';
import { product as sqlServer } from '../data/sql-server.js';
import { product as failoverCluster } from '../data/failover-cluster.js';

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
