// Generated from data/azure-site-recovery.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
/**
 * `av-exclusions/products/azure-site-recovery`: the resolver for Azure Site Recovery alone, bundled with this product's data and that of the products it includes (scvmm, failover-cluster, hyper-v).
 * Use it to keep a bundle small when only this product matters.
 *
 * @module
 */
import type { CompiledCatalog } from '../../catalog/types.js';
import type { ProductQuery } from '../../resolve/product-query.js';
import { resolveImpl } from '../../resolve/resolve-impl.js';
import type { Resolution } from '../../types/resolution.js';
import { product as azureSiteRecovery } from '../data/azure-site-recovery.js';
import { product as scvmm } from '../data/scvmm.js';
import { product as failoverCluster } from '../data/failover-cluster.js';
import { product as hyperV } from '../data/hyper-v.js';

const CATALOG: CompiledCatalog = { products: { "azure-site-recovery": azureSiteRecovery, "scvmm": scvmm, "failover-cluster": failoverCluster, "hyper-v": hyperV } };

/**
 * Resolves the exclusions Azure Site Recovery needs; the same as the main entry's `resolveExclusions` with
 * `product: 'azure-site-recovery'`.
 *
 * @param query - roles, platform, and optionally version, osVersion, features, variables, provenance
 * @returns the resolution
 * @throws AvExclusionsError for bad input (see the main entry)
 * @example
 * ```ts
 * import { resolveExclusions } from 'av-exclusions/products/azure-site-recovery';
 * const result = resolveExclusions({ roles: ['scvmm-to-azure/vmm-server'] });
 * ```
 */
export function resolveExclusions(query: ProductQuery<"azure-site-recovery">): Resolution {
  return resolveImpl(CATALOG, { ...query, product: "azure-site-recovery" });
}
