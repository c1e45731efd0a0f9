// Generated from data/scsm.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
/**
 * `av-exclusions/products/scsm`: the resolver for System Center Service Manager alone, bundled with this product's data and that of the products it includes (sql-server, failover-cluster).
 * Use it to keep a bundle small when only this product matters.
 *
 * @module
 */
import type { CompiledCatalog } from '../../catalog/types.js';
import type { ProductQuery } from '../../resolve/product-query.js';
import { resolveImpl } from '../../resolve/resolve-impl.js';
import type { Resolution } from '../../types/resolution.js';
import { product as scsm } from '../data/scsm.js';
import { product as sqlServer } from '../data/sql-server.js';
import { product as failoverCluster } from '../data/failover-cluster.js';

const CATALOG: CompiledCatalog = { products: { "scsm": scsm, "sql-server": sqlServer, "failover-cluster": failoverCluster } };

/**
 * Resolves the exclusions System Center Service Manager needs; the same as the main entry's `resolveExclusions` with
 * `product: 'scsm'`.
 *
 * @param query - roles, platform, and optionally version, osVersion, features, variables, provenance
 * @returns the resolution
 * @throws AvExclusionsError for bad input (see the main entry)
 * @example
 * ```ts
 * import { resolveExclusions } from 'av-exclusions/products/scsm';
 * const result = resolveExclusions({ roles: ['management-server'] });
 * ```
 */
export function resolveExclusions(query: ProductQuery<"scsm">): Resolution {
  return resolveImpl(CATALOG, { ...query, product: "scsm" });
}
