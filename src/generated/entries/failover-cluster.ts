// Generated from data/failover-cluster.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
/**
 * `av-exclusions/products/failover-cluster`: the resolver for Windows Server Failover Clustering alone, bundled with this product's data.
 * Use it to keep a bundle small when only this product matters.
 *
 * @module
 */
import type { CompiledCatalog } from '../../catalog/types.js';
import type { ProductQuery } from '../../resolve/product-query.js';
import { resolveImpl } from '../../resolve/resolve-impl.js';
import type { Resolution } from '../../types/resolution.js';
import { product as failoverCluster } from '../data/failover-cluster.js';

const CATALOG: CompiledCatalog = { products: { "failover-cluster": failoverCluster } };

/**
 * Resolves the exclusions Windows Server Failover Clustering needs; the same as the main entry's `resolveExclusions` with
 * `product: 'failover-cluster'`.
 *
 * @param query - roles, platform, and optionally version, osVersion, features, variables, provenance
 * @returns the resolution
 * @throws AvExclusionsError for bad input (see the main entry)
 * @example
 * ```ts
 * import { resolveExclusions } from 'av-exclusions/products/failover-cluster';
 * const result = resolveExclusions({ roles: ['node'] });
 * ```
 */
export function resolveExclusions(query: ProductQuery<"failover-cluster">): Resolution {
  return resolveImpl(CATALOG, { ...query, product: "failover-cluster" });
}
