// Generated from data/docker.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
/**
 * `av-exclusions/products/docker`: the resolver for Docker alone, bundled with this product's data.
 * Use it to keep a bundle small when only this product matters.
 *
 * @module
 */
import type { CompiledCatalog } from '../../catalog/types.js';
import type { ProductQuery } from '../../resolve/product-query.js';
import { resolveImpl } from '../../resolve/resolve-impl.js';
import type { Resolution } from '../../types/resolution.js';
import { product as docker } from '../data/docker.js';

const CATALOG: CompiledCatalog = { products: { "docker": docker } };

/**
 * Resolves the exclusions Docker needs; the same as the main entry's `resolveExclusions` with
 * `product: 'docker'`.
 *
 * @param query - roles, platform, and optionally version, osVersion, features, variables, provenance
 * @returns the resolution
 * @throws AvExclusionsError for bad input (see the main entry)
 * @example
 * ```ts
 * import { resolveExclusions } from 'av-exclusions/products/docker';
 * const result = resolveExclusions({ roles: ['host'], platform: 'windows' });
 * ```
 */
export function resolveExclusions(query: ProductQuery<"docker">): Resolution {
  return resolveImpl(CATALOG, { ...query, product: "docker" });
}
